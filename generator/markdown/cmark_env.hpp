// cmark-gfm set-up for the markdown module (internal; other modules use markdown.hpp).
//
// ParsedDocument parses one Markdown text with the GFM extensions table,
// strikethrough, autolink and tasklist attached, owns the tree, and
// renders it (after edits) to HTML:
//
//   detail::ParsedDocument doc(source, CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8);
//   edit(doc.root());
//   std::string html = doc.render_html(options);
//
// Thread safety. cmark-gfm 0.29 keeps two kinds of global state:
//  * the extension registry, filled by cmark_gfm_core_extensions_ensure_registered()
//    (not locked); we register once under std::call_once, after which it is only read;
//  * the inline parser's SPECIAL_CHARS / SKIP_CHARS tables (inlines.c). Every
//    cmark_parser_finish() ADDS the inline extensions' characters ('~', ':', 'w')
//    to them and REMOVES them again when done, so one thread finishing makes other
//    threads miss strikethrough and autolinks mid-parse (measured: about half of
//    1,200 parallel renders differed). We override the exported hook
//    cmark_manage_extensions_special_characters(), which the library calls through
//    its PLT, so the characters are added once and never removed. Initialisation
//    checks that the override is really in effect; if it is not (unusual link
//    set-up), cmark_parser_finish() is serialised with a mutex instead.
#pragma once

#include <string>
#include <string_view>
#include <vector>

struct cmark_node;
struct cmark_parser;

namespace wt::markdown::detail {

class ParsedDocument {
 public:
  /// Parses `source` with `options` (CMARK_OPT_* flags) and the GFM extensions.
  ParsedDocument(std::string_view source, int options);
  ~ParsedDocument();
  ParsedDocument(const ParsedDocument&) = delete;
  ParsedDocument& operator=(const ParsedDocument&) = delete;

  cmark_node* root() const { return root_; }
  /// Unlinks `node` from the tree and frees it when the document is destroyed.
  /// Use this, not cmark_node_free, for nodes whose children were moved elsewhere:
  /// inline literals may point into their parent block's text buffer.
  void retire(cmark_node* node);
  /// HTML of the tree as it is now (edits included).
  std::string render_html(int options) const;

 private:
  cmark_parser* parser_ = nullptr;
  cmark_node* root_ = nullptr;
  std::vector<cmark_node*> retired_;
};

/// True when parses run fully in parallel (the special-character override is in
/// effect); false when cmark_parser_finish() is serialised. For tests and logs.
bool parses_in_parallel();

}  // namespace wt::markdown::detail
