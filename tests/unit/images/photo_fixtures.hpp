// Small photos made with libvips at test time (no binary fixtures): a JPEG
// with an EXIF orientation, a PNG with an oversized ICC profile, a JPEG
// whose header claims 30,000 × 30,000 pixels. Test code may include libvips;
// the generator includes it in images/vips_codec.cpp only.
#pragma once

#include <string>

namespace wt::test {

/// A JPEG stored `width` × `height`, its left half dark (20) and right half
/// light (230), with EXIF `orientation` (1: none written).
std::string make_jpeg(int width, int height, int orientation = 1);
/// A PNG `width` × `height`, with an alpha band when `alpha`, and an ICC
/// profile of `icc_bytes` zero bytes when not 0.
std::string make_png(int width, int height, bool alpha = false, size_t icc_bytes = 0);
/// `jpeg` with the size in its frame header replaced.
std::string with_frame_size(std::string jpeg, int width, int height);

struct Decoded {
  int width = 0, height = 0, bands = 0;
  bool has_exif = false, has_icc = false, has_orientation = false;
  double top = 0, bottom = 0, left = 0, right = 0;  ///< mean of band 0 in each quarter-strip
};
/// What an encoded image holds (any format libvips reads).
Decoded decode(const std::string& bytes);

}  // namespace wt::test
