#!/bin/sh
# Builds (or adds to) the partner's signed apt repository of the kiosk, with Debian's apt-ftparchive
# (package apt-utils) and GnuPG (package gpg). Serve DIR over HTTP(S) as it is; terminals read it with
# the betshop-kiosk.sources file written beside it (docs/it/updates.md). No root needed.
#
#   installer/linux/build-apt-repo.sh --repo DIR --url URL (--key ID | --key-file FILE) [options] DEB...
#
#   --repo DIR        the repository (created if missing); DEBs are added to DIR/pool/main/
#   --url URL         where terminals will reach DIR (written into DIR/betshop-kiosk.sources)
#   --key ID          sign with this secret key of your GnuPG keyring ($GNUPGHOME or ~/.gnupg)
#   --key-file FILE   or with the secret key in FILE (imported into a throwaway keyring)
#   --suite NAME      default: stable        --archs "A B"   default: "amd64 arm64" (+ those of the DEBs)
#   --keep N          keep the N newest versions of each package in the pool (default 5; 0 = all)
#
# Both flavours are published side by side (betshop-kiosk, betshop-kiosk-system); a terminal's updater
# only ever upgrades the flavour installed on it. Every version left in the pool stays installable
# (apt-get install betshop-kiosk-system=VERSION), and the updater keeps its own copy for rollbacks.
set -eu

repo=
url=
key=
key_file=
suite=stable
archs="amd64 arm64"
keep=5
while [ $# -gt 0 ]; do
    case $1 in
        --repo) repo=$2; shift 2 ;;
        --url) url=$2; shift 2 ;;
        --key) key=$2; shift 2 ;;
        --key-file) key_file=$2; shift 2 ;;
        --suite) suite=$2; shift 2 ;;
        --archs) archs=$2; shift 2 ;;
        --keep) keep=$2; shift 2 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        --) shift; break ;;
        -*) echo "build-apt-repo.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
        *) break ;;
    esac
done
die() { echo "build-apt-repo.sh: error: $*" >&2; exit 1; }
[ -n "$repo" ] || die "--repo DIR is required"
[ -n "$url" ] || die "--url URL is required (where terminals reach the repository)"
[ -n "$key$key_file" ] || die "--key ID or --key-file FILE is required: the repository is always signed"
case $url in http://*|https://*) ;; *) die "--url must be an http:// or https:// URL, got '$url'" ;; esac
echo "$suite" | grep -Eq '^[a-z0-9][a-z0-9.+-]*$' || die "'$suite' is not a suite name"
case $keep in *[!0-9]*|"") die "--keep must be a number" ;; esac
for tool in apt-ftparchive gpg dpkg-deb; do
    command -v $tool >/dev/null || die "$tool is missing: apt-get install apt-utils gpg dpkg"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "$key_file" ]; then
    export GNUPGHOME="$work/gnupg"
    install -d -m 0700 "$GNUPGHOME"
    gpg --batch --quiet --import "$key_file" 2>"$work/gpg.log" || { cat "$work/gpg.log" >&2; die "cannot import $key_file"; }
    key=$(gpg --batch --with-colons --list-secret-keys | awk -F: '$1 == "fpr" { print $10; exit }')
    [ -n "$key" ] || die "$key_file holds no secret key"
fi
gpg --batch --list-secret-keys "$key" >/dev/null 2>&1 || die "no secret key '$key' in the GnuPG keyring"

mkdir -p "$repo/pool/main"
repo=$(cd "$repo" && pwd)
for deb in "$@"; do
    [ -f "$deb" ] || die "$deb does not exist"
    package=$(dpkg-deb --field "$deb" Package) || die "$deb is not a .deb"
    case $package in betshop-kiosk|betshop-kiosk-system) ;; *) die "$deb is $package, not a kiosk package" ;; esac
    arch=$(dpkg-deb --field "$deb" Architecture)
    [ "$arch" = all ] || case " $archs " in *" $arch "*) ;; *) archs="$archs $arch" ;; esac
    mkdir -p "$repo/pool/main/$package"
    cp "$deb" "$repo/pool/main/$package/"
    echo "build-apt-repo.sh: added $package $(dpkg-deb --field "$deb" Version) ($arch)"
