#!/bin/sh
# Installs the betshop kiosk from a PyInstaller bundle, without the .deb (run as root):
#   /opt/betshop-kiosk/package                 the bundle (as a .deb would ship it)
#   /opt/betshop-kiosk/releases/<version>      the release the kiosk runs from (kiosk-release activate)
#   /opt/betshop-kiosk/kiosk, current          the launcher, and the release it starts
#   /opt/betshop-kiosk/support                 these scripts
#   /usr/bin/betshop-kiosk                     -> /opt/betshop-kiosk/kiosk
#   /usr/lib/systemd/user/betshop-kiosk.service   enabled for the kiosk's desktop user only
#   /usr/lib/systemd/system/betshop-kiosk-broker.{socket,service}
#                                                  the broker under its own account (betshop-kiosk-broker),
#                                                  holding the partner secret (docs/it/broker.md)
#   /usr/share/xsessions/betshop-kiosk.desktop     a session that is only the kiosk (bare X)
#   /etc/xdg/autostart/betshop-kiosk.desktop       for desktops without systemd user sessions
#   /etc/xdg/betshop-kiosk/kiosk.toml              from the template (broker mode), only if there is none;
#                                                  a secret in an existing one moves into the broker
#   /etc/credstore/betshop-kiosk-identity          the identity options, for the broker (root's, 0600)
#   /usr/lib/systemd/system/betshop-kiosk-update.{service,timer}   the updater (docs/it/updates.md)
#
#   install.sh [--bundle DIR] [--desktop-user NAME] [--partner-id N] [--secret-key KEY]
#              [--shop-name NAME] [--pos-name NAME] [--user-name NAME] [--root DIR]
#   install.sh --stage DIR [--bundle DIR] [--release NAME]
#
# --bundle defaults to dist/betshop-kiosk of this repository. The identity options only give a
# broker that has none its identity. --root installs into a throwaway root (tests). Run it again to upgrade.
# --stage only lays the package's files out under DIR (build-deb.sh builds the .deb from that).
# --release names the release (default: the bundle's `kiosk --version`). A running kiosk is never
# disturbed: it keeps its own release until it restarts (docs/it/updates.md).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
bundle=$here/../../dist/betshop-kiosk
root=
stage=
release=
while [ $# -gt 0 ]; do
    case $1 in
        --bundle) bundle=$2; shift 2 ;;
        --desktop-user) BETSHOP_KIOSK_DESKTOP_USER=$2; export BETSHOP_KIOSK_DESKTOP_USER; shift 2 ;;
        --partner-id) KIOSK_PARTNER_ID=$2; export KIOSK_PARTNER_ID; shift 2 ;;
        --secret-key) KIOSK_SECRET_KEY=$2; export KIOSK_SECRET_KEY; shift 2 ;;
        --shop-name) KIOSK_SHOP_NAME=$2; export KIOSK_SHOP_NAME; shift 2 ;;
        --pos-name) KIOSK_POS_NAME=$2; export KIOSK_POS_NAME; shift 2 ;;
        --user-name) KIOSK_USER_NAME=$2; export KIOSK_USER_NAME; shift 2 ;;
        --root) root=$2; shift 2 ;;
        --stage) stage=$2; shift 2 ;;
        --release) release=$2; shift 2 ;;
        -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

die() { echo "install.sh: error: $*" >&2; exit 1; }
if [ ! -x "$bundle/kiosk" ] || [ ! -d "$bundle/_internal" ]; then
    die "no bundle at $bundle: build it first (pyinstaller --noconfirm installer/betshop-kiosk.spec)"
fi
[ -n "$stage" ] || [ "$(id -u)" -eq 0 ] || die "run it as root (sudo $0 ...)"
"$here/kiosk-setup" check
if [ -z "$root$stage" ] && dpkg-query -W -f '${Status}' betshop-kiosk 2>/dev/null | grep -q "ok installed"; then
    die "betshop-kiosk is installed from its .deb here: upgrade with apt-get install ./betshop-kiosk_*.deb"
fi
# Resolve the bundle before anything below changes directories or replaces /opt.
bundle=$(cd "$bundle" && pwd)
[ -z "$stage" ] || { mkdir -p "$stage"; root=$stage; }
R=${root:+$(cd "$root" && pwd)}
export DPKG_ROOT="$R"

