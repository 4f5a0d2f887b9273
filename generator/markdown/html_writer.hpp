// Writes a parsed HTML fragment back as text, keeping only what the
// allow-list allows (internal to the markdown module).
//
//   detail::WrittenHtml out = detail::write_allowed_html(parse_html_fragment(html), {});
//   for (const auto& d : out.dropped) warn(d.offset, d.message);
//
// The output is serialized from the tree by this file, not copied from the
// input: every text is escaped (& < >), every attribute value is quoted and
// escaped (& " < >), every kept element is closed, comments are left out. So
// what the HTML parser decided (the tree) is all that reaches the page;
// nothing written as entities, split over several lines or misnested can
// become markup again.
#pragma once

#include <string>
#include <vector>

#include "markdown/html_tree.hpp"

namespace wt::markdown::detail {

struct DroppedHtml {
  size_t offset = 0;    ///< of the element or attribute in the parsed text
  std::string message;  ///< "removed <script> and what it holds: scripts are not allowed in pages"
};

struct WrittenHtml {
  std::string html;
  std::vector<DroppedHtml> dropped;  ///< in document order
};

struct WriteOptions {
  /// Add loading="lazy" to images that do not say how to load.
  bool lazy_images = true;
  /// Root-relative URLs of href, src and cite are put under this path
  /// ("/thcs-le-loi/"; "/" changes nothing).
  std::string base_path = "/";
};

WrittenHtml write_allowed_html(const std::vector<HtmlNode>& nodes, const WriteOptions& options);

}  // namespace wt::markdown::detail
