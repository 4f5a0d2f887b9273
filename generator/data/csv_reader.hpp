// A small RFC 4180 reader for the CSV files teachers export from a
// spreadsheet.
//
//   wt::data::CsvError err;
//   auto table = wt::data::read_csv("item;amount\r\nNước uống;\"10.000\"\r\n", &err);
//   table->separator == ';';  table->rows[1][1].text == "10.000";
//
// Handles quoted values (with separators, doubled quotes "" and line breaks
// inside), CRLF, LF or CR line ends, a UTF-8 byte order mark, and a comma or
// semicolon (Excel in Vietnamese locales) or tab separator chosen from the
// header row (the one it uses most). It is the one CSV reader of Webtruong:
// site data files and `webtruong import` both read through it.
// Blank lines are skipped; spaces around unquoted values are trimmed. Each
// cell keeps its place: the line and column where it starts, and its field
// number as a spreadsheet shows it (all 1-based).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wt::data {

struct CsvCell {
  std::string text;
  int line = 0;   ///< 1-based line of the file where the cell starts
  int field = 0;  ///< 1-based field number within its row
  int column = 0; ///< 1-based column (code points) where the cell starts on its line
};

struct CsvTable {
  char separator = ',';
  std::vector<std::vector<CsvCell>> rows;  ///< rows[0] is the header
};

struct CsvError {
  std::string message;
  int line = 0;
  int field = 0;
  int column = 0;  ///< 1-based, code points; 0 when the error is about the whole file
};

/// At most this many values in one file (a hostile file cannot exhaust memory).
inline constexpr size_t kMaxCsvCells = 1'000'000;

/// Nullopt (and `error` filled, when not null) on a quote problem or a file
/// over kMaxCsvCells values.
std::optional<CsvTable> read_csv(std::string_view text, CsvError* error);

}  // namespace wt::data
