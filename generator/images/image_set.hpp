// ImageSet: the photos a site's pages use, each with the files it is
// published as (its variants).
//
// A photo at "/anh/le-khai-giang.jpg" (static/anh/le-khai-giang.jpg, 4000 ×
// 3000) is published at each responsive width (images/sizing.hpp) in AVIF,
// WebP and its fallback format (PNG for a PNG, else JPEG):
//
//   anh/le-khai-giang-480.avif  anh/le-khai-giang-480.webp  anh/le-khai-giang-480.jpg
//   ...                                                     anh/le-khai-giang-1200.jpg
//   anh/le-khai-giang-1600.avif anh/le-khai-giang-1600.webp anh/le-khai-giang.jpg
//
// The largest size in the photo's own format keeps its address, so a link
// to the photo still works, and what it serves is the processed photo (no
// EXIF, no GPS), not the phone's file. Each variant is an output of the
// build plan (site/build_plan.hpp, kind Image) whose input is the photo.
//
//   ImageSet set;
//   size_t i = set.add({"/anh/a.jpg", "anh/a.jpg", "static/anh/a.jpg", src}, hash, header);
//   for (const Variant& v : set.variants()) plan(v.rel);
//   const ProcessedImage* img = set.find("/anh/a.jpg");
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/content_hash.hpp"
#include "images/codec.hpp"

namespace wt::images {

struct ImageSource {
  std::string url;               ///< site-relative address: "/anh/a.jpg"
  std::string rel;               ///< where the static copy would be: "anh/a.jpg"
  std::string source;            ///< as the user knows it: "static/anh/a.jpg"
  std::filesystem::path src;     ///< where its bytes are read
};

struct Variant {
  std::string rel;  ///< where it is written: "anh/a-800.webp"
  ImageFormat format = ImageFormat::Jpeg;
  int width = 0, height = 0;
  size_t image = 0;  ///< its photo, in ImageSet::images()
};

struct ProcessedImage {
  ImageSource in;
  ContentHash hash;  ///< of the photo's bytes
  ImageHeader header;
  ImageFormat fallback = ImageFormat::Jpeg;  ///< what <img> loads
  std::vector<int> widths;                   ///< ascending
  std::vector<size_t> variants;              ///< in ImageSet::variants(), by format then width
  int width() const { return widths.empty() ? 0 : widths.back(); }
  int height() const;  ///< of the largest size
};

/// The formats published, in the order a <picture> offers them.
std::vector<ImageFormat> published_formats(const ProcessedImage& image);

class ImageSet {
 public:
  /// Adds a photo (once per url; a second add returns the first); its index
  /// in images().
  size_t add(ImageSource in, ContentHash hash, const ImageHeader& header);
  /// The photo published at `url` ("/anh/a.jpg"), or nullptr.
  const ProcessedImage* find(const std::string& url) const;
  /// The photo whose static copy would be at `rel`, or nullptr.
  const ProcessedImage* find_rel(const std::string& rel) const;

  const std::vector<ProcessedImage>& images() const { return images_; }
  const std::vector<Variant>& variants() const { return variants_; }
  /// The variant of `image` in `format` at `width`, or nullptr.
  const Variant* variant(const ProcessedImage& image, ImageFormat format, int width) const;
  bool empty() const { return images_.empty(); }

 private:
  std::vector<ProcessedImage> images_;
  std::vector<Variant> variants_;
  std::map<std::string, size_t> by_url_, by_rel_;
};

}  // namespace wt::images
