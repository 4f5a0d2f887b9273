// The CSV and XLSX readers: cells, shared strings, merged cells, dates,
// encodings, and files that are not what they claim to be.
#include <catch2/catch.hpp>

#include "core/file_io.hpp"
#include "importer/csv_reader.hpp"
#include "importer/xlsx_reader.hpp"

using namespace wt;
using namespace wt::importer;

namespace {

std::string fixture(const std::string& name) { return *read_file(std::string(WT_TEST_FIXTURES) + "/import/" + name); }

std::string messages(const DiagnosticSink& sink) {
  std::string out;
  for (const auto& d : sink.sorted()) out += format_diagnostic(d) + "\n";
  return out;
}

}  // namespace

TEST_CASE("importer::read_csv handles BOM, quotes and both separators", "[importer]") {
  DiagnosticSink sink;
  auto s = read_csv("\xEF\xBB\xBF" "a,b\n\"x, \"\"y\"\"\",\"two\nlines\"\r\n\n3,4", "t.csv", sink);
  REQUIRE(s);
  CHECK(s->rows == std::vector<std::vector<std::string>>{{"a", "b"}, {"x, \"y\"", "two\nlines"}, {"3", "4"}});
  CHECK(s->lines == std::vector<int>{1, 2, 5});
  CHECK(format_diagnostic({Severity::Error, "test.m", "m", s->where(2, 1), {}}) == "t.csv:5:2: error: m");
  auto semi = read_csv("Khoản thu;Số tiền\nHọc phí;1,5\n", "s.csv", sink);
  REQUIRE(semi);
  CHECK(semi->rows[1] == std::vector<std::string>{"Học phí", "1,5"});
  CHECK_FALSE(sink.has_errors());
}

TEST_CASE("importer::read_csv composes NFD text", "[importer]") {
  DiagnosticSink sink;
  auto s = read_csv("Toa\xCC\x81" "n\n", "t.csv", sink);  // "Toán" with a combining acute
  REQUIRE(s);
  CHECK(s->rows[0][0] == "Toán");
}

TEST_CASE("importer::read_csv reports text that is not UTF-8 and unclosed quotes", "[importer]") {
  DiagnosticSink sink;
  CHECK_FALSE(read_csv(fixture("fees-cp1258.csv"), "fees-cp1258.csv", sink));
  CHECK_FALSE(read_csv("a,b\n\"open,2\n", "q.csv", sink));
  CHECK(messages(sink) ==
        "fees-cp1258.csv:2: error: this file is not UTF-8 text (perhaps Windows-1258 or TCVN3); save it from Excel as "
        "'CSV UTF-8 (Comma delimited)' or as .xlsx\n"
        "q.csv:2:1: error: this quoted value is never closed: add the closing \" at its end\n");
}

TEST_CASE("importer::read_xlsx reads cells, shared strings and merged cells", "[importer]") {
  DiagnosticSink sink;
  auto s = read_xlsx(fixture("tkb-grid.xlsx"), "tkb-grid.xlsx", "", sink);
  REQUIRE(s);
  CHECK(s->name == "Sheet1");
  CHECK(s->rows.size() == 10);
  CHECK(s->width() == 5);
  CHECK(s->rows[2] == std::vector<std::string>{"Thứ", "Buổi", "Tiết", "6A1", "6A2"});
  CHECK(s->at(0, 4) == "THỜI KHÓA BIỂU HỌC KỲ I - NĂM HỌC 2025-2026");  // merged A1:E1
  for (size_t r = 3; r <= 7; ++r) {  // A4:A8 and B4:B8 merged
    CHECK(s->at(r, 0) == "Thứ 2");
    CHECK(s->at(r, 1) == "Sáng");
  }
  CHECK(s->at(8, 0) == "Thứ Ba");
  CHECK(s->at(9, 0) == "Thứ Ba");
  CHECK(s->at(3, 2) == "1");                            // a number
  CHECK(s->at(4, 4) == "Ngữ văn\nTrần Thị Bình");       // an inline string
  CHECK(s->at(6, 3) == "Tiếng Anh (Phạm Thu)");         // a formula's string
  CHECK(s->at(7, 3) == "");
  CHECK(s->at(1, 2) == "10/11/2025");                   // a date cell (custom dd/mm/yyyy)
  CHECK(format_diagnostic({Severity::Error, "test.m", "m", s->where(6, 2), {}}) == "tkb-grid.xlsx:Sheet1!C7: error: m");
  CHECK_FALSE(sink.has_errors());
}

