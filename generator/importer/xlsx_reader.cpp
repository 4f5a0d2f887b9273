#include "importer/xlsx_reader.hpp"

#include <cmath>
#include <cstdio>
#include <map>
#include <pugixml.hpp>
#include <set>

#include "core/text.hpp"
#include "importer/zip_archive.hpp"

namespace wt::importer {
namespace {

const char* kSaveAdvice = "; save it from Excel as .xlsx or as CSV";

struct CellRef {
  size_t row = 0, col = 0;
  bool ok = false;
};

CellRef parse_ref(const char* r) {
  CellRef out;
  size_t col = 0, row = 0, i = 0;
  for (; r[i] >= 'A' && r[i] <= 'Z'; ++i) {
    col = col * 26 + static_cast<size_t>(r[i] - 'A' + 1);
    if (col > 16384) return out;
  }
  if (i == 0) return out;
  size_t digits = 0;
  for (; r[i] >= '0' && r[i] <= '9'; ++i, ++digits) {
    row = row * 10 + static_cast<size_t>(r[i] - '0');
    if (row > 1048576) return out;
  }
  if (digits == 0 || r[i] != '\0' || row == 0) return out;
  return {row - 1, col - 1, true};
}

/// Days from 1970-01-01 to y-m-d (Howard Hinnant's algorithm), and back.
void civil_from_days(long long z, int& y, int& m, int& d) {
  z += 719468;
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long yy = static_cast<long long>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yy + (m <= 2));
}

std::string format_number(const std::string& v) {
  char* end = nullptr;
  double d = std::strtod(v.c_str(), &end);
  if (end == v.c_str() || *end != '\0' || !std::isfinite(d)) return v;
  if (d == std::floor(d) && std::fabs(d) < 1e15) return std::to_string(static_cast<long long>(d));
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", d);
  return buf;
}

/// True for a custom number format that shows a date: d, m or y outside
/// quotes, brackets and escapes, with at least a d or a y.
bool is_date_format(const std::string& code) {
  bool quoted = false, bracket = false, has_dy = false;
  for (size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (quoted) {
      if (c == '"') quoted = false;
      continue;
    }
    if (bracket) {
      if (c == ']') bracket = false;
      continue;
    }
    if (c == '"') quoted = true;
    else if (c == '[') bracket = true;
    else if (c == '\\' || c == '_' || c == '*') ++i;
    else if (c == 'd' || c == 'D' || c == 'y' || c == 'Y') has_dy = true;
  }
  return has_dy;
}

std::string text_of(pugi::xml_node si) {
  // <si><t>..</t></si> or rich text <si><r><t>..</t></r>...</si>; <rPh> is phonetic, skipped.
  std::string out;
  for (pugi::xml_node n : si.children()) {
    std::string name = n.name();
    if (name == "t") out += n.text().get();
    else if (name == "r") out += n.child("t").text().get();
  }
  return out;
}

std::string resolve_target(const std::string& target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  std::string t = target;
  std::string base = "xl";
  while (t.rfind("../", 0) == 0) {
    t = t.substr(3);
    base = "";
  }
  return base.empty() ? t : base + "/" + t;
}

class Reader {
 public:
  Reader(const std::string& file, DiagnosticSink& sink) : file_(file), sink_(sink) {}

