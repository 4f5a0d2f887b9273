// libFuzzer target: CSV, as site data (data::read_csv, data::load_csv) and
// as `webtruong import` reads it (importer::read_csv, then the fee, staff
// and timetable importers on the sheet). The input is the file.
// Invariants: no crash; read_csv's cells are numbered in order and placed
// on a line of the text; the importer's sheet is valid UTF-8; an imported
// file is YAML our own reader takes back; every diagnostic of the data
// loader names the file and a line of it.
#include <string>

#include "core/yaml_document.hpp"
#include "data/csv_loader.hpp"
#include "data/csv_reader.hpp"
#include "importer/csv_reader.hpp"
#include "importer/fee_import.hpp"
#include "importer/staff_import.hpp"
#include "importer/timetable_import.hpp"
#include "fuzz_generator_support.hpp"

using namespace wt;

namespace {

// Lines as the CSV reader counts them: CRLF, LF and a lone CR each end one.
int csv_line_count(std::string_view text) {
  int n = 1;
  for (size_t i = 0; i < text.size(); ++i)
    n += text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'));
  return n;
}

void check_imported(const std::optional<importer::ImportedFile>& out) {
  if (!out) return;
  yaml::ParseError error;
  FUZZ_CHECK(wt_fuzz::valid_utf8(out->yaml));
  FUZZ_CHECK(yaml::parse(out->yaml, &error).has_value());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(wt_fuzz::as_text(data, size));
  const int lines = csv_line_count(text);

  data::CsvError error;
  if (auto table = data::read_csv(text, &error)) {
    for (const auto& row : table->rows) {
      FUZZ_CHECK(!row.empty());
      for (size_t i = 0; i < row.size(); ++i) {
        FUZZ_CHECK(row[i].field == static_cast<int>(i) + 1);
        FUZZ_CHECK(row[i].line >= 1 && row[i].line <= lines);
        FUZZ_CHECK(row[i].column >= 1);
      }
    }
  } else {
    FUZZ_CHECK(!error.message.empty());
    FUZZ_CHECK(error.line >= 0 && error.line <= lines);
  }

  DiagnosticSink load_sink;
  data::load_csv("data/khoan-thu/2025-2026.csv", text, "items", data::SchemaJson::object(), load_sink);
  wt_fuzz::check_diagnostics(load_sink, "data/khoan-thu/2025-2026.csv", lines);

  DiagnosticSink sink;
  auto sheet = importer::read_csv(text, "in.csv", sink);
  if (!sheet) return 0;
  for (const auto& row : sheet->rows)
    for (const auto& cell : row) FUZZ_CHECK(wt_fuzz::valid_utf8(cell));
  importer::ImportHints hints;
  hints.file_stem = "tkb-hk1-2025-2026";
  check_imported(importer::import_fees(*sheet, hints, sink));
  check_imported(importer::import_staff(*sheet, hints, sink));
  check_imported(importer::import_timetable(*sheet, hints, sink));
  return 0;
}
