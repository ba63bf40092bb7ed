#!/bin/sh
# Builds betshop-kiosk-system_<version>_all.deb: the kiosk's Python package on the distribution's
# Python 3, PySide6 and QtWebEngine (Debian 13 "trixie" or newer), instead of a PyInstaller bundle.
# Debian builds QtWebEngine with its FFmpeg, so this flavour plays H.264/AAC (the PyPI wheels do not),
# gets Chromium's security fixes from Debian, and is a few hundred KB. Same unit, autostart, X session,
# config and scripts as betshop-kiosk_*.deb, which it replaces. Needs dpkg-deb; no root.
#
#   installer/linux/build-deb.sh --system-qt [--out DIR] [--compress xz|zstd|gzip|none]
set -eu

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
out=$repo/dist
compress=xz
while [ $# -gt 0 ]; do
    case $1 in
        --out) out=$2; shift 2 ;;
        --compress) compress=$2; shift 2 ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        *) echo "build-deb-system.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
MAINTAINER=${DEB_MAINTAINER:-"betshop-kiosk maintainers <betshop-kiosk@localhost>"}
command -v dpkg-deb >/dev/null || { echo "build-deb-system.sh: dpkg-deb is missing: apt-get install dpkg" >&2; exit 1; }
mkdir -p "$out"
out=$(cd "$out" && pwd)

# 0.1.0 stays 0.1.0; PEP 440 pre-releases sort before the release in Debian with "~".
release=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$repo/kiosk/__init__.py")
[ -n "$release" ] || { echo "build-deb-system.sh: no __version__ in kiosk/__init__.py" >&2; exit 1; }
version=$(printf '%s' "$release" | sed -E 's/\.?(dev|a|b|rc)([0-9]*)$/~\1\2/')

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A "bundle" as install.sh expects one: the launcher `kiosk` and _internal/ with the kiosk package,
# its resources where the wheel puts them (kiosk/resources, read as kiosk.resources).
bundle=$work/bundle
mkdir -p "$bundle/_internal"
(cd "$repo" && find kiosk -name '*.py') | while read -r f; do
    install -D -m 0644 "$repo/$f" "$bundle/_internal/$f"
done
# The resources as the wheel has them: not the docs' screenshots, not the translations' .ts sources (the .qm are built
# and committed next to them: docs/developers/translations.md).
(cd "$repo/resources" && find . -type f ! -name '*.pyc' ! -name '*.ts' ! -path '*/__pycache__/*' ! -path './screenshots/*') |
        while read -r f; do
    install -D -m 0644 "$repo/resources/$f" "$bundle/_internal/kiosk/resources/$f"
done
# publicsuffixlist (the public suffix list the allowed-hosts check reads; MPL-2.0, pure Python, ~350 KB) is not
# packaged by Debian 13: the .deb carries the copy of the build environment (pyproject.toml pins its range),
# in _internal/vendor, behind the distribution's own modules. $PYTHON, else the checkout's .venv, else python3.
py=${PYTHON:-}
[ -n "$py" ] || { [ -x "$repo/.venv/bin/python" ] && py=$repo/.venv/bin/python; } || py=python3
psl=$("$py" -c 'import os, publicsuffixlist; print(os.path.dirname(publicsuffixlist.__file__))' 2>/dev/null) ||
    { echo "build-deb-system.sh: publicsuffixlist is missing from $py: pip install publicsuffixlist (or set PYTHON)" >&2; exit 1; }
for f in __init__.py compat.py public_suffix_list.dat; do
    install -D -m 0644 "$psl/$f" "$bundle/_internal/vendor/publicsuffixlist/$f"
done
cat > "$bundle/kiosk" <<'LAUNCHER'
#!/usr/bin/python3 -s
"""betshop-kiosk on the distribution's Python, PySide6 and QtWebEngine (package betshop-kiosk-system)."""
import os
import sys

internal = os.path.join(os.path.dirname(os.path.realpath(__file__)), "_internal")
sys.path.insert(0, internal)
sys.path.append(os.path.join(internal, "vendor"))  # what Debian does not package (publicsuffixlist)
from kiosk.cli import main  # noqa: E402

sys.exit(main())
LAUNCHER
chmod 0755 "$bundle/kiosk"

root=$work/root
"$here/install.sh" --stage "$root" --bundle "$bundle" --release "$release" >/dev/null
install -D -m 0644 "$here/debian/copyright" "$root/usr/share/doc/betshop-kiosk-system/copyright"
install -d -m 0755 "$root/DEBIAN"
# The same maintainer scripts: kiosk-release byte-compiles the release it makes for the system's Python.
install -m 0755 "$here/debian/postinst" "$here/debian/prerm" "$here/debian/postrm" "$root/DEBIAN/"

# pyproject.toml's ranges, as Debian package relations (tests/system/test_system_deb.py installs them).
depends="python3 (>= 3.11),
 python3-pyside6.qtcore (>= 6.8), python3-pyside6.qtcore (<< 6.12), python3-pyside6.qtgui (>= 6.8),
 python3-pyside6.qtwidgets (>= 6.8), python3-pyside6.qtnetwork (>= 6.8), python3-pyside6.qtwebchannel (>= 6.8),
 python3-pyside6.qtwebenginecore (>= 6.8), python3-pyside6.qtwebenginewidgets (>= 6.8),
 python3-httpx (>= 0.27), python3-httpx (<< 1), python3-pydantic (>= 2.7), python3-pydantic (<< 3),
 python3-pydantic-settings (>= 2.4), python3-pydantic-settings (<< 3), python3-platformdirs (>= 4),
 python3-truststore (>= 0.9), python3-tomlkit (>= 0.12), python3-prometheus-client (>= 0.20), python3-idna (>= 3.4),
 python3-yaml (>= 6), python3-bcrypt (>= 3.2),
 fontconfig, fonts-dejavu-core | fonts-liberation2 | fonts-noto-core, passwd"

cat > "$root/DEBIAN/control" <<CONTROL
Package: betshop-kiosk-system
Version: $version
Architecture: all
Maintainer: $MAINTAINER
Installed-Size: $(du -sk "$root" | cut -f1)
Depends: $depends
Conflicts: betshop-kiosk
Replaces: betshop-kiosk
Provides: betshop-kiosk (= $version)
Recommends: systemd
Section: misc
Priority: optional
Description: locked betshop terminal always logged in to the BetGames webshop (system Qt)
 Turns a betshop point-of-sale PC into a kiosk that shows only the BetGames
 webshop, logs in by itself and recovers from network and page failures.
 This flavour runs on the distribution's Python, PySide6 and QtWebEngine,
 which plays the webshop's H.264/AAC live streams and gets its security
 updates from the distribution. Configured in /etc/xdg/betshop-kiosk/kiosk.toml.
CONTROL

deb=$out/betshop-kiosk-system_${version}_all.deb
# shellcheck source=installer/linux/deb-lib.sh
. "$here/deb-lib.sh"
pack_deb "$root" "$deb" "$compress"
echo "$deb"
