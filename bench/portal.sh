#!/usr/bin/env bash
# The portal benchmark (issue 12): MEMBERS school sites of POSTS posts each,
# made by the shared gen_corpus.py (seed = the member's number), built as
# one portal (`webtruong portal build`), and the same posts built as ONE
# Hugo site for the side-by-side ratios. Prints, from one run: the full
# build time per 1,000 pages, peak memory (max RSS), the no-change rebuild,
# the rebuild after one post of one member was edited as a fraction of the
# full build (target: under 1 %), and the full build against Hugo's (targets:
# wall <= 0.30 x Hugo, memory <= 0.15 x Hugo). Medians of RUNS runs, wall and
# CPU. Run by `make bench-portal` (not by `make bench`: it takes minutes).
# Use TMPDIR=/dev/shm to leave the disk out of it (see bench/README.md).
#
# Environment:
#   MEMBERS=200     member sites
#   POSTS=150       posts of each member
#   RUNS=3          timed builds of each kind; medians are reported
#   JOBS=2          threads for webtruong (-j)
#   SHARED=...      the shared folder (default: <repo>/../shared)
#   WEBTRUONG=...   the binary (default: <repo>/build/webtruong, a Release build)
#   HUGO=0          leave Hugo out (no ratios)
#   KEEP=1          keep the temporary folder (its path is printed)
#
# Exit status: 0 the builds ran and the incremental output is the full
# build's (a missed target is reported, not failed); 1 a build failed or an
# incremental output differs from a full one; 2 something needed is missing
# or a setting is wrong.
set -euo pipefail
# The lines read below are webtruong's English ones (it speaks Vietnamese by default).
export LANG=en_US.UTF-8
unset LANGUAGE LC_ALL LC_MESSAGES

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
WEBTRUONG=${WEBTRUONG:-$REPO/build/webtruong}
MEMBERS=${MEMBERS:-200}
POSTS=${POSTS:-150}
RUNS=${RUNS:-3}
JOBS=${JOBS:-2}
HUGO=${HUGO:-1}
TIME=/usr/bin/time

die() { echo "portal-bench: $*" >&2; exit 2; }

for v in MEMBERS POSTS RUNS JOBS; do
  [[ ${!v} =~ ^[1-9][0-9]*$ ]] || die "$v should be a positive whole number, not '${!v}'"
done
[ "$MEMBERS" -le 9999 ] || die "MEMBERS should be at most 9999"
[ -d "$SHARED" ] || die "the shared folder '$SHARED' is missing (set SHARED=/path/to/shared)"
SHARED=$(cd "$SHARED" && pwd)
GEN=$SHARED/bench/gen_corpus.py
HUGO_CONF=$SHARED/bench/hugo
[ -f "$GEN" ] || die "'$GEN' is missing: is SHARED=$SHARED the right folder?"
command -v python3 >/dev/null || die "python3 is not installed"
[ -x "$TIME" ] || die "$TIME is not installed (scripts/install-deps.sh --bench installs 'time')"
[ -x "$WEBTRUONG" ] || die "'$WEBTRUONG' is missing: build it first (make build) or set WEBTRUONG=/path/to/webtruong"
"$WEBTRUONG" portal build --help >/dev/null 2>&1 || die "'$WEBTRUONG portal build --help' fails: is it a webtruong binary?"
if [ "$HUGO" = 1 ]; then
  command -v hugo >/dev/null || die "hugo is not installed (scripts/install-deps.sh --bench), or set HUGO=0"
  [ -f "$HUGO_CONF/config.toml" ] || die "'$HUGO_CONF/config.toml' is missing"
fi

