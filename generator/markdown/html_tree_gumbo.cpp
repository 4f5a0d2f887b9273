// gumbo (Debian libgumbo-dev) behind parse_html_fragment(): the only file of
// the markdown module that includes gumbo.h. gumbo returns no errors to
// handle (malformed input is repaired as the HTML standard says), but
// Debian's 0.10.1 aborts on some SVG or MathML (core/html_foreign.hpp). SVG
// and MathML are removed by the allow-list anyway, so their start tags are
// masked before parsing and the parser never enters foreign content; the
// names are put back on the tree, marked as not HTML. Its text is not
// always UTF-8 (a character reference past U+10FFFF whose digits overflow
// becomes a stray byte: fuzz_markdown), so every string is repaired.
#include <gumbo.h>

#include <cctype>
#include <utility>

#include "core/html_foreign.hpp"
#include "core/utf8.hpp"
#include "markdown/html_tree.hpp"

namespace wt::markdown::detail {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string tag_name(const GumboElement& element) {
  if (element.tag != GUMBO_TAG_UNKNOWN) return lower(gumbo_normalized_tagname(element.tag));
  GumboStringPiece piece = element.original_tag;
  gumbo_tag_from_original_text(&piece);  // "<x-foo a=b>" -> "x-foo"
  return repair_utf8(lower(std::string_view(piece.data ? piece.data : "", piece.length)));
}

// A last guard for the recursion below (and the writer's): the budget
// (html_budget.hpp) keeps trees far shallower; deeper nodes are left out.
constexpr int kMaxDepth = 2048;

HtmlNode convert(const GumboNode& node, int depth);

std::vector<HtmlNode> convert_children(const GumboVector& children, int depth) {
  std::vector<HtmlNode> out;
  if (depth > kMaxDepth) return out;
  out.reserve(children.length);
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_DOCUMENT) continue;
    out.push_back(convert(*child, depth));
  }
  return out;
}

HtmlNode convert(const GumboNode& node, int depth) {
  HtmlNode out;
  switch (node.type) {
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
      const GumboElement& e = node.v.element;
      out.kind = HtmlNode::Kind::Element;
      out.tag = tag_name(e);
      out.html = e.tag_namespace == GUMBO_NAMESPACE_HTML;
      if (auto name = unmask_foreign_name(out.tag)) {
        out.tag = std::string(*name);
        out.html = false;
      }
      out.offset = e.start_pos.offset;
      for (unsigned i = 0; i < e.attributes.length; ++i) {
        const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
        out.attributes.push_back({repair_utf8(lower(a->name)), repair_utf8(a->value), a->name_start.offset});
      }
      out.children = convert_children(e.children, depth + 1);
      break;
    }
    case GUMBO_NODE_COMMENT:
      out.kind = HtmlNode::Kind::Comment;
      out.text = repair_utf8(node.v.text.text);
      out.offset = node.v.text.start_pos.offset;
      break;
    default:  // text, white space, CDATA
      out.kind = HtmlNode::Kind::Text;
      out.text = repair_utf8(node.v.text.text);
      out.offset = node.v.text.start_pos.offset;
      break;
  }
  return out;
}

}  // namespace

std::vector<HtmlNode> parse_html_fragment(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.fragment_context = GUMBO_TAG_DIV;
  options.fragment_namespace = GUMBO_NAMESPACE_HTML;
  options.max_errors = 0;  // parse errors are not reported; the tree is what matters
  std::string text = mask_foreign_roots(html);
  GumboOutput* output = gumbo_parse_with_options(&options, text.data(), text.size());
  std::vector<HtmlNode> nodes;
  if (output && output->root && output->root->type == GUMBO_NODE_ELEMENT) {
    nodes = convert_children(output->root->v.element.children, 0);
  }
  if (output) gumbo_destroy_output(&options, output);
  return nodes;
}

}  // namespace wt::markdown::detail
