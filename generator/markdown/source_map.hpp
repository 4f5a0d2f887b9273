// Positions in a Markdown body mapped back to the content file (internal to
// the markdown module).
//
//   detail::SourceMap map(body, "content/tin-tuc/a.md", front_matter_lines);
//   sink.warning(map.at_node(node), ...);            // where cmark says a node starts
//   sink.error(map.at_offset(byte_offset), ...);      // a byte of the body
//
// Lines are 1-based and shifted by the number of lines before the body (the
// front matter); columns are counted in code points, as every diagnostic is.
// The line index is built on first use, so bodies without diagnostics pay
// nothing.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.hpp"

struct cmark_node;

namespace wt::markdown::detail {

class SourceMap {
 public:
  SourceMap(std::string_view source, const std::string& file, int line_offset)
      : source_(source), file_(file), line_offset_(line_offset) {}

  std::string_view source() const { return source_; }
  /// Position of byte `offset` of the body (clipped to its end).
  Position at_offset(size_t offset);
  /// Byte offset of a node's start as cmark reports it (clipped to the body).
  size_t offset_of(cmark_node* node);
  Position at_node(cmark_node* node) { return at_offset(offset_of(node)); }
  /// Byte offset where 1-based `line` starts (the end of the body past the last line).
  size_t line_start(int line);
  /// Where `text` (a link destination) is written for `node`: within the
  /// node, the next occurrence not already used by an earlier node with the
  /// same text; else in a link reference definition; else the node itself.
  Position locate(cmark_node* node, const std::string& text);

 private:
  void index_lines();
  bool in_reference_definition(size_t at);

  std::string_view source_;
  const std::string& file_;
  int line_offset_;
  std::vector<size_t> line_starts_;
  std::unordered_map<std::string, size_t> next_search_;
};

}  // namespace wt::markdown::detail
