#!/usr/bin/env bash
# A province at once: `webtruong audit --list` over SITES small school sites
# served on loopback by ONE nginx process listening on SITES ports (one site
# a port), with the polite defaults scaled down (--delay 20 ms, one connection
# per host). Prints the wall time against the politeness bound and webtruong's
# CPU per page against `wget2 -r` fetching a subset of the same sites. Run by
# `make bench-province`; see bench/README.md for the method and figures.
#
# The sites: site.example and a new site of each school type (`webtruong new
# --type mn|th|thcs|thpt`), each built once with a placeholder base URL, then
# copied for every site with its own address in place of the placeholder
# (files without the placeholder are hard links). Site i is variant i mod 5.
#
# Environment:
#   SITES=300          sites in the list
#   DELAY=20           --delay in ms (the default 1000 scaled down), and wget2's --wait
#   CONCURRENCY=50     --concurrency (connections in all; one per host)
#   SITES_AT_ONCE=...  --sites-at-once (sites crawled at the same time; default the audit's:
#                      32, or twice CONCURRENCY when that is more)
#   WGET_SITES=30      sites wget2 fetches (the first ones of the list, every variant alike;
#                      all at once, one wget2 -r each, one thread, --wait DELAY)
#   WEBTRUONG=...      the binary (default: <repo>/build/webtruong, a Release build)
#   KEEP=1             keep the temporary folder (sites, logs, the audit JSON, wget2's CSVs)
#
# Exit status: 0 the audit and wget2 ran and every site was audited without
# error (a missed target is reported as MISSED, not failed); 1 a crawl failed
# or a site has an error; 2 something needed is missing or a setting is wrong.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
WEBTRUONG=${WEBTRUONG:-$REPO/build/webtruong}
SITES=${SITES:-300}
DELAY=${DELAY:-20}
CONCURRENCY=${CONCURRENCY:-50}
WGET_SITES=${WGET_SITES:-30}
SITES_AT_ONCE=${SITES_AT_ONCE:-$(( 2 * ${CONCURRENCY:-50} > 32 ? 2 * ${CONCURRENCY:-50} : 32 ))}
TIME=/usr/bin/time
PLACEHOLDER=http://127.0.0.1:1/
VARIANTS="example mn th thcs thpt"

die() { echo "province-audit: $*" >&2; exit 2; }

# --- prerequisites -----------------------------------------------------------
for v in SITES DELAY CONCURRENCY SITES_AT_ONCE WGET_SITES; do
  [[ ${!v} =~ ^[1-9][0-9]*$ ]] || die "$v should be a positive whole number, not '${!v}'"
done
[ "$SITES" -le 1000 ] || die "SITES should be at most 1000, not $SITES"
[ "$WGET_SITES" -le "$SITES" ] || die "WGET_SITES ($WGET_SITES) should be at most SITES ($SITES)"
for c in python3 wget2 nginx; do
  command -v "$c" >/dev/null || die "$c is not installed (scripts/install-deps.sh --bench)"
done
NGINX=$(command -v nginx)
[ -f /etc/nginx/mime.types ] || die "/etc/nginx/mime.types is missing (nginx-common)"
[ -x "$TIME" ] || die "$TIME is not installed (scripts/install-deps.sh --bench installs 'time')"
[ -x "$WEBTRUONG" ] || die "'$WEBTRUONG' is missing: build it first (make build) or set WEBTRUONG=/path/to/webtruong"
WEBTRUONG=$(cd "$(dirname "$WEBTRUONG")" && pwd)/$(basename "$WEBTRUONG")
"$WEBTRUONG" audit --help >/dev/null 2>&1 || die "'$WEBTRUONG audit --help' fails: is it a webtruong binary with the audit?"
# nginx opens one socket per site, the audit one per connection.
[ "$(ulimit -n)" = unlimited ] || [ "$(ulimit -n)" -ge $((SITES + 2 * CONCURRENCY + 64)) ] ||
  die "the open-file limit ($(ulimit -n)) is too low for $SITES sites: ulimit -n $((SITES + 2 * CONCURRENCY + 64))"

