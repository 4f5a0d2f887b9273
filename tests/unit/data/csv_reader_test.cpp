// Tests for the RFC 4180 reader.
#include "data/csv_reader.hpp"

#include <catch2/catch.hpp>

using wt::data::CsvError;
using wt::data::read_csv;

TEST_CASE("data::read_csv reads quotes, doubled quotes and line breaks in values", "[data]") {
  auto t = read_csv("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,z\n", nullptr);
  REQUIRE(t);
  CHECK(t->separator == ',');
  REQUIRE(t->rows.size() == 3);
  CHECK(t->rows[1][0].text == "x, y");
  CHECK(t->rows[1][1].text == "say \"hi\"");
  CHECK(t->rows[1][2].text == "two\nlines");
  CHECK(t->rows[2][0].line == 4);
  CHECK(t->rows[2][1].text.empty());
  CHECK(t->rows[2][2].field == 3);
}

TEST_CASE("data::read_csv handles CRLF, a BOM, blank lines and semicolons", "[data]") {
  auto t = read_csv("\xEF\xBB\xBFitem;amount\r\n\r\nNước uống;\"10.000\"\r\nGửi xe;5000", nullptr);
  REQUIRE(t);
  CHECK(t->separator == ';');
  REQUIRE(t->rows.size() == 3);
  CHECK(t->rows[0][0].text == "item");
  CHECK(t->rows[1][0].text == "Nước uống");
  CHECK(t->rows[1][1].text == "10.000");
  CHECK(t->rows[1][0].line == 3);
  CHECK(t->rows[2][1].text == "5000");
}

TEST_CASE("data::read_csv keeps a trailing empty value", "[data]") {
  auto t = read_csv("a,b\n1,\n", nullptr);
  REQUIRE(t);
  REQUIRE(t->rows[1].size() == 2);
  CHECK(t->rows[1][1].text.empty());
}

TEST_CASE("data::read_csv rejects an unclosed quote where it opens", "[data]") {
  CsvError err;
  CHECK_FALSE(read_csv("a,b\n1,\"open\n2,3\n", &err));
  CHECK(err.line == 2);
  CHECK(err.field == 2);
  CHECK(err.message == "this quoted value is never closed: add the closing \" at its end");
}

TEST_CASE("data::read_csv rejects a quote inside an unquoted value", "[data]") {
  CsvError err;
  CHECK_FALSE(read_csv("a,b\n1,ab\"c\n", &err));
  CHECK(err.line == 2);
  CHECK(err.field == 2);
}

TEST_CASE("data::read_csv rejects text after a closing quote", "[data]") {
  CsvError err;
  CHECK_FALSE(read_csv("a\n\"x\"y\n", &err));
  CHECK(err.line == 2);
  CHECK(err.field == 1);
}

TEST_CASE("data::read_csv gives each cell its column in code points, and reads tabs", "[data]") {
  CsvError err;
  auto t = read_csv("Khoản thu\tSố tiền\tGhi chú\nTiền nước uống\t10.000\t\"có\"\n", &err);
  REQUIRE(t);
  CHECK(t->separator == '\t');
  REQUIRE(t->rows.size() == 2);
  CHECK(t->rows[1][1].text == "10.000");
  CHECK(t->rows[1][1].column == 16);  // "Tiền nước uống" is 14 code points, then the tab
  CHECK(t->rows[1][1].field == 2);
  CHECK(t->rows[1][2].column == 23);
  CHECK_FALSE(read_csv("a,b\nx,\"y\" z\n", &err));
  CHECK(err.line == 2);
  CHECK(err.column == 3);
}

TEST_CASE("data::read_csv refuses a file of more than kMaxCsvCells values", "[data]") {
  std::string huge(wt::data::kMaxCsvCells + 10, ',');
  CsvError err;
  CHECK_FALSE(read_csv(huge, &err));
  CHECK(err.message.find("too large") != std::string::npos);
}
