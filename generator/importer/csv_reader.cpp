// The importer's CSV reader: data::read_csv (the one CSV tokenizer) turned
// into a Sheet, after checking that the bytes are UTF-8 at all.
#include "importer/csv_reader.hpp"

#include "core/text.hpp"
#include "data/csv_reader.hpp"

namespace wt::importer {

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
