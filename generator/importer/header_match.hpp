// Finding a table's header row and its columns by name, the way people
// write them: "Giáo viên", "GIÁO VIÊN", "Giao vien", "Số tiền (đồng)" all
// match. Names are compared as header_key(): diacritics folded
// (wt::fold_diacritics), lower case, text in parentheses dropped, anything
// that is not a letter or digit turned into one '-'.
//
//   std::vector<ColumnSpec> specs = {{"subject", {"mon", "mon-hoc"}}, ...};
//   auto h = find_header(sheet, specs, {"subject"});
//   size_t col = h->columns.at("subject");
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "importer/sheet.hpp"

namespace wt::importer {

struct ColumnSpec {
  std::string field;              ///< What the importer calls the column: "subject".
  std::vector<std::string> keys;  ///< Accepted header_key()s: "mon", "mon-hoc".
};

struct Header {
  size_t row = 0;                           ///< 0-based row of the header.
  std::map<std::string, size_t> columns;    ///< field -> 0-based column.
  std::vector<size_t> unmatched;            ///< Non-empty header cells no spec claimed.
};

/// "Số tiền (đồng)" -> "so-tien".
std::string header_key(std::string_view text);

/// The first of the sheet's top rows (at most `scan_rows`) holding a column
/// for every field in `required`; nullopt when there is none.
std::optional<Header> find_header(const Sheet& sheet, const std::vector<ColumnSpec>& specs,
                                  const std::vector<std::string>& required, size_t scan_rows = 30);

/// The text of the rows above the header (titles such as "THỜI KHÓA BIỂU
/// HỌC KỲ I NĂM HỌC 2025-2026"), one row per line.
std::string title_text(const Sheet& sheet, size_t header_row);

}  // namespace wt::importer
