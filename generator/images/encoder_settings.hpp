// EncoderSettings: how variants are encoded. They are part of every
// variant's cache key (images/variant_store.hpp): changing one encodes again.
//
// AVIF: libheif's AOM encoder at libvips' default effort (4) took 18.7 s
// for one 1600 × 1200 photo (of noise: the worst case) on one thread of a
// loaded machine, effort 2 took 2.6 s, effort 0 1.1 s (bench/images.sh);
// effort 2 it is. Figures in docs/contracts.md ("Photos").
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
