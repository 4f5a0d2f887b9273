#include "core/yaml_position.hpp"

namespace wt {

Position yaml_position(const std::string& file, const std::string& text, int mark_line, int mark_column,
                       int line_offset) {
  if (mark_line < 0) return {file, line_offset > 0 ? line_offset + 1 : 0, 0};
  size_t start = 0;
  for (int l = 0; l < mark_line && start != std::string::npos; ++l) {
    start = text.find('\n', start);
    if (start != std::string::npos) ++start;
  }
  if (start == std::string::npos) return {file, mark_line + 1 + line_offset, mark_column + 1};
  size_t end = text.find('\n', start);
  std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
  return {file, mark_line + 1 + line_offset, code_point_column(line, static_cast<size_t>(mark_column))};
}

}  // namespace wt
