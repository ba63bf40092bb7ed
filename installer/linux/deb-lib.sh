# Shared by build-deb.sh and build-deb-system.sh (sourced, not run).

# pack_deb ROOT DEB COMPRESS: build the package tree ROOT into DEB with xz, zstd, gzip or no compression.
pack_deb() {
    local root=$1 deb=$2 compress=$3 zopts
    case $compress in
        none) zopts="-Znone" ;;
        gzip) zopts="-Zgzip -z6" ;;
        *) zopts="-Z$compress" ;;
    esac
    # shellcheck disable=SC2086
    dpkg-deb --root-owner-group $zopts --build "$root" "$deb" >/dev/null
}
