// The importer's CSV reader: data::read_csv (the one CSV tokenizer) turned
// into a Sheet, after checking that the bytes are UTF-8 at all.
#include "importer/csv_reader.hpp"

#include "core/text.hpp"
#include "data/csv_reader.hpp"

namespace wt::importer {
namespace {

/// Byte offset of the first invalid UTF-8 sequence, or npos.
size_t first_invalid_utf8(const std::string& s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = s[i];
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > n) return i;
    if (len > 1 && !is_valid_utf8(std::string_view(s).substr(i, len))) return i;
    i += len;
  }
  return std::string::npos;
}

}  // namespace

std::optional<Sheet> read_csv(const std::string& bytes, const std::string& file, DiagnosticSink& sink) {
  std::string text = bytes.rfind("\xEF\xBB\xBF", 0) == 0 ? bytes.substr(3) : bytes;
  if (size_t bad = first_invalid_utf8(text); bad != std::string::npos) {
    Position at = position_in(file, text, bad);
    at.column = 0;
    sink.error(at, "import.csv.encoding",
               "this file is not UTF-8 text (perhaps Windows-1258 or TCVN3); save it from Excel as "
               "'CSV UTF-8 (Comma delimited)' or as .xlsx");
    return std::nullopt;
  }
  data::CsvError err;
  auto table = data::read_csv(text, &err);
  if (!table) {
    sink.error({file, err.line, err.column}, "import.csv.syntax", err.message);
    return std::nullopt;
  }
  Sheet sheet;
  sheet.file = file;
  for (auto& row : table->rows) {
    std::vector<std::string> cells;
    cells.reserve(row.size());
    for (auto& c : row) cells.push_back(to_nfc(c.text));
    sheet.rows.push_back(std::move(cells));
    sheet.lines.push_back(row.empty() ? 0 : row.front().line);
  }
  return sheet;
}

}  // namespace wt::importer
