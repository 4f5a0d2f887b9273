// RFC 4180 reading, one pass over the text.
#include "data/csv_reader.hpp"

#include "core/text.hpp"

namespace wt::data {

namespace {

char detect_separator(std::string_view text) {
  size_t commas = 0, semicolons = 0, tabs = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    else if (!quoted && (c == '\n' || c == '\r')) break;
    else if (!quoted && c == ',') ++commas;
    else if (!quoted && c == ';') ++semicolons;
    else if (!quoted && c == '\t') ++tabs;
  }
  if (semicolons > commas && semicolons >= tabs) return ';';
  if (tabs > commas && tabs > semicolons) return '\t';
  return ',';
}

bool fail(CsvError* error, std::string message, int line, int field, int column) {
  if (error) *error = {std::move(message), line, field, column};
  return false;
}

}  // namespace

std::optional<CsvTable> read_csv(std::string_view text, CsvError* error) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  CsvTable table;
  table.separator = detect_separator(text);
  const char sep = table.separator;
  size_t i = 0;
  int line = 1;
  size_t line_start = 0;  // offset of the current line, for columns
  // Columns are counted forward from the last one asked for on the line, so
  // a line of a million values costs linear time.
  size_t counted_to = 0;
  int counted_col = 1;
  auto column_at = [&](size_t offset) {
    if (counted_to < line_start || counted_to > offset) {
      counted_to = line_start;
      counted_col = 1;
    }
    for (; counted_to < offset && counted_to < text.size(); ++counted_to)
      if ((static_cast<unsigned char>(text[counted_to]) & 0xC0) != 0x80) ++counted_col;
    return counted_col;
  };
  std::vector<CsvCell> row;
  // Ends a line break at text[i] (\r\n, \n or \r); returns false when there is none.
  auto line_break = [&]() {
    if (i >= text.size()) return false;
    if (text[i] == '\r') {
      ++i;
      if (i < text.size() && text[i] == '\n') ++i;
    } else if (text[i] == '\n') {
      ++i;
    } else {
      return false;
    }
    ++line;
    line_start = i;
    return true;
  };
  auto end_row = [&]() {
    bool blank = row.size() == 1 && row[0].text.empty();
    if (!blank) table.rows.push_back(std::move(row));
    row.clear();
  };
  size_t cells = 0;
  while (i < text.size()) {
    if (++cells > kMaxCsvCells) {
      fail(error, "this file has more than " + std::to_string(kMaxCsvCells) + " values; it is too large", line, 0, 0);
      return std::nullopt;
    }
    CsvCell cell;
    cell.line = line;
    cell.column = column_at(i);
    cell.field = static_cast<int>(row.size()) + 1;
    if (text[i] == '"') {
      ++i;
      bool closed = false;
      while (i < text.size()) {
        char c = text[i];
        if (c == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            cell.text += '"';
            i += 2;
            continue;
          }
          ++i;
          closed = true;
          break;
        }
        if (c == '\r' || c == '\n') {
          line_break();
          cell.text += '\n';
          continue;
        }
        cell.text += c;
        ++i;
      }
      if (!closed) {
        fail(error, "this quoted value is never closed: add the closing \" at its end", cell.line, cell.field, cell.column);
        return std::nullopt;
      }
      while (i < text.size() && text[i] != sep && (text[i] == ' ' || text[i] == '\t')) ++i;
      if (i < text.size() && text[i] != sep && text[i] != '\r' && text[i] != '\n') {
        fail(error,
             "unexpected text after the closing quote of this value: put the whole value in quotes and write a "
             "quote inside it as \"\"",
             cell.line, cell.field, cell.column);
        return std::nullopt;
      }
    } else {
      size_t start = i;
      while (i < text.size() && text[i] != sep && text[i] != '\r' && text[i] != '\n') {
        if (text[i] == '"') {
          fail(error,
               "a quote \" inside a value that does not start with one: put the whole value in quotes and write "
               "the quote as \"\"",
               cell.line, cell.field, cell.column);
          return std::nullopt;
        }
        ++i;
      }
      cell.text = trim(text.substr(start, i - start));
    }
    row.push_back(std::move(cell));
    if (i < text.size() && text[i] == sep) {
      ++i;
      if (i >= text.size()) row.push_back({"", line, static_cast<int>(row.size()) + 1, column_at(i)});
      continue;
    }
    if (line_break() || i >= text.size()) end_row();
  }
  if (!row.empty()) end_row();
  return table;
}

}  // namespace wt::data
