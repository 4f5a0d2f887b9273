#!/bin/bash
# Runs an installed Webtruong (PREFIX/bin/webtruong with PREFIX/share/webtruong)
# as a user would, with the checkout out of reach: a mount namespace puts an
# empty tmpfs over each HIDDEN folder (the source tree, the build folder), so
# any lookup of them fails. Used by install_test.sh (cmake --install) and
# deb_test.sh (the .deb unpacked with dpkg -x).
#
#   tests/install/run_installed.sh PREFIX SOURCE_DIR [HIDDEN...]
#
# SOURCE_DIR is the checkout (site.example is copied from it), hidden with
# the other HIDDEN folders (the build folder when it lies elsewhere).
#
# Checks, in order:
#   - the binary holds no path of a hidden folder (strings);
#   - in the namespace: --version; `new` makes a THCS site, `build` builds it
#     for a local server and `check` reports on it; site.example (copied out
#     first) checks complete; the built site, served on 127.0.0.1 by python3's
#     http.server, is audited with JSON and HTML reports;
#   - a binary copied alone, without share/, fails with messages naming what
#     is missing and where it was looked for; the WEBTRUONG_* variables then
#     stand in for share/.
# Exit status: 0 passed, 1 failed, 77 skipped (not root and no user
# namespaces: the only case where the checkout cannot be hidden).
set -euo pipefail
# The lines read below are webtruong's English ones (it speaks Vietnamese by default).
export LANG=en_US.UTF-8
unset LANGUAGE LC_ALL LC_MESSAGES

fail() { echo "FAIL: $*" >&2; exit 1; }

