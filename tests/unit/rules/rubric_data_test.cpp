// The rubrics of schemas/rubrics: references into their rule set, points
// adding up to the declared maxima, thresholds in increasing order, and the
// figures of the Vĩnh Phúc 2016-2017 document.
#include <catch2/catch.hpp>

#include <cmath>

#include "rules_data.hpp"

using nlohmann::json;
using namespace wt::rules_test;

namespace {

bool near(double a, double b) { return std::fabs(a - b) < 1e-9; }

// Every requirement id an item or part refers to.
std::vector<std::string> referenced_ids(const json& measured) {
  std::vector<std::string> out;
  for (const auto& ref : measured.value("requirements", json::array())) {
    out.push_back(ref.is_object() ? ref["id"].get<std::string>() : ref.get<std::string>());
  }
  if (measured.contains("requirement")) out.push_back(measured["requirement"].get<std::string>());
  for (const auto& part : measured.value("parts", json::array())) {
    for (auto& id : referenced_ids(part)) out.push_back(id);
  }
  return out;
}

const json& card(const std::string& rubric, const std::string& unit) {
  for (const auto& c : rubrics().at(rubric).json["scorecards"]) {
    if (c["for"] == unit) return c;
  }
  FAIL(rubric << " has no scorecard for " << unit);
  static const json kNull;
  return kNull;
}

const json& item(const json& scorecard, const std::string& id) {
  for (const auto& i : scorecard["items"]) {
    if (i["id"] == id) return i;
  }
  FAIL("no item " << id);
  static const json kNull;
  return kNull;
}

}  // namespace

TEST_CASE("rubric data: every rubric parses and is named after its file", "[rules]") {
  auto files = yaml_files(rubrics_dir());
  REQUIRE_FALSE(files.empty());
  for (const auto& path : files) {
    std::string error;
    DataFile file = load_data_file(path, &error);
    INFO(path.string());
    REQUIRE(error.empty());
    CHECK(file.json.value("id", "") == file.stem);
  }
  CHECK(rubrics().count("vinh-phuc-2016-2017") == 1);
}

TEST_CASE("rubric data: requirement references exist in the rubric's rule set", "[rules]") {
  for (const auto& [rubric_id, file] : rubrics()) {
    std::string rules = file.json.value("rules", "");
    INFO(rubric_id << " -> " << rules);
    REQUIRE(rule_sets().count(rules) == 1);
    auto known = effective_requirements(rules);
    for (const auto& c : file.json["scorecards"]) {
      for (const auto& i : c["items"]) {
        for (const auto& id : referenced_ids(i)) {
          INFO(c["for"] << " " << i["id"] << ": " << id);
          CHECK(known.count(id) == 1);
        }
      }
    }
  }
}

TEST_CASE("rubric data: scorecards use valid types and unique item ids", "[rules]") {
  for (const auto& [rubric_id, file] : rubrics()) {
    std::set<std::string> units;
    for (const auto& c : file.json["scorecards"]) {
      INFO(rubric_id << ": " << c["for"]);
      CHECK(units.insert(c["for"].get<std::string>()).second);
      for (const auto& t : c["applies_to"]) CHECK(school_types().count(t.get<std::string>()) == 1);
      if (c["for"] == "pgd") CHECK(c["applies_to"] == json::array({"pgd"}));
      std::set<std::string> ids;
      for (const auto& i : c["items"]) CHECK(ids.insert(i["id"].get<std::string>()).second);
    }
  }
}

TEST_CASE("rubric data: points add up to the declared maxima", "[rules]") {
  for (const auto& [rubric_id, file] : rubrics()) {
    for (const auto& c : file.json["scorecards"]) {
      INFO(rubric_id << ": " << c["for"] << " " << c["criterion"]);
      double sum = 0;
      for (const auto& i : c["items"]) {
        sum += i["points"].get<double>();
        if (i.value("scoring", "") == "per_requirement") {
          double per = 0;
          for (const auto& ref : i["requirements"]) {
            REQUIRE(ref.is_object());
            per += ref["points"].get<double>();
          }
          INFO(i["id"]);
          CHECK(near(per, i["points"].get<double>()));
        }
      }
      CHECK(near(sum, c["max"].get<double>()));
      if (c.contains("context")) {
        const json& ctx = c["context"];
        CHECK(c["max"].get<double>() <= ctx.value("section_max", c["max"].get<double>()));
        CHECK(ctx.value("section_max", 0.0) <= ctx.value("document_max", 1e9));
      }
    }
  }
}