  std::optional<Sheet> run(const std::string& bytes, const std::string& sheet_name) {
    if (bytes.rfind("\xD0\xCF\x11\xE0", 0) == 0)
      return fail("this is an old Excel 97-2003 .xls file, not XLSX" + std::string(kSaveAdvice));
    std::string why;
    if (bytes.rfind("PK", 0) != 0 || !(zip_ = ZipArchive::open(bytes, &why)))
      return fail("this is not an XLSX file (not a zip archive)" + std::string(kSaveAdvice));
    if (!zip_->contains("xl/workbook.xml"))
      return fail("this zip archive is not an XLSX workbook (xl/workbook.xml is missing)" + std::string(kSaveAdvice));
    pugi::xml_document workbook, rels;
    if (!load("xl/workbook.xml", workbook) || !load("xl/_rels/workbook.xml.rels", rels)) return std::nullopt;
    date1904_ = workbook.child("workbook").child("workbookPr").attribute("date1904").as_bool();

    std::vector<std::pair<std::string, std::string>> sheets;  // name, relationship id
    for (pugi::xml_node s : workbook.child("workbook").child("sheets").children("sheet")) {
      std::string rid;
      for (pugi::xml_attribute a : s.attributes()) {
        std::string n = a.name();
        if (n.size() > 3 && n.compare(n.size() - 3, 3, ":id") == 0) rid = a.value();
      }
      sheets.emplace_back(to_nfc(s.attribute("name").value()), rid);
    }
    if (sheets.empty()) return fail("this workbook has no worksheet");
    const std::pair<std::string, std::string>* chosen = &sheets.front();
    if (!sheet_name.empty()) {
      chosen = nullptr;
      std::vector<std::string> names;
      for (const auto& s : sheets) {
        names.push_back(s.first);
        if (s.first == sheet_name) chosen = &s;
      }
      if (!chosen) {
        std::string list;
        for (const auto& n : names) list += (list.empty() ? "'" : ", '") + n + "'";
        std::string guess = closest_match(sheet_name, names);
        return fail("there is no sheet '" + sheet_name + "'" +
                    (guess.empty() ? "" : " (did you mean '" + guess + "'?)") + "; the sheets are " + list);
      }
    }
    std::string part;
    for (pugi::xml_node r : rels.child("Relationships").children("Relationship"))
      if (chosen->second == r.attribute("Id").value()) part = resolve_target(r.attribute("Target").value());
    if (part.empty()) return fail("the workbook does not say where sheet '" + chosen->first + "' is stored");

    if (zip_->contains("xl/sharedStrings.xml")) {
      pugi::xml_document ss;
      if (!load("xl/sharedStrings.xml", ss)) return std::nullopt;
      for (pugi::xml_node si : ss.child("sst").children("si")) {
        if (shared_.size() >= kMaxXlsxCells) return fail("this workbook has too many shared strings to import");
        shared_.push_back(to_nfc(text_of(si)));
      }
    }
    if (zip_->contains("xl/styles.xml")) {
      pugi::xml_document st;
      if (!load("xl/styles.xml", st)) return std::nullopt;
      read_styles(st);
    }
    pugi::xml_document ws;
    if (!load(part, ws)) return std::nullopt;
    return read_sheet(ws, chosen->first);
  }

 private:
  std::optional<Sheet> fail(const std::string& message) {
    sink_.error({file_, 0, 0}, "import.xlsx", message);
    return std::nullopt;
  }

  bool load(const std::string& name, pugi::xml_document& doc) {
    std::string why;
    auto text = zip_->read(name, kMaxXlsxEntryBytes, &why);
    if (!text) {
      fail("this XLSX file cannot be read: " + why + std::string(kSaveAdvice));
      return false;
    }
    pugi::xml_parse_result r = doc.load_buffer(text->data(), text->size(), pugi::parse_default, pugi::encoding_utf8);
    if (!r) {
      fail("this XLSX file is damaged: " + name + " is not well-formed XML (" + r.description() + ")" +
           std::string(kSaveAdvice));
      return false;
    }
    return true;
  }

  void read_styles(const pugi::xml_document& st) {
    pugi::xml_node root = st.child("styleSheet");
    std::set<int> date_ids;
    for (int id = 14; id <= 22; ++id) date_ids.insert(id);
    for (pugi::xml_node f : root.child("numFmts").children("numFmt"))
      if (is_date_format(f.attribute("formatCode").value())) date_ids.insert(f.attribute("numFmtId").as_int());
    for (pugi::xml_node xf : root.child("cellXfs").children("xf")) {
      if (date_style_.size() >= kMaxXlsxCells) break;
      date_style_.push_back(date_ids.count(xf.attribute("numFmtId").as_int()) > 0);
    }
  }

  std::string cell_value(pugi::xml_node c) {
    std::string t = c.attribute("t").value();
    if (t == "inlineStr") return to_nfc(text_of(c.child("is")));
    pugi::xml_node v = c.child("v");
    if (!v) return "";
    std::string raw = v.text().get();
    if (t == "s") {
      size_t i = static_cast<size_t>(v.text().as_ullong(~0ull));
      return i < shared_.size() ? shared_[i] : "";
    }
    if (t == "str" || t == "e") return to_nfc(raw);
    if (t == "b") return raw == "1" ? "TRUE" : "FALSE";
    size_t style = c.attribute("s").as_uint(0);
    if (style < date_style_.size() && date_style_[style]) {
      char* end = nullptr;
      double d = std::strtod(raw.c_str(), &end);
      if (end != raw.c_str() && *end == '\0') {
        if (d >= 0 && d < 1) {  // a time of day only
          int mins = static_cast<int>(std::lround(d * 24 * 60));
          char buf[8];
          std::snprintf(buf, sizeof buf, "%02d:%02d", mins / 60 % 24, mins % 60);
          return buf;
        }
        std::string date = excel_serial_date(d, date1904_);
        if (!date.empty()) return date;
      }
    }
    return format_number(raw);
  }

