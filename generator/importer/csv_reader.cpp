#include "importer/csv_reader.hpp"

#include "core/text.hpp"

namespace wt::importer {
namespace {

/// Byte offset of the first invalid UTF-8 sequence, or npos.
size_t first_invalid_utf8(const std::string& s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = s[i];
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > n) return i;
    if (len > 1 && !is_valid_utf8(std::string_view(s).substr(i, len))) return i;
    i += len;
  }
  return std::string::npos;
}

char choose_separator(const std::string& text) {
  size_t commas = 0, semis = 0, tabs = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    else if (!quoted && (c == '\n' || c == '\r')) break;
    else if (!quoted && c == ',') ++commas;
    else if (!quoted && c == ';') ++semis;
    else if (!quoted && c == '\t') ++tabs;
  }
  if (semis > commas && semis >= tabs) return ';';
  if (tabs > commas && tabs > semis) return '\t';
  return ',';
}

}  // namespace

std::optional<Sheet> read_csv(const std::string& bytes, const std::string& file, DiagnosticSink& sink) {
  std::string text = bytes.rfind("\xEF\xBB\xBF", 0) == 0 ? bytes.substr(3) : bytes;
  if (size_t bad = first_invalid_utf8(text); bad != std::string::npos) {
    Position at = position_in(file, text, bad);
    at.column = 0;
    sink.error(at, "import.csv.encoding",
               "this file is not UTF-8 text (perhaps Windows-1258 or TCVN3); save it from Excel as "
               "'CSV UTF-8 (Comma delimited)' or as .xlsx");
    return std::nullopt;
  }
  Sheet sheet;
  sheet.file = file;
  char sep = choose_separator(text);
  std::vector<std::string> row;
  std::string field;
  int line = 1, row_line = 1, quote_line = 0;
  bool quoted = false, field_started = false;
  size_t cells = 0;
  auto end_field = [&] {
    row.push_back(to_nfc(field));
    field.clear();
    field_started = false;
    ++cells;
  };
  auto end_row = [&] {
    end_field();
    bool blank = row.size() == 1 && row[0].empty();
    if (!blank) {
      sheet.rows.push_back(std::move(row));
      sheet.lines.push_back(row_line);
    }
    row.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // keep \n only
        field += c;
      }
      continue;
    }
    if (c == '"' && !field_started) {
      quoted = true;
      field_started = true;
      quote_line = line;
    } else if (c == sep) {
      end_field();
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      end_row();
      ++line;
      row_line = line;
    } else {
      field += c;
      field_started = true;
    }
    if (cells > kMaxCsvCells) {
      sink.error({file, 0, 0}, "import.csv.too-large",
                 "this file has more than " + std::to_string(kMaxCsvCells) + " fields; it is too large to import");
      return std::nullopt;
    }
  }
  if (quoted) {
    sink.error({file, quote_line, 0}, "import.csv.quote", "a quoted field starts here but its closing '\"' is missing");
    return std::nullopt;
  }
  if (field_started || !field.empty() || !row.empty()) end_row();
  return sheet;
}

}  // namespace wt::importer
