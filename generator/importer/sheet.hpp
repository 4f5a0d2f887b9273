// Sheet: one table of text read from a spreadsheet (a CSV file or one
// worksheet of an XLSX workbook), and where each of its cells came from.
//
// Readers fill `rows` densely from A1 (row 0, column 0); every value is
// NFC UTF-8 text (numbers as written, dates as dd/mm/yyyy). Importers report
// problems at where(row, col), which prints the way the user finds the cell:
//
//   CSV:  fees.csv:4:2          (line of the record, field number)
//   XLSX: tkb.xlsx:Sheet1!C7    (sheet name and cell reference)
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace wt::importer {

struct Sheet {
  std::string file;                         ///< The input file as the user named it.
  std::string name;                         ///< Worksheet name; empty for CSV.
  std::vector<std::vector<std::string>> rows;
  std::vector<int> lines;                   ///< CSV: 1-based line where each row starts.

  /// The cell's text, "" when outside the table.
  const std::string& at(size_t row, size_t col) const;
  /// The number of columns of the widest row.
  size_t width() const;
  /// Where cell (row, col), both 0-based, is, for a diagnostic.
  Position where(size_t row, size_t col) const;
  /// The cell's reference as the user reads it: "C7" (XLSX) or "line 4, field 2" (CSV).
  std::string cell_name(size_t row, size_t col) const;
};

/// Spreadsheet column letters of a 0-based column: 0 -> "A", 27 -> "AB".
std::string column_letters(size_t col);

}  // namespace wt::importer
