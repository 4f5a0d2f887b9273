#include "cli/command_import.hpp"

#include <iostream>

#include "core/date.hpp"
#include "importer/cell_values.hpp"
#include "importer/import.hpp"

namespace wt::cli {
namespace {

const char* kUsage =
    "usage: webtruong import timetable|fees|staff FILE [-o OUT] [--sheet NAME] [--school-year YYYY-YYYY]\n"
    "                        [--semester N] [--effective DD/MM/YYYY] [--force]\n\n"
    "Reads a spreadsheet (.xlsx, or .csv in UTF-8 with commas or semicolons) and writes one data file:\n"
    "  timetable  data/thoi-khoa-bieu/hk<N>-<YYYY-YYYY>.yaml   (a grid with one column per class, or a list)\n"
    "  fees       data/khoan-thu/<YYYY-YYYY>.yaml\n"
    "  staff      data/to-chuc.yaml   (columns Họ tên, Chức vụ, Điện thoại, Email, Nhiệm vụ, Tổ)\n"
    "Nothing is written when any row is bad.\n\n"
    "  -o, --output OUT       the file to write (or a folder for it); default: the usual path under ./data\n"
    "  --sheet NAME           the sheet of an XLSX file to read (default: the first)\n"
    "  --school-year Y-Y      the school year, when the sheet's title and file name do not say it\n"
    "  --semester N           timetable: the semester, 1 or 2\n"
    "  --effective DATE       timetable: the date it applies from, dd/mm/yyyy\n"
    "  --force                replace the file if it exists\n";

int usage_error(const std::string& msg) {
  std::cerr << "webtruong import: " << msg << "\n\n" << kUsage;
  return 2;
}

}  // namespace

int command_import(const std::vector<std::string>& args) {
  importer::ImportOptions opt;
  std::string kind;
  bool have_file = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    std::string v;
    auto value = [&](const char* what) {
      if (i + 1 >= args.size()) return false;
      v = args[++i];
      return !v.empty() || what == nullptr;
    };
    if (a == "-h" || a == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (a == "-o" || a == "--output") {
      if (!value("file")) return usage_error("'" + a + "' needs a file or folder");
      opt.out = v;
    } else if (a == "--sheet") {
      if (!value("name")) return usage_error("'--sheet' needs a sheet name");
      opt.sheet = v;
    } else if (a == "--school-year") {
      if (!value("year")) return usage_error("'--school-year' needs a school year such as 2025-2026");
      auto y = importer::find_school_year(v);
      if (!y || *y != v) return usage_error("'--school-year' should be two consecutive years, such as 2025-2026");
      opt.hints.school_year = v;
    } else if (a == "--semester") {
      if (!value("n")) return usage_error("'--semester' needs 1 or 2");
      if (v != "1" && v != "2") return usage_error("'--semester' should be 1 or 2, not '" + v + "'");
      opt.hints.semester = v[0] - '0';
    } else if (a == "--effective") {
      if (!value("date")) return usage_error("'--effective' needs a date, dd/mm/yyyy");
      auto d = importer::normalise_vn_date(v);
      if (!d) return usage_error("'--effective' should be a real date written dd/mm/yyyy, not '" + v + "'");
      opt.hints.effective = *d;
    } else if (a == "--force") {
      opt.force = true;
    } else if (!a.empty() && a[0] == '-') {
      return usage_error("unknown option '" + a + "'");
    } else if (kind.empty()) {
      kind = a;
    } else if (!have_file) {
      opt.input = a;
      have_file = true;
    } else {
      return usage_error("only one file can be imported at a time");
    }
  }
  if (kind == "timetable") opt.kind = importer::ImportKind::Timetable;
  else if (kind == "fees") opt.kind = importer::ImportKind::Fees;
  else if (kind == "staff") opt.kind = importer::ImportKind::Staff;
  else if (kind.empty()) return usage_error("say what the file holds: timetable, fees or staff");
  else return usage_error("'" + kind + "' is not something to import; use timetable, fees or staff");
  if (!have_file) return usage_error("which file? give the spreadsheet to import");
  if (opt.hints.effective.size() && opt.kind != importer::ImportKind::Timetable)
    return usage_error("'--effective' applies to timetables only");

  DiagnosticSink sink;
  auto report = importer::run_import(opt, sink);
  for (const auto& d : importer::in_sheet_order(sink)) std::cerr << format_diagnostic(d) << "\n";
  if (!report) {
    size_t n = sink.error_count();
    std::cerr << "webtruong: import failed with " << n << (n == 1 ? " error" : " errors") << "; nothing was written\n";
    return 1;
  }
  std::cerr << "webtruong: wrote " << report->written.string() << " (" << report->records
            << (opt.kind == importer::ImportKind::Timetable ? " lessons" : opt.kind == importer::ImportKind::Fees ? " fees" : " people")
            << ")\n";
  return 0;
}

}  // namespace wt::cli
