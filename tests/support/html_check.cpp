#include "support/html_check.hpp"

#include <gumbo.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace wt::test {
namespace {

struct PageInfo {
  std::string lang;
  std::string title;
  int h1 = 0;
  std::set<std::string> ids;
  std::vector<std::string> links;
};

void walk(const GumboNode* node, PageInfo& info) {
  if (node->type != GUMBO_NODE_ELEMENT) return;
  const GumboElement& el = node->v.element;
  if (el.tag == GUMBO_TAG_HTML) {
    if (const GumboAttribute* a = gumbo_get_attribute(&el.attributes, "lang")) info.lang = a->value;
  }
  if (el.tag == GUMBO_TAG_TITLE && el.children.length > 0) {
    const GumboNode* t = static_cast<const GumboNode*>(el.children.data[0]);
    if (t->type == GUMBO_NODE_TEXT) info.title = t->v.text.text;
  }
  if (el.tag == GUMBO_TAG_H1) ++info.h1;
  if (const GumboAttribute* id = gumbo_get_attribute(&el.attributes, "id")) info.ids.insert(id->value);
  for (const char* attr : {"href", "src"}) {
    if (const GumboAttribute* a = gumbo_get_attribute(&el.attributes, attr)) info.links.push_back(a->value);
  }
  for (unsigned i = 0; i < el.children.length; ++i) walk(static_cast<const GumboNode*>(el.children.data[i]), info);
}

std::string percent_decode(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// Site-relative path of the file a link names, or "" when it is not internal.
std::string target_of(const std::string& page_rel, std::string link, const std::string& host_prefix,
                      std::string* fragment) {
  if (!host_prefix.empty() && link.rfind(host_prefix, 0) == 0) link = "/" + link.substr(host_prefix.size());
  if (link.empty() || link.rfind("//", 0) == 0) return "";
  if (link.find(':') != std::string::npos && link.find(':') < link.find('/')) return "";  // mailto:, http:
  size_t hash = link.find('#');
  if (hash != std::string::npos) {
    *fragment = link.substr(hash + 1);
    link = link.substr(0, hash);
  }
  size_t q = link.find('?');
  if (q != std::string::npos) link = link.substr(0, q);
  std::string path;
  if (link.empty()) path = "/" + page_rel;
  else if (link[0] == '/') path = link;
  else path = "/" + (fs::path(page_rel).parent_path() / link).lexically_normal().generic_string();
  path = percent_decode(path);
  if (path.back() == '/') path += "index.html";
  return path.substr(1);
}

}  // namespace

HtmlReport check_html_site(const fs::path& root, const std::string& host_prefix, const std::string& base_path) {
  HtmlReport report;
  std::map<std::string, PageInfo> pages;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (!e.is_regular_file() || e.path().extension() != ".html") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string html = ss.str();
    GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
    PageInfo info;
    walk(out->root, info);
    gumbo_destroy_output(&kGumboDefaultOptions, out);
    pages[fs::relative(e.path(), root).generic_string()] = std::move(info);
  }
  report.pages = pages.size();
  for (const auto& [rel, info] : pages) {
    if (info.lang != "vi") report.problems.push_back(rel + ": <html> has lang=\"" + info.lang + "\", not \"vi\"");
    if (info.title.empty()) report.problems.push_back(rel + ": no <title>");
    if (info.h1 != 1) report.problems.push_back(rel + ": " + std::to_string(info.h1) + " <h1> elements, not 1");
    for (const auto& link : info.links) {
      std::string fragment, site_link = link;
      if (base_path.size() > 1 && !link.empty() && link[0] == '/' && (link.size() == 1 || link[1] != '/')) {
        if (link.rfind(base_path, 0) != 0) {
          report.problems.push_back(rel + ": link '" + link + "' is outside the site's path " + base_path);
          continue;
        }
        site_link = link.substr(base_path.size() - 1);  // from the site's root: "/tin-tuc/"
      }
      std::string target = target_of(rel, site_link, host_prefix, &fragment);
      if (target.empty()) continue;
      ++report.links_checked;
      fs::path file = root / target;
      if (!fs::is_regular_file(file)) {
        if (fs::is_directory(file) && fs::is_regular_file(file / "index.html")) target += "/index.html";
        else {
          report.problems.push_back(rel + ": link '" + link + "' does not resolve");
          continue;
        }
      }
      if (!fragment.empty() && pages.count(target) && !pages[target].ids.count(fragment))
        report.problems.push_back(rel + ": link '" + link + "' names #" + fragment + ", which is not on that page");
    }
  }
  return report;
}

}  // namespace wt::test
