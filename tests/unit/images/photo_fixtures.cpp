#include "unit/images/photo_fixtures.hpp"

#include <vips/vips.h>

#include <stdexcept>
#include <vector>

#include "images/codec.hpp"

namespace wt::test {
namespace {

VipsImage* from_pixels(int width, int height, int bands, bool split) {
  std::vector<unsigned char> px(static_cast<size_t>(width) * height * bands);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x)
      for (int b = 0; b < bands; ++b)
        px[(static_cast<size_t>(y) * width + x) * bands + b] =
            b == 3 ? 128 : static_cast<unsigned char>(split && x >= width / 2 ? 230 : 20);
  return vips_image_new_from_memory_copy(px.data(), px.size(), width, height, bands, VIPS_FORMAT_UCHAR);
}

std::string take(void* buf, size_t len) {
  std::string out(static_cast<const char*>(buf), len);
  g_free(buf);
  return out;
}

double mean_of(VipsImage* im, int left, int top, int width, int height) {
  VipsImage *part = nullptr, *band = nullptr;
  double m = -1;
  if (vips_extract_area(im, &part, left, top, width, height, nullptr) == 0 &&
      vips_extract_band(part, &band, 0, nullptr) == 0)
    vips_avg(band, &m, nullptr);
  if (band) g_object_unref(band);
  if (part) g_object_unref(part);
  return m;
}

}  // namespace

std::string make_jpeg(int width, int height, int orientation) {
  images::codec_version();  // libvips started
  VipsImage* im = from_pixels(width, height, 3, true);
  if (orientation != 1) vips_image_set_int(im, VIPS_META_ORIENTATION, orientation);
  void* buf = nullptr;
  size_t len = 0;
  if (vips_jpegsave_buffer(im, &buf, &len, "Q", 95, nullptr) != 0) throw std::runtime_error("jpegsave");
  g_object_unref(im);
  return take(buf, len);
}

std::string make_png(int width, int height, bool alpha, size_t icc_bytes) {
  images::codec_version();
  VipsImage* im = from_pixels(width, height, alpha ? 4 : 3, true);
  if (icc_bytes) {
    std::vector<char> icc(icc_bytes, 0);
    vips_image_set_blob_copy(im, VIPS_META_ICC_NAME, icc.data(), icc.size());
  }
  void* buf = nullptr;
  size_t len = 0;
  if (vips_pngsave_buffer(im, &buf, &len, "compression", 9, nullptr) != 0) throw std::runtime_error("pngsave");
  g_object_unref(im);
  return take(buf, len);
}

std::string with_frame_size(std::string jpeg, int width, int height) {
  for (size_t i = 2; i + 9 < jpeg.size(); ++i) {
    const auto m = static_cast<unsigned char>(jpeg[i + 1]);
    if (static_cast<unsigned char>(jpeg[i]) == 0xFF && (m == 0xC0 || m == 0xC2)) {
      jpeg[i + 5] = static_cast<char>(height >> 8);
      jpeg[i + 6] = static_cast<char>(height & 255);
      jpeg[i + 7] = static_cast<char>(width >> 8);
      jpeg[i + 8] = static_cast<char>(width & 255);
      return jpeg;
    }
  }
  throw std::runtime_error("no frame header");
}

Decoded decode(const std::string& bytes) {
  images::codec_version();
  Decoded d;
  VipsImage* im = vips_image_new_from_buffer(bytes.data(), bytes.size(), "", nullptr);
  if (!im) return d;
  d.width = vips_image_get_width(im);
  d.height = vips_image_get_height(im);
  d.bands = vips_image_get_bands(im);
  d.has_exif = vips_image_get_typeof(im, VIPS_META_EXIF_NAME) != 0;
  d.has_icc = vips_image_get_typeof(im, VIPS_META_ICC_NAME) != 0;
  d.has_orientation = vips_image_get_typeof(im, VIPS_META_ORIENTATION) != 0;
  const int w = d.width, h = d.height;
  d.top = mean_of(im, 0, 0, w, std::max(1, h / 4));
  d.bottom = mean_of(im, 0, h - std::max(1, h / 4), w, std::max(1, h / 4));
  d.left = mean_of(im, 0, 0, std::max(1, w / 4), h);
  d.right = mean_of(im, w - std::max(1, w / 4), 0, std::max(1, w / 4), h);
  g_object_unref(im);
  return d;
}

}  // namespace wt::test