TEST_CASE("rubric data: thresholds increase and end at the item's points", "[rules]") {
  for (const auto& [rubric_id, file] : rubrics()) {
    for (const auto& c : file.json["scorecards"]) {
      for (const auto& i : c["items"]) {
        INFO(rubric_id << ": " << c["for"] << " " << i["id"]);
        if (i.contains("thresholds")) {
          const json& steps = i["thresholds"];
          REQUIRE_FALSE(steps.empty());
          for (size_t k = 1; k < steps.size(); ++k) {
            CHECK(steps[k]["min"].get<double>() > steps[k - 1]["min"].get<double>());
            CHECK(steps[k]["points"].get<double>() > steps[k - 1]["points"].get<double>());
          }
          CHECK(near(steps.back()["points"].get<double>(), i["points"].get<double>()));
        }
        for (const auto& part : i.value("parts", json::array())) {
          if (part.contains("min")) CHECK(part["min"].get<double>() > 0);
          if (part.value("input", false)) CHECK(part.contains("when_missing"));
        }
        if (i.value("input", false)) CHECK(i.value("when_missing", "") == "zero");  // skip only inside all_of
      }
    }
  }
}

TEST_CASE("rubric data: Vĩnh Phúc 2016-2017 carries the document's figures", "[rules]") {
  const json& rubric = rubrics().at("vinh-phuc-2016-2017").json;
  CHECK(rubric["rules"] == "tt53-2012");
  CHECK(rubric["period"]["from"] == "01/06");
  CHECK(rubric["period"]["to"] == "30/05");

  const json& school = card("vinh-phuc-2016-2017", "school");
  CHECK(school["max"] == 20);
  CHECK(school["context"]["section_max"] == 35);
  CHECK(item(school, "3.1a")["points"] == 3);
  CHECK(item(school, "3.1b")["points"] == 2);
  CHECK(item(school, "3.1b")["where"] == "home_page");
  const json& c = item(school, "3.1c");
  CHECK(c["points"] == 10);
  CHECK(c["measure"] == "all_of");
  CHECK(c["parts"][0]["measure"] == "posts_per_week");
  CHECK(c["parts"][0]["min"] == 3);
  CHECK(c["parts"][1]["measure"] == "visits_per_day");
  CHECK(c["parts"][1]["min"] == 300);
  CHECK(c["parts"][1]["input"] == true);
  const json& d = item(school, "3.1d");
  CHECK(d["measure"] == "posts_to_portal");
  CHECK(d["thresholds"] == json::parse(R"([{"min": 24, "points": 5}])"));

  const json& pgd = card("vinh-phuc-2016-2017", "pgd");
  CHECK(pgd["max"] == 20);
  CHECK(pgd["context"]["section_max"] == 40);
  CHECK(pgd["items"].size() == 3);
  const json& a = item(pgd, "3.1a");
  CHECK(a["points"] == 10);
  CHECK(a["scope"] == "subordinate_units");
  CHECK(a["units_share"] == 100);
  CHECK(a["requirements"] == item(school, "3.1a")["requirements"]);
  CHECK(item(pgd, "3.1b")["parts"][0]["min"] == 5);
  CHECK(item(pgd, "3.1b")["parts"][1]["min"] == 2000);
  CHECK(item(pgd, "3.1c")["thresholds"][0]["min"] == 48);

  // The quoted texts end with the points the document prints.
  CHECK_THAT(item(school, "3.1c")["text"].get<std::string>(), Catch::EndsWith("(10 điểm)."));
  CHECK_THAT(item(pgd, "3.1a")["text"].get<std::string>(), Catch::EndsWith("(10 điểm)."));
}
