// What raw HTML in a page may hold (internal to the markdown module): the
// elements, attributes and URL schemes of the allow-list, and, for what is
// not allowed, why, in words for a teacher.
//
//   detail::ElementRule rule = detail::element_rule("font");   // Unwrap: keep the text
//   detail::attribute_rule("a", "href")                         // AttributeRule::Link
//
// Elements: the content of a school page (paragraphs, headings, lists,
// tables, links, images, figures, quotes, code, details...). Everything
// that can run or load code, change the page around it, or submit data is
// removed with its content (script, style, iframe, object, embed, form
// controls, base, meta, link, svg, math, template...); any other element is
// unwrapped: its tag goes, its text stays. Attributes: class, id, title, lang,
// dir and aria-label/-hidden/-describedby on every kept element, plus those
// listed per element; never event handlers (on*), style (the site's
// Content-Security-Policy forbids inline styles), name or form. URL
// attributes (href, src, cite) go through wt::url_refusal().
#pragma once

#include <string>
#include <string_view>

namespace wt::markdown::detail {

enum class ElementRule {
  Keep,    ///< the element stays, with its allowed attributes
  Unwrap,  ///< the tag goes, its content stays
  Remove,  ///< the element goes with everything in it
};

/// The rule for an HTML-namespace element named `tag` (lower case).
/// (Elements in the SVG and MathML namespaces are always removed.)
ElementRule element_rule(std::string_view tag);

/// Why `tag` is unwrapped or removed, as the end of a sentence
/// ("scripts are not allowed in pages").
std::string element_reason(std::string_view tag, bool html_namespace);

enum class AttributeRule {
  Drop,   ///< not allowed
  Keep,   ///< allowed as written
  Link,   ///< a URL a link points to: checked with UrlUse::Link
  Image,  ///< a URL an image is loaded from: checked with UrlUse::Image
};

/// The rule for attribute `name` (lower case) on a kept element `tag`.
AttributeRule attribute_rule(std::string_view tag, std::string_view name);

/// Why attribute `name` is dropped from `tag`, as the end of a sentence.
std::string attribute_reason(std::string_view tag, std::string_view name);

}  // namespace wt::markdown::detail
