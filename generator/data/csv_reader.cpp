// RFC 4180 reading, one pass over the text.
#include "data/csv_reader.hpp"

#include "core/text.hpp"

namespace wt::data {

namespace {

char detect_separator(std::string_view text) {
  size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    else if (!quoted && (c == '\n' || c == '\r')) break;
    else if (!quoted && c == ',') ++commas;
    else if (!quoted && c == ';') ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

bool fail(CsvError* error, std::string message, int line, int field) {
  if (error) *error = {std::move(message), line, field};
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
    return true;
  };
  auto end_row = [&]() {
    bool blank = row.size() == 1 && row[0].text.empty();
    if (!blank) table.rows.push_back(std::move(row));
    row.clear();
  };
  while (i < text.size()) {
    CsvCell cell;
    cell.line = line;
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
        fail(error, "this quoted value is never closed: add the closing \" at its end", cell.line, cell.field);
        return std::nullopt;
      }
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
      if (i < text.size() && text[i] != sep && text[i] != '\r' && text[i] != '\n') {
        fail(error,
             "unexpected text after the closing quote of this value: put the whole value in quotes and write a "
             "quote inside it as \"\"",
             cell.line, cell.field);
        return std::nullopt;
      }
    } else {
      size_t start = i;
      while (i < text.size() && text[i] != sep && text[i] != '\r' && text[i] != '\n') {
        if (text[i] == '"') {
          fail(error,
               "a quote \" inside a value that does not start with one: put the whole value in quotes and write "
               "the quote as \"\"",
               cell.line, cell.field);
          return std::nullopt;
        }
        ++i;
      }
      cell.text = trim(text.substr(start, i - start));
    }
    row.push_back(std::move(cell));
    if (i < text.size() && text[i] == sep) {
      ++i;
      if (i >= text.size()) row.push_back({"", line, static_cast<int>(row.size()) + 1});
      continue;
    }
    if (line_break() || i >= text.size()) end_row();
  }
  if (!row.empty()) end_row();
  return table;
}

}  // namespace wt::data