  std::optional<Sheet> read_sheet(const pugi::xml_document& ws, const std::string& name) {
    pugi::xml_node root = ws.child("worksheet");
    std::map<std::pair<size_t, size_t>, std::string> cells;
    size_t rows = 0, cols = 0, next_row = 0;
    for (pugi::xml_node r : root.child("sheetData").children("row")) {
      size_t row = r.attribute("r") ? r.attribute("r").as_ullong() - 1 : next_row;
      if (row >= 1048576) return fail("sheet '" + name + "' has a row number out of range");
      next_row = row + 1;
      size_t next_col = 0;
      for (pugi::xml_node c : r.children("c")) {
        CellRef ref{row, next_col, true};
        if (c.attribute("r")) ref = parse_ref(c.attribute("r").value());
        if (!ref.ok) return fail("sheet '" + name + "' has a cell with a bad reference '" +
                                 std::string(c.attribute("r").value()) + "'");
        next_col = ref.col + 1;
        std::string value = cell_value(c);
        if (value.empty()) continue;
        cells[{ref.row, ref.col}] = std::move(value);
        if (cells.size() > kMaxXlsxCells) return too_large(name);
        rows = std::max(rows, ref.row + 1);
        cols = std::max(cols, ref.col + 1);
      }
    }
    if (rows * cols > kMaxXlsxCells) return too_large(name);
    Sheet sheet;
    sheet.file = file_;
    sheet.name = name;
    sheet.rows.assign(rows, std::vector<std::string>(cols));
    for (auto& [at, value] : cells) sheet.rows[at.first][at.second] = std::move(value);
    for (pugi::xml_node m : root.child("mergeCells").children("mergeCell")) {
      std::string ref = m.attribute("ref").value();
      size_t colon = ref.find(':');
      if (colon == std::string::npos) continue;
      CellRef a = parse_ref(ref.substr(0, colon).c_str()), b = parse_ref(ref.substr(colon + 1).c_str());
      if (!a.ok || !b.ok || a.row >= rows || a.col >= cols) continue;
      std::string value = sheet.rows[a.row][a.col];
      if (value.empty()) continue;
      for (size_t r = a.row; r <= b.row && r < rows; ++r)
        for (size_t c = a.col; c <= b.col && c < cols; ++c) sheet.rows[r][c] = value;
    }
    return sheet;
  }

  std::optional<Sheet> too_large(const std::string& name) {
    return fail("sheet '" + name + "' is too large to import (at most " + std::to_string(kMaxXlsxCells) +
                " cells up to the last filled row and column)");
  }

  std::string file_;
  DiagnosticSink& sink_;
  std::unique_ptr<ZipArchive> zip_;
  std::vector<std::string> shared_;
  std::vector<bool> date_style_;
  bool date1904_ = false;
};

}  // namespace

std::optional<Sheet> read_xlsx(const std::string& bytes, const std::string& file, const std::string& sheet_name,
                               DiagnosticSink& sink) {
  return Reader(file, sink).run(bytes, sheet_name);
}

std::string excel_serial_date(double serial, bool date1904) {
  if (!(serial >= 1 && serial < 2958466)) return "";  // up to 31/12/9999
  long long days = static_cast<long long>(std::floor(serial));
  long long from_1970;
  if (date1904) from_1970 = days - 24107;            // 1904-01-01 is serial 0
  else if (days >= 61) from_1970 = days - 25569;     // 1899-12-30 + serial
  else if (days == 60) return "29/02/1900";          // Excel's famous non-day
  else from_1970 = days - 25568;                     // 1900-01-01 is serial 1
  int y, m, d;
  civil_from_days(from_1970, y, m, d);
  char buf[48];  // room for any int, though the serial bounds keep y within 1900..9999
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d, m, y);
  return buf;
}

}  // namespace wt::importer
