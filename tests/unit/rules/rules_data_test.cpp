// The rule sets of schemas/rules: parse, ids of regulations.md §10, school
// types, includes, generator alternatives, and the legal figures they carry.
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>

#include "rules_data.hpp"

using nlohmann::json;
using namespace wt::rules_test;

namespace {

std::set<std::string> string_set(const json& array) {
  std::set<std::string> out;
  if (array.is_array()) {
    for (const auto& v : array) out.insert(v.get<std::string>());
  }
  return out;
}

bool is_section10_id(const std::string& id) {
  const auto& ids = section10_ids();
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

const json& requirement(const std::string& set, const std::string& id) {
  for (const auto& r : rule_sets().at(set).json["requirements"]) {
    if (r["id"] == id) return r;
  }
  FAIL(set << " has no requirement " << id);
  static const json kNull;
  return kNull;
}

}  // namespace

TEST_CASE("rules data: the §10 list is the one transcribed", "[rules]") {
  CHECK(section10_ids().size() == 58);
  std::set<std::string> unique(section10_ids().begin(), section10_ids().end());
  CHECK(unique.size() == section10_ids().size());
}

TEST_CASE("rules data: every rule set parses and is named after its file", "[rules]") {
  auto files = yaml_files(rules_dir());
  REQUIRE(files.size() >= 3);
  for (const auto& path : files) {
    std::string error;
    DataFile file = load_data_file(path, &error);
    INFO(path.string());
    REQUIRE(error.empty());
    REQUIRE(file.json.is_object());
    CHECK(file.json.value("id", "") == file.stem);
  }
  for (const char* id : {"tt37-2020", "tt53-2012", "tt09-2024"}) {
    CHECK(rule_sets().count(id) == 1);
  }
}

TEST_CASE("rules data: requirement ids are unique and from §10", "[rules]") {
  for (const auto& [set_id, file] : rule_sets()) {
    std::set<std::string> seen;
    for (const auto& r : file.json["requirements"]) {
      std::string id = r.value("id", "");
      INFO(set_id << ": " << id);
      CHECK(is_section10_id(id));
      CHECK(seen.insert(id).second);
    }
  }
}

TEST_CASE("rules data: a shared id keeps its name in every rule set", "[rules]") {
  std::map<std::string, std::pair<std::string, std::string>> first;  // id -> (set, name)
  for (const auto& [set_id, file] : rule_sets()) {
    for (const auto& r : file.json["requirements"]) {
      auto [it, inserted] = first.emplace(r["id"].get<std::string>(), std::make_pair(set_id, r["name"].get<std::string>()));
      if (!inserted) {
        INFO(r["id"] << " in " << set_id << " and " << it->second.first);
        CHECK(r["name"].get<std::string>() == it->second.second);
      }
    }
  }
}

TEST_CASE("rules data: applies_to, recommended_for, items and articles use valid school types", "[rules]") {
  for (const auto& [set_id, file] : rule_sets()) {
    for (const auto& r : file.json["requirements"]) {
      INFO(set_id << ": " << r["id"]);
      auto applies = string_set(r["applies_to"]);
      auto recommended = string_set(r.value("recommended_for", json::array()));
      CHECK_FALSE(applies.empty());
      for (const auto& t : applies) CHECK(school_types().count(t) == 1);
      for (const auto& t : recommended) {
        CHECK(school_types().count(t) == 1);
        CHECK(applies.count(t) == 0);  // a type is bound or advised, not both
      }
      std::set<std::string> all = applies;
      all.insert(recommended.begin(), recommended.end());
      if (r.contains("condition")) CHECK_FALSE(recommended.empty());
      const json articles = r.value("articles", json::object());
      for (const auto& [type, article] : articles.items()) {
        INFO("articles." << type);
        CHECK(all.count(type) == 1);
      }
      for (const auto& item : r.value("items", json::array())) {
        if (!item.is_object()) continue;
        for (const auto& t : string_set(item.value("applies_to", json::array()))) {
          INFO("item " << item["name"] << ": " << t);
          CHECK(all.count(t) == 1);
        }
      }
    }
  }
}

TEST_CASE("rules data: includes and replaced_by name existing rule sets, without cycles", "[rules]") {
  for (const auto& [set_id, file] : rule_sets()) {
    INFO(set_id);
    CHECK_NOTHROW(effective_requirements(set_id));
    if (file.json.contains("replaced_by")) {
      CHECK(file.json["status"] == "replaced");
      CHECK(rule_sets().count(file.json["replaced_by"].get<std::string>()) == 1);
    }
  }
  // TT 37 Đ9.7 brings the TT 09/2024 disclosures in.
  auto tt37 = effective_requirements("tt37-2020");
  for (const char* id : {"disc_general", "disc_finance", "disc_annual_report", "menu_weekly", "disclosure_section"}) {
    CHECK(tt37.count(id) == 1);
  }
  CHECK(tt37.at("disclosure_section")["source"].get<std::string>().rfind("TT37", 0) == 0);  // its own entry wins
}

TEST_CASE("rules data: generator alternatives are well formed", "[rules]") {
  for (const auto& [set_id, file] : rule_sets()) {
    for (const auto& r : file.json["requirements"]) {
      for (const auto& alt : r["generator"]) {
        INFO(set_id << ": " << r["id"] << ": " << alt.dump());
        CHECK_FALSE(alt.empty());
        if (alt.contains("matches")) {
          REQUIRE(alt["site_field"].is_string());
          CHECK_NOTHROW(std::regex(alt["matches"].get<std::string>(), std::regex::ECMAScript | std::regex::icase));
        }
      }
    }
  }
}

TEST_CASE("rules data: base_url patterns accept and reject the right hosts", "[rules]") {
  auto matches = [](const json& req, const std::string& url) {
    for (const auto& alt : req["generator"]) {
      std::regex re(alt["matches"].get<std::string>(), std::regex::ECMAScript | std::regex::icase);
      if (std::regex_search(url, re)) return true;
    }
    return false;
  };
  const json& member = requirement("tt37-2020", "member_portal");
  CHECK(matches(member, "https://thcsnguyendu.vinhphuc.edu.vn/"));
  CHECK(matches(member, "http://c2nguyendu.vinhyen.vinhphuc.edu.vn"));
  CHECK(matches(member, "https://vinhphuc.edu.vn/thcsnguyendu/"));
  CHECK_FALSE(matches(member, "https://c3tranphu-hanoi.edu.vn/"));
  CHECK_FALSE(matches(member, "https://thcsnguyendu.com/"));

  const json& domain37 = requirement("tt37-2020", "domain_edu_vn");
  CHECK(matches(domain37, "https://thcsnguyendu.vinhphuc.edu.vn/"));
  CHECK(matches(domain37, "http://truong.vn:8080/"));
  CHECK_FALSE(matches(domain37, "https://truong.vn.example.com/"));
  const json& domain53 = requirement("tt53-2012", "domain_edu_vn");
  CHECK(matches(domain53, "https://c3tranphu-hanoi.edu.vn/"));
  CHECK_FALSE(matches(domain53, "https://truong.vn/"));

  CHECK(matches(requirement("tt37-2020", "https"), "https://a.edu.vn/"));
  CHECK_FALSE(matches(requirement("tt37-2020", "https"), "http://a.edu.vn/"));
}

TEST_CASE("rules data: rule set dates and status", "[rules]") {
  const json& tt37 = rule_sets().at("tt37-2020").json;
  CHECK(tt37["effective"] == "2020-11-20");
  CHECK(tt37["status"] == "in-force");
  const json& tt53 = rule_sets().at("tt53-2012").json;
  CHECK(tt53["effective"] == "2013-02-03");
  CHECK(tt53["status"] == "replaced");
  CHECK(tt53["replaced_by"] == "tt37-2020");
  CHECK(rule_sets().at("tt09-2024").json["effective"] == "2024-07-19");
}

TEST_CASE("rules data: TT 09/2024 lists every disclosure item with its deadlines", "[rules]") {
  for (const char* id : {"disclosure_section", "disc_general", "disc_finance", "disc_staff", "disc_facilities",
                         "disc_quality", "disc_plan", "disc_results", "disc_annual_report", "disc_deadline",
                         "disc_retention", "menu_weekly", "mn_month_week_plan"}) {
    INFO(id);
    const json& r = requirement("tt09-2024", id);
    CHECK(r["items"].size() >= 1);
    for (const auto& [type, article] : r["articles"].items()) {
      CHECK(article.get<std::string>().find("TT09/2024") != std::string::npos);
    }
    // every bound type has its article
    for (const auto& t : r["applies_to"]) CHECK(r["articles"].contains(t.get<std::string>()));
  }
  const json& deadline = requirement("tt09-2024", "disc_deadline")["freshness"];
  CHECK(deadline["kind"] == "school_year_deadline");
  CHECK(deadline["deadline"] == "30/06");
  CHECK(deadline["working_days"] == 10);
  const json& retention = requirement("tt09-2024", "disc_retention")["freshness"];
  CHECK(retention["kind"] == "retention");
  CHECK(retention["years"] == 5);
  const json& menu = requirement("tt09-2024", "menu_weekly")["freshness"];
  CHECK(menu["due_weekday"] == "saturday");
  const json& plan = requirement("tt09-2024", "mn_month_week_plan")["freshness"];
  REQUIRE(plan.is_array());
  CHECK(plan[0]["day_of_month"] == 25);
}

TEST_CASE("rules data: TT 37 binds schools and state bodies as §10 says", "[rules]") {
  auto applies = [](const char* id) { return string_set(requirement("tt37-2020", id)["applies_to"]); };
  const std::set<std::string> all = school_types();
  CHECK(applies("intro_structure") == all);
  CHECK(applies("news") == all);
  CHECK(applies("legal_docs") == all);
  CHECK(applies("metadata_dc") == all);
  CHECK(applies("online_admission") == std::set<std::string>{"mn", "th", "thcs", "thpt", "gdtx"});
  CHECK(applies("tthc_level2") == std::set<std::string>{"pgd", "sgd"});
  CHECK(applies("sitemap") == std::set<std::string>{"pgd", "sgd"});
  CHECK(string_set(requirement("tt37-2020", "sitemap")["recommended_for"]) ==
        std::set<std::string>{"mn", "th", "thcs", "thpt", "gdtx"});
  // provincial-only rows are not part of the national rule set
  auto tt37 = effective_requirements("tt37-2020");
  for (const char* id : {"post_frequency", "posts_to_so", "forms_section", "timetable", "student_results", "ipv6"}) {
    CHECK(tt37.count(id) == 0);
  }
}
