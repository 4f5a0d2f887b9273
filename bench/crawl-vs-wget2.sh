#!/usr/bin/env bash
# Crawl throughput of `webtruong audit --delay 0` against `wget2 -r` over the
# same site in the same run: the Hugo build of the shared 10,000-post corpus
# (../shared/bench), served by nginx on 127.0.0.1. Run by `make bench-crawl`;
# see bench/README.md for the method and figures.
#
# The two commands, each fetching every HTML page of the site and parsing it:
#   wget2 -r -l 0 --no-parent --delete-after --max-threads=N  (wget2's recursive
#     download: robots.txt and the sitemap it lists, every link of every page,
#     no depth limit, no other host; --delete-after keeps it from writing the
#     12,000 pages to disk, which webtruong does not do either; --spider is not
#     used: it sends HEAD requests and does not fetch or parse every page)
#   webtruong audit URL --delay 0 --per-host N --concurrency N --max-pages BIG
#     (robots.txt, sitemaps, feeds, every page parsed (FastTree, or gumbo
#     when a page needs HTML5 error recovery), dates,
#     sections and the rubric score, JSON report)
# with N connections to the one host for both: wget2's default is 5 threads,
# webtruong's default is 1 connection per host (politeness), so both pairings
# are measured (THREADS="5 1").
#
# Environment:
#   PAGES=10000      posts in the corpus
#   RUNS=3           timed crawls of each tool per pairing (alternating); medians reported
#   THREADS="5 1"    connection counts compared (wget2 --max-threads = webtruong --per-host)
#   WEBTRUONG=...    the binary (default: <repo>/build/webtruong)
#   SHARED=...       the shared folder (default: <repo>/../shared)
#   WORK=...         cache of the corpus and its Hugo build (default: ${TMPDIR:-/tmp}/wt-crawl-bench)
#   KEEP=1           keep this run's temporary folder (logs, CSVs, JSON)
#
# The ratio is reported for both pairings, for the record: since issue 14 it is
# not a target (both tools are CPU-bound on two cores here, and real audits are
# bound by politeness: bench/province-audit.sh measures that).
#
# Exit status: 0 the crawls ran and each fetched every HTML page; 1 a crawl failed or missed pages; 2
# something needed is missing or a setting is wrong.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
WEBTRUONG=${WEBTRUONG:-$REPO/build/webtruong}
PAGES=${PAGES:-10000}
RUNS=${RUNS:-3}
THREADS=${THREADS:-5 1}
WORK=${WORK:-${TMPDIR:-/tmp}/wt-crawl-bench}
TIME=/usr/bin/time

die() { echo "crawl-vs-wget2: $*" >&2; exit 2; }

# --- prerequisites -----------------------------------------------------------
for v in PAGES RUNS; do
  [[ ${!v} =~ ^[1-9][0-9]*$ ]] || die "$v should be a positive whole number, not '${!v}'"
done
for t in $THREADS; do
  [[ $t =~ ^[1-9][0-9]*$ ]] || die "THREADS should be positive whole numbers, not '$THREADS'"
done
[ -d "$SHARED" ] || die "the shared folder '$SHARED' is missing (set SHARED=/path/to/shared)"
SHARED=$(cd "$SHARED" && pwd)
GEN=$SHARED/bench/gen_corpus.py
HUGO_CONF=$SHARED/bench/hugo
[ -f "$GEN" ] || die "'$GEN' is missing: is SHARED=$SHARED the right folder?"
[ -f "$HUGO_CONF/config.toml" ] || die "'$HUGO_CONF/config.toml' is missing"
for c in python3 hugo wget2 nginx; do
  command -v "$c" >/dev/null || die "$c is not installed (scripts/install-deps.sh --bench)"
done
NGINX=$(command -v nginx)
[ -f /etc/nginx/mime.types ] || die "/etc/nginx/mime.types is missing (nginx-common)"
[ -x "$TIME" ] || die "$TIME is not installed (scripts/install-deps.sh --bench installs 'time')"
[ -x "$WEBTRUONG" ] || die "'$WEBTRUONG' is missing: build it first (make build) or set WEBTRUONG=/path/to/webtruong"
WEBTRUONG=$(cd "$(dirname "$WEBTRUONG")" && pwd)/$(basename "$WEBTRUONG")
"$WEBTRUONG" audit --help >/dev/null 2>&1 || die "'$WEBTRUONG audit --help' fails: is it a webtruong binary with the audit?"

