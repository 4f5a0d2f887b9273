#include "importer/import.hpp"

#include <algorithm>
#include <cstdio>
#include <tuple>

#include "importer/csv_reader.hpp"
#include "importer/data_file.hpp"
#include "importer/fee_import.hpp"
#include "importer/staff_import.hpp"
#include "importer/timetable_import.hpp"
#include "importer/xlsx_reader.hpp"

namespace wt::importer {
namespace {

std::optional<std::string> read_bounded(const std::filesystem::path& path, const std::string& shown,
                                        DiagnosticSink& sink) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    sink.error({shown, 0, 0}, "import.input", "no such file");
    return std::nullopt;
  }
  if (std::filesystem::file_size(path, ec) > kMaxInputBytes) {
    sink.error({shown, 0, 0}, "import.input",
               "this file is larger than " + std::to_string(kMaxInputBytes >> 20) + " MiB; it is too large to import");
    return std::nullopt;
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    sink.error({shown, 0, 0}, "import.input", "cannot read this file");
    return std::nullopt;
  }
  std::string out;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0 && out.size() <= kMaxInputBytes) out.append(buf, n);
  bool ok = !std::ferror(f) && out.size() <= kMaxInputBytes;
  std::fclose(f);
  if (!ok) {
    sink.error({shown, 0, 0}, "import.input", "cannot read this file");
    return std::nullopt;
  }
  return out;
}

bool is_spreadsheet_name(const std::filesystem::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".xlsx" || ext == ".xlsm" || ext == ".xls";
}

/// "tkb.xlsx:Sheet1!C7" -> ("tkb.xlsx:Sheet1", 7, 3); anything else -> (file, 0, 0).
std::tuple<std::string, size_t, size_t> split_cell(const std::string& file) {
  size_t bang = file.rfind('!');
  if (bang == std::string::npos) return {file, 0, 0};
  size_t i = bang + 1, col = 0, row = 0;
  while (i < file.size() && file[i] >= 'A' && file[i] <= 'Z') col = col * 26 + static_cast<size_t>(file[i++] - 'A' + 1);
  size_t digits = i;
  while (i < file.size() && file[i] >= '0' && file[i] <= '9') row = row * 10 + static_cast<size_t>(file[i++] - '0');
  if (col == 0 || digits == i || i != file.size()) return {file, 0, 0};
  return {file.substr(0, bang), row, col};
}

}  // namespace

std::optional<ImportReport> run_import(const ImportOptions& options, DiagnosticSink& sink) {
  std::string shown = options.shown_input.empty() ? options.input.string() : options.shown_input;
  auto bytes = read_bounded(options.input, shown, sink);
  if (!bytes) return std::nullopt;
  bool xlsx = bytes->rfind("PK", 0) == 0 || bytes->rfind("\xD0\xCF\x11\xE0", 0) == 0 ||
              is_spreadsheet_name(options.input);
  std::optional<Sheet> sheet;
  if (xlsx) {
    sheet = read_xlsx(*bytes, shown, options.sheet, sink);
  } else if (!options.sheet.empty()) {
    sink.error({shown, 0, 0}, "import.input", "--sheet applies to XLSX files; a CSV file has one table");
  } else {
    sheet = read_csv(*bytes, shown, sink);
  }
  if (!sheet) return std::nullopt;
  ImportHints hints = options.hints;
  if (hints.file_stem.empty()) hints.file_stem = options.input.stem().string();
  std::optional<ImportedFile> file;
  switch (options.kind) {
    case ImportKind::Timetable: file = import_timetable(*sheet, hints, sink); break;
    case ImportKind::Fees: file = import_fees(*sheet, hints, sink); break;
    case ImportKind::Staff: file = import_staff(*sheet, hints, sink); break;
  }
  if (!file || sink.has_errors()) return std::nullopt;
  std::filesystem::path target = options.site_dir / "data" / file->path;
  if (options.out) {
    std::error_code ec;
    bool folder = std::filesystem::is_directory(*options.out, ec) || options.out->string().back() == '/';
    target = folder ? *options.out / std::filesystem::path(file->path).filename() : *options.out;
  }
  target = target.lexically_normal();
  if (!write_data_file(target, file->yaml, options.force, sink)) return std::nullopt;
  return ImportReport{target, file->records};
}

std::vector<Diagnostic> in_sheet_order(const DiagnosticSink& sink) {
  std::vector<Diagnostic> out = sink.sorted();
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    auto [fa, ra, ca] = split_cell(a.position.file);
    auto [fb, rb, cb] = split_cell(b.position.file);
    return std::tie(fa, ra, ca, a.position.line, a.position.column) <
           std::tie(fb, rb, cb, b.position.line, b.position.column);
  });
  return out;
}

}  // namespace wt::importer
