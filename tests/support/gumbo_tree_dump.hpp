// A gumbo tree as text, to compare FastTree's tree with gumbo's
// (tests/unit/audit_html/fast_tree_test.cpp, tests/fuzz/fuzz_fast_tree.cpp).
//
// One line per element (tag and attributes in order), one quoted run per
// text: comments are left out and adjacent text nodes merged, as FastTree
// promises nothing more.
//
//   CHECK(wt_test::dump_tree(tree.build(html, 1000)) == wt_test::gumbo_tree(html));
#pragma once

#include <gumbo.h>

#include <memory>
#include <string>
#include <string_view>

namespace wt_test {

inline void dump_tree(const GumboNode* n, std::string& out, bool& in_text) {
  auto children = [&](const GumboVector& v) {
    for (unsigned i = 0; i < v.length; ++i) dump_tree(static_cast<const GumboNode*>(v.data[i]), out, in_text);
  };
  switch (n->type) {
    case GUMBO_NODE_DOCUMENT:
      out += "#document\n";
      children(n->v.document.children);
      return;
    case GUMBO_NODE_COMMENT:
      return;
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
      if (!in_text) out += "\"";
      in_text = true;
      out += n->v.text.text;
      return;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
      if (in_text) out += "\"\n";
      in_text = false;
      const GumboElement& e = n->v.element;
      out += "<";
      if (e.tag_namespace != GUMBO_NAMESPACE_HTML) out += "ns:";
      out += e.tag == GUMBO_TAG_UNKNOWN ? "unknown" : gumbo_normalized_tagname(e.tag);
      for (unsigned i = 0; i < e.attributes.length; ++i) {
        const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
        out += " ";
        out += a->name;
        out += "=[";
        out += a->value;
        out += "]";
      }
      out += ">\n";
      children(e.children);
      if (in_text) out += "\"\n";
      in_text = false;
      out += "</>\n";
      return;
    }
  }
}

inline std::string dump_tree(const GumboNode* document) {
  std::string out;
  bool in_text = false;
  dump_tree(document, out, in_text);
  if (in_text) out += "\"\n";
  return out;
}

/// gumbo's tree of `html`, dumped.
inline std::string gumbo_tree(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> out(
      gumbo_parse_with_options(&options, html.data(), html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  return dump_tree(out->document);
}

}  // namespace wt_test