T=$(mktemp -d "${TMPDIR:-/tmp}/wt-crawl.XXXXXX")
NGINX_PID=""
cleanup() {
  if [ -n "$NGINX_PID" ]; then
    kill "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then
    echo "crawl-vs-wget2: kept $T"
  else
    rm -rf "$T"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# port_free PORT: nothing listens on 127.0.0.1:PORT
port_free() {
  python3 - "$1" <<'EOF'
import socket, sys
s = socket.socket()
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)
EOF
}
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# --- 1. corpus and Hugo build (cached in $WORK) ------------------------------
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
KEY=$( { echo "pages=$PAGES"; hugo version | head -n1; cat "$GEN"; find "$HUGO_CONF" -type f | sort | xargs cat; } |
       sha256sum | cut -c1-16)
CORPUS=$WORK/corpus-$KEY
SITE=$WORK/public-$KEY
if [ ! -f "$CORPUS/.done" ]; then
  echo "== generating the corpus ($PAGES posts) into $CORPUS"
  rm -rf "$CORPUS"
  python3 "$GEN" --pages "$PAGES" --out "$CORPUS" >/dev/null
  cp -r "$HUGO_CONF/." "$CORPUS/"
  chmod -R u+w "$CORPUS"  # shared/ is read-only; its copies need not be
  touch "$CORPUS/.done"
fi

# The port: the one the cached build was made for, if it is free (Hugo writes
# absolute URLs into the sitemap and the aliases, so baseURL must be the
# served address); else a free one, and Hugo builds again.
PORT=""
[ -f "$SITE/.port" ] && PORT=$(cat "$SITE/.port")
if [ -z "$PORT" ] || ! port_free "$PORT"; then
  PORT=$(free_port)
  echo "== building the corpus with Hugo for http://127.0.0.1:$PORT/ into $SITE"
  rm -rf "$SITE" "$CORPUS/resources" "$CORPUS/.hugo_build.lock"
  (cd "$CORPUS" && HUGO_CACHEDIR="$WORK/hugo-cache" hugo --quiet --baseURL "http://127.0.0.1:$PORT/" -d "$SITE") ||
    die "the Hugo build failed"
  # Hugo writes no robots.txt; this one points both crawlers at the sitemap,
  # the only way to the tag pages (no page links them).
  printf 'User-agent: *\nSitemap: http://127.0.0.1:%s/sitemap.xml\n' "$PORT" >"$SITE/robots.txt"
  echo "$PORT" >"$SITE/.port"
fi
BASE=http://127.0.0.1:$PORT/

# The HTML pages to fetch: every .html file but Hugo's alias redirects
# (page/1/ of each list, a <meta http-equiv="refresh">, linked from nowhere).
HTML_FILES=$(find "$SITE" -name '*.html' | wc -l)
EXPECTED=$(grep -rL --include='*.html' 'http-equiv="refresh"' "$SITE" | wc -l)

# --- 2. nginx on loopback ------------------------------------------------------
mkdir -p "$T/nginx/tmp"
cat >"$T/nginx/nginx.conf" <<EOF
daemon off;
master_process off;
worker_processes 1;
pid $T/nginx/nginx.pid;
error_log $T/nginx/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_requests 1000000;
  keepalive_timeout 60s;
  open_file_cache max=50000 inactive=60s;
  client_body_temp_path $T/nginx/tmp;
  proxy_temp_path $T/nginx/tmp;
  fastcgi_temp_path $T/nginx/tmp;
  uwsgi_temp_path $T/nginx/tmp;
  scgi_temp_path $T/nginx/tmp;
  server {
    listen 127.0.0.1:$PORT;
    root $SITE;
    index index.html;
    # wget2 reads a sitemap only when it is served as application/xml
    # (mime.types says text/xml); webtruong reads either.
    location = /sitemap.xml { types { } default_type application/xml; }
  }
}
EOF
"$NGINX" -p "$T/nginx" -e "$T/nginx/error.log" -c "$T/nginx/nginx.conf" &
NGINX_PID=$!
for _ in $(seq 1 50); do
  (: </dev/tcp/127.0.0.1/"$PORT") 2>/dev/null && break
  kill -0 "$NGINX_PID" 2>/dev/null || { cat "$T/nginx/error.log" >&2; die "nginx did not start"; }
  sleep 0.1
done
(: </dev/tcp/127.0.0.1/"$PORT") 2>/dev/null || die "nginx does not answer on port $PORT"

echo "== webtruong audit vs wget2 -r: $BASE, $EXPECTED HTML pages ($HTML_FILES .html files" \
     "less $((HTML_FILES - EXPECTED)) alias redirects), $RUNS run(s) per pairing"
echo "   $WEBTRUONG: $("$WEBTRUONG" --version 2>/dev/null | head -n1 || true)"
echo "   $(wget2 --version | head -n1); $("$NGINX" -v 2>&1)"
echo "   $(nproc) cores; load at start:$(uptime | sed 's/.*load average://')"

# One untimed crawl of each, so neither is timed reading a cold site from disk.
wget2 --no-config -q -r -l 0 --no-parent --delete-after -P "$T/warm" "$BASE" >/dev/null 2>&1 || true
"$WEBTRUONG" audit "$BASE" --delay 0 --per-host 5 --concurrency 5 --max-pages $((EXPECTED * 4)) \
  -q --json "$T/warm.json" >/dev/null 2>&1 || true