T=$(mktemp -d "${TMPDIR:-/tmp}/wt-portal-bench.XXXXXX")
cleanup() {
  if [ "${KEEP:-0}" = 1 ]; then echo "portal-bench: kept $T"; else chmod -R u+w "$T" 2>/dev/null || true; rm -rf "$T"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "== webtruong portal: $MEMBERS members x $POSTS posts, $RUNS run(s) each, -j $JOBS"
echo "   $WEBTRUONG: $("$WEBTRUONG" --version 2>/dev/null | tr '\n' ' ' || true)"
[ "$HUGO" = 1 ] && echo "   $(hugo version | head -n1)"
echo "   $(nproc) cores; temporary folder $T"
echo "   load at the start: $(uptime)"

# --- 1. the members and portal.yaml ------------------------------------------
P=$T/portal
mkdir -p "$P/members"
{
  echo 'name: "Cổng thông tin điện tử Sở GDĐT (benchmark)"'
  echo 'province: "Phú Thọ"'
  echo 'base_url: "http://127.0.0.1:8053/"'
  echo 'members:'
} >"$P/portal.yaml"
for i in $(seq 1 "$MEMBERS"); do
  m=$(printf 'm%04d' "$i")
  python3 "$GEN" --pages "$POSTS" --seed "$i" --out "$P/members/$m" >/dev/null
  cat >"$P/members/$m/site.yaml" <<EOS
name: "Trường THCS Mẫu số $i"
type: thcs
base_url: "http://127.0.0.1:8053/$m/"
pagination: 20
EOS
  [ -f "$P/members/$m/content/_index.md" ] ||
    printf -- '---\ntitle: "Trường THCS Mẫu số %s"\n---\n' "$i" >"$P/members/$m/content/_index.md"
  {
    echo "  - slug: $m"
    echo "    source: members/$m"
    # every tenth member on its own host name, the others under a path
    if [ $((i % 10)) -eq 0 ]; then echo "    host: $m.example.edu.vn"; fi
    echo "    commune: \"xã Số $(( (i - 1) / 20 + 1 ))\""
    echo "    school_type: thcs"
  } >>"$P/portal.yaml"
done
chmod -R u+w "$P"

# --- 2. the same posts as one Hugo site ---------------------------------------
if [ "$HUGO" = 1 ]; then
  H=$T/hugo-site
  cp -r "$P/members/m0001" "$H"
  rm -f "$H/site.yaml" "$H"/content/tin-tuc/*.md
  cp -r "$HUGO_CONF/." "$H/"
  chmod -R u+w "$H"
  for i in $(seq 1 "$MEMBERS"); do
    m=$(printf 'm%04d' "$i")
    for f in "$P/members/$m"/content/tin-tuc/*.md; do
      b=$(basename "$f")
      [ "$b" = _index.md ] && { [ "$i" = 1 ] && cp "$f" "$H/content/tin-tuc/_index.md"; continue; }
      cp "$f" "$H/content/tin-tuc/$m-$b"
    done
  done
  export HUGO_CACHEDIR="$T/hugo-cache"
  echo "   hugo site: $(find "$H/content/tin-tuc" -name 'm*.md' | wc -l) posts"
fi

# One clock for every build (what a build says of "now" is the same), so the
# incremental output can be compared with a full build's byte for byte.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(date +%s)}
OUT=$T/out
# timed NAME LOG -- COMMAND...: one timed run appended to $T/NAME.times
timed() {
  local name=$1 log=$2; shift 3
  if ! "$TIME" -f '%e %M %U %S' -a -o "$T/$name.times" "$@" >"$log" 2>&1; then
    echo "portal-bench: the $name build failed:" >&2
    tail -n 20 "$log" >&2
    exit 1
  fi
}
PORTAL=("$WEBTRUONG" portal build "$P" -j "$JOBS")
median() { awk '{ print $1 }' "$1" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
median_cpu() { awk '{ print $3 + $4 }' "$1" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
median_mem() { awk '{ print $2 }' "$1" | sort -n | awk '{ v[NR] = $1 } END { printf "%.0f", v[int((NR + 1) / 2)] / 1024 }'; }
# Files of $OUT (build state aside) changed after the file $1.
newer_than() { find "$OUT" -name '.webtruong*' -prune -o -type f -newer "$1" -print | wc -l; }

# --- 3. timed builds -----------------------------------------------------------
"${PORTAL[@]}" -o "$OUT" --full -q >"$T/warmup.log" 2>&1 || { tail -n 20 "$T/warmup.log" >&2; exit 1; }
if [ "$HUGO" = 1 ]; then (cd "$H" && hugo --quiet -d "$T/hugo-warmup" >/dev/null 2>&1) || true; fi
: >"$T/full.times" >"$T/same.times" >"$T/edit.times" >"$T/hugo.times"
for i in $(seq 1 "$RUNS"); do
  timed full "$T/full.log" -- "${PORTAL[@]}" -o "$OUT" --full -q
  touch "$T/mark"; sleep 0.01
  timed same "$T/same.log" -- "${PORTAL[@]}" -o "$OUT"
  same_files=$(newer_than "$T/mark")
  # One post of one member edited: a sentence added to its body.
  m=$(printf 'm%04d' $(( (i * 37) % MEMBERS + 1 )))
  post=$(find "$P/members/$m/content/tin-tuc" -name 'bai-*.md' | sort | sed -n "$(( (i * 13) % POSTS + 1 ))p")
  printf '\nMột câu thêm ở lần %s.\n' "$i" >>"$post"
  touch "$T/mark"; sleep 0.01
  timed edit "$T/edit.log" -- "${PORTAL[@]}" -o "$OUT"
  edit_files=$(newer_than "$T/mark")
  line="run $i/$RUNS: full $(tail -n1 "$T/full.times" | cut -d' ' -f1) s; no change $(tail -n1 "$T/same.times" | cut -d' ' -f1) s ($same_files files); one post $(tail -n1 "$T/edit.times" | cut -d' ' -f1) s ($edit_files files)"
  if [ "$HUGO" = 1 ]; then
    rm -rf "$H/resources" "$H/.hugo_build.lock"
    (cd "$H" && timed hugo "$T/hugo.log" -- hugo --quiet -d "$T/hugo-out-$i")
    line="$line; hugo $(tail -n1 "$T/hugo.times" | cut -d' ' -f1) s"
  fi
  echo "$line"
done
echo "   the last no-change rebuild said: $(grep 'incremental' "$T/same.log" || true)"
echo "   the last one-post rebuild said: $(grep 'incremental' "$T/edit.log" || true)"

# The incremental output must be the full build's.
"${PORTAL[@]}" -o "$T/check" --full -q >/dev/null 2>&1 || { echo "portal-bench: the check build failed" >&2; exit 1; }
if ! diff -r -x '.webtruong*' "$OUT" "$T/check" >/dev/null; then
  echo "portal-bench: FAILED: the incremental output differs from a full build" >&2
  diff -rq -x '.webtruong*' "$OUT" "$T/check" | head >&2
  exit 1
fi
pages=$(find "$OUT" -name '.webtruong*' -prune -o -type f -name '*.html' -print | wc -l)
files=$(find "$OUT" -name '.webtruong*' -prune -o -type f -print | wc -l)

# --- 4. figures ------------------------------------------------------------------
full=$(median "$T/full.times"); same=$(median "$T/same.times"); edit=$(median "$T/edit.times")
echo
echo "== medians of $RUNS runs ($MEMBERS members x $POSTS posts = $((MEMBERS * POSTS)) posts, $pages HTML pages, $files files; -j $JOBS)"
echo "   wall time, CPU time (user + system), peak memory (max RSS)"
awk -v f="$full" -v s="$same" -v e="$edit" -v pages="$pages" \
    -v fc="$(median_cpu "$T/full.times")" -v sc="$(median_cpu "$T/same.times")" -v ec="$(median_cpu "$T/edit.times")" \
    -v fm="$(median_mem "$T/full.times")" -v sm="$(median_mem "$T/same.times")" -v em="$(median_mem "$T/edit.times")" \
    -v sf="$same_files" -v ef="$edit_files" 'BEGIN {
  printf "full build            %8.3f s  cpu %8.3f s  %6d MiB  %.3f s per 1,000 pages\n", f, fc, fm, 1000 * f / pages
  printf "no-change rebuild     %8.3f s  cpu %8.3f s  %6d MiB  %5.2f %% of full (cpu %5.2f %%)  %d files rewritten\n", s, sc, sm, 100 * s / f, 100 * sc / fc, sf
  printf "one-post-edit rebuild %8.3f s  cpu %8.3f s  %6d MiB  %5.2f %% of full (cpu %5.2f %%)  %d files rewritten  (target < 1 %%: %s)\n", e, ec, em, 100 * e / f, 100 * ec / fc, ef, (e / f < 0.01 ? "met" : "MISSED")
}'
if [ "$HUGO" = 1 ]; then
  hugo_wall=$(median "$T/hugo.times")
  awk -v f="$full" -v fc="$(median_cpu "$T/full.times")" -v fm="$(median_mem "$T/full.times")" -v h="$hugo_wall" \
      -v hc="$(median_cpu "$T/hugo.times")" -v hm="$(median_mem "$T/hugo.times")" 'BEGIN {
    printf "hugo, one site        %8.3f s  cpu %8.3f s  %6d MiB\n", h, hc, hm
    printf "webtruong / hugo      wall %.3f (target <= 0.30: %s)  memory %.3f (target <= 0.15: %s)  cpu %.3f\n",
           f / h, (f / h <= 0.30 ? "met" : "MISSED"), fm / hm, (fm / hm <= 0.15 ? "met" : "MISSED"), fc / hc
  }'
fi
echo "(the output of the incremental builds equals a full build's, .webtruong* aside)"
echo "   load at the end: $(uptime)"
