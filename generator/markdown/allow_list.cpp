#include "markdown/allow_list.hpp"

#include <algorithm>
#include <vector>

namespace wt::markdown::detail {
namespace {

using Names = std::vector<std::string_view>;

bool one_of(std::string_view name, const Names& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

const Names kKept = {
    "p",     "br",   "hr",      "h1",     "h2",         "h3",   "h4",     "h5",      "h6",       "ul",
    "ol",    "li",   "dl",      "dt",     "dd",         "table", "caption", "colgroup", "col",     "thead",
    "tbody", "tfoot", "tr",     "th",     "td",         "a",    "img",    "figure",  "figcaption", "blockquote",
    "pre",   "code", "em",      "strong", "b",          "i",    "u",      "s",       "sub",      "sup",
    "small", "mark", "abbr",    "cite",   "q",          "dfn",  "details", "summary", "span",    "div",
    "del",   "ins",  "time",    "kbd",    "samp",       "var",  "section", "article", "aside",   "wbr",
    "bdi",   "bdo",  "ruby",    "rt",     "rp",         "input"};

struct Removed {
  Names tags;
  std::string_view reason;
};

const Removed kRemoved[] = {
    {{"script"}, "scripts are not allowed in pages"},
    {{"style", "link"}, "the look of pages comes from the site's theme"},
    {{"meta", "base", "title", "head"}, "it would change the whole page, not this part of it"},
    {{"iframe", "frame", "frameset", "object", "embed", "applet", "param", "portal"},
     "pages of other sites and plugins cannot be embedded (link to them instead)"},
    {{"noscript", "noembed", "noframes", "template"}, "what it holds is never shown to readers"},
    {{"form", "input", "button", "select", "option", "optgroup", "textarea", "datalist", "output", "keygen",
      "isindex"},
     "forms are not allowed in pages (link to an online form instead)"},
    {{"audio", "video", "source", "track", "canvas", "bgsound"},
     "sound and video cannot be embedded (link to the file instead)"},
    {{"map", "area"}, "image maps are not allowed"},
};

const Names kGlobalAttributes = {"class",      "id",          "title", "lang", "dir", "aria-label",
                                     "aria-hidden", "aria-describedby"};

struct ElementAttributes {
  Names tags;
  Names keep;
};

const ElementAttributes kKeptAttributes[] = {
    {{"a"}, {"target", "rel", "data-footnote-ref", "data-footnote-backref"}},
    {{"img"}, {"alt", "width", "height", "loading"}},
    {{"del", "ins", "time"}, {"datetime"}},
    {{"ol"}, {"start", "reversed", "type"}},
    {{"li"}, {"value"}},
    {{"th", "td"}, {"colspan", "rowspan", "headers", "align", "scope"}},
    {{"col", "colgroup"}, {"span"}},
    {{"details"}, {"open"}},
    {{"section"}, {"data-footnotes"}},
    {{"input"}, {"type", "checked", "disabled"}},
};

}  // namespace

ElementRule element_rule(std::string_view tag) {
  if (one_of(tag, kKept)) return ElementRule::Keep;
  for (const Removed& r : kRemoved) {
    if (one_of(tag, r.tags)) return ElementRule::Remove;
  }
  return ElementRule::Unwrap;
}

std::string element_reason(std::string_view tag, bool html_namespace) {
  if (!html_namespace) return "SVG and MathML drawings cannot be written into a page (use a picture file)";
  for (const Removed& r : kRemoved) {
    if (one_of(tag, r.tags)) return std::string(r.reason);
  }
  return "<" + std::string(tag) + "> is not one of the HTML tags allowed in pages";
}

AttributeRule attribute_rule(std::string_view tag, std::string_view name) {
  if (one_of(name, kGlobalAttributes)) return AttributeRule::Keep;
  if (name == "href" && tag == "a") return AttributeRule::Link;
  if (name == "cite" && one_of(tag, {"blockquote", "q", "del", "ins"})) return AttributeRule::Link;
  if (name == "src" && tag == "img") return AttributeRule::Image;
  for (const ElementAttributes& e : kKeptAttributes) {
    if (one_of(tag, e.tags) && one_of(name, e.keep)) return AttributeRule::Keep;
  }
  return AttributeRule::Drop;
}

std::string attribute_reason(std::string_view tag, std::string_view name) {
  if (name.substr(0, 2) == "on") return "event handlers run scripts";
  if (name == "style") return "the site's security policy blocks inline styles (the theme gives pages their look)";
  if (name == "name" || name == "form") return "it could interfere with the page's own scripts";
  return "'" + std::string(name) + "' is not one of the attributes allowed on <" + std::string(tag) + ">";
}

}  // namespace wt::markdown::detail