# --- 3. timed crawls, alternating ---------------------------------------------
# run_timed NAME TIMES LOG -- COMMAND...: one timed crawl; shows the log on failure
run_timed() {
  local name=$1 times=$2 log=$3; shift 4
  if ! "$TIME" -f '%e %M %U %S' -a -o "$times" "$@" >"$log" 2>&1; then
    echo "crawl-vs-wget2: the $name crawl failed; its output:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
}

# wget2_pages CSV: distinct HTML pages answered 200 (robots.txt and the sitemap left out)
wget2_pages() {
  awk -F, 'NR > 1 && $4 == 200 && $3 !~ /\/robots\.txt$/ && $3 !~ /\.xml$/ { print $3 }' "$1" | sort -u | wc -l
}
wt_pages() {
  python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["sites"][0]["pages"])' "$1"
}
check_pages() {  # NAME GOT RUN
  if [ "$2" -ne "$EXPECTED" ]; then
    echo "crawl-vs-wget2: $1 fetched $2 HTML pages in run $3, not the $EXPECTED of the site" >&2
    exit 1
  fi
}
last() { tail -n1 "$1" | awk -v n="$2" '{ printf "%.2f s, %.0f pages/s, %.0f MiB", $1, n / $1, $2 / 1024 }'; }

for n in $THREADS; do
  : >"$T/wget2-$n.times"
  : >"$T/wt-$n.times"
  echo
  echo "== $n connection(s): wget2 --max-threads=$n, webtruong --per-host $n --concurrency $n"
  for i in $(seq 1 "$RUNS"); do
    # The order alternates, so neither tool always runs on a warmer machine.
    for tool in $( ((i % 2)) && echo "wget2 webtruong" || echo "webtruong wget2"); do
      if [ "$tool" = wget2 ]; then
        rm -rf "$T/wget2-out"
        run_timed wget2 "$T/wget2-$n.times" "$T/wget2-$n-$i.log" -- \
          wget2 --no-config -q -r -l 0 --no-parent --delete-after --max-threads="$n" \
          --stats-site=csv:"$T/wget2-$n-$i.csv" -P "$T/wget2-out" "$BASE"
        wget_got=$(wget2_pages "$T/wget2-$n-$i.csv")
        check_pages wget2 "$wget_got" "$i"
      else
        run_timed webtruong "$T/wt-$n.times" "$T/wt-$n-$i.log" -- \
          "$WEBTRUONG" audit "$BASE" --delay 0 --per-host "$n" --concurrency "$n" \
          --max-pages $((EXPECTED * 4)) -q --json "$T/wt-$n-$i.json"
        wt_got=$(wt_pages "$T/wt-$n-$i.json")
        check_pages webtruong "$wt_got" "$i"
      fi
    done
    ratio=$(paste <(tail -n1 "$T/wget2-$n.times") <(tail -n1 "$T/wt-$n.times") | awk '{ printf "%.2f", $1 / $5 }')
    echo "run $i/$RUNS: wget2 $wget_got pages, $(last "$T/wget2-$n.times" "$wget_got");" \
         "webtruong $wt_got pages, $(last "$T/wt-$n.times" "$wt_got"); ratio $ratio"
  done
done

# --- 4. figures ----------------------------------------------------------------
median() {  # FILE AWK-EXPRESSION: the median of the expression over the lines of FILE
  awk "{ print $2 }" "$1" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
echo
echo "== medians ($EXPECTED HTML pages; ratio = wget2 time / webtruong time, for the record: not a target since issue 14)"
for n in $THREADS; do
  wg=$(median "$T/wget2-$n.times" '$1') wt=$(median "$T/wt-$n.times" '$1')
  wgm=$(median "$T/wget2-$n.times" '$2') wtm=$(median "$T/wt-$n.times" '$2')
  wgc=$(median "$T/wget2-$n.times" '$3 + $4') wtc=$(median "$T/wt-$n.times" '$3 + $4')
  awk -v n="$n" -v p="$EXPECTED" -v wg="$wg" -v wt="$wt" -v wgm="$wgm" -v wtm="$wtm" -v wgc="$wgc" -v wtc="$wtc" 'BEGIN {
    r = wg / wt
    printf "%s connection(s): wget2 %.2f s (%.0f pages/s, %.0f MiB, %.2f s cpu); webtruong %.2f s (%.0f pages/s, %.0f MiB, %.2f s cpu); ratio %.2f%s\n",
      n, wg, p / wg, wgm / 1024, wgc, wt, p / wt, wtm / 1024, wtc, r, ""
  }'
done
echo "load at end:$(uptime | sed 's/.*load average://')"
