#!/usr/bin/env bash
# Incremental builds on the shared 10,000-post corpus (see bench/README.md):
# a full build, then rebuilds where nothing changed, after one post's body
# was edited, after one post's title was edited (its lists change) and
# after the layout of pages was edited, each with its wall and CPU time
# (user + system), as a fraction of the full build, and the number of
# files it rewrote. Run by `make bench`, after build-vs-hugo.sh. Use
# TMPDIR=/dev/shm to leave the disk out of it.
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
# The lines read below are webtruong's English ones (it speaks Vietnamese by default).
export LANG=en_US.UTF-8
unset LANGUAGE LC_ALL LC_MESSAGES

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
# The layout of pages as the site's own (over the theme's), to edit one.
LAYOUT=$REPO/themes/default/layouts/page.mustache
[ -f "$LAYOUT" ] || die "'$LAYOUT' is missing"
mkdir -p "$T/site/layouts"
cp "$LAYOUT" "$T/site/layouts/page.mustache"
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

KINDS="full same edit title layout"
build warmup --full -q   # the corpus read once from disk before anything is timed
for k in $KINDS; do : >"$T/$k.times"; : >"$T/$k.files"; done
# timed KIND [ARGS...]: a build, and the number of files it rewrote.
timed() {
  local kind=$1; shift
  touch "$T/mark"; sleep 0.01
  build "$kind" "$@"
  newer_than "$T/mark" >>"$T/$kind.files"
}
last() { tail -n1 "$T/$1.times" | cut -d' ' -f1; }
for i in $(seq 1 "$RUNS"); do
  timed full --full -q
  timed same
  # One post edited: a sentence added to its body.
  post=$(find "$T/site/content" -name '*.md' ! -name '_index.md' | sort | sed -n "$((i * 37))p")
  printf '\nMột câu thêm ở lần %s.\n' "$i" >>"$post"
  timed edit
  # Another post's title edited: its page, and every list that shows it.
  post=$(find "$T/site/content" -name '*.md' ! -name '_index.md' | sort | sed -n "$((i * 53))p")
  sed -i "0,/^title: \"/s//title: \"Sửa lần $i: /" "$post"
  grep -q "^title: \"Sửa lần $i: " "$post" || { echo "incremental: no 'title: \"' line to edit in $post" >&2; exit 1; }
  timed title
  # The layout of every post edited.
  printf '<!-- lần %s -->\n' "$i" >>"$T/site/layouts/page.mustache"
  timed layout
  echo "run $i/$RUNS: full $(last full) s; no change $(last same) s; one post $(last edit) s; one title $(last title) s; layout $(last layout) s"
done
echo "   the last one-post rebuild said: $(grep 'rebuilt' "$T/edit.log" || true)"
echo "   the last title rebuild said:    $(grep 'rebuilt' "$T/title.log" || true)"

# The incremental output must be the full build's.
"$WEBTRUONG" build "$T/site" -o "$T/check" -j "$JOBS" -q --full
if ! diff -r -x .webtruong "$OUT" "$T/check" >/dev/null; then
  echo "incremental: FAILED: the incremental output differs from a full build" >&2
  diff -rq -x .webtruong "$OUT" "$T/check" | head >&2
  exit 1
fi

full=$(median "$T/full.times"); full_cpu=$(median_cpu "$T/full.times")
echo
echo "== medians of $RUNS runs ($PAGES posts, -j $JOBS): wall time, CPU time (user + system), peak memory, files rewritten"
for k in $KINDS; do
  case $k in
    full) name="full build" ;; same) name="no-change rebuild" ;; edit) name="one post's body edited" ;;
    title) name="one post's title edited" ;; layout) name="the layout of posts edited" ;;
  esac
  awk -v name="$name" -v w="$(median "$T/$k.times")" -v c="$(median_cpu "$T/$k.times")" -v m="$(median_mem "$T/$k.times")" \
      -v f="$full" -v fc="$full_cpu" -v n="$(median "$T/$k.files")" 'BEGIN {
    printf "%-28s %7.3f s  cpu %7.3f s  %5d MiB  %6.1f %% of full (cpu %6.1f %%)  %6d files rewritten\n", name, w, c, m, 100 * w / f, 100 * c / fc, n
  }'
done
echo "(the output of the incremental builds equals a full build's, .webtruong/ aside)"
