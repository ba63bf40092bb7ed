#!/bin/sh
# Builds betshop-kiosk_<version>_<arch>.deb from the PyInstaller bundle with Debian's own tools
# (dpkg-shlibdeps for the dependencies, dpkg-deb to pack). Needs the dpkg-dev package; no root.
#
#   installer/linux/build-deb.sh [--bundle DIR] [--out DIR] [--compress xz|zstd|gzip|none]
#   installer/linux/build-deb.sh --system-qt [--out DIR] [--compress ...]
#
# Defaults: --bundle dist/betshop-kiosk, --out dist, --compress xz. Prints the .deb's path.
# --system-qt: betshop-kiosk-system_<version>_all.deb, the kiosk's Python package on Debian 13's own
# Python, PySide6 and QtWebEngine (which plays H.264/AAC) instead of a bundle; same files otherwise.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
bundle=$here/../../dist/betshop-kiosk
out=$here/../../dist
compress=xz
system_qt=
while [ $# -gt 0 ]; do
    case $1 in
        --bundle) bundle=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --compress) compress=$2; shift 2 ;;
        --system-qt) system_qt=1; shift ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "build-deb.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
MAINTAINER=${DEB_MAINTAINER:-"betshop-kiosk maintainers <betshop-kiosk@localhost>"}

if [ -n "$system_qt" ]; then
    exec "$here/build-deb-system.sh" --out "$out" --compress "$compress"
fi
for tool in dpkg-deb dpkg-shlibdeps; do
    command -v $tool >/dev/null || { echo "build-deb.sh: $tool is missing: apt-get install dpkg-dev" >&2; exit 1; }
done
bundle=$(cd "$bundle" && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)

# 0.1.0 stays 0.1.0; PEP 440 pre-releases sort before the release in Debian with "~".
release=$("$bundle/kiosk" --version | awk '{ print $NF }')
version=$(printf '%s' "$release" | sed -E 's/\.?(dev|a|b|rc)([0-9]*)$/~\1\2/')
arch=$(dpkg --print-architecture)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
"$here/install.sh" --stage "$root" --bundle "$bundle" --release "$release" >/dev/null
install -D -m 0644 "$here/debian/copyright" "$root/usr/share/doc/betshop-kiosk/copyright"
install -d -m 0755 "$root/DEBIAN"
install -m 0755 "$here/debian/postinst" "$here/debian/prerm" "$here/debian/postrm" "$root/DEBIAN/"

# Dependencies: the distribution's libraries that the bundle's ELF files link to. Qt, ICU and
# Python inside the bundle are private (-l); NSS and OpenSSL are loaded with dlopen, so named here.
mkdir -p "$work/debian"
printf 'Source: betshop-kiosk\n\nPackage: betshop-kiosk\nArchitecture: any\n' > "$work/debian/control"
elves=$(find "$root/opt" -type f \( -name '*.so*' -o -name kiosk -o -name QtWebEngineProcess \) \
        -exec sh -c 'head -c 4 "$1" | grep -q ELF && echo "$1"' _ {} \; | sort)
libdirs=$(for f in $elves; do dirname "$f"; done | sort -u | sed 's/^/-l/')
# shellcheck disable=SC2086 # word splitting of the file and directory lists is intended
shlibs=$(cd "$work" && dpkg-shlibdeps -O --ignore-missing-info --warnings=0 $libdirs $elves 2>"$work/shlibdeps.log") ||
    { cat "$work/shlibdeps.log" >&2; exit 1; }
depends=$(printf '%s' "$shlibs" | sed -n 's/^shlibs:Depends=//p')
depends="$depends, fontconfig, fonts-dejavu-core | fonts-liberation2 | fonts-noto-core, passwd"

cat > "$root/DEBIAN/control" <<CONTROL
Package: betshop-kiosk
Version: $version
Architecture: $arch
Maintainer: $MAINTAINER
Installed-Size: $(du -sk "$root" | cut -f1)
Depends: $depends
Recommends: systemd
Section: misc
Priority: optional
Description: locked betshop terminal always logged in to the BetGames webshop
 Turns a betshop point-of-sale PC into a kiosk that shows only the BetGames
 webshop, logs in by itself and recovers from network and page failures.
 It starts at every graphical login of its desktop user (systemd user service,
 or XDG autostart) and is configured in /etc/xdg/betshop-kiosk/kiosk.toml.
CONTROL

deb=$out/betshop-kiosk_${version}_${arch}.deb
# shellcheck source=installer/linux/deb-lib.sh
. "$here/deb-lib.sh"
pack_deb "$root" "$deb" "$compress"
echo "$deb"