T=$(mktemp -d "${TMPDIR:-/tmp}/wt-province.XXXXXX")
NGINX_PID=""
cleanup() {
  if [ -n "$NGINX_PID" ]; then
    kill "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then
    echo "province-audit: kept $T"
  else
    rm -rf "$T"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "== $SITES sites, --delay $DELAY --concurrency $CONCURRENCY --sites-at-once $SITES_AT_ONCE; wget2 on $WGET_SITES of them"
echo "   $WEBTRUONG: $("$WEBTRUONG" --version 2>/dev/null | head -n1 || true)"
echo "   $(wget2 --version | head -n1); $("$NGINX" -v 2>&1)"
echo "   $(nproc) cores; uptime at start: $(uptime)"

# --- 1. the variants, each built once for the placeholder address --------------
mkdir -p "$T/src" "$T/built"
declare -A TYPE_OF=([example]=thcs [mn]=mn [th]=th [thcs]=thcs [thpt]=thpt)
declare -A NAME_OF=([mn]="Trường Mầm non Hoa Sen" [th]="Trường Tiểu học Kim Đồng"
                    [thcs]="Trường THCS Lê Lợi" [thpt]="Trường THPT Nguyễn Trãi")
for v in $VARIANTS; do
  if [ "$v" = example ]; then
    cp -r "$REPO/site.example" "$T/src/example"  # the build may keep a cache beside its site
    rm -rf "$T/src/example/public"
  else
    "$WEBTRUONG" new "$T/src/$v" --type "$v" --name "${NAME_OF[$v]}" >"$T/new-$v.log" 2>&1 ||
      { cat "$T/new-$v.log" >&2; die "webtruong new --type $v failed"; }
  fi
  "$WEBTRUONG" build "$T/src/$v" -o "$T/built/$v" --base-url "$PLACEHOLDER" -q >"$T/build-$v.log" 2>&1 ||
    { cat "$T/build-$v.log" >&2; die "building the $v site failed"; }
done

# --- 2. SITES free ports, one copy of a variant per port ---------------------------
# All bound at once (so they are distinct), then released for nginx.
python3 - "$SITES" >"$T/ports" <<'EOF'
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    socks.append(s)
for s in socks:
    print(s.getsockname()[1])
EOF
python3 - "$T" "$PLACEHOLDER" $VARIANTS <<'EOF'
# Each site: a copy of its variant with its own address in place of the
# placeholder (in pages, sitemap, feeds, robots.txt); other files hard-linked.
import os, sys
t, placeholder, variants = sys.argv[1], sys.argv[2].encode(), sys.argv[3:]
ports = open(os.path.join(t, "ports")).read().split()
trees = {}
for v in variants:
    root = os.path.join(t, "built", v)
    files = []
    for d, _, names in os.walk(root):
        for n in names:
            p = os.path.join(d, n)
            with open(p, "rb") as f:
                data = f.read()
            files.append((os.path.relpath(p, root), p, data if placeholder in data else None))
    trees[v] = files
with open(os.path.join(t, "sites.txt"), "w") as out:
    for i, port in enumerate(ports):
        v = variants[i % len(variants)]
        base = ("http://127.0.0.1:%s/" % port).encode()
        site = os.path.join(t, "sites", port)
        for rel, src, data in trees[v]:
            to = os.path.join(site, rel)
            os.makedirs(os.path.dirname(to), exist_ok=True)
            if data is None:
                os.link(src, to)
            else:
                with open(to, "wb") as f:
                    f.write(data.replace(placeholder, base))
        out.write("%s %s\n" % (base.decode(), v))
EOF
# The list for the audit: address and school type.
while read -r url v; do echo "$url ${TYPE_OF[$v]}"; done <"$T/sites.txt" >"$T/list.txt"
for v in $VARIANTS; do
  echo "   variant $v: $(find "$T/built/$v" -name '*.html' | wc -l) .html files"
done

# --- 3. one nginx, one port per site ---------------------------------------------
mkdir -p "$T/nginx/tmp"
{
  cat <<EOF
daemon off;
master_process off;
worker_processes 1;
pid $T/nginx/nginx.pid;
error_log $T/nginx/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  # One line a request (the site's port, the time, the connection's number),
  # unbuffered: the politeness check below reads the audit's part of it.
  log_format bench '\$server_port \$msec \$connection \$status';
  access_log $T/nginx/access.log bench;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_requests 1000000;
  keepalive_timeout 60s;
  # No open_file_cache: it keeps a descriptor per file, and 300 sites have
  # more files than the open-file limit (nginx then fails with EMFILE).
  client_body_temp_path $T/nginx/tmp;
  proxy_temp_path $T/nginx/tmp;
  fastcgi_temp_path $T/nginx/tmp;
  uwsgi_temp_path $T/nginx/tmp;
  scgi_temp_path $T/nginx/tmp;
  server {
EOF
  while read -r port; do echo "    listen 127.0.0.1:$port;"; done <"$T/ports"
  cat <<EOF
    root $T/sites/\$server_port;
    index index.html;
    # wget2 reads a sitemap only when it is served as application/xml.
    location = /sitemap.xml { types { } default_type application/xml; }
  }
}
EOF
} >"$T/nginx/nginx.conf"
"$NGINX" -p "$T/nginx" -e "$T/nginx/error.log" -c "$T/nginx/nginx.conf" &
NGINX_PID=$!
FIRST=$(head -n1 "$T/ports") LAST=$(tail -n1 "$T/ports")
for _ in $(seq 1 100); do
  (: </dev/tcp/127.0.0.1/"$LAST") 2>/dev/null && break
  kill -0 "$NGINX_PID" 2>/dev/null || { cat "$T/nginx/error.log" >&2; die "nginx did not start"; }
  sleep 0.1
