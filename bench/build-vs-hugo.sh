#!/usr/bin/env bash
# Build time and peak memory of Webtruong against Hugo on the shared synthetic
# school-site corpus (see bench/README.md). Run by `make bench`.
#
# Environment:
#   PAGES=10000     posts in the corpus
#   RUNS=5          timed builds of each tool (alternating); medians are reported
#   JOBS=2          threads for webtruong (-j)
#   SHARED=...      the shared folder (default: <repo>/../shared)
#   WEBTRUONG=...   the binary (default: <repo>/build/webtruong)
#   KEEP=1          keep the temporary folder (its path is printed)
#
# Exit status: 0 the builds ran and their outputs are comparable (a missed
# speed or memory target is reported, not failed); 1 a build failed or the
# outputs differ (post pages, news list pages, a feed or the sitemap);
# 2 something needed is missing or a setting is wrong.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
WEBTRUONG=${WEBTRUONG:-$REPO/build/webtruong}
PAGES=${PAGES:-10000}
RUNS=${RUNS:-5}
JOBS=${JOBS:-2}
PAGINATE=20
TIME=/usr/bin/time

die() { echo "build-vs-hugo: $*" >&2; exit 2; }

# --- prerequisites -----------------------------------------------------------
for v in PAGES RUNS JOBS; do
  [[ ${!v} =~ ^[1-9][0-9]*$ ]] || die "$v should be a positive whole number, not '${!v}'"
done
[ -d "$SHARED" ] || die "the shared folder '$SHARED' is missing (set SHARED=/path/to/shared)"
SHARED=$(cd "$SHARED" && pwd)
GEN=$SHARED/bench/gen_corpus.py
HUGO_CONF=$SHARED/bench/hugo
[ -f "$GEN" ] || die "'$GEN' is missing: is SHARED=$SHARED the right folder?"
[ -f "$HUGO_CONF/config.toml" ] || die "'$HUGO_CONF/config.toml' is missing"
command -v python3 >/dev/null || die "python3 is not installed"
command -v hugo >/dev/null || die "hugo is not installed (scripts/install-deps.sh --bench)"
[ -x "$TIME" ] || die "$TIME is not installed (scripts/install-deps.sh --bench installs 'time')"
[ -x "$WEBTRUONG" ] || die "'$WEBTRUONG' is missing: build it first (make build) or set WEBTRUONG=/path/to/webtruong"
"$WEBTRUONG" build --help >/dev/null 2>&1 || die "'$WEBTRUONG build --help' fails: is it a webtruong binary?"

T=$(mktemp -d "${TMPDIR:-/tmp}/wt-bench.XXXXXX")
cleanup() {
  if [ "${KEEP:-0}" = 1 ]; then
    echo "build-vs-hugo: kept $T"
  else
    chmod -R u+w "$T" 2>/dev/null || true
    rm -rf "$T"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "== webtruong vs hugo: $PAGES posts, $RUNS run(s) each, webtruong -j $JOBS"
echo "   $WEBTRUONG: $("$WEBTRUONG" --version 2>/dev/null | head -n1 || true)"
echo "   $(hugo version | head -n1)"
echo "   $(nproc) cores; temporary folder $T"

# --- 1. corpus ---------------------------------------------------------------
python3 "$GEN" --pages "$PAGES" --out "$T/corpus" >/dev/null

# --- 2. the two site copies --------------------------------------------------
cp -r "$T/corpus" "$T/hugo-site"
cp -r "$HUGO_CONF/." "$T/hugo-site/"
cp -r "$T/corpus" "$T/wt-site"
chmod -R u+w "$T/hugo-site" "$T/wt-site"   # shared/ is read-only; its copies need not be
cat >"$T/wt-site/site.yaml" <<'EOF'
name: "Trường THCS Mẫu"
type: thcs
base_url: "http://127.0.0.1:8053/"
pagination: 20
EOF
if [ ! -f "$T/wt-site/content/_index.md" ]; then
  printf -- '---\ntitle: "Trường THCS Mẫu"\n---\n' >"$T/wt-site/content/_index.md"
fi
rm -rf "$T/corpus"

# --- 3. timed builds, alternating --------------------------------------------
export HUGO_CACHEDIR="$T/hugo-cache"   # keep Hugo's cache out of $HOME
: >"$T/wt.times"
: >"$T/hugo.times"

# run_timed NAME TIMESFILE LOG DIR -- COMMAND...: one timed build; shows the log on failure
run_timed() {
  local name=$1 times=$2 log=$3 dir=$4; shift 5
  if ! (cd "$dir" && "$TIME" -f '%e %M %U %S' -a -o "$times" "$@") >"$log" 2>&1; then
    echo "build-vs-hugo: the $name build failed; its output:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
}

last() { tail -n1 "$1" | awk '{ printf "%.3f s, %.0f MiB", $1, $2 / 1024 }'; }

# One untimed warm-up build of each, so neither is timed reading a cold
# corpus from disk (hyperfine's --warmup).
"$WEBTRUONG" build "$T/wt-site" -o "$T/wt-warmup" -j "$JOBS" -q >/dev/null 2>&1 || true
(cd "$T/hugo-site" && hugo --quiet -d "$T/hugo-warmup" >/dev/null 2>&1) || true
rm -rf "$T/hugo-site/resources" "$T/hugo-site/.hugo_build.lock"

WT_OUT="" HUGO_OUT=""
for i in $(seq 1 "$RUNS"); do
  # Fresh output folders each run (every build is cold); the last pair is used
  # for the comparison. Old outputs are removed only after all timed runs:
  # freeing tens of thousands of inodes just before a build makes ext4's inode
  # allocator skip the recently freed ones, which costs either tool seconds of
  # kernel time that have nothing to do with the generator being measured.
  WT_OUT=$T/wt-out-$i
  run_timed webtruong "$T/wt.times" "$T/wt-$i.log" "$T" -- \
    "$WEBTRUONG" build "$T/wt-site" -o "$WT_OUT" -j "$JOBS" -q

  rm -rf "$T/hugo-site/resources" "$T/hugo-site/.hugo_build.lock"
  HUGO_OUT=$T/hugo-out-$i
  run_timed hugo "$T/hugo.times" "$T/hugo-$i.log" "$T/hugo-site" -- \
    hugo --quiet -d "$HUGO_OUT"

  echo "run $i/$RUNS: webtruong $(last "$T/wt.times"); hugo $(last "$T/hugo.times")"
done

# Anything webtruong said under -q is a diagnostic (warnings): show it.
if [ -s "$T/wt-$RUNS.log" ]; then
  n=$(wc -l <"$T/wt-$RUNS.log")
  echo "note: webtruong printed $n line(s) of diagnostics in the last run (first 10):"
  head -n 10 "$T/wt-$RUNS.log" | sed 's/^/  | /'
fi

# --- 4. comparable output? ---------------------------------------------------
echo
echo "== output of the last run"
cmp_status=0
python3 "$HERE/compare_outputs.py" --webtruong "$WT_OUT" --hugo "$HUGO_OUT" \
  --pages "$PAGES" --paginate "$PAGINATE" || cmp_status=$?

# --- 5. figures --------------------------------------------------------------
echo
echo "== time and memory"
python3 "$HERE/summarize.py" "$T/wt.times" "$T/hugo.times" --jobs "$JOBS" \
  --wall-target 0.30 --mem-target 0.20

if [ "$cmp_status" -ne 0 ]; then
  echo
  echo "build-vs-hugo: FAILED: the two outputs are not comparable (see above)" >&2
  exit 1
fi
