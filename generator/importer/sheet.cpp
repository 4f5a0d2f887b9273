#include "importer/sheet.hpp"

#include <algorithm>

namespace wt::importer {

const std::string& Sheet::at(size_t row, size_t col) const {
  static const std::string kEmpty;
  if (row >= rows.size() || col >= rows[row].size()) return kEmpty;
  return rows[row][col];
}

size_t Sheet::width() const {
  size_t w = 0;
  for (const auto& r : rows) w = std::max(w, r.size());
  return w;
}

Position Sheet::where(size_t row, size_t col) const {
  if (name.empty()) {
    int line = row < lines.size() ? lines[row] : static_cast<int>(row) + 1;
    return {file, line, static_cast<int>(col) + 1};
  }
  return {file + ":" + name + "!" + cell_name(row, col), 0, 0};
}

std::string Sheet::cell_name(size_t row, size_t col) const {
  if (name.empty()) {
    int line = row < lines.size() ? lines[row] : static_cast<int>(row) + 1;
    return "line " + std::to_string(line) + ", field " + std::to_string(col + 1);
  }
  return column_letters(col) + std::to_string(row + 1);
}

std::string column_letters(size_t col) {
  std::string out;
  size_t n = col + 1;
  while (n > 0) {
    size_t rem = (n - 1) % 26;
    out.insert(out.begin(), static_cast<char>('A' + rem));
    n = (n - 1) / 26;
  }
  return out;
}

}  // namespace wt::importer
