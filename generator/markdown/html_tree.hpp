// A parsed HTML fragment as plain values (internal to the markdown module).
//
//   std::vector<detail::HtmlNode> nodes = detail::parse_html_fragment(html);
//
// parse_html_fragment() runs the HTML5 parsing algorithm (gumbo, in
// html_tree_gumbo.cpp, the only file of Webtruong's generator that includes
// gumbo.h) as a browser would for the inner HTML of a <div>: character
// references decoded, implied tags added, misnested tags repaired, SVG and
// MathML in their own namespaces. Offsets are bytes of the parsed text, so
// what the allow-list removes can be traced back to the Markdown source.
//
// Call it only on text that passed check_html_budget() (html_budget.hpp): the
// algorithm is quadratic in the depth of unclosed tags.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace wt::markdown::detail {

struct HtmlAttribute {
  std::string name;   ///< lower case, as the parser stores it ("onmouseover", "href")
  std::string value;  ///< character references decoded
  size_t offset = 0;  ///< where the name starts
};

struct HtmlNode {
  enum class Kind { Element, Text, Comment };
  Kind kind = Kind::Text;
  std::string tag;            ///< Element: lower-case name ("div", "svg", "animate", "x-foo")
  bool html = true;           ///< Element: in the HTML namespace (false for SVG and MathML)
  std::vector<HtmlAttribute> attributes;
  std::string text;           ///< Text and Comment: characters, references decoded
  size_t offset = 0;          ///< start tag, or first character
  std::vector<HtmlNode> children;
};

/// Parses `html` as the content of a <div>.
std::vector<HtmlNode> parse_html_fragment(std::string_view html);

}  // namespace wt::markdown::detail