PREFIX=/opt/betshop-kiosk
[ -n "$release" ] || release=$("$bundle/kiosk" --version | awk '{ print $NF }')
echo "$release" | grep -Eq '^[A-Za-z0-9][A-Za-z0-9.+~_-]{0,63}$' || die "'$release' is not a release name"
install -d -m 0755 "$R$PREFIX"
# The bundle as a package ships it (package/), then the release made from it (kiosk-release activate).
# Nothing a running kiosk uses is written into: its release stays as it is until it restarts.
rm -rf "$R$PREFIX/package.new" "$R$PREFIX/support.new"
cp -a "$bundle" "$R$PREFIX/package.new"
printf '%s\n' "$release" > "$R$PREFIX/package.new/RELEASE"
install -d -m 0755 "$R$PREFIX/support.new"
install -m 0755 "$here/kiosk-setup" "$here/kiosk-session" "$here/kiosk-release" "$here/uninstall.sh" "$R$PREFIX/support.new/"
install -m 0644 "$here/../kiosk.toml.template" "$here/betshop-kiosk-autostart.desktop" "$R$PREFIX/support.new/"
install -m 0644 "$here/../../docs/it/broker.md" "$R$PREFIX/support.new/broker.md"
install -m 0755 "$here/kiosk-launcher" "$R$PREFIX/.kiosk.new"
for new in package.new support.new .kiosk.new; do
    [ -n "$stage" ] || chown -R root:root "$R$PREFIX/$new"
    chmod -R u+rwX,go+rX,go-w "$R$PREFIX/$new"
done
# "_internal" and "support" at the top: the flat layout of versions before releases/ (its kiosk is
# replaced by the launcher above, and a restart of a running one starts the installed release).
rm -rf "$R$PREFIX/package" "$R$PREFIX/support" "$R$PREFIX/_internal"
mv "$R$PREFIX/package.new" "$R$PREFIX/package"
mv "$R$PREFIX/support.new" "$R$PREFIX/support"
mv "$R$PREFIX/.kiosk.new" "$R$PREFIX/kiosk"

install -D -m 0644 "$here/betshop-kiosk.service" "$R/usr/lib/systemd/user/betshop-kiosk.service"
install -D -m 0644 "$here/betshop-kiosk-update.service" "$R/usr/lib/systemd/system/betshop-kiosk-update.service"
install -D -m 0644 "$here/betshop-kiosk-update.timer" "$R/usr/lib/systemd/system/betshop-kiosk-update.timer"
install -D -m 0644 "$here/betshop-kiosk-broker.service" "$R/usr/lib/systemd/system/betshop-kiosk-broker.service"
install -D -m 0644 "$here/betshop-kiosk-broker.socket" "$R/usr/lib/systemd/system/betshop-kiosk-broker.socket"
install -D -m 0644 "$here/betshop-kiosk-xsession.desktop" "$R/usr/share/xsessions/betshop-kiosk.desktop"
icon="$R$PREFIX/package/_internal/kiosk/resources/kiosk.png"  # resources/kiosk.png, as the bundle carries it
[ ! -f "$icon" ] || install -D -m 0644 "$icon" "$R/usr/share/icons/hicolor/256x256/apps/betshop-kiosk.png"
install -d -m 0755 "$R/usr/bin"
ln -sfn "$PREFIX/kiosk" "$R/usr/bin/betshop-kiosk"
[ -z "$stage" ] || exit 0

"$R$PREFIX/support/kiosk-release" activate
"$R$PREFIX/support/kiosk-setup" configure

# The bundle leaves the distribution's libraries (X11, NSS, OpenSSL...) to the system.
missing=$(find "$R$PREFIX/package" -type f \( -name '*.so*' -o -name kiosk -o -name QtWebEngineProcess \) \
          -exec ldd {} + 2>/dev/null | awk '/not found/ { print $1 }' | sort -u | tr '\n' ' ')
if [ -n "$missing" ]; then
    echo "install.sh: warning: libraries the kiosk needs are missing: $missing" >&2
    echo "install.sh: install them with your package manager (the .deb pulls them in by itself)." >&2
fi
echo "install.sh: installed $("$R$PREFIX/kiosk" --version) in $PREFIX"
