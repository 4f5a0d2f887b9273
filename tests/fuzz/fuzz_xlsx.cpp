// libFuzzer target: XLSX workbooks (importer/xlsx_reader over zip_archive,
// libzip and pugixml), then the fee, staff and timetable importers on the
// first sheet. The input is the .xlsx file, as it is.
// Invariants: no crash, no time-out and no memory blow-up (each zip entry
// is capped); the sheet is valid UTF-8, within kMaxXlsxCells; an imported
// file is YAML our own reader takes back.
#include <string>

#include "core/yaml_document.hpp"
#include "importer/fee_import.hpp"
#include "importer/staff_import.hpp"
#include "importer/timetable_import.hpp"
#include "importer/xlsx_reader.hpp"
#include "fuzz_generator_support.hpp"

using namespace wt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(wt_fuzz::as_text(data, size));
  DiagnosticSink sink;
  auto sheet = importer::read_xlsx(bytes, "in.xlsx", "", sink);
  FUZZ_CHECK(sheet.has_value() == !sink.has_errors());
  if (!sheet) return 0;
  size_t cells = 0;
  for (const auto& row : sheet->rows) {
    cells += row.size();
    for (const auto& cell : row) FUZZ_CHECK(wt_fuzz::valid_utf8(cell));
  }
  FUZZ_CHECK(cells <= importer::kMaxXlsxCells);
  importer::ImportHints hints;
  for (int which = 0; which < 3; ++which) {
    DiagnosticSink import_sink;
    std::optional<importer::ImportedFile> out =
        which == 0 ? importer::import_fees(*sheet, hints, import_sink)
        : which == 1 ? importer::import_staff(*sheet, hints, import_sink)
                     : importer::import_timetable(*sheet, hints, import_sink);
    if (!out) continue;
    yaml::ParseError error;
    FUZZ_CHECK(wt_fuzz::valid_utf8(out->yaml));
    FUZZ_CHECK(yaml::parse(out->yaml, &error).has_value());
  }
  return 0;
}
