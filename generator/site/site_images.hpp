// Site images: which photos the site's pages use, found after the Markdown
// is rendered, each read once and checked (images/codec.hpp) before anything
// is planned.
//
// A photo is processed (images/image_set.hpp) when a page shows it, by a
// Markdown image (or an <img> of its raw HTML) or its front matter `image:`,
// and it is a static file of the site (static/, or beside the page in its
// section or bundle) named .jpg .jpeg .png or .webp. Other static files,
// SVG and GIF among them, are copied as they are, under the static rules.
// A photo that cannot be used (not an image, a decompression bomb, too
// large, unreadable header) is an error at the line of the page that shows
// it, naming the file: nothing is published.
//
//   SiteImages found = find_site_images(site, pool, sink);
#pragma once

#include <map>
#include <vector>

#include "core/diagnostic.hpp"
#include "images/image_set.hpp"

namespace wt {
class ThreadPool;
}
namespace wt::content {
struct Page;
}

namespace wt::site {

struct LoadedSite;

struct SiteImages {
  images::ImageSet set;
  /// The photos each page shows (indices in set.images()), in page order.
  std::map<const content::Page*, std::vector<size_t>> by_page;
};

/// The photos `site` (loaded: static files and Markdown) uses.
SiteImages find_site_images(const LoadedSite& site, ThreadPool& pool, DiagnosticSink& sink);

}  // namespace wt::site
