#!/bin/sh
# Installs the Debian packages Webtruong needs to build and test, when missing.
# Usage: scripts/install-deps.sh [--bench|--fuzz]   (run as root, or with sudo available)
# --fuzz adds clang, its sanitizer and libFuzzer runtimes and llvm-symbolizer (make fuzz).
set -eu

PACKAGES="cmake make g++ pkg-config python3
libcmark-gfm-dev libcmark-gfm-extensions-dev libfyaml-dev libre2-dev libkainjow-mustache-dev
nlohmann-json3-dev libpugixml-dev libicu-dev catch2 libgumbo-dev libmimalloc-dev libvalijson-dev libuchardet-dev zlib1g-dev libcurl4-openssl-dev libzip-dev libsqlite3-dev libbrotli-dev libxxhash-dev
libpqxx-dev postgresql
libcpp-httplib-dev
libvips-dev
nginx-light openssl
dpkg-dev file help2man binutils
chromium nodejs default-jre-headless"
# libpqxx-dev: `audit --db postgresql://...` and the portal's reader of it (cmake -DWT_POSTGRES=OFF builds
# without); postgresql: the server the audit's PostgreSQL integration test starts (tests/support/postgres_server).
# libcpp-httplib-dev: the HTTP server of `webtruong serve` (generator/serve/http_server.cpp).
# libvips-dev: photos of pages resized and encoded (AVIF, WebP, JPEG) at build time (generator/images/).
# nginx-light (and openssl for a test certificate): the audit integration tests serve fixture sites with it,
# and tests/nginx serves a portal layout with the configuration `webtruong nginx` writes.
# dpkg-dev (dpkg-shlibdeps) and file: `make deb` (CPack) finds the Depends of the .deb; help2man: the man page;
# binutils (strings, readelf): tests/install/ looks into the installed binary.
# chromium and nodejs (npm too, unless the installed nodejs brings it): the real-browser tests
# (tests/browser/, playwright-core from npm driving Debian's chromium; `npm ci` below installs it).
# default-jre-headless: the Nu HTML Checker (vnu-jar from npm) the theme's browser test runs on every page;
# installed before `npm ci`, or vnu-jar's install step tries to download a JDK.
if ! command -v npm >/dev/null 2>&1; then PACKAGES="$PACKAGES npm"; fi
if [ "${1:-}" = "--bench" ]; then
  PACKAGES="$PACKAGES hugo time wget2 libvips-tools"  # wget2 (and nginx-light): bench/crawl-vs-wget2.sh; the vips command: bench/images.sh and scripts/lighthouse.sh
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
if [ -n "$missing" ]; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  echo "install-deps: installing$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# playwright-core for tests/browser/, as pinned by its package-lock.json (never a browser of its own).
browser_tests="$(cd "$(dirname "$0")/.." && pwd)/tests/browser"
if [ ! -f "$browser_tests/node_modules/playwright-core/package.json" ] ||
  [ "$browser_tests/package-lock.json" -nt "$browser_tests/node_modules/.package-lock.json" ]; then
  echo "install-deps: npm ci in tests/browser"
  (cd "$browser_tests" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi

# Decap CMS and decap-server for the forms (`webtruong cms`, serve's /admin/), as pinned by cms/package-lock.json.
cms="$(cd "$(dirname "$0")/.." && pwd)/cms"
if [ ! -f "$cms/node_modules/decap-cms/dist/decap-cms.js" ] ||
  [ "$cms/package-lock.json" -nt "$cms/node_modules/.package-lock.json" ]; then
  echo "install-deps: npm ci in cms"
  (cd "$cms" && npm ci --no-audit --no-fund --loglevel=error)
fi
