#!/bin/sh
# Installs the Debian packages Webtruong needs to build and test, when missing.
# Usage: scripts/install-deps.sh [--bench|--fuzz]   (run as root, or with sudo available)
# --fuzz adds clang, its sanitizer and libFuzzer runtimes and llvm-symbolizer (make fuzz).
set -eu

PACKAGES="cmake make g++ pkg-config python3
libcmark-gfm-dev libcmark-gfm-extensions-dev libfyaml-dev libre2-dev libkainjow-mustache-dev
nlohmann-json3-dev libpugixml-dev libicu-dev catch2 libgumbo-dev libmimalloc-dev libvalijson-dev libuchardet-dev zlib1g-dev libcurl4-openssl-dev libzip-dev libsqlite3-dev libbrotli-dev libxxhash-dev
nginx-light openssl
dpkg-dev file help2man binutils"
# nginx-light (and openssl for a test certificate): the audit integration tests serve fixture sites with it,
# and tests/nginx serves a portal layout with the configuration `webtruong nginx` writes.
# dpkg-dev (dpkg-shlibdeps) and file: `make deb` (CPack) finds the Depends of the .deb; help2man: the man page;
# binutils (strings, readelf): tests/install/ looks into the installed binary.
if [ "${1:-}" = "--bench" ]; then
  PACKAGES="$PACKAGES hugo time wget2"  # wget2 (and nginx-light): bench/crawl-vs-wget2.sh
fi
if [ "${1:-}" = "--fuzz" ]; then
  PACKAGES="$PACKAGES clang libclang-rt-dev llvm"
fi

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing$missing"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
