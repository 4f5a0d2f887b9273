#!/bin/sh
# Runs one real-browser test file with node's test runner: tests/browser/run.sh FILE.test.mjs
# Skips (exit 77, for ctest) only when chromium is absent and we are not in CI;
# in CI (CI=true) a missing chromium, node or playwright-core fails the test.
# Installs playwright-core, axe-core and vnu-jar with `npm ci` (package-lock.json) when missing or stale.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
in_ci=false
case "${CI:-}" in true | 1 | yes) in_ci=true ;; esac

# $CHROMIUM names the browser when set (and counts as absent when it is not there).
chromium=""
for c in ${CHROMIUM-/usr/bin/chromium /usr/bin/chromium-browser}; do
  if [ -x "$c" ]; then chromium="$c"; break; fi
done
if [ -z "$chromium" ]; then
  if $in_ci; then
    echo "browser test: chromium is not installed, and CI must run this test (scripts/install-deps.sh installs it)" >&2
    exit 1
  fi
  echo "browser test skipped: chromium is not installed (apt-get install chromium, or scripts/install-deps.sh)"
  exit 77
fi
if ! command -v node >/dev/null 2>&1; then
  echo "browser test: node is not installed (scripts/install-deps.sh installs nodejs)" >&2
  exit 1
fi
# Also when package-lock.json changed since the last install (axe-core and vnu-jar came later).
if [ ! -f "$here/node_modules/playwright-core/package.json" ] ||
  [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  echo "browser test: installing playwright-core, axe-core and vnu-jar (npm ci in tests/browser)"
  (cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) >&2
fi
CHROMIUM="$chromium" exec node --test "$here/$1"
