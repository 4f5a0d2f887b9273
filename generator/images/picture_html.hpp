// PictureHtml: the HTML of a processed photo, and the rewrite of the
// <img> elements of a page's HTML into it.
//
//   <picture><source type="image/avif" srcset="/anh/a-480.avif 480w, /anh/a-800.avif 800w" sizes="…">
//   <source type="image/webp" …><img src="/anh/a.jpg" srcset="/anh/a-480.jpg 480w, /anh/a.jpg 800w"
//   sizes="…" width="800" height="600" alt="…" loading="lazy" decoding="async"></picture>
//
// (on one line). width and height are those of the largest size, so the
// browser reserves the photo's place before it loads (no layout shift; the
// theme's CSS scales it with height: auto). The page's first photo is its
// largest paint: it is loaded at once with fetchpriority="high", every
// other lazily.
//
//   std::string html = picture_html(img, set, to_url, {alt, "", priority});
//   std::string page = rewrite_images(html, [&](const std::string& src) { return set.find(...); }, true);
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "images/image_set.hpp"

namespace wt::images {

/// The layout width of a photo in an article: the theme's 48rem column, or
/// the whole screen on a phone.
inline constexpr const char* kArticleSizes = "(min-width: 50rem) 48rem, 100vw";

struct PictureOptions {
  std::string alt;    ///< already escaped for an attribute value
  std::string title;  ///< already escaped; empty: none
  bool priority = false;  ///< the page's first photo: fetchpriority="high", not lazy
  std::string img_class;  ///< already escaped; empty: none
};

/// Turns a site-relative address of a variant ("/anh/a-800.webp") into the
/// one pages link to (under the base path).
using UrlMapper = std::function<std::string(const std::string&)>;

/// The <picture> of `image` (its variants in `set`).
std::string picture_html(const ProcessedImage& image, const ImageSet& set, const UrlMapper& to_url,
                         const PictureOptions& options);

/// "/anh/ảnh 1.jpg" → "/anh/%E1%BA%A3nh%201.jpg": every byte but letters,
/// digits, "-._~/" percent-encoded.
std::string escape_url_path(const std::string& path);
/// An attribute value as written in HTML ("/a%20b.jpg?x=1&amp;y") back to
/// the address it names ("/a b.jpg?x=1&y"): character references and
/// percent-encoding undone.
std::string decode_src(const std::string& raw);

/// The site-relative address ("/anh/a b.jpg") an image source of the page
/// at `page_url` names, as written in its HTML ("/thcs/anh/a%20b.jpg" under
/// the base path "/thcs/", or "a.jpg" beside the page); empty for an
/// address of another site or outside the base path.
std::string image_address(const std::string& src, const std::string& page_url, const std::string& base_path);

/// Replaces each <img> of `html` whose src `find` knows (it gets the src as
/// written, decode_src undoes it) by its <picture>, keeping its alt, title
/// and class. The first replaced image gets priority when `priority_first`.
/// Other images are left as they are.
std::string rewrite_images(const std::string& html, const ImageSet& set,
                           const std::function<const ProcessedImage*(const std::string&)>& find, const UrlMapper& to_url,
                           bool priority_first);

/// The src of every <img> of `html`, as written, in order (the images
/// rewrite_images would look up).
std::vector<std::string> image_sources(const std::string& html);

}  // namespace wt::images
