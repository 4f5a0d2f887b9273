#include "site/link_check.hpp"

#include <string>
#include <unordered_set>
#include <vector>

#include "images/picture_html.hpp"

namespace wt::site {
namespace {

/// The value of every `attr="..."` of the `<tag ` elements of `html` (our
/// serializer writes double quotes and escapes '&' as "&amp;").
std::vector<std::string> attribute_values(const std::string& html, const std::string& tag, const std::string& attr) {
  std::vector<std::string> out;
  const std::string open = "<" + tag, key = " " + attr + "=\"";
  for (size_t at = html.find(open); at != std::string::npos; at = html.find(open, at + open.size())) {
    const size_t after = at + open.size();
    if (after >= html.size() || (html[after] != ' ' && html[after] != '>' && html[after] != '/')) continue;
    const size_t end = html.find('>', after);
    if (end == std::string::npos) break;
    const size_t k = html.find(key, after);
    if (k == std::string::npos || k > end) continue;
    const size_t v = k + key.size(), q = html.find('"', v);
    if (q == std::string::npos || q > end) continue;
    std::string value = html.substr(v, q - v);
    for (size_t amp; (amp = value.find("&amp;")) != std::string::npos;) value.replace(amp, 5, "&");
    out.push_back(value);
  }
  return out;
}

/// "/tin-tuc/a/../" -> "/tin-tuc/": dot segments resolved as a browser does
/// (never above the root); a trailing slash kept.
std::string without_dot_segments(const std::string& url) {
  std::vector<std::string> parts;
  size_t start = 1;
  bool folder = !url.empty() && url.back() == '/';
  while (start <= url.size()) {
    size_t slash = url.find('/', start);
    std::string seg = url.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    const bool last = slash == std::string::npos;
    if (seg == "..") {
      if (!parts.empty()) parts.pop_back();
      if (last) folder = true;
    } else if (seg == ".") {
      if (last) folder = true;
    } else if (!seg.empty()) {
      parts.push_back(seg);
    }
    if (last) break;
    start = slash + 1;
  }
  std::string out = "/";
  for (size_t i = 0; i < parts.size(); ++i) out += parts[i] + (i + 1 < parts.size() || folder ? "/" : "");
  return out;
}

class LinkChecker {
 public:
  LinkChecker(const LoadedSite& site, const BuildPlan& plan, DiagnosticSink& sink)
      : site_(site), base_(site.cfg.base_path()), sink_(sink) {
    for (const auto& o : plan.outputs) published_.insert(o.rel);
    for (const auto& f : site.static_files) published_.insert(f.rel);
  }

  void check_pages() {
    for (const auto& page : site_.tree->pages) {
      auto r = site_.rendered.find(page.get());
      check_page(*page, r == site_.rendered.end() ? nullptr : &r->second.html);
    }
  }

  /// `html`: the page's Markdown as rendered (nullptr: none).
  void check_page(const content::Page& p, const std::string* html) {
    if (!p.fm.image.empty()) {
      const std::string url = images::image_address(p.fm.image, p.url, "/");
      if (!url.empty() && !exists(url))
        sink_.error(p.fm.image_position.file.empty() ? Position{p.source, 0, 0} : p.fm.image_position, "image.missing",
                    "'image: " + p.fm.image + "' names a file that is not in the site: put the file in static/ "
                    "(or beside the page) or correct the address");
    }
    if (!html) return;
    for (const auto& src : attribute_values(*html, "img", "src")) {
      const std::string url = images::image_address(src, p.url, base_);
      if (!url.empty() && !exists(url))
        sink_.error(place_in_body(p, src), "image.missing",
                    "the image '" + shown(src) + "' is not in the site: put the file in static/ (or beside the "
                    "page) or correct the address");
    }
    for (const auto& href : attribute_values(*html, "a", "href")) {
      const std::string url = images::image_address(href, p.url, base_);
      if (!url.empty() && !exists(url))
        sink_.error(place_in_body(p, href), "link.missing",
                    "the link '" + shown(href) + "' leads to no page of the site: correct the address, or write "
                    "the page it should lead to");
    }
  }

  void check_menus(const std::vector<config::MenuEntry>& entries) {
    for (const auto& e : entries) {
      if (e.page.empty() && !e.url.empty() && e.url[0] == '/' && e.url.rfind("//", 0) != 0) {
        const std::string url = images::image_address(e.url, "/", "/");
        if (!url.empty() && !exists(url))
          sink_.error(e.position, "link.missing",
                      "menu entry '" + e.name + "' leads to '" + e.url + "', which is no page of the site: correct "
                      "'url', or write the page it should lead to");
      }
      check_menus(e.children);
    }
  }

 private:
  // "/a/b/" -> a/b/index.html; "/a/b.pdf" -> a/b.pdf; "/a/b" -> either.
  bool exists(const std::string& written) const {
    const std::string url = without_dot_segments(written);
    std::string rel = url.substr(1);
    if (rel.empty() || rel.back() == '/') return published_.count(rel + "index.html") > 0;
    return published_.count(rel) > 0 || published_.count(rel + "/index.html") > 0;
  }

  /// The link as the writer wrote it: without the base path the renderer put before it.
  std::string shown(const std::string& url) const {
    if (base_ != "/" && url.rfind(base_, 0) == 0) return "/" + url.substr(base_.size());
    return url;
  }

  Position place_in_body(const content::Page& p, const std::string& url) const {
    const std::string written = shown(url), decoded = images::decode_src(written);
    const std::string name = decoded.substr(decoded.rfind('/') + 1);
    for (const std::string& needle : {"(" + written, "(" + decoded, written, decoded, name}) {
      if (needle.empty() || needle == "(") continue;
      size_t at = p.body.find(needle);
      if (at == std::string::npos) continue;
      if (needle[0] == '(') ++at;
      Position pos = position_in(p.source, p.body, at);
      pos.line += p.body_line_offset;
      return pos;
    }
    return {p.source, 0, 0};
  }

  const LoadedSite& site_;
  const std::string base_;
  DiagnosticSink& sink_;
  std::unordered_set<std::string> published_;
};

}  // namespace

void check_internal_links(const LoadedSite& site, const BuildPlan& plan, DiagnosticSink& sink) {
  LinkChecker checker(site, plan, sink);
  checker.check_pages();
  checker.check_menus(site.cfg.main_menu);
  checker.check_menus(site.cfg.footer_menu);
}

void check_page_links(const LoadedSite& site, const BuildPlan& plan, const content::Page& page, const std::string& html,
                      DiagnosticSink& sink) {
  LinkChecker(site, plan, sink).check_page(page, &html);
}

}  // namespace wt::site
