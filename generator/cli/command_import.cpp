#include "cli/command_import.hpp"

#include <filesystem>
#include <iostream>
#include <optional>

#include "core/date.hpp"
#include "core/message_catalog.hpp"
#include "importer/cell_values.hpp"
#include "importer/import.hpp"
#include "plugin/option_parser.hpp"

namespace wt::cli {
namespace {

const plugin::OptionParser& parser() {
  static const plugin::OptionParser p(
      "import", "timetable|fees|staff FILE [options]",
      "Reads a spreadsheet (.xlsx, or .csv in UTF-8 with commas or semicolons) and writes one data file:\n"
      "  timetable  data/thoi-khoa-bieu/hk<N>-<YYYY-YYYY>.yaml   (a grid with one column per class, or a list)\n"
      "  fees       data/khoan-thu/<YYYY-YYYY>.yaml\n"
      "  staff      data/to-chuc.yaml   (columns Họ tên, Chức vụ, Điện thoại, Email, Nhiệm vụ, Tổ)\n"
      "Nothing is written when any row is bad.",
      {{"--output", "-o", "OUT", "the file to write (or a folder for it); default: the usual path under ./data"},
       {"--sheet", "", "NAME", "the sheet of an XLSX file to read (default: the first)"},
       {"--school-year", "", "Y-Y", "the school year, when the sheet's title and file name do not say it"},
       {"--semester", "", "N", "timetable: the semester, 1 or 2"},
       {"--effective", "", "DATE", "timetable: the date it applies from, dd/mm/yyyy"},
       {"--force", "", "", "replace the file if it exists"}});
  return p;
}

/// The nearest folder from `dir` upwards that holds a site.yaml.
std::optional<std::filesystem::path> site_folder_above(std::filesystem::path dir) {
  std::error_code ec;
  for (int depth = 0; depth < 64; ++depth) {
    if (std::filesystem::is_regular_file(dir / "site.yaml", ec)) return dir;
    if (!dir.has_parent_path() || dir.parent_path() == dir) break;
    dir = dir.parent_path();
  }
  return std::nullopt;
}

/// `path` as the user would type it from here: relative when it is below the current folder.
std::string shown_path(const std::filesystem::path& path) {
  std::error_code ec;
  if (path.is_relative()) return path.lexically_normal().string();
  auto rel = std::filesystem::relative(path, std::filesystem::current_path(ec), ec);
  if (ec || rel.empty()) return path.string();
  return rel.string();
}

}  // namespace

int command_import(const std::vector<std::string>& args) {
  const auto& p = parser();
  auto usage_error = [&](const std::string& msg) { return p.usage_error(msg); };
  std::string error;
  auto opts = p.parse(args, &error);
  if (!opts) return usage_error(error);
  if (opts->help) {
    std::cout << p.usage();
    return 0;
  }
  if (opts->positional.size() > 2) return usage_error("only one file can be imported at a time");
  importer::ImportOptions opt;
  std::string kind = opts->positional.empty() ? "" : opts->positional[0];
  const bool have_file = opts->positional.size() == 2;
  if (have_file) opt.input = opts->positional[1];
  if (opts->has("--output")) {
    opt.out = opts->get("--output");
    if (opt.out->empty()) return usage_error("'--output' needs a file or a folder");
  } else {
    // Inside a site (here or in a folder above there is a site.yaml): its data/.
    auto root = site_folder_above(std::filesystem::current_path());
    if (!root)
      return usage_error(
          "there is no site.yaml here or in a folder above: run import inside the site's folder, or say where to "
          "write with -o");
    std::error_code ec;
    opt.site_dir = std::filesystem::equivalent(*root, ".", ec) ? std::filesystem::path(".") : *root;
  }
  opt.sheet = opts->get("--sheet");
  opt.force = opts->has("--force");
  if (opts->has("--school-year")) {
    const std::string v = opts->get("--school-year");
    auto y = importer::find_school_year(v);
    if (!y || *y != v) return usage_error("'--school-year' should be two consecutive years, such as 2025-2026");
    opt.hints.school_year = v;
  }
  if (opts->has("--semester")) {
    const std::string v = opts->get("--semester");
    if (v != "1" && v != "2") return usage_error("'--semester' should be 1 or 2, not '" + v + "'");
    opt.hints.semester = v[0] - '0';
  }
  if (opts->has("--effective")) {
    const std::string v = opts->get("--effective");
    auto d = importer::normalise_vn_date(v);
    if (!d) return usage_error("'--effective' should be a real date written dd/mm/yyyy, not '" + v + "'");
    opt.hints.effective = *d;
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
    std::cerr << "webtruong: "
              << localized("cli.import", "import failed with " + std::to_string(n) + (n == 1 ? " error" : " errors") +
                                             "; nothing was written")
              << "\n";
    return 1;
  }
  const char* what = opt.kind == importer::ImportKind::Timetable ? " lessons"
                     : opt.kind == importer::ImportKind::Fees    ? " fees"
                                                                 : " people";
  std::cerr << "webtruong: "
            << localized("cli.import", "wrote " + shown_path(report->written) + " (" + std::to_string(report->records) +
                                           what + ")")
            << "\n";
  return 0;
}

}  // namespace wt::cli
