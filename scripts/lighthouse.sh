#!/usr/bin/env bash
# Lighthouse scores of the default theme (a report, not a test): builds
# site.example into a temporary folder, with one more post holding three
# phone photos (4000 × 3000 JPEGs made by vips, a few MB each, resized and
# encoded by the build as any photo is), serves it with nginx on 127.0.0.1 with
# the configuration `webtruong nginx` writes (its CSP and caching headers,
# gzip, the 404 page), runs Lighthouse 12.2.3 (mobile: its default form factor
# and throttling) in Debian's chromium on a few pages, and prints the four
# category scores of each page.
#
#   scripts/lighthouse.sh                  # all pages below, one run each
#   RUNS=3 scripts/lighthouse.sh           # the median of three runs per page
#   PAGES="/ /cac-khoan-thu/" scripts/lighthouse.sh
#
# Environment:
#   WEBTRUONG=...   the binary (default: build/webtruong, else build-test/webtruong)
#   PAGES="..."     paths to audit (default: home, an article, the fee page, a page
#                   with SVG drawings, the post with the three JPEG photos, a class
#                   timetable, and the search results for "thoi khoa bieu")
#   RUNS=1          Lighthouse runs per page; the median score of each category is shown
#   CHROMIUM=...    the browser (default: /usr/bin/chromium)
#   OUT=DIR         keep the Lighthouse JSON reports (and nginx's logs) in DIR
#                   (default: the temporary folder, removed at the end)
#   PORT=N          the port on 127.0.0.1 (default: a free one)
#
# Lighthouse and its dependencies are installed once with `npm ci` from
# bench/lighthouse/package-lock.json into bench/lighthouse/node_modules (npm
# registry only; no browser is downloaded). The Performance score depends on the
# machine's load: on two busy cores it is lower than on an idle one.
#
# Exit status: 0 the audits ran (whatever the scores); 1 a build, nginx or a
# Lighthouse run failed; 2 something needed is missing or a setting is wrong.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
LH_DIR=$REPO/bench/lighthouse
if [ -z "${WEBTRUONG:-}" ]; then
  WEBTRUONG=$REPO/build/webtruong
  [ -x "$WEBTRUONG" ] || WEBTRUONG=$REPO/build-test/webtruong
fi
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
NGINX=${NGINX:-/usr/sbin/nginx}
RUNS=${RUNS:-1}
PHOTO_POST=/tin-tuc/ngay-hoi-doc-sach-nam-2026/  # its address comes from its title
PAGES=${PAGES:-/ /tin-tuc/le-khai-giang-nam-hoc-2026-2027-chao-mung-50-nam-thanh-lap-truong/ /cac-khoan-thu/ /tin-tuc/soi-noi-hoi-khoe-phu-dong-cap-truong-nam-hoc-2025-2026/ $PHOTO_POST /thoi-khoa-bieu/lop/6a1/ /tim-kiem/?q=thoi+khoa+bieu}

die() { echo "lighthouse: $*" >&2; exit 2; }

