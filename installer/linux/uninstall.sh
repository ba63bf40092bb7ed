#!/bin/sh
# Removes what install.sh installed (run as root): every release, the updater's timer, state and
# cache too. The config file /etc/xdg/betshop-kiosk/kiosk.toml and the broker's identity are kept
# unless --purge is given; the desktop user and its data (web profile and logs in
# ~/.local/share/betshop-kiosk) and the broker's account are left alone.
#
#   uninstall.sh [--purge] [--root DIR]
set -eu

purge=0
root=
while [ $# -gt 0 ]; do
    case $1 in
        --purge) purge=1; shift ;;
        --root) root=$2; shift 2 ;;
        -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
        *) echo "uninstall.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

die() { echo "uninstall.sh: error: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "run it as root (sudo $0 ...)"
if [ -z "$root" ] && dpkg-query -W -f '${Status}' betshop-kiosk 2>/dev/null | grep -q "ok installed"; then
    die "betshop-kiosk is installed from its .deb here: use apt-get remove betshop-kiosk (or purge)"
fi
R=${root:+$(cd "$root" && pwd)}
export DPKG_ROOT="$R"

PREFIX=/opt/betshop-kiosk
if [ -x "$R$PREFIX/support/kiosk-setup" ]; then
    setup=$R$PREFIX/support/kiosk-setup
else
    setup=$(cd "$(dirname "$0")" && pwd)/kiosk-setup
fi
# Copy it out first: it lives in the folder about to be removed.
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
cat "$setup" > "$tmp"
if [ $purge = 1 ]; then sh "$tmp" purge; else sh "$tmp" unconfigure; fi

rm -f "$R/usr/bin/betshop-kiosk" "$R/usr/lib/systemd/user/betshop-kiosk.service" \
      "$R/usr/lib/systemd/system/betshop-kiosk-update.service" "$R/usr/lib/systemd/system/betshop-kiosk-update.timer" \
      "$R/usr/lib/systemd/system/betshop-kiosk-broker.service" "$R/usr/lib/systemd/system/betshop-kiosk-broker.socket" \
      "$R/usr/share/xsessions/betshop-kiosk.desktop" "$R/usr/share/icons/hicolor/256x256/apps/betshop-kiosk.png"
rm -rf "$R$PREFIX" "$R$PREFIX.new"
if [ $purge = 1 ]; then
    echo "uninstall.sh: betshop-kiosk removed, with its config"
else
    echo "uninstall.sh: betshop-kiosk removed; its config /etc/xdg/betshop-kiosk/kiosk.toml is kept (--purge removes it)"
fi
