#!/bin/sh
# libvips is loaded only when a photo is read (images/vips_codec.cpp loads it
# with dlopen): `webtruong version` and a build without photos load none of
# it, a build with a photo loads it and writes the photo's WebP and AVIF.
# usage: lazy_libvips_test.sh WEBTRUONG     (the dynamic loader's LD_DEBUG=files says what it loads)
set -eu
wt=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "lazy_libvips_test: $*" >&2; exit 1; }

LD_DEBUG=files "$wt" version >"$tmp/out" 2>"$tmp/version.log"
grep -q "libvips" "$tmp/version.log" && fail "'webtruong version' loaded libvips"

"$wt" new "$tmp/site" --type thcs --name "Trường THCS Ảnh" --province "Phú Thọ" --lang en >/dev/null 2>&1 ||
  fail "'webtruong new' failed"
LD_DEBUG=files "$wt" build "$tmp/site" -o "$tmp/plain" -q 2>"$tmp/plain.log" || fail "the build without photos failed"
grep -q "libvips" "$tmp/plain.log" && fail "a build without photos loaded libvips"

# A 64 x 48 PNG, written with python's zlib (no image tool needed).
mkdir -p "$tmp/site/static/anh"
python3 - "$tmp/site/static/anh/a.png" <<'PY'
import struct, sys, zlib
w, h = 64, 48
raw = b"".join(b"\x00" + b"".join(bytes([(x * 4) % 256, (y * 5) % 256, 128]) for x in range(w)) for y in range(h))
def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
open(sys.argv[1], "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
                              chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
PY
post=$(ls "$tmp/site/content/tin-tuc/"*.md | grep -v _index | head -1)
printf '\n\n![Ảnh thử](/anh/a.png)\n' >>"$post"
LD_DEBUG=files "$wt" build "$tmp/site" -o "$tmp/photo" -q 2>"$tmp/photo.log" || fail "the build with a photo failed: $(grep -v '^ *[0-9]*:' "$tmp/photo.log" | head -5)"
grep -q "file=libvips.* dynamically loaded" "$tmp/photo.log" || fail "a build with a photo did not load libvips"
[ -f "$tmp/photo/anh/a-64.webp" ] && [ -f "$tmp/photo/anh/a-64.avif" ] || fail "the photo's WebP and AVIF were not written"
echo "lazy_libvips_test: ok"
