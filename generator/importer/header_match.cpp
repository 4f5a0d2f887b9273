#include "importer/header_match.hpp"

#include "core/text.hpp"

namespace wt::importer {

std::string header_key(std::string_view text) {
  std::string without;
  int depth = 0;
  for (char c : text) {
    if (c == '(') ++depth;
    else if (c == ')' && depth > 0) --depth;
    else if (depth == 0) without += c;
  }
  return slugify(without);
}

std::optional<Header> find_header(const Sheet& sheet, const std::vector<ColumnSpec>& specs,
                                  const std::vector<std::string>& required, size_t scan_rows) {
  for (size_t r = 0; r < sheet.rows.size() && r < scan_rows; ++r) {
    Header h;
    h.row = r;
    for (size_t c = 0; c < sheet.rows[r].size(); ++c) {
      const std::string& cell = sheet.rows[r][c];
      if (trim(cell).empty()) continue;
      std::string key = header_key(cell);
      bool claimed = false;
      for (const auto& spec : specs) {
        if (h.columns.count(spec.field)) continue;
        for (const auto& k : spec.keys)
          if (k == key) claimed = true;
        if (claimed) {
          h.columns[spec.field] = c;
          break;
        }
      }
      if (!claimed) h.unmatched.push_back(c);
    }
    bool all = true;
    for (const auto& f : required) all = all && h.columns.count(f) > 0;
    if (all) return h;
  }
  return std::nullopt;
}

std::string title_text(const Sheet& sheet, size_t header_row) {
  std::string out;
  for (size_t r = 0; r < header_row && r < sheet.rows.size(); ++r) {
    std::string line;
    for (const auto& cell : sheet.rows[r])
      if (!trim(cell).empty() && line.find(cell) == std::string::npos) line += (line.empty() ? "" : " ") + trim(cell);
    if (!line.empty()) out += line + "\n";
  }
  return out;
}

}  // namespace wt::importer
