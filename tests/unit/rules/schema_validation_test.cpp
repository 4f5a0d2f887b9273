// Each data file of schemas/rules and schemas/rubrics against its JSON Schema
// (draft 7), with valijson (Debian libvalijson-dev, header-only). Without
// valijson the test says so and passes: the other tests still check the files.
#include <catch2/catch.hpp>

#include <sstream>

#include "rules_data.hpp"

#if __has_include(<valijson/validator.hpp>)
#define WT_HAVE_VALIJSON 1
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>
#endif

using nlohmann::json;
using namespace wt::rules_test;

#ifdef WT_HAVE_VALIJSON

namespace {

// Loads a schema once; valijson keeps pointers into it, hence the unique_ptr.
std::unique_ptr<valijson::Schema> parse_schema(const json& document) {
  auto schema = std::make_unique<valijson::Schema>();
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  valijson::adapters::NlohmannJsonAdapter adapter(document);
  parser.populateSchema(adapter, *schema);
  return schema;
}

// "" when `document` is valid, else one line per error: "/path: description".
std::string validate(const valijson::Schema& schema, const json& document) {
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter target(document);
  if (validator.validate(schema, target, &results)) return "";
  std::ostringstream out;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    std::string where;
    for (const auto& step : error.context) {  // "<root>", "[requirements]", "[3]" -> "/requirements/3"
      if (step == "<root>") continue;
      bool bracketed = step.size() >= 2 && step.front() == '[' && step.back() == ']';
      where += "/" + (bracketed ? step.substr(1, step.size() - 2) : step);
    }
    out << (where.empty() ? "/" : where) << ": " << error.description << "\n";
  }
  return out.str();
}

void check_directory(const std::filesystem::path& dir, const std::string& schema_file) {
  json schema_json = load_json(dir / schema_file);
  CHECK(schema_json["$schema"] == "http://json-schema.org/draft-07/schema#");
  auto schema = parse_schema(schema_json);
  for (const auto& path : yaml_files(dir)) {
    std::string error;
    DataFile file = load_data_file(path, &error);
    INFO(path.string());
    REQUIRE(error.empty());
    std::string problems = validate(*schema, file.json);
    INFO(problems);
    CHECK(problems.empty());
  }
}

}  // namespace

TEST_CASE("rules data: rule sets validate against rule-set.schema.json", "[rules]") {
  check_directory(rules_dir(), "rule-set.schema.json");
}

TEST_CASE("rules data: rubrics validate against rubric.schema.json", "[rules]") {
  check_directory(rubrics_dir(), "rubric.schema.json");
}

TEST_CASE("rules data: the schemas are strict", "[rules]") {
  auto rule_schema = parse_schema(load_json(rules_dir() / "rule-set.schema.json"));
  const json good = rule_sets().at("tt37-2020").json;
  REQUIRE(validate(*rule_schema, good).empty());

  SECTION("an unknown key") {
    json bad = good;
    bad["requirements"][0]["aplies_to"] = json::array({"th"});
    CHECK_FALSE(validate(*rule_schema, bad).empty());
  }
  SECTION("an unknown school type") {
    json bad = good;
    bad["requirements"][0]["applies_to"] = json::array({"thcs", "dai-hoc"});
    CHECK_FALSE(validate(*rule_schema, bad).empty());
  }
  SECTION("an id outside §10") {
    json bad = good;
    bad["requirements"][0]["id"] = "intro_structur";
    CHECK_FALSE(validate(*rule_schema, bad).empty());
  }
  SECTION("a freshness rule without its figure") {
    json bad = good;
    bad["requirements"][0]["freshness"] = json::parse(R"({"kind": "school_year_deadline"})");
    CHECK_FALSE(validate(*rule_schema, bad).empty());
  }
  SECTION("matches without site_field") {
    json bad = good;
    bad["requirements"][0]["generator"] = json::parse(R"([{"matches": "^https://"}])");
    CHECK_FALSE(validate(*rule_schema, bad).empty());
  }

  auto rubric_schema = parse_schema(load_json(rubrics_dir() / "rubric.schema.json"));
  const json rubric = rubrics().at("vinh-phuc-2016-2017").json;
  REQUIRE(validate(*rubric_schema, rubric).empty());
  SECTION("a visits measure not marked as input") {
    json bad = rubric;
    bad["scorecards"][0]["items"][2]["parts"][1].erase("input");
    CHECK_FALSE(validate(*rubric_schema, bad).empty());
  }
  SECTION("an unknown measure") {
    json bad = rubric;
    bad["scorecards"][0]["items"][0]["measure"] = "likes_per_day";
    CHECK_FALSE(validate(*rubric_schema, bad).empty());
  }
}

#else

TEST_CASE("rules data: JSON Schema validation skipped", "[rules]") {
  WARN("valijson not found (apt-get install libvalijson-dev): data files not validated against their schemas");
  SUCCEED();
}

#endif

TEST_CASE("rules data: both schemas list exactly the §10 ids", "[rules]") {
  json rule_schema = load_json(rules_dir() / "rule-set.schema.json");
  json rubric_schema = load_json(rubrics_dir() / "rubric.schema.json");
  json expected = section10_ids();
  CHECK(rule_schema["definitions"]["requirement_id"]["enum"] == expected);
  CHECK(rubric_schema["definitions"]["requirement_id"]["enum"] == expected);
}
