// The tree gumbo would build for a page, built without gumbo when the page
// needs none of HTML5's error recovery.
//
// gumbo reads about 20 MB/s; most pages a crawl meets are well-formed output
// of a generator or CMS template, whose tree a plain tokenizer and an
// open-element stack build exactly. FastTree does that, in gumbo's own node
// structs (GumboNode, GumboAttribute), so page_extract.cpp reads either tree
// with the same code. It follows gumbo 0.10's tree construction for the
// cases it accepts (implied html/head/body/tbody, implied end tags of p, li,
// dd, dt, option, cells and rows, raw text and RCDATA elements, character
// references) and declines everything else: misnested or unclosed formatting
// elements, content a table would foster-parent, foreign content (svg, math),
// templates, framesets, character references it does not know, NUL bytes,
// nesting deeper than the caller's cap... The caller then parses the page
// with gumbo. Comments are not in the tree; adjacent text nodes are merged.
//
//   FastTree tree;
//   if (const GumboNode* doc = tree.build(utf8_html, 1000)) walk(doc);
//   else { parse with gumbo; tree.declined() says why, for tests }
//
// The input must be valid UTF-8. Not thread-safe: one FastTree per thread.
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <string_view>

namespace wt::audit {

class FastTree {
 public:
  FastTree();
  ~FastTree();
  FastTree(const FastTree&) = delete;
  FastTree& operator=(const FastTree&) = delete;

  /// The document node of `html`'s tree, or nullptr when the page needs
  /// gumbo. Valid until the next build() or the FastTree's end. Declines when
  /// elements nest deeper than `max_depth`.
  const GumboNode* build(std::string_view html, size_t max_depth);

  /// Why the last build() declined ("misnested </b>", "svg" ...), "" when it did not.
  std::string_view declined() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace wt::audit
