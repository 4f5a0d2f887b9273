#!/bin/bash
# The .deb that `make deb` makes: its control fields (Depends naming the
# package of every library the binary links), its files, then unpacked with
# dpkg -x into a throwaway root and run from there with the checkout hidden
# (run_installed.sh).
#   tests/install/deb_test.sh DEB SOURCE_DIR [BUILD_DIR...]
# Exit status: 0 passed, 1 failed, 77 skipped (see run_installed.sh).
set -euo pipefail

[ $# -ge 2 ] || { echo "usage: $0 DEB SOURCE_DIR [BUILD_DIR...]" >&2; exit 2; }
deb=$(realpath "$1")
src=$(realpath "$2")
shift 2
here=$(dirname "$(realpath "$0")")
fail() { echo "FAIL: $*" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wt-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = webtruong ] || fail "Package: $(field Package)"
[ "$(field Section)" = web ] || fail "Section: $(field Section)"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[[ $(field Description) == "static site generator for the websites of Vietnamese schools"$'\n'* ]] ||
  fail "Description: $(field Description)"
depends=$(field Depends)

dpkg -x "$deb" "$tmp/root"
bin="$tmp/root/usr/bin/webtruong"
[ -x "$bin" ] || fail "the package has no /usr/bin/webtruong"
for f in share/webtruong/themes/default/reports/layouts share/webtruong/schemas/rules share/webtruong/content/scaffold/common \
  share/doc/webtruong/README.md; do
  [ -e "$tmp/root/usr/$f" ] || fail "the package has no /usr/$f"
done
[ -z "$(find "$tmp/root" -name webtruong-source-tree.txt)" ] || fail "the package holds webtruong-source-tree.txt"
! readelf -S "$bin" | grep -q '\.debug_' || fail "the binary is not stripped"

# Every library the binary links (NEEDED) comes from a package named in Depends.
# owner FILE: the package holding FILE, with or without the /usr of a merged /usr.
owner() {
  local f=$1 alt
  case "$f" in /usr/lib/*) alt=${f#/usr} ;; /lib/*) alt=/usr$f ;; *) alt=$f ;; esac
  { dpkg -S "$f" 2> /dev/null || dpkg -S "$alt" 2> /dev/null || true; } | head -1 | cut -d: -f1
}
needed=$(readelf -d "$bin" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
[ -n "$needed" ] || fail "readelf found no NEEDED library"
for so in $needed; do
  path=$(ldd "$bin" | awk -v so="$so" '$1 == so { print $3 }')
  [ -n "$path" ] || fail "ldd does not find $so"
  pkg=$(owner "$path")
  [ -n "$pkg" ] || fail "no Debian package holds $path ($so)"
  [[ ", $depends," == *", $pkg "* || ", $depends," == *", $pkg,"* ]] ||
    fail "$so comes from $pkg, which Depends does not name: $depends"
done
# And libvips, which the binary loads with dlopen when it reads a photo (images/vips_codec.cpp).
vips=$(ldconfig -p | awk '$1 ~ /^libvips\.so\.[0-9]+$/ && !found { print $NF; found = 1 }')
[ -n "$vips" ] || fail "ldconfig knows no libvips.so.N"
pkg=$(owner "$vips")
[[ ", $depends," == *", $pkg "* || ", $depends," == *", $pkg,"* ]] ||
  fail "libvips comes from $pkg, which Depends does not name: $depends"
echo "deb: $(basename "$deb"): Depends: $depends"

"$here/run_installed.sh" "$tmp/root/usr" "$src" "$@"
