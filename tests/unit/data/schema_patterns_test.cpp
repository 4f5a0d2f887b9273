#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "data/schema_patterns.hpp"
#include "support/temp_site.hpp"
#include "data_test_support.hpp"

using namespace wt;
using namespace wt::data;

namespace {

std::vector<std::string> failures_of(const char* schema, const char* value) {
  SchemaPatterns patterns;
  SchemaJson stripped;
  std::string error;
  REQUIRE(patterns.load(SchemaJson::parse(schema), &stripped, &error));
  return patterns.failures(nlohmann::json::parse(value));
}

std::string load_error(const char* schema) {
  SchemaPatterns patterns;
  SchemaJson stripped;
  std::string error;
  CHECK_FALSE(patterns.load(SchemaJson::parse(schema), &stripped, &error));
  return error;
}

}  // namespace

TEST_CASE("data::ecma_to_re2 rewrites what RE2 reads differently", "[data]") {
  const std::string space = "\\t\\n\\v\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}";
  struct Case {
    const char* ecma;
    std::string re2;
  } cases[] = {
      {"^[0-9]{4}-[0-9]{4}$", "^[0-9]{4}-[0-9]{4}$"},
      {"^\\d{2}:\\d{2}$", "^\\d{2}:\\d{2}$"},
      {"^[^\\s]+$", "^[^" + space + "]+$"},
      {"a\\sb", "a[" + space + "]b"},
      {"\\S+", "[^" + space + "]+"},
      {"^.$", "^[^\\n\\r\\x{2028}\\x{2029}]$"},
      {"[.]", "[.]"},
      {"\\.", "\\."},
      {"\\u00e9", "\\x{00e9}"},
      {"(?<year>[0-9]{4})", "(?P<year>[0-9]{4})"},
      {"(?<=a)b", "(?<=a)b"},  // lookbehind: left for RE2 to refuse
      {"[a-zđ]", "[a-zđ]"},
  };
  for (const auto& c : cases) {
    INFO(c.ecma);
    std::string error;
    auto out = ecma_to_re2(c.ecma, &error);
    REQUIRE(out);
    CHECK(*out == c.re2);
  }
  std::string error;
  CHECK_FALSE(ecma_to_re2("[\\S]", &error));
  CHECK(error == "'\\S' inside [...] cannot be written for RE2");
  CHECK_FALSE(ecma_to_re2("[^]", &error));
  CHECK(error == "an empty class '[]' or '[^]' cannot be written for RE2");
}

TEST_CASE("data::SchemaPatterns keeps ECMA meaning: a space class includes a no-break space, the dot excludes a carriage return", "[data]") {
  const char* schema = R"({"properties": {"a": {"pattern": "^[^\\s]+$"}, "b": {"pattern": "^a.b$"}}})";
  CHECK(failures_of(schema, R"({"a": "x\u00a0y", "b": "a\rb"})") == std::vector<std::string>{"/a", "/b"});
  CHECK(failures_of(schema, R"({"a": "xy", "b": "a-b"})").empty());
}

TEST_CASE("data::SchemaPatterns follows properties, items and additionalProperties", "[data]") {
  const char* schema = R"({
    "properties": {
      "items": {"type": "array", "items": {"properties": {"date": {"pattern": "^[0-9]{4}$"}}}},
      "pair": {"items": [{"pattern": "^a"}, {"pattern": "^b"}]},
      "map": {"additionalProperties": {"pattern": "^x"}},
      "code": {"pattern": "[0-9]"}
    }})";
  CHECK(failures_of(schema, R"({
    "items": [{"date": "2025"}, {"date": "25"}, {"date": 12}],
    "pair": ["a1", "a2"],
    "map": {"k": "x", "l": "y"},
    "code": "abc1def",
    "other": "anything"})") == std::vector<std::string>{"/items/1/date", "/map/l", "/pair/1"});
}

TEST_CASE("data::SchemaPatterns hands valijson a schema without pattern", "[data]") {
  SchemaPatterns patterns;
  SchemaJson stripped;
  std::string error;
  REQUIRE(patterns.load(SchemaJson::parse(R"({"properties": {"a": {"type": "string", "pattern": "^x"}}})"),
                        &stripped, &error));
  CHECK(stripped.dump() == R"({"properties":{"a":{"type":"string"}}})");
}

TEST_CASE("data::SchemaPatterns refuses patterns it cannot check as RE2 or would not look at", "[data]") {
  CHECK(load_error(R"({"properties": {"a": {"pattern": "(?=x)y"}}})") ==
        "at /properties/a/pattern: the pattern \"(?=x)y\" cannot be read: invalid perl operator: (?=");
  CHECK(load_error(R"({"properties": {"a": {"anyOf": [{"pattern": "^x"}]}}})") ==
        "at /properties/a/anyOf: a 'pattern' under 'anyOf' is not checked: put it under properties or items");
  CHECK(load_error(R"({"patternProperties": {"^x": {}}})") ==
        "at /patternProperties: 'patternProperties' is not supported (valijson would check it with a backtracking "
        "regex)");
  CHECK(load_error(R"({"properties": {"d": {"format": "date"}}})") ==
        "at /properties/d/format: 'format' is not supported (valijson would check it with a backtracking regex)");
}

TEST_CASE("data::SchemaPatterns loads every pattern of the shipped data schemas", "[data]") {
  int patterns_seen = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(WT_SOURCE_DIR) / "schemas/data")) {
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    patterns_seen += static_cast<int>(text.str().find("\"pattern\"") != std::string::npos);
    SchemaPatterns patterns;
    SchemaJson stripped;
    std::string error;
    INFO(entry.path().filename().string() << ": " << error);
    CHECK(patterns.load(SchemaJson::parse(text.str()), &stripped, &error));
    CHECK(stripped.dump().find("\"pattern\"") == std::string::npos);
  }
  CHECK(patterns_seen >= 5);
}

TEST_CASE("data::load_data checks a 50 KB patterned field without overflowing the stack", "[data]") {
  // std::regex recursed once per character here (valijson's pattern check).
  wt::test::TempSite site("-- data/van-ban.yaml --\ndocuments:\n  - number: \"1\"\n    date: \"" +
                          std::string(50 * 1024, '1') + "\"\n");
  auto run = wt::test::run_load_data(site.path());
  const std::string expected = "data/van-ban.yaml:3:11: error: 'Ngày ban hành' (date) is not a valid date: \"111";
  int found = 0;
  for (const auto& line : run.lines) found += line.rfind(expected, 0) == 0;
  CHECK(found == 1);
}
