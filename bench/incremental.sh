#!/usr/bin/env bash
# Incremental builds on the shared 10,000-post corpus (see bench/README.md):
# a full build, a rebuild where nothing changed, and a rebuild after one
# post was edited, with the time of each as a fraction of the full build
# and the number of files each wrote. Run by `make bench`, after
# build-vs-hugo.sh. Use TMPDIR=/dev/shm to leave the disk out of it.
#
# Environment:
#   PAGES=10000     posts in the corpus
#   RUNS=3          timed builds of each kind; medians are reported
#   JOBS=2          threads for webtruong (-j)
#   SHARED=...      the shared folder (default: <repo>/../shared)
#   WEBTRUONG=...   the binary (default: <repo>/build/webtruong)
#   KEEP=1          keep the temporary folder (its path is printed)
#
# Exit status: 0 the builds ran and gave the output of a full build; 1 a
# build failed or an incremental output differs from a full one; 2
# something needed is missing or a setting is wrong.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
WEBTRUONG=${WEBTRUONG:-$REPO/build/webtruong}
PAGES=${PAGES:-10000}
RUNS=${RUNS:-3}
JOBS=${JOBS:-2}
TIME=/usr/bin/time

die() { echo "incremental: $*" >&2; exit 2; }

for v in PAGES RUNS JOBS; do
  [[ ${!v} =~ ^[1-9][0-9]*$ ]] || die "$v should be a positive whole number, not '${!v}'"
done
GEN=$SHARED/bench/gen_corpus.py
[ -f "$GEN" ] || die "'$GEN' is missing (set SHARED=/path/to/shared)"
command -v python3 >/dev/null || die "python3 is not installed"
[ -x "$TIME" ] || die "$TIME is not installed (scripts/install-deps.sh --bench installs 'time')"
[ -x "$WEBTRUONG" ] || die "'$WEBTRUONG' is missing: build it first (make build) or set WEBTRUONG=/path/to/webtruong"

T=$(mktemp -d "${TMPDIR:-/tmp}/wt-incremental.XXXXXX")
cleanup() {
  if [ "${KEEP:-0}" = 1 ]; then echo "incremental: kept $T"; else chmod -R u+w "$T" 2>/dev/null || true; rm -rf "$T"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "== webtruong incremental builds: $PAGES posts, $RUNS run(s) each, -j $JOBS"
echo "   $WEBTRUONG: $("$WEBTRUONG" --version 2>/dev/null | tr '\n' ' ' || true)"
echo "   $(nproc) cores; temporary folder $T"

python3 "$GEN" --pages "$PAGES" --out "$T/site" >/dev/null
chmod -R u+w "$T/site"
cat >"$T/site/site.yaml" <<'EOF'
name: "Trường THCS Mẫu"
type: thcs
base_url: "http://127.0.0.1:8053/"
pagination: 20
EOF
[ -f "$T/site/content/_index.md" ] || printf -- '---\ntitle: "Trường THCS Mẫu"\n---\n' >"$T/site/content/_index.md"
OUT=$T/out

# build NAME [ARGS...]: one timed build into $OUT; its summary line goes to $T/NAME.log.
build() {
  local name=$1; shift
  if ! "$TIME" -f '%e %M %U %S' -a -o "$T/$name.times" "$WEBTRUONG" build "$T/site" -o "$OUT" -j "$JOBS" "$@" \
      >"$T/$name.log" 2>&1; then
    echo "incremental: the $name build failed:" >&2
    tail -n 20 "$T/$name.log" >&2
    exit 1
  fi
}

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
median_cpu() { awk '{ print $3 + $4 }' "$1" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
median_mem() { awk '{ print $2 }' "$1" | sort -n | awk '{ v[NR] = $1 } END { printf "%.0f", v[int((NR + 1) / 2)] / 1024 }'; }
# Files below $OUT (not .webtruong/) changed after the file $1.
newer_than() { find "$OUT" -path "$OUT/.webtruong" -prune -o -type f -newer "$1" -print | wc -l; }

build warmup --full -q   # the corpus read once from disk before anything is timed
: >"$T/full.times" >"$T/same.times" >"$T/edit.times"
for i in $(seq 1 "$RUNS"); do
  build full --full -q
  touch "$T/mark"; sleep 0.01
  build same
  same_files=$(newer_than "$T/mark")
  # One post edited: a sentence added to its body.
  post=$(find "$T/site/content" -name '*.md' ! -name '_index.md' | sort | sed -n "$((i * 37))p")
  printf '\nMột câu thêm ở lần %s.\n' "$i" >>"$post"
  touch "$T/mark"; sleep 0.01
  build edit
  edit_files=$(newer_than "$T/mark")
  echo "run $i/$RUNS: full $(tail -n1 "$T/full.times" | cut -d' ' -f1) s; no change $(tail -n1 "$T/same.times" | cut -d' ' -f1) s ($same_files files); one post $(tail -n1 "$T/edit.times" | cut -d' ' -f1) s ($edit_files files)"
done
echo "   the last one-post rebuild said: $(grep 'rebuilt' "$T/edit.log" || true)"

# The incremental output must be the full build's.
"$WEBTRUONG" build "$T/site" -o "$T/check" -j "$JOBS" -q --full
if ! diff -r -x .webtruong "$OUT" "$T/check" >/dev/null; then
  echo "incremental: FAILED: the incremental output differs from a full build" >&2
  diff -rq -x .webtruong "$OUT" "$T/check" | head >&2
  exit 1
fi

full=$(median "$T/full.times"); same=$(median "$T/same.times"); edit=$(median "$T/edit.times")
echo
echo "== medians of $RUNS runs ($PAGES posts, -j $JOBS): wall time, CPU time (user + system), peak memory"
awk -v f="$full" -v s="$same" -v e="$edit" \
    -v fc="$(median_cpu "$T/full.times")" -v sc="$(median_cpu "$T/same.times")" -v ec="$(median_cpu "$T/edit.times")" \
    -v fm="$(median_mem "$T/full.times")" -v sm="$(median_mem "$T/same.times")" -v em="$(median_mem "$T/edit.times")" \
    -v sf="$same_files" -v ef="$edit_files" 'BEGIN {
  printf "full build            %7.3f s  cpu %7.3f s  %5d MiB\n", f, fc, fm
  printf "no-change rebuild     %7.3f s  cpu %7.3f s  %5d MiB  %5.1f %% of full (cpu %5.1f %%)  %d files rewritten\n", s, sc, sm, 100 * s / f, 100 * sc / fc, sf
  printf "one-post-edit rebuild %7.3f s  cpu %7.3f s  %5d MiB  %5.1f %% of full (cpu %5.1f %%)  %d files rewritten\n", e, ec, em, 100 * e / f, 100 * ec / fc, ef
}'
echo "(the output of the incremental builds equals a full build's, .webtruong/ aside)"
