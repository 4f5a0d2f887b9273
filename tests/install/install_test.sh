#!/bin/bash
# `cmake --install` into a temporary root (DESTDIR, prefix /opt/webtruong),
# the layout it makes, then the installed tree run from where it landed with
# the checkout and the build folder hidden (run_installed.sh). The tree is
# run from DESTDIR, not from the prefix it was configured for: the binary
# finds its files relative to itself.
#   tests/install/install_test.sh BUILD_DIR SOURCE_DIR
# Exit status: 0 passed, 1 failed, 77 skipped (see run_installed.sh).
set -euo pipefail
# The lines read below are webtruong's English ones (it speaks Vietnamese by default).
export LANG=en_US.UTF-8
unset LANGUAGE LC_ALL LC_MESSAGES

build=$(realpath "$1")
src=$(realpath "$2")
here=$(dirname "$(realpath "$0")")
fail() { echo "FAIL: $*" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wt-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

DESTDIR="$tmp/root" cmake --install "$build" --prefix /opt/webtruong --strip > "$tmp/install.log" ||
  fail "cmake --install failed: $(cat "$tmp/install.log")"
prefix="$tmp/root/opt/webtruong"

for f in bin/webtruong \
  share/webtruong/themes/default/layouts \
  share/webtruong/themes/default/reports/layouts \
  share/webtruong/schemas/rules/tt37-2020.yaml \
  share/webtruong/schemas/rules/tt09-2024.yaml \
  share/webtruong/schemas/rubrics \
  share/webtruong/schemas/data \
  share/webtruong/content/scaffold/common \
  share/webtruong/content/scaffold/thcs \
  share/doc/webtruong/README.md \
  share/doc/webtruong/install.md; do
  [ -e "$prefix/$f" ] || fail "cmake --install made no $f"
done
if [ -f "$build/webtruong.1.gz" ]; then
  [ -f "$prefix/share/man/man1/webtruong.1.gz" ] || fail "the man page was built but not installed"
fi
[ -z "$(find "$tmp/root" -name webtruong-source-tree.txt)" ] || fail "the development build's source-tree file was installed"
[ -z "$(find "$tmp/root" -mindepth 1 -maxdepth 1 ! -name opt)" ] || fail "cmake --install wrote outside DESTDIR/opt"

"$here/run_installed.sh" "$prefix" "$src" "$build"
