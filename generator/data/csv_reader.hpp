// A small RFC 4180 reader for the CSV files teachers export from a
// spreadsheet.
//
//   wt::data::CsvError err;
//   auto table = wt::data::read_csv("item;amount\r\nNước uống;\"10.000\"\r\n", &err);
//   table->separator == ';';  table->rows[1][1].text == "10.000";
//
// Handles quoted values (with separators, doubled quotes "" and line breaks
// inside), CRLF, LF or CR line ends, a UTF-8 byte order mark, and a comma or
// semicolon separator chosen from the header row (the one it uses more).
// Blank lines are skipped; spaces around unquoted values are trimmed. Each
// cell keeps its place as a spreadsheet shows it: the line where it starts
// and its field number (1-based).
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
};

struct CsvTable {
  char separator = ',';
  std::vector<std::vector<CsvCell>> rows;  ///< rows[0] is the header
};

struct CsvError {
  std::string message;
  int line = 0;
  int field = 0;
};

/// Nullopt (and `error` filled, when not null) on a quote problem.
std::optional<CsvTable> read_csv(std::string_view text, CsvError* error);

}  // namespace wt::data