done
for p in "$FIRST" "$LAST"; do
  (: </dev/tcp/127.0.0.1/"$p") 2>/dev/null || die "nginx does not answer on port $p"
done

# --- 4. the audit of every site ------------------------------------------------------
echo
echo "== webtruong audit --list ($SITES sites) --delay $DELAY --concurrency $CONCURRENCY --sites-at-once $SITES_AT_ONCE"
status=0
"$TIME" -f '%e %M %U %S' -o "$T/wt.times" \
  "$WEBTRUONG" audit --list "$T/list.txt" --delay "$DELAY" --concurrency "$CONCURRENCY" --sites-at-once "$SITES_AT_ONCE" \
  -q --json "$T/audit.json" >"$T/wt.log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
  echo "province-audit: webtruong audit exited with status $status; its output:" >&2
  tail -n 20 "$T/wt.log" >&2
fi
[ -s "$T/audit.json" ] || { echo "province-audit: no audit JSON" >&2; exit 1; }
# pages, requests, the most pages of one site, sites with an error, pages per site by variant
# and the schedule bounds: each site taking at least its requests x DELAY on one of
# SITES_AT_ONCE slots, started as the audit starts them (the first SITES_AT_ONCE in
# list order, then the largest first, their sizes known from their probes) and, as
# before issue 14 part 6, in list order
read -r WT_PAGES WT_REQUESTS WT_LONGEST WT_ERRORS WT_SCHED WT_SCHED_LIST WT_SHAPE < <(python3 - "$T/audit.json" "$T/sites.txt" "$SITES_AT_ONCE" "$DELAY" <<'EOF'
import heapq, json, sys
sites = json.load(open(sys.argv[1]))["sites"]
slots, delay = int(sys.argv[3]), int(sys.argv[4]) / 1000
def schedule(took):
    ends = []
    for t in took:
        if len(ends) < slots:
            heapq.heappush(ends, t)
        else:
            heapq.heappush(ends, heapq.heappop(ends) + t)
    return max(ends) if ends else 0
took = [s.get("crawl", {}).get("requests", 0) * delay for s in sites]
sched = schedule(took[:slots] + sorted(took[slots:], reverse=True))
sched_list = schedule(took)
variants = [l.split()[1] for l in open(sys.argv[2])]
pages = sum(s.get("pages", 0) for s in sites)
requests = sum(s.get("crawl", {}).get("requests", 0) for s in sites)
longest = max(s.get("pages", 0) for s in sites)
errors = sum(1 for s in sites if "error" in s)
per = {}
for s, v in zip(sites, variants):
    per.setdefault(v, set()).add(s.get("pages", 0))
shape = ",".join("%s=%s" % (v, "/".join(map(str, sorted(p)))) for v, p in per.items())
print(pages, requests, longest, errors, "%.2f" % sched, "%.2f" % sched_list, shape)
EOF
)
read -r WT_WALL WT_RSS WT_USER WT_SYS <"$T/wt.times"
AUDIT_LINES=$(wc -l <"$T/nginx/access.log")
# Politeness as nginx saw it: per site, the gaps between two requests (the
# delay runs from the end of a response to the next request, and a static
# file is answered in well under a millisecond, so each gap should be at least
# DELAY, less the log's 1 ms resolution); and the TCP connections opened.
read -r GAPS SHORT MIN_GAP CONNS < <(head -n "$AUDIT_LINES" "$T/nginx/access.log" | python3 -c '
import sys
delay = float(sys.argv[1]) / 1000
last, gaps, short, low, conns = {}, 0, 0, None, set()
for line in sys.stdin:
    port, t, conn, _ = line.split()
    t = float(t)
    conns.add(conn)
    if port in last:
        g = t - last[port]
        gaps += 1
        short += g < delay - 0.0015
        low = g if low is None else min(low, g)
    last[port] = t
print(gaps, short, "%.1f" % ((low or 0) * 1000), len(conns))
' "$DELAY")

# --- 5. wget2 on the first WGET_SITES sites, all at once -----------------------------
echo "== wget2 -r on $WGET_SITES site(s), one process a site, --max-threads=1 --wait $DELAY ms"
WAIT=$(awk -v d="$DELAY" 'BEGIN { printf "%.3f", d / 1000 }')
head -n "$WGET_SITES" "$T/sites.txt" | awk '{ print $1 }' >"$T/wget-sites.txt"
cat >"$T/wget-all.sh" <<EOF
#!/usr/bin/env bash
i=0
while read -r url; do
  i=\$((i + 1))
  wget2 --no-config -q -r -l 0 --no-parent --delete-after --max-threads=1 --wait=$WAIT --filter-urls \\
    --reject=css,js,jpg,jpeg,png,gif,webp,avif,svg,ico,pdf,doc,docx,xls,xlsx,ppt,pptx,zip,woff,woff2,ttf,mp4,mp3 \\
    --stats-site=csv:"$T/wget2-\$i.csv" -P "$T/wget2-out-\$i" "\$url" >"$T/wget2-\$i.log" 2>&1 &
done <"$T/wget-sites.txt"
wait
EOF
chmod +x "$T/wget-all.sh"
"$TIME" -f '%e %M %U %S' -o "$T/wget2.times" "$T/wget-all.sh"
read -r WG_WALL WG_RSS WG_USER WG_SYS <"$T/wget2.times"
# wget2's pages: distinct URLs answered 200 but robots.txt, sitemaps, feeds and
# the files --reject names (its CSV has no content type; the sites' pages are
# all folders, `.../`, or .html)
WG_PAGES=$(python3 - "$T" "$WGET_SITES" <<'EOF'
import csv, os, sys
from urllib.parse import urlsplit
t, n = sys.argv[1], int(sys.argv[2])
total = 0
for i in range(1, n + 1):
    path = os.path.join(t, "wget2-%d.csv" % i)
    if not os.path.exists(path):
        continue
    rows = list(csv.reader(open(path)))
    col = {h.strip(): k for k, h in enumerate(rows[0])}
    urls = set()
    for r in rows[1:]:
        p = urlsplit(r[col["URL"]]).path
        if r[col["Status"]].strip() == "200" and (p.endswith("/") or p.endswith(".html")):
            urls.add(r[col["URL"]])
    total += len(urls)
print(total)
EOF
)
WG_REQUESTS=$(cat "$T"/wget2-*.csv | grep -c '^[0-9]' || true)
# webtruong's pages on the same sites, for comparison
WT_SUBSET=$(python3 - "$T/audit.json" "$WGET_SITES" <<'EOF'
import json, sys
sites = json.load(open(sys.argv[1]))["sites"][: int(sys.argv[2])]
print(sum(s.get("pages", 0) for s in sites))
EOF
)

# The server must not have failed a request (too many open files ...).
if grep -q -E '\[(crit|alert|emerg)\]' "$T/nginx/error.log"; then
  echo "province-audit: nginx reported errors during the run:" >&2
  grep -E '\[(crit|alert|emerg)\]' "$T/nginx/error.log" | head -n 5 >&2
  status=1
fi

# --- 6. figures ------------------------------------------------------------------------
# The politeness bound. Each host waits DELAY between two requests (one
# connection each), and the audit crawls SITES_AT_ONCE hosts at the same time
# (a connection is busy only during a transfer, so while one host waits its
# delay the connection serves another: CONCURRENCY caps transfers, not hosts).
# So the pages take at least pages x DELAY / min(SITES, SITES_AT_ONCE), and no
# less than the largest site alone (its pages x DELAY). The issue's reading,
# pages x DELAY / CONCURRENCY hosts, is printed beside it.
HOSTS=$(( SITES_AT_ONCE < SITES ? SITES_AT_ONCE : SITES ))
CONC_HOSTS=$(( CONCURRENCY < SITES ? CONCURRENCY : SITES ))
echo
echo "== figures"
awk -v sites="$SITES" -v pages="$WT_PAGES" -v reqs="$WT_REQUESTS" -v longest="$WT_LONGEST" \
    -v wall="$WT_WALL" -v rss="$WT_RSS" -v u="$WT_USER" -v s="$WT_SYS" \
    -v delay="$DELAY" -v hosts="$HOSTS" -v chosts="$CONC_HOSTS" -v errors="$WT_ERRORS" \
    -v wgn="$WGET_SITES" -v wgp="$WG_PAGES" -v wgr="$WG_REQUESTS" -v wgwall="$WG_WALL" -v wgrss="$WG_RSS" \
    -v wgu="$WG_USER" -v wgs="$WG_SYS" -v wtsub="$WT_SUBSET" \
    -v sched="$WT_SCHED" -v schedlist="$WT_SCHED_LIST" -v short="$SHORT" -v gaps="$GAPS" -v mingap="$MIN_GAP" -v conns="$CONNS" -v lines="$AUDIT_LINES" 'BEGIN {
  bound = pages * delay / 1000 / hosts
  alone = longest * delay / 1000
  how = sprintf("%d pages x %d ms / %d hosts", pages, delay, hosts)
  if (alone > bound) { bound = alone; how = sprintf("the largest site alone, %d pages x %d ms", longest, delay) }
  cbound = pages * delay / 1000 / chosts
  if (alone > cbound) cbound = alone
  cpu = (u + s) * 1000 / (pages ? pages : 1)
  wgcpu = (wgu + wgs) * 1000 / (wgp ? wgp : 1)
  printf "webtruong: %d sites, %d pages (%d requests), %d site(s) with an error\n", sites, pages, reqs, errors
  printf "  wall %.2f s; politeness bound %.2f s (%s); wall / bound %.2f (target <= 1.20)%s\n",
    wall, bound, how, wall / bound, (wall / bound <= 1.2 ? "" : "  MISSED")
  printf "  (with --concurrency as the hosts at once, %d: bound %.2f s, wall / bound %.2f)\n", chosts, cbound, wall / cbound
  printf "  (the schedule: the first %d sites, then the largest first as one ends, each its requests x %d ms: %.2f s, wall / that %.2f;\n",
    hosts, delay, sched, wall / sched
  printf "   in list order, as before: %.2f s)\n", schedlist
  printf "  cpu %.2f s (user %.2f, sys %.2f) = %.3f ms a page; peak RSS %.0f MiB\n", u + s, u, s, cpu, rss / 1024
  printf "  politeness (nginx log): %d of %d gaps between two requests to a site shorter than %d ms (shortest %s ms); %d TCP connections for %d requests\n",
    short, gaps, delay, mingap, conns, lines
  printf "wget2 -r: %d sites, %d HTML pages (%d requests; webtruong read %d pages of the same sites); wall %.2f s\n",
    wgn, wgp, wgr, wtsub, wgwall
  printf "  cpu %.2f s (user %.2f, sys %.2f) = %.3f ms a page; peak RSS %.0f MiB (the largest process)\n",
    wgu + wgs, wgu, wgs, wgcpu, wgrss / 1024
  printf "cpu per page, webtruong / wget2: %.2f (target <= 2.00)%s\n", cpu / wgcpu, (cpu / wgcpu <= 2 ? "" : "  MISSED")
}'
echo "   pages per site by variant: $WT_SHAPE"
echo "   uptime at end: $(uptime)"
if [ "$SHORT" -ne 0 ]; then
  echo "province-audit: $SHORT request(s) came sooner than --delay after the one before to the same site" >&2
  status=1
fi
if [ "$status" -ne 0 ] || [ "$WT_ERRORS" -ne 0 ]; then
  exit 1
fi
