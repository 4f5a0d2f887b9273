// XLSX reader: one worksheet of an Excel workbook as a Sheet.
//
// An .xlsx file is a zip (read through ZipArchive) of XML parts, read here
// with pugixml: xl/workbook.xml names the sheets, xl/_rels/workbook.xml.rels
// says which part holds each, xl/sharedStrings.xml holds the text of t="s"
// cells (rich-text runs joined), xl/styles.xml says which cells are dates.
// Cells may be shared strings, inline strings, formula strings, numbers
// (written without a trailing ".0") or booleans (TRUE/FALSE). A merged range
// takes the value of its top-left cell in every cell it covers, so a day
// label merged over five period rows applies to each. Numbers in a cell
// styled as a date (number formats 14-22, or a custom format with d, m, y)
// become dd/mm/yyyy.
//
// Limits: each zip entry at most kMaxXlsxEntryBytes once unpacked, a sheet
// at most kMaxXlsxCells cells (rows x columns up to the last value).
#pragma once

#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "importer/sheet.hpp"

namespace wt::importer {

inline constexpr size_t kMaxXlsxEntryBytes = size_t{50} << 20;
inline constexpr size_t kMaxXlsxCells = 1'000'000;

/// The worksheet called `sheet_name` (the first sheet when empty), or nullopt
/// with an error in `sink`.
std::optional<Sheet> read_xlsx(const std::string& bytes, const std::string& file, const std::string& sheet_name,
                               DiagnosticSink& sink);

/// Excel's date serial number as dd/mm/yyyy (1900 system, or 1904 when `date1904`);
/// "" when out of range.
std::string excel_serial_date(double serial, bool date1904 = false);

}  // namespace wt::importer