[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS should be a positive whole number, not '$RUNS'"
[ -x "$WEBTRUONG" ] || die "no webtruong binary at $WEBTRUONG (make build, or set WEBTRUONG)"
[ -x "$CHROMIUM" ] || die "no browser at $CHROMIUM (apt-get install chromium, or set CHROMIUM)"
[ -x "$NGINX" ] || die "no nginx at $NGINX (apt-get install nginx-light)"
[ -f /etc/nginx/mime.types ] || die "/etc/nginx/mime.types is missing (apt-get install nginx-light)"
command -v node >/dev/null || die "node is missing (apt-get install nodejs npm)"
command -v npm >/dev/null || die "npm is missing (apt-get install npm)"
command -v vips >/dev/null || die "the vips command is missing (apt-get install libvips-tools)"

# --- Lighthouse, as pinned by bench/lighthouse/package-lock.json --------------
LH=$LH_DIR/node_modules/lighthouse/cli/index.js
if [ ! -f "$LH" ] || [ "$LH_DIR/package-lock.json" -nt "$LH_DIR/node_modules/.package-lock.json" ]; then
  echo "lighthouse: npm ci in bench/lighthouse" >&2
  (cd "$LH_DIR" && npm ci --no-audit --no-fund --loglevel=error) >&2 || { echo "lighthouse: npm ci failed" >&2; exit 1; }
fi
LH_VERSION=$(node -p "require('$LH_DIR/node_modules/lighthouse/package.json').version")

# --- the site, built for the address it is served at --------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/wt-lighthouse-XXXXXX")
NGINX_PID=""
cleanup() {
  if [ -n "$NGINX_PID" ]; then
    kill "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

if [ -z "${PORT:-}" ]; then
  PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
fi
[[ $PORT =~ ^[1-9][0-9]*$ ]] || die "PORT should be a port number, not '$PORT'"
BASE=http://127.0.0.1:$PORT
REPORTS=${OUT:-$WORK/reports}
mkdir -p "$REPORTS"

# site.example and a post with three phone photos: a smooth picture with grain
# (closer to a photo than plain noise), brighter for each.
cp -r "$REPO/site.example" "$WORK/site"
rm -rf "$WORK/site/public" "$WORK/site/.webtruong-cache"
POST_DIR=$WORK/site/content/tin-tuc/anh-ngay-hoi-doc-sach-2026
mkdir -p "$POST_DIR"
vips xyz "$WORK/xy.v" 4000 3000
vips extract_band "$WORK/xy.v" "$WORK/x.v" 0
vips linear "$WORK/x.v" "$WORK/ramp.v" 0.05 40 --uchar
vips gaussnoise "$WORK/noise.v" 4000 3000 --mean 0 --sigma 10
vips add "$WORK/ramp.v" "$WORK/noise.v" "$WORK/grain.v"
vips bandjoin "$WORK/grain.v $WORK/ramp.v $WORK/grain.v" "$WORK/rgb.v"
for i in 1 2 3; do
  vips linear "$WORK/rgb.v" "$WORK/p.v" 1 $((i * 30)) --uchar
  vips jpegsave "$WORK/p.v" "$POST_DIR/anh-$i.jpg" --Q 92
done
cat >"$POST_DIR/index.md" <<'POST'
---
title: "Ngày hội đọc sách năm 2026"
date: "20/04/2026 08:00"
image: anh-1.jpg
image_alt: "Học sinh đọc sách ở thư viện"
---
Sáng 20/04/2026, thư viện nhà trường tổ chức ngày hội đọc sách cho học sinh các khối lớp.

![Học sinh đọc sách ở thư viện](anh-1.jpg)

![Gian trưng bày sách của khối 6](anh-2.jpg)

![Học sinh giới thiệu cuốn sách yêu thích](anh-3.jpg)
POST
"$WEBTRUONG" build "$WORK/site" -o "$WORK/public" --base-url "$BASE/" -q ||
  { echo "lighthouse: the build of site.example failed" >&2; exit 1; }
"$WEBTRUONG" nginx "$WORK/site" --out "$WORK/public" --listen "127.0.0.1:$PORT" --base-url "$BASE/" \
  -o "$WORK/site.conf" || { echo "lighthouse: webtruong nginx failed" >&2; exit 1; }

# nginx as this user in a prefix of its own, in the foreground (as tests/support/nginx_server.cpp runs it).
mkdir -p "$WORK/nginx/tmp"
cat >"$WORK/nginx/nginx.conf" <<EOF
daemon off;
master_process off;
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $REPORTS/nginx-error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log $REPORTS/nginx-access.log;
  client_body_temp_path $WORK/nginx/tmp/body;
  proxy_temp_path $WORK/nginx/tmp/proxy;
  fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
  uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
  scgi_temp_path $WORK/nginx/tmp/scgi;
  sendfile on;
  keepalive_timeout 5;
  include $WORK/site.conf;
}
EOF
"$NGINX" -p "$WORK/nginx/" -c "$WORK/nginx/nginx.conf" -e "$REPORTS/nginx-error.log" 2>"$REPORTS/nginx-stderr.log" &
NGINX_PID=$!
for _ in $(seq 100); do
  if curl -fsS -o /dev/null "$BASE/" 2>/dev/null; then break; fi
  if ! kill -0 "$NGINX_PID" 2>/dev/null; then
    NGINX_PID=""
    echo "lighthouse: nginx did not start: $(cat "$REPORTS/nginx-stderr.log" "$REPORTS/nginx-error.log" 2>/dev/null)" >&2
    exit 1
  fi
  sleep 0.1
done
curl -fsS -o /dev/null "$BASE/" || { echo "lighthouse: nginx does not answer on $BASE" >&2; exit 1; }
for p in $PAGES; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$p")
  [ "$code" = 200 ] || { echo "lighthouse: $BASE$p answers $code" >&2; exit 1; }
done

# --- the audits ---------------------------------------------------------------
echo "lighthouse $LH_VERSION, $("$CHROMIUM" --version 2>/dev/null | grep -o 'Chromium [0-9.]*'), mobile, $RUNS run(s) per page, site.example at $BASE" >&2
i=0
for p in $PAGES; do
  i=$((i + 1))
  for r in $(seq "$RUNS"); do
    start=$(date +%s)
    if ! CHROME_PATH=$CHROMIUM node "$LH" "$BASE$p" --quiet \
      --chrome-flags="--headless=new --no-sandbox" \
      --only-categories=performance,accessibility,best-practices,seo \
      --output=json --output-path="$REPORTS/page$i-run$r.json" 2>"$REPORTS/page$i-run$r.log"; then
      echo "lighthouse: the run on $p failed:" >&2
      tail -5 "$REPORTS/page$i-run$r.log" >&2
      exit 1
    fi
    echo "  $p run $r: $(($(date +%s) - start)) s" >&2
  done
done

# The table: the median of each category over the runs, and the audits that failed
# (score below 0.9, for the categories other than Performance) on each page.
node - "$REPORTS" "$RUNS" $PAGES <<'EOF'
const fs = require('fs');
const [dir, runs, ...pages] = process.argv.slice(2);
const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const rows = [];
const failed = [];
pages.forEach((p, i) => {
  const reports = [];
  for (let r = 1; r <= +runs; r++) reports.push(JSON.parse(fs.readFileSync(`${dir}/page${i + 1}-run${r}.json`, 'utf8')));
  const scores = cats.map((c) => median(reports.map((rep) => Math.round((rep.categories[c]?.score ?? NaN) * 100))));
  const lcp = median(reports.map((rep) => rep.audits['largest-contentful-paint']?.numericValue ?? NaN));
  rows.push([p, ...scores, `${(lcp / 1000).toFixed(1)} s`]);
  const last = reports[reports.length - 1];
  for (const c of cats) {
    for (const ref of last.categories[c].auditRefs) {
      const a = last.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
        failed.push(`${p}  ${c}: ${a.id} (${a.score}) ${a.displayValue || ''}`.trimEnd());
    }
  }
});
const head = ['page', 'perf', 'a11y', 'best', 'seo', 'LCP'];
const width = head.map((h, k) => Math.max(h.length, ...rows.map((r) => String(r[k]).length)));
const line = (r) => '| ' + r.map((v, k) => (k === 0 ? String(v).padEnd(width[k]) : String(v).padStart(width[k]))).join(' | ') + ' |';
console.log(line(head));
console.log('|' + width.map((w, k) => (k === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
rows.forEach((r) => console.log(line(r)));
if (failed.length) {
  console.log('\naudits below 0.9 (last run):');
  failed.forEach((f) => console.log('  ' + f));
}
EOF
if [ -n "${OUT:-}" ]; then echo "lighthouse: reports in $OUT" >&2; fi
