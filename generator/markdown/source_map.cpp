#include "markdown/source_map.hpp"

#include <cmark-gfm.h>

#include <algorithm>

namespace wt::markdown::detail {

void SourceMap::index_lines() {
  if (!line_starts_.empty()) return;
  line_starts_.push_back(0);
  for (size_t i = source_.find('\n'); i != std::string_view::npos; i = source_.find('\n', i + 1)) {
    line_starts_.push_back(i + 1);
  }
}

Position SourceMap::at_offset(size_t offset) {
  index_lines();
  offset = std::min(offset, source_.size());
  size_t index = static_cast<size_t>(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) -
                                     line_starts_.begin()) - 1;
  size_t start = line_starts_[index];
  size_t end = source_.find('\n', start);
  std::string line(source_.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
  return {file_, static_cast<int>(index) + 1 + line_offset_, code_point_column(line, offset - start)};
}

size_t SourceMap::line_start(int line) {
  index_lines();
  if (line < 1) return 0;
  if (static_cast<size_t>(line) > line_starts_.size()) return source_.size();
  return line_starts_[static_cast<size_t>(line) - 1];
}

size_t SourceMap::offset_of(cmark_node* node) {
  int line = std::max(1, cmark_node_get_start_line(node));
  int column = std::max(1, cmark_node_get_start_column(node));
  return std::min(source_.size(), line_start(line) + static_cast<size_t>(column) - 1);
}

// True when `at` is the destination of a link reference definition
// ("[ref]: url" or "[ref]: <url>").
bool SourceMap::in_reference_definition(size_t at) {
  size_t start = source_.rfind('\n', at == 0 ? 0 : at - 1);
  start = (start == std::string_view::npos || at == 0) ? 0 : start + 1;
  std::string_view before = source_.substr(start, at - start);
  while (!before.empty() && (before.back() == ' ' || before.back() == '\t' || before.back() == '<')) {
    before.remove_suffix(1);
  }
  return before.size() >= 2 && before.substr(before.size() - 2) == "]:";
}

Position SourceMap::locate(cmark_node* node, const std::string& text) {
  // Within the node (to the end of its last line: cmark's inline columns do
  // not count the indentation of continuation lines), after what earlier
  // nodes with the same text used.
  size_t node_offset = offset_of(node);
  size_t end = line_start(std::max(cmark_node_get_end_line(node), cmark_node_get_start_line(node)) + 1);
  size_t& used_until = next_search_[text];
  size_t found = source_.find(text, std::max(node_offset, used_until));
  if (found != std::string_view::npos && found + text.size() <= end) {
    used_until = found + text.size();
    return at_offset(found);
  }
  // A reference link: its destination is written in a definition elsewhere.
  for (found = source_.find(text); found != std::string_view::npos; found = source_.find(text, found + 1)) {
    if (in_reference_definition(found)) return at_offset(found);
  }
  return at_node(node);  // written differently (entities, escapes): the link itself
}

}  // namespace wt::markdown::detail
