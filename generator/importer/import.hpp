// The whole of `webtruong import`: read a CSV or XLSX file, turn it into one
// data file (timetable, fee schedule or staff list) and write it, or write
// nothing at all when any row is bad.
//
//   ImportOptions o{ImportKind::Fees, "hoc-phi.xlsx"};
//   auto written = wt::importer::run_import(o, sink);   // ./data/khoan-thu/2025-2026.yaml
//   for (const auto& d : in_sheet_order(sink)) std::cerr << format_diagnostic(d) << "\n";
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "importer/imported_file.hpp"

namespace wt::importer {

enum class ImportKind { Timetable, Fees, Staff };

/// The maximum size of an input file.
inline constexpr size_t kMaxInputBytes = size_t{100} << 20;

struct ImportOptions {
  ImportKind kind = ImportKind::Timetable;
  std::filesystem::path input;
  std::string shown_input;                   ///< How diagnostics name the input; default input.string().
  std::filesystem::path site_dir = ".";      ///< Default output: site_dir/data/<usual path>.
  std::optional<std::filesystem::path> out;  ///< A file, or an existing folder to put the usual file name in.
  std::string sheet;                         ///< XLSX sheet name; default the first.
  ImportHints hints;
  bool force = false;                        ///< Replace an existing file.
};

struct ImportReport {
  std::filesystem::path written;
  size_t records = 0;
};

/// Imports as described above; nullopt (with errors in `sink`) when nothing was written.
std::optional<ImportReport> run_import(const ImportOptions& options, DiagnosticSink& sink);

/// The diagnostics in reading order: by file, then sheet, then row and
/// column (so Sheet1!C7 comes before Sheet1!C10).
std::vector<Diagnostic> in_sheet_order(const DiagnosticSink& sink);

}  // namespace wt::importer
