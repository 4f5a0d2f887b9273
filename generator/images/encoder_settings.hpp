// EncoderSettings: how variants are encoded. They are part of every
// variant's cache key (images/variant_store.hpp): changing one encodes again.
//
// AVIF: libheif's AOM encoder at libvips' default effort (4) takes about
// 1.6 s for one 1600 px photo on one core here; effort 2 (AOM speed 7)
// takes a quarter of that for files a few percent larger. Figures and the
// command in docs/contracts.md ("Photos").
#pragma once

#include <string>

namespace wt::images {

struct EncoderSettings {
  int jpeg_quality = 82;
  int webp_quality = 80;
  int webp_effort = 4;  ///< 0 (fast) .. 6 (small)
  int avif_quality = 50;
  int avif_effort = 2;  ///< 0 (fast) .. 9 (small); libvips' default (4) is slow
  int png_compression = 6;

  /// Every setting, as text: "jpeg q82 webp q80 e4 avif q50 e2 png c6".
  std::string describe() const;
};

}  // namespace wt::images
