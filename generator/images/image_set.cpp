#include "images/image_set.hpp"

#include "images/sizing.hpp"

namespace wt::images {

int ProcessedImage::height() const {
  return widths.empty() ? 0 : scaled_height(header.width, header.height, widths.back());
}

std::vector<ImageFormat> published_formats(const ProcessedImage& image) {
  return {ImageFormat::Avif, ImageFormat::Webp, image.fallback};
}

namespace {

// "anh/a.jpg" at 800 in WebP: "anh/a-800.webp".
std::string variant_rel(const std::string& rel, int width, ImageFormat f) {
  const size_t slash = rel.rfind('/');
  const size_t dot = rel.rfind('.');
  const std::string stem = dot != std::string::npos && (slash == std::string::npos || dot > slash) ? rel.substr(0, dot) : rel;
  return stem + "-" + std::to_string(width) + "." + extension(f);
}

}  // namespace

size_t ImageSet::add(ImageSource in, ContentHash hash, const ImageHeader& header) {
  if (auto it = by_url_.find(in.url); it != by_url_.end()) return it->second;
  const size_t index = images_.size();
  ProcessedImage img;
  img.in = std::move(in);
  img.hash = hash;
  img.header = header;
  img.fallback = header.format == ImageFormat::Png ? ImageFormat::Png : ImageFormat::Jpeg;
  img.widths = responsive_widths(header.width);
  for (ImageFormat f : published_formats(img)) {
    for (int w : img.widths) {
      Variant v;
      v.format = f;
      v.width = w;
      v.height = scaled_height(header.width, header.height, w);
      v.image = index;
      // The largest size in the photo's own format keeps the photo's address.
      v.rel = f == header.format && w == img.widths.back() ? img.in.rel : variant_rel(img.in.rel, w, f);
      img.variants.push_back(variants_.size());
      variants_.push_back(std::move(v));
    }
  }
  // A WebP photo publishes WebP but its fallback is JPEG: its own format
  // (WebP) holds the address, so every fallback size has its own name.
  by_url_[img.in.url] = index;
  by_rel_[img.in.rel] = index;
  images_.push_back(std::move(img));
  return index;
}

const ProcessedImage* ImageSet::find(const std::string& url) const {
  auto it = by_url_.find(url);
  return it == by_url_.end() ? nullptr : &images_[it->second];
}

const ProcessedImage* ImageSet::find_rel(const std::string& rel) const {
  auto it = by_rel_.find(rel);
  return it == by_rel_.end() ? nullptr : &images_[it->second];
}

const Variant* ImageSet::variant(const ProcessedImage& image, ImageFormat format, int width) const {
  for (size_t i : image.variants)
    if (variants_[i].format == format && variants_[i].width == width) return &variants_[i];
  return nullptr;
}

}  // namespace wt::images
