#!/usr/bin/env bash
# Photos (issue 13, part 3): site.example with 20 phone-sized photos
# (4000 × 3000 JPEGs of noise, quality 92, several MB each: harder to
# encode than a real photo), each shown by its own post. Times a first build (every size
# encoded: 4 widths × AVIF, WebP, JPEG = 240 files), a rebuild where nothing
# changed, a --full rebuild (the variant cache in .webtruong-cache/ spares
# every encode) and a rebuild after one photo changed; then the AVIF
# encoder's effort on one 1600 px photo. Not a test: run it by hand, quote
# `uptime` with the figures.
#
# Environment:
#   PHOTOS=20        photos
#   JOBS=2           threads for webtruong (-j)
#   WEBTRUONG=...    the binary (default: <repo>/build/webtruong)
#   KEEP=1           keep the temporary folder (its path is printed)
#
# Exit status: 0 done; 1 a build failed; 2 something needed is missing.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
WEBTRUONG=${WEBTRUONG:-$REPO/build/webtruong}
PHOTOS=${PHOTOS:-20}
JOBS=${JOBS:-2}

die() { echo "images: $*" >&2; exit 2; }
[ -x "$WEBTRUONG" ] || die "no binary at $WEBTRUONG (cmake --build build, or set WEBTRUONG)"
command -v vips >/dev/null || die "the vips command is missing (apt-get install libvips-tools)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/wt-bench-images-XXXXXX")
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$WORK"' EXIT; else echo "images: keeping $WORK"; fi

cp -r "$REPO/site.example" "$WORK/site"
rm -rf "$WORK/site/public" "$WORK/site/.webtruong-cache"
mkdir -p "$WORK/site/static/anh" "$WORK/site/content/tin-tuc"
vips gaussnoise "$WORK/noise.v" 4000 3000 --mean 128 --sigma 24
vips bandjoin "$WORK/noise.v $WORK/noise.v $WORK/noise.v" "$WORK/rgb.v"
vips cast "$WORK/rgb.v" "$WORK/photo.v" uchar
for i in $(seq 1 "$PHOTOS"); do
  vips linear "$WORK/photo.v" "$WORK/p.v" 1 "$i" --uchar
  vips jpegsave "$WORK/p.v" "$WORK/site/static/anh/anh-$i.jpg" --Q 92
  cat > "$WORK/site/content/tin-tuc/anh-$i.md" <<POST
---
title: "Ảnh hoạt động số $i"
date: "0$(( (i % 9) + 1 ))/10/2025 08:00"
---
Hình ảnh hoạt động của nhà trường.

![Học sinh trong hoạt động số $i](/anh/anh-$i.jpg)
POST
done
du -sh "$WORK/site/static/anh" | sed 's/^/images: photos: /'

build() {  # label, extra arguments
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  "$WEBTRUONG" build "$WORK/site" -o "$WORK/out" -j "$JOBS" "$@" >"$WORK/log" 2>&1 || { cat "$WORK/log"; exit 1; }
  end=$(date +%s.%N)
  printf 'images: %-34s %6.2f s   %s\n' "$label" "$(echo "$end - $start" | bc)" "$(tail -1 "$WORK/log" | head -c 80)"
}

uptime | sed 's/^/images: uptime:/'
build "first build (empty variant cache)"
build "rebuild, nothing changed"
build "full rebuild (--full, cache kept)" --full
vips linear "$WORK/photo.v" "$WORK/p.v" 1 99 --uchar
vips jpegsave "$WORK/p.v" "$WORK/site/static/anh/anh-1.jpg" --Q 92
build "rebuild, one photo changed"
echo "images: variants cached: $(ls "$WORK/site/.webtruong-cache/images" | wc -l) files, $(du -sh "$WORK/site/.webtruong-cache/images" | cut -f1)"
echo "images: published: $(find "$WORK/out/anh" -type f | wc -l) files, $(du -sh "$WORK/out/anh" | cut -f1)"
for f in 480.avif 1600.avif 1600.webp 800.jpg; do
  printf 'images:   anh-2-%s %s bytes\n' "$f" "$(stat -c %s "$WORK/out/anh/anh-2-$f" 2>/dev/null || echo '?')"
done

# The AVIF encoder's effort (libvips' default is 4): one 1600 × 1200 photo, one thread.
vips thumbnail "$WORK/site/static/anh/anh-3.jpg" "$WORK/t.v" 1600
for effort in 0 2 4 6; do
  start=$(date +%s.%N)
  VIPS_CONCURRENCY=1 vips heifsave "$WORK/t.v" "$WORK/t-$effort.avif" --compression av1 --Q 50 --effort "$effort" --strip
  end=$(date +%s.%N)
  printf 'images: AVIF effort %d: %5.2f s, %7d bytes\n' "$effort" "$(echo "$end - $start" | bc)" "$(stat -c %s "$WORK/t-$effort.avif")"
done
