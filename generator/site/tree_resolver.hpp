// TreeResolver: resolves the "@/" links of a page's Markdown against the
// content tree for the Markdown renderer (markdown/markdown.hpp), and notes
// the content path of each page a link names (a page's HTML shows the
// others' addresses, so they are among its inputs).
//
//   std::vector<std::string> targets;
//   wt::site::TreeResolver resolver(*site.tree, &targets);
//   auto rendered = wt::markdown::render(page.body, page.source, page.body_line_offset, &resolver, options, sink);
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/content_tree.hpp"
#include "markdown/markdown.hpp"

namespace wt::site {

class TreeResolver : public markdown::LinkResolver {
 public:
  /// `targets` (may be null) receives the content path of each page linked to, as met.
  TreeResolver(const content::ContentTree& tree, std::vector<std::string>* targets) : tree_(tree), targets_(targets) {}
  std::optional<std::string> resolve(std::string_view target) const override;
  std::string why_unresolved(std::string_view target) const override;

 private:
  const content::ContentTree& tree_;
  std::vector<std::string>* targets_;
};

}  // namespace wt::site
