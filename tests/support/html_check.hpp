// HtmlSiteChecker: parses every .html page of a built site with gumbo (an
// HTML5 parser) and checks what every page must have: lang="vi", a <title>,
// exactly one <h1>, and internal links (href/src) that resolve to a file of
// the site, including #fragments that name an id on the target page.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace wt::test {

struct HtmlReport {
  size_t pages = 0;
  size_t links_checked = 0;
  std::vector<std::string> problems;  ///< "tin-tuc/a/index.html: link '/x/' does not resolve"
};

/// `host_prefix`: absolute URLs starting with it (the site's base_url) are
/// checked as internal links too. `base_path`: the path the site is
/// published under ("/thcs-le-loi/"); a root-relative link must start with
/// it (and names the file of `root` after it), else it is a problem.
HtmlReport check_html_site(const std::filesystem::path& root, const std::string& host_prefix,
                           const std::string& base_path = "/");

}  // namespace wt::test
