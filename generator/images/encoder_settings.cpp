#include "images/encoder_settings.hpp"

namespace wt::images {

std::string EncoderSettings::describe() const {
  return "jpeg q" + std::to_string(jpeg_quality) + " webp q" + std::to_string(webp_quality) + " e" +
         std::to_string(webp_effort) + " avif q" + std::to_string(avif_quality) + " e" + std::to_string(avif_effort) +
         " png c" + std::to_string(png_compression);
}

}  // namespace wt::images