# ---------------------------------------------------------------- inside
# Run again by the outer part, as `run_installed.sh --inside PREFIX WORK PORT HIDDEN...`
# in the new mount namespace.
inside() {
  local prefix=$1 work=$2 port=$3
  shift 3
  local d
  for d in "$@"; do
    mount -t tmpfs -o size=64k,mode=0755 webtruong-hidden "$d" || fail "cannot hide $d"
    [ -z "$(ls -A "$d")" ] || fail "$d is still visible"
  done
  cd "$work"
  unset WEBTRUONG_THEMES WEBTRUONG_SCHEMAS WEBTRUONG_CONTENT
  export SOURCE_DATE_EPOCH=1795489200  # 24/11/2026 10:00 +07:00, as cli_build_test.cpp: the day of the test does not matter
  local wt="$prefix/bin/webtruong" out status

  # run CMD...: sets $out (stdout and stderr) and $status.
  run() {
    set +e
    out=$("$@" 2>&1)
    status=$?
    set -e
  }
  expect() {  # expect STATUS WHAT: the last run exited STATUS
    [ "$status" = "$1" ] || fail "$2: exit status $status, expected $1; output:
$out"
  }

  run "$wt" --version
  expect 0 "webtruong --version"
  [[ $out =~ ^webtruong\ [0-9.]+$'\n'build\ [0-9a-f]{16}\ \( ]] || fail "--version printed: $out"

  # has_line TEXT WHAT: the last run printed the line TEXT.
  has_line() {
    grep -qFx -- "$1" <<< "$out" || fail "$2: no line '$1' in:
$out"
  }

  # new, then build and check it: a new site holds placeholders, so check
  # lists what is missing (exit 1).
  run "$wt" new "$work/moi" --type thcs --name "Trường THCS Thử Nghiệm" --province "Phú Thọ"
  expect 0 "webtruong new"
  [[ $out == "webtruong: created $work/moi (Trường trung học cơ sở, "* ]] || fail "new said: $out"
  run "$wt" build -q "$work/moi" -o "$work/www" --base-url "http://127.0.0.1:$port/"
  expect 0 "webtruong build of the new site"
  grep -q 'rel="stylesheet"' "$work/www/index.html" || fail "index.html has no stylesheet"
  [ -n "$(find "$work/www" -name '*.css' -print -quit)" ] || fail "the theme's CSS was not copied"
  run "$wt" check "$work/moi"
  expect 1 "webtruong check of the new site"
  has_line "Rule sets: tt37-2020, tt09-2024 (school type thcs)" "check of the new site"
  [[ $out == *"still holds placeholders [CẦN ĐIỀN ...] to replace"* ]] || fail "check of the new site said: $out"

  # site.example is complete: every rule set, rubric and data schema read.
  run "$wt" check "$work/site.example"
  expect 0 "webtruong check site.example"
  [[ $out == *" ok, 0 missing, 0 stale, "* ]] || fail "check of site.example said: $out"

  # The new site, built above for the local server, audited with both reports.
  run "$wt" audit "http://127.0.0.1:$port/" --type thcs --delay 0 --max-pages 25 --budget 20 -q \
    --json "$work/audit.json" --html "$work/audit.html"
  expect 0 "webtruong audit"
  python3 - "$work/audit.json" "http://127.0.0.1:$port/" << 'PY' || fail "audit.json: $(head -c 2000 "$work/audit.json")"
import json, sys
site = json.load(open(sys.argv[1]))["sites"][0]
assert site["url"] == sys.argv[2] and site["pages"] >= 10, (site["url"], site["pages"])
assert site["sections"]["intro_structure"]["found"] and site["score"]["items"], "no section or score"
PY
  grep -q "127.0.0.1:$port" "$work/audit.html" || fail "audit.html does not name the site"

  # A binary copied alone: nothing of the checkout to fall back on.
  mkdir -p "$work/lonely/bin"
  cp "$wt" "$work/lonely/bin/webtruong"
  local lonely="$work/lonely/bin/webtruong" share="$work/lonely/share/webtruong"
  run "$lonely" new "$work/x" --type th --name "Trường Tiểu học X"
  expect 1 "new with no share/"
  has_line "$work/x: error: the site packs (content/scaffold/) were not found in $share/content/scaffold; set WEBTRUONG_CONTENT to the content/ folder" \
    "new with no share/"
  run "$lonely" build -q "$work/moi" -o "$work/lonely-out"
  expect 1 "build with no share/"
  has_line "site.yaml: error: the theme 'default' was not found (looked in themes/ and the installed themes)" "build with no share/"
  has_line "schemas: error: the schemas/ folder of Webtruong was not found; set WEBTRUONG_SCHEMAS" "build with no share/"
  [ ! -e "$work/lonely-out" ] || fail "a failed build wrote its output"
  run "$lonely" check "$work/moi"
  expect 1 "check with no share/"
  has_line "schemas: error: the schemas/ folder with the rule sets was not found" "check with no share/"
  WEBTRUONG_SCHEMAS="$prefix/share/webtruong/schemas" \
    run "$lonely" audit "http://127.0.0.1:$port/" --type thcs --delay 0 --max-pages 5 -q --json /dev/null --html "$work/lonely.html"
  expect 1 "audit with no share/"
  has_line "reports: error: the report templates (themes/default/reports/) were not found in $share/themes; set WEBTRUONG_THEMES to the themes/ folder" \
    "audit with no share/"

  # The variables stand in for share/.
  export WEBTRUONG_THEMES="$prefix/share/webtruong/themes" WEBTRUONG_SCHEMAS="$prefix/share/webtruong/schemas"
  export WEBTRUONG_CONTENT="$prefix/share/webtruong/content"
  run "$lonely" new "$work/x" --type th --name "Trường Tiểu học X"
  expect 0 "new with WEBTRUONG_CONTENT"
  run "$lonely" build -q "$work/x" -o "$work/x-out"
  expect 0 "build with WEBTRUONG_THEMES and WEBTRUONG_SCHEMAS"
  [ -f "$work/x-out/index.html" ] || fail "the build with WEBTRUONG_* wrote no index.html"
  run "$lonely" check "$work/x"
  expect 1 "check with WEBTRUONG_SCHEMAS"
  has_line "Rule sets: tt37-2020, tt09-2024 (school type th)" "check with WEBTRUONG_SCHEMAS"
  echo "installed webtruong: new, check, build and audit work without the checkout"
}

if [ "${1:-}" = "--inside" ]; then
  shift
  inside "$@"
  exit 0
fi

# ---------------------------------------------------------------- outside
[ $# -ge 2 ] || { echo "usage: $0 PREFIX SOURCE_DIR [HIDDEN...]" >&2; exit 2; }
prefix=$(realpath "$1")
src=$(realpath "$2")
shift
# A folder inside another hidden one is hidden with it (and could not be
# mounted over once its parent is).
hidden=()
for d in "$@"; do
  d=$(realpath "$d")
  inner=""
  for e in "$@"; do
    e=$(realpath "$e")
    case "$d/" in "$e"/?*) inner=1 ;; esac
  done
  [ -n "$inner" ] || hidden+=("$d")
done
wt="$prefix/bin/webtruong"
[ -x "$wt" ] || fail "no $wt"

# The mount namespace: as root directly, else in a user namespace.
if [ "$(id -u)" = 0 ]; then
  ns=(unshare --mount)
elif unshare --mount --map-root-user true 2> /dev/null; then
  ns=(unshare --mount --map-root-user)
else
  echo "SKIP: cannot hide the checkout: not root and no user namespaces (unshare --mount --map-root-user failed)"
  exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wt-installed.XXXXXX")
server=""
cleanup() {
  # The server is waited for before its folder is removed: killed, it may
  # still be writing its log, and a failed rm made the test fail (CI, once).
  if [ -n "$server" ]; then
    kill "$server" 2> /dev/null || true
    wait "$server" 2> /dev/null || true
  fi
  rm -rf "$tmp" || true
}
trap cleanup EXIT
for d in "${hidden[@]}"; do
  case "$tmp/" in "$d"/*) fail "the temporary folder $tmp lies in $d, which is to be hidden: set TMPDIR" ;; esac
  case "$prefix/" in "$d"/*) fail "the prefix $prefix lies in $d, which is to be hidden" ;; esac
done

# No path of the hidden folders in the binary.
for d in "${hidden[@]}"; do
  if strings -a "$wt" | grep -F "$d"; then fail "$wt holds the path $d (above)"; fi
done

# What the namespace needs from the checkout, copied out first.
cp "$0" "$tmp/run_installed.sh"
cp -r "$src/site.example" "$tmp/site.example"
rm -rf "$tmp/site.example/public"

# The local web server for the audit, on a port the system picks.
mkdir -p "$tmp/www"
# The log exists before the server starts: the background shell may open it
# after the first look below, and a sed that fails ended the script silently
# under `set -e` (CI, once).
: > "$tmp/server.log"
python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$tmp/www" > "$tmp/server.log" 2>&1 &
server=$!
port=""
for _ in $(seq 50); do
  port=$(sed -n 's/.* port \([0-9][0-9]*\).*/\1/p' "$tmp/server.log" 2> /dev/null | head -1) || port=""
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || fail "python3 -m http.server did not start: $(cat "$tmp/server.log")"

rc=0
"${ns[@]}" bash "$tmp/run_installed.sh" --inside "$prefix" "$tmp" "$port" "${hidden[@]}" || rc=$?
[ "$rc" = 0 ] || fail "the run in the mount namespace (${ns[*]}) failed with exit status $rc"
