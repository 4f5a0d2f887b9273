#!/bin/sh
# Installs the Debian packages Webtruong needs to build and test, when missing.
# Usage: scripts/install-deps.sh [--bench]   (run as root, or with sudo available)
set -eu

PACKAGES="cmake make g++ pkg-config python3
libcmark-gfm-dev libcmark-gfm-extensions-dev libfyaml-dev libkainjow-mustache-dev
nlohmann-json3-dev libpugixml-dev libicu-dev catch2 libgumbo-dev libmimalloc-dev libvalijson-dev libuchardet-dev zlib1g-dev libcurl4-openssl-dev libzip-dev libsqlite3-dev"
if [ "${1:-}" = "--bench" ]; then
  PACKAGES="$PACKAGES hugo time"
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
