#!/usr/bin/env bash
# Edit-to-reload latency of `webtruong serve` (see bench/README.md): one
# post of site.example, then one post of the shared 10,000-post corpus, is
# edited EDITS times; each time the delay from the write to the reload
# event on the open page's stream is measured (bench/serve_reload.py), and
# the median is compared with its target (100 ms and 300 ms). A benchmark,
# not a test: the figures depend on the machine and its load (quote
# `uptime` with them).
#
# Environment:
#   PAGES=10000     posts in the corpus
#   EDITS=9         edits measured on each site
#   JOBS=2          threads for webtruong (-j)
#   SHARED=...      the shared folder (default: <repo>/../shared)
#   WEBTRUONG=...   the binary (default: <repo>/build/webtruong; a Release build)
#   KEEP=1          keep the temporary folder (its path is printed)
#
# Exit status: 0 measured (whether or not a target was met: it says so);
# 1 serve failed; 2 something needed is missing or a setting is wrong.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
WEBTRUONG=${WEBTRUONG:-$REPO/build/webtruong}
PAGES=${PAGES:-10000}
EDITS=${EDITS:-9}
JOBS=${JOBS:-2}

die() { echo "serve-reload: $*" >&2; exit 2; }

for v in PAGES EDITS JOBS; do
  [[ ${!v} =~ ^[1-9][0-9]*$ ]] || die "$v should be a positive whole number, not '${!v}'"
done
GEN=$SHARED/bench/gen_corpus.py
[ -f "$GEN" ] || die "'$GEN' is missing (set SHARED=/path/to/shared)"
command -v python3 >/dev/null || die "python3 is not installed"
[ -x "$WEBTRUONG" ] || die "'$WEBTRUONG' is missing: build it first (make build) or set WEBTRUONG=/path/to/webtruong"

T=$(mktemp -d "${TMPDIR:-/tmp}/wt-serve-reload.XXXXXX")
cleanup() { if [ "${KEEP:-0}" = 1 ]; then echo "serve-reload: kept $T"; else rm -rf "$T"; fi; }
trap cleanup EXIT

echo "== webtruong serve, edit-to-reload latency: $EDITS edits per site, -j $JOBS"
echo "   $WEBTRUONG: $("$WEBTRUONG" --version 2>/dev/null | tr '\n' ' ' || true)"
echo "   $(nproc) cores; $(uptime)"

echo "-- site.example (target: median under 100 ms)"
cp -r "$REPO/site.example" "$T/example"
rm -rf "$T/example/public" "$T/example/.webtruong"
post=$(ls "$T/example/content/tin-tuc/"*.md | grep -v _index | head -1)
python3 "$HERE/serve_reload.py" "$WEBTRUONG" "$T/example" "$post" "$EDITS" "$JOBS" || exit 1

echo "-- the $PAGES-post corpus (target: median under 300 ms)"
python3 "$GEN" --pages "$PAGES" --out "$T/corpus" >/dev/null
chmod -R u+w "$T/corpus"
cat >"$T/corpus/site.yaml" <<'YAML'
name: "Trường THCS Mẫu"
type: thcs
base_url: "http://127.0.0.1:8053/"
pagination: 20
YAML
[ -f "$T/corpus/content/_index.md" ] || printf -- '---\ntitle: "Trường THCS Mẫu"\n---\n' >"$T/corpus/content/_index.md"
n=$(ls "$T/corpus/content/tin-tuc/" | grep -vc _index)
post=$(ls "$T/corpus/content/tin-tuc/" | grep -v _index | sort | sed -n "$(( (n + 1) / 2 ))p")
python3 "$HERE/serve_reload.py" "$WEBTRUONG" "$T/corpus" "$T/corpus/content/tin-tuc/$post" "$EDITS" "$JOBS" || exit 1
echo "   $(uptime)"
