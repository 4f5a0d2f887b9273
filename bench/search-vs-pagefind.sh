#!/usr/bin/env bash
# Webtruong's search index against Pagefind (npm `pagefind`, pinned in
# bench/package.json) on the shared 10,000-post corpus: build time and peak
# memory, total index size and file count, bytes downloaded per query and
# what each tool answers to a table of Vietnamese queries
# (bench/search_queries.mjs). A report, not a test (bench/README.md).
#
# Environment: PAGES=10000, JOBS=2, WEBTRUONG=<repo>/build/webtruong,
# SHARED=<repo>/../shared, KEEP=1 keeps the temporary folder.
# Exit status: 0 it ran; 1 a build or a query run failed; 2 something needed is missing.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
WEBTRUONG=${WEBTRUONG:-$REPO/build/webtruong}
PAGES=${PAGES:-10000}
JOBS=${JOBS:-2}
TIME=/usr/bin/time

die() { echo "search-vs-pagefind: $*" >&2; exit 2; }
for v in PAGES JOBS; do
  [[ ${!v} =~ ^[1-9][0-9]*$ ]] || die "$v should be a positive whole number, not '${!v}'"
done
[ -f "$SHARED/bench/gen_corpus.py" ] || die "'$SHARED/bench/gen_corpus.py' is missing (set SHARED=/path/to/shared)"
[ -x "$WEBTRUONG" ] || die "'$WEBTRUONG' is missing: build it first (make build) or set WEBTRUONG=..."
[ -x "$TIME" ] || die "$TIME is not installed (scripts/install-deps.sh --bench installs 'time')"
command -v node >/dev/null || die "node is not installed"
command -v python3 >/dev/null || die "python3 is not installed"
if [ ! -x "$HERE/node_modules/.bin/pagefind" ]; then
  (cd "$HERE" && npm ci --no-audit --no-fund >/dev/null) || die "npm ci in bench/ failed (Pagefind is pinned in bench/package.json)"
fi

T=$(mktemp -d "${TMPDIR:-/tmp}/wt-search-bench.XXXXXX")
cleanup() { if [ "${KEEP:-0}" = 1 ]; then echo "search-vs-pagefind: kept $T"; else rm -rf "$T"; fi; }
trap cleanup EXIT

echo "== webtruong search vs pagefind: $PAGES posts, webtruong -j $JOBS"
echo "   $("$WEBTRUONG" --version 2>/dev/null | head -n1 || true); pagefind $(cd "$HERE" && npx --no-install pagefind --version 2>/dev/null | tail -n1)"
echo "   $(nproc) cores; temporary folder $T"

python3 "$SHARED/bench/gen_corpus.py" --pages "$PAGES" --out "$T/site" >/dev/null
chmod -R u+w "$T/site"
cat >"$T/site/site.yaml" <<'YAML'
name: "Trường THCS Mẫu"
type: thcs
base_url: "http://127.0.0.1:8053/"
pagination: 20
YAML
[ -f "$T/site/content/_index.md" ] || printf -- '---\ntitle: "Trường THCS Mẫu"\n---\n' >"$T/site/content/_index.md"

# --- build times and memory -------------------------------------------------
"$WEBTRUONG" build "$T/site" -o "$T/warmup" -j "$JOBS" -q >/dev/null 2>&1 || true
rm -rf "$T/warmup"
if ! "$TIME" -f '%e %M' -o "$T/wt.time" "$WEBTRUONG" build "$T/site" -o "$T/out" -j "$JOBS" -q --timings --lang en 2>"$T/wt.log"; then
  cat "$T/wt.log" >&2
  exit 1
fi
read -r wt_wall wt_kib <"$T/wt.time"
index_s=$(awk '/search index/ { print $(NF-1) }' "$T/wt.log")
render_s=$(awk '/render and write/ { print $(NF-1) }' "$T/wt.log")

cp -r "$T/out" "$T/pf-site"
if ! (cd "$HERE" && "$TIME" -f '%e %M' -o "$T/pf.time" npx --no-install pagefind --site "$T/pf-site" --output-path "$T/pagefind" >"$T/pf.log" 2>&1); then
  tail -n 20 "$T/pf.log" >&2
  exit 1
fi
read -r pf_wall pf_kib <"$T/pf.time"

size() { find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f MB", s / 1e6 }'; }
count() { find "$1" -type f | wc -l; }
gzsize() { find "$1" -type f -name '*.json' -exec gzip -6 -c {} \; | wc -c | awk '{ printf "%.1f MB", $1 / 1e6 }'; }

echo
echo "== index build (one run each; the machine is shared: quote ratios)"
printf 'webtruong: whole build %s s, peak %.0f MiB; the index alone %s s (render and write %s s)\n' \
  "$wt_wall" "$((wt_kib / 1024))" "${index_s:-?}" "${render_s:-?}"
printf 'pagefind:  indexing the built site %s s, peak %.0f MiB\n' "$pf_wall" "$((pf_kib / 1024))"
echo
echo "== index on disk"
echo "webtruong: $(size "$T/out/search") in $(count "$T/out/search") files ($(gzsize "$T/out/search") gzip -6), + js/search.js $(stat -c %s "$T/out/js/search.js") bytes"
echo "pagefind:  $(size "$T/pagefind") in $(count "$T/pagefind") files"
echo
echo "== queries (top 5; bytes: gzip -6 of plain files, Pagefind's own compressed files as they are; cold cache)"
node "$HERE/search_queries.mjs" "$T/out" "$T/pagefind" "$T/site" "$REPO/themes/default/static/js/search.js" || exit 1
