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

bool yaml_value_may_start(const std::string& text, size_t pos) {
  size_t j = pos;
  while (j > 0 && (text[j - 1] == ' ' || text[j - 1] == '\t')) --j;
  if (j == 0 || text[j - 1] == '\n') return true;
  const char c = text[j - 1];
  return c == ':' || c == '-' || c == '[' || c == ',' || c == '{' || c == '?';
}

size_t find_unclosed_quote(const std::string& text) {
  size_t i = 0, n = text.size();
  // A quote opens a scalar only where a value may start.
  auto value_start = [&](size_t pos) { return yaml_value_may_start(text, pos); };
  while (i < n) {
    char c = text[i];
    if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n')) {
      while (i < n && text[i] != '\n') ++i;  // comment
      continue;
    }
    if ((c == '"' || c == '\'') && value_start(i)) {
      size_t open = i++;
      bool closed = false;
      while (i < n) {
        if (c == '"' && text[i] == '\\') { i += 2; continue; }
        if (text[i] == c) {
          if (c == '\'' && i + 1 < n && text[i + 1] == '\'') { i += 2; continue; }
          closed = true;
          ++i;
          break;
        }
        ++i;
      }
      if (!closed) return open;
      continue;
    }
    ++i;
  }
  return std::string::npos;
}

}  // namespace wt
