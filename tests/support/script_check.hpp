// Does any script reach a page? An independent check of generated HTML with
// gumbo (the XSS corpus test and the hostile-site tests use it): the text is
// parsed as a browser would parse a page, and every way of running script or
// loading foreign code that a page of a school site must not have is listed.
//
//   CHECK(wt_test::script_problems(html).empty());                 // a fragment (a post's HTML)
//   CHECK(wt_test::script_problems(page, wt_test::kWholePage).empty());
//
// Problems: an element among script, iframe, frame, frameset, object, embed,
// applet, base, meta, link, style, svg, math, template, form; an attribute
// named on*; a style attribute; an href, src, action, formaction, srcset,
// poster, background, xlink:href, data, cite, dynsrc, lowsrc, code or
// codebase whose scheme is not http, https, mailto, tel (or data:image/png,
// gif, jpeg, webp in an <img src>), or relative. In a whole page, the
// theme's own head (meta, link, the CSP, JSON-LD), its scripts (/js/menu.js,
// /js/documents.js, /js/search.js, no inline code) and its search forms (a
// GET to /tim-kiem/, role=search) are expected and allowed.
#pragma once

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace wt_test {

constexpr bool kWholePage = true;

namespace script_check_detail {

inline std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The scheme as the URL parser reads it (written here again on purpose:
// the check must not share code with what it checks).
inline std::string scheme(std::string_view url) {
  std::string s;
  size_t b = 0, e = url.size();
  while (b < e && static_cast<unsigned char>(url[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(url[e - 1]) <= 0x20) --e;
  for (size_t i = b; i < e; ++i)
    if (url[i] != '\t' && url[i] != '\n' && url[i] != '\r') s += url[i];
  size_t colon = s.find(':');
  if (colon == std::string::npos || colon == 0 || !std::isalpha(static_cast<unsigned char>(s[0]))) return "";
  for (size_t i = 0; i < colon; ++i) {
    char c = s[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return "";
  }
  return lower(s.substr(0, colon)) + ":" + lower(s.substr(colon + 1, 11));
}

inline bool url_ok(const std::string& tag, const std::string& attr, const std::string& value) {
  std::string s = scheme(value);
  if (s.empty()) return true;
  for (const char* ok : {"http:", "https:", "mailto:", "tel:"})
    if (s.rfind(ok, 0) == 0) return true;
  if (tag == "img" && attr == "src") {
    for (const char* ok : {"data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"})
      if (s.rfind(ok, 0) == 0) return true;
  }
  return false;
}

inline std::string tag_of(const GumboNode* n) {
  const GumboElement& e = n->v.element;
  if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
  GumboStringPiece p = e.original_tag;
  gumbo_tag_from_original_text(&p);
  return lower(std::string_view(p.data ? p.data : "", p.length));
}

inline bool in_head(const GumboNode* n) {
  for (const GumboNode* p = n->parent; p; p = p->parent)
    if (p->type == GUMBO_NODE_ELEMENT && p->v.element.tag == GUMBO_TAG_HEAD) return true;
  return false;
}

inline const GumboAttribute* attr(const GumboNode* n, const char* name) {
  return gumbo_get_attribute(&n->v.element.attributes, name);
}

// The theme's own elements of a whole page.
inline bool theme_element(const GumboNode* n, const std::string& tag) {
  if (tag == "script") {
    const GumboAttribute* src = attr(n, "src");
    const GumboAttribute* type = attr(n, "type");
    bool empty = n->v.element.children.length == 0;
    if (src && empty)
      for (const char* own : {"/js/menu.js", "/js/documents.js", "/js/search.js"})
        if (std::string(src->value) == own) return true;
    return type && std::string(type->value) == "application/ld+json" && in_head(n);
  }
  if (tag == "form") {  // a plain GET to the results page: no script, nothing sent elsewhere
    const GumboAttribute* role = attr(n, "role");
    const GumboAttribute* method = attr(n, "method");
    const GumboAttribute* action = attr(n, "action");
    return role && std::string(role->value) == "search" && method && lower(method->value) == "get" && action &&
           std::string(action->value) == "/tim-kiem/";
  }
  if (!in_head(n)) return false;
  if (tag == "link") return true;  // its href is checked as any URL
  if (tag == "meta") {
    const GumboAttribute* equiv = attr(n, "http-equiv");
    return !equiv || lower(equiv->value) == "content-security-policy";
  }
  return false;
}

inline void walk(const GumboNode* n, bool whole_page, std::vector<std::string>& problems) {
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE && n->type != GUMBO_NODE_DOCUMENT) return;
  const GumboVector* children = &n->v.document.children;
  if (n->type != GUMBO_NODE_DOCUMENT) {
    const GumboElement& e = n->v.element;
    std::string tag = tag_of(n);
    static const char* kForbidden[] = {"script", "iframe", "frame", "frameset", "object", "embed", "applet",
                                       "base",   "meta",   "link",  "style",    "svg",    "math",  "template",
                                       "form"};
    bool forbidden = e.tag_namespace != GUMBO_NAMESPACE_HTML;
    for (const char* f : kForbidden) forbidden = forbidden || tag == f;
    if (forbidden && !(whole_page && theme_element(n, tag))) problems.push_back("element <" + tag + ">");
    static const char* kUrlAttributes[] = {"href",  "src",  "action", "formaction", "srcset",  "poster", "background",
                                           "xlink:href", "data", "cite", "dynsrc", "lowsrc", "code", "codebase"};
    for (unsigned i = 0; i < e.attributes.length; ++i) {
      const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
      std::string name = lower(a->name);
      if (name.rfind("on", 0) == 0) problems.push_back("attribute " + name + " on <" + tag + ">");
      if (name == "style") problems.push_back("attribute style on <" + tag + ">");
      for (const char* u : kUrlAttributes) {
        if (name == u && !url_ok(tag, name, a->value))
          problems.push_back("attribute " + name + "=\"" + a->value + "\" on <" + tag + ">");
      }
    }
    children = &e.children;
  }
  for (unsigned i = 0; i < children->length; ++i)
    walk(static_cast<const GumboNode*>(children->data[i]), whole_page, problems);
}

}  // namespace script_check_detail

/// Every way `html` could run script or load foreign code (empty: none).
inline std::vector<std::string> script_problems(std::string_view html, bool whole_page = false) {
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::vector<std::string> problems;
  script_check_detail::walk(out->document, whole_page, problems);
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return problems;
}

}  // namespace wt_test