done

# The N newest versions of each package stay (in dpkg's order of versions: 1.0~rc1 before 1.0).
newest_first() {  # versions on stdin, one a line → newest first
    sorted=
    while read -r v; do
        out= placed=
        for s in $sorted; do
            if [ -z "$placed" ] && dpkg --compare-versions "$v" gt "$s"; then out="$out $v"; placed=1; fi
            out="$out $s"
        done
        [ -n "$placed" ] || out="$out $v"
        sorted=$out
    done
    printf '%s\n' $sorted
}
if [ "$keep" -gt 0 ]; then
    for dir in "$repo"/pool/main/*/; do
        [ -d "$dir" ] || continue
        n=0
        for v in $(for deb in "$dir"*.deb; do [ -f "$deb" ] && dpkg-deb --field "$deb" Version; done | sort -u | newest_first); do
            n=$((n + 1))
            [ "$n" -gt "$keep" ] || continue
            for deb in "$dir"*.deb; do
                if [ "$(dpkg-deb --field "$deb" Version)" = "$v" ]; then
                    rm -f "$deb"
                    echo "build-apt-repo.sh: removed $(basename "$deb") (more than $keep versions)"
                fi
            done
        done
    done
fi

# The indexes: one Packages file per architecture (Architecture: all packages are in each).
dists=dists/$suite
rm -rf "$repo/$dists.new"
for arch in $archs; do
    mkdir -p "$repo/$dists.new/main/binary-$arch"
    (cd "$repo" && apt-ftparchive --arch "$arch" packages pool/main) > "$repo/$dists.new/main/binary-$arch/Packages"
    gzip -9nk "$repo/$dists.new/main/binary-$arch/Packages"
done
(cd "$repo/$dists.new" && apt-ftparchive \
    -o APT::FTPArchive::Release::Origin=betshop-kiosk \
    -o APT::FTPArchive::Release::Label="betshop-kiosk" \
    -o APT::FTPArchive::Release::Suite="$suite" \
    -o APT::FTPArchive::Release::Codename="$suite" \
    -o APT::FTPArchive::Release::Architectures="$archs" \
    -o APT::FTPArchive::Release::Components=main \
    -o APT::FTPArchive::Release::Description="Betshop kiosk, signed by the partner" \
    release .) > "$work/Release"
mv "$work/Release" "$repo/$dists.new/Release"
gpg --batch --yes --quiet --local-user "$key" --digest-algo SHA512 --clearsign \
    -o "$repo/$dists.new/InRelease" "$repo/$dists.new/Release"
gpg --batch --yes --quiet --local-user "$key" --digest-algo SHA512 --armor --detach-sign \
    -o "$repo/$dists.new/Release.gpg" "$repo/$dists.new/Release"
# Swap the new indexes in whole: a terminal reading meanwhile sees the old set or the new one.
rm -rf "$repo/$dists.old"
[ ! -d "$repo/$dists" ] || mv "$repo/$dists" "$repo/$dists.old"
mv "$repo/$dists.new" "$repo/$dists"
rm -rf "$repo/$dists.old"

# What a terminal needs: one deb822 file with the URL and the public key in it (Signed-By).
gpg --batch --armor --export "$key" > "$repo/betshop-kiosk-archive-keyring.asc"
{
    echo "# The partner's betshop-kiosk repository: copy to /etc/apt/sources.list.d/betshop-kiosk.sources"
    echo "# (docs/it/updates.md). Written by build-apt-repo.sh; the key is the one that signs the repository."
    echo "Types: deb"
    echo "URIs: $url"
    echo "Suites: $suite"
    echo "Components: main"
    echo "Signed-By:"
    sed -e 's/^$/./' -e 's/^/ /' "$repo/betshop-kiosk-archive-keyring.asc"
} > "$repo/betshop-kiosk.sources"
fingerprint=$(gpg --batch --with-colons --fingerprint "$key" | awk -F: '$1 == "fpr" { print $10; exit }')
echo "build-apt-repo.sh: $repo signed by $fingerprint; terminals use $repo/betshop-kiosk.sources"