TEST_CASE("importer::read_xlsx reads rich text, booleans, dates and the chosen sheet", "[importer]") {
  DiagnosticSink sink;
  auto fees = read_xlsx(fixture("fees.xlsx"), "fees.xlsx", "", sink);
  REQUIRE(fees);
  CHECK(fees->at(3, 1) == "Bảo hiểm y tế");  // two runs, phonetic text left out
  CHECK(fees->at(3, 2) == "1263600");
  CHECK(fees->at(3, 8) == "05/09/2025");     // numFmt 164 "dd/mm/yyyy;@"
  CHECK(fees->at(5, 8) == "30/09/2025");     // built-in numFmt 14
  CHECK(fees->at(5, 5) == "TRUE");
  CHECK(fees->at(4, 6) == "9");
  auto list = read_xlsx(fixture("tkb-list.xlsx"), "tkb-list.xlsx", "TKB", sink);
  REQUIRE(list);
  CHECK(list->name == "TKB");
  CHECK(list->at(4, 1) == "CN");
  CHECK_FALSE(sink.has_errors());
}

TEST_CASE("importer::excel_serial_date", "[importer]") {
  CHECK(excel_serial_date(1) == "01/01/1900");
  CHECK(excel_serial_date(59) == "28/02/1900");
  CHECK(excel_serial_date(61) == "01/03/1900");
  CHECK(excel_serial_date(45971) == "10/11/2025");
  CHECK(excel_serial_date(45971.75) == "10/11/2025");
  CHECK(excel_serial_date(0, true) == "");
  CHECK(excel_serial_date(44509, true) == "10/11/2025");
  CHECK(excel_serial_date(-3) == "");
}

TEST_CASE("importer::read_xlsx explains files that are not workbooks", "[importer]") {
  DiagnosticSink sink;
  CHECK_FALSE(read_xlsx(fixture("broken.xlsx"), "broken.xlsx", "", sink));
  CHECK_FALSE(read_xlsx("hello, world", "plain.xlsx", "", sink));
  CHECK_FALSE(read_xlsx(fixture("no-workbook.xlsx"), "no-workbook.xlsx", "", sink));
  CHECK_FALSE(read_xlsx(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), "old.xls", "", sink));
  CHECK_FALSE(read_xlsx(fixture("tkb-list.xlsx"), "tkb-list.xlsx", "TBK", sink));
  CHECK(messages(sink) ==
        "broken.xlsx: error: this is not an XLSX file (not a zip archive); save it from Excel as .xlsx or as CSV\n"
        "no-workbook.xlsx: error: this zip archive is not an XLSX workbook (xl/workbook.xml is missing); save it from "
        "Excel as .xlsx or as CSV\n"
        "old.xls: error: this is an old Excel 97-2003 .xls file, not XLSX; save it from Excel as .xlsx or as CSV\n"
        "plain.xlsx: error: this is not an XLSX file (not a zip archive); save it from Excel as .xlsx or as CSV\n"
        "tkb-list.xlsx: error: there is no sheet 'TBK' (did you mean 'TKB'?); the sheets are 'Ghi chú', 'TKB'\n");
}

TEST_CASE("importer::read_xlsx refuses sheets too large to hold", "[importer]") {
  DiagnosticSink sink;
  CHECK_FALSE(read_xlsx(fixture("far-cell.xlsx"), "far-cell.xlsx", "", sink));
  CHECK_FALSE(read_xlsx(fixture("bomb.xlsx"), "bomb.xlsx", "", sink));
  CHECK(messages(sink) ==
        "bomb.xlsx: error: this XLSX file cannot be read: xl/worksheets/sheet1.xml is larger than 50 MiB once unpacked; "
        "save it from Excel as .xlsx or as CSV\n"
        "far-cell.xlsx: error: sheet 'Sheet1' is too large to import (at most 1000000 cells up to the last filled row "
        "and column)\n");
}
