#include "site/tree_resolver.hpp"

namespace wt::site {

std::optional<std::string> TreeResolver::resolve(std::string_view target) const {
  std::string t(target);
  if (targets_) {
    if (const content::Page* p = tree_.find(t.substr(0, t.find('#')))) targets_->push_back(p->content_path);
  }
  return tree_.resolve(t);
}

std::string TreeResolver::why_unresolved(std::string_view target) const {
  std::string path(target.substr(0, target.find('#')));
  auto it = tree_.unpublished.find(path);
  if (it != tree_.unpublished.end()) return "points to a page that " + it->second;
  return "does not match any page in content/";
}

}  // namespace wt::site
