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
