// regulations::load_for: the one way `check`, `build` and `audit` read rule
// sets and rubrics; and the school types.
#include <catch2/catch.hpp>

#include <sstream>

#include "regulations/regulations.hpp"
#include "support/temp_site.hpp"

using namespace wt;
using namespace wt::regulations;

namespace {

const std::filesystem::path kSchemas = std::filesystem::path(WT_SOURCE_DIR) / "schemas";

std::string printed(const DiagnosticSink& sink) {
  std::ostringstream out;
  sink.print(out);
  return out.str();
}

std::vector<std::string> ids(const std::vector<RuleSet>& sets) {
  std::vector<std::string> out;
  for (const auto& s : sets) out.push_back(s.id);
  return out;
}

// A schemas folder of tiny rule sets and rubrics.
const char* kTinySchemas = R"(
-- rules/tt37-2020.yaml --
id: tt37-2020
requirements:
  - id: news
    name: Tin tức
-- rules/tt09-2024.yaml --
id: tt09-2024
requirements:
  - id: disc_general
    applies_to: [mn, th, thcs, thpt, gdtx]
-- rules/tt53-2012.yaml --
id: tt53-2012
requirements:
  - id: old
-- rules/broken.yaml --
id: broken
requirements: 12
-- rubrics/vinh-phuc-2016-2017.yaml --
id: vinh-phuc-2016-2017
rules: tt53-2012
scorecards:
  - for: school
    items: []
-- rubrics/own.yaml --
id: own
rules: tt37-2020
scorecards:
  - for: school
    items: []
-- secret.yaml --
id: secret
requirements: []
)";

}  // namespace

TEST_CASE("regulations::load_for: a school's rule sets, its rubric and the rubric's rule set, each read once",
          "[regulations]") {
  DiagnosticSink sink;
  RegulationRequest request;
  request.schemas_dir = kSchemas;
  auto regs = load_for("thcs", request, sink);
  CHECK(printed(sink) == "");
  REQUIRE(regs.complete);
  CHECK(ids(regs.rule_sets) == std::vector<std::string>{"tt37-2020", "tt09-2024"});
  REQUIRE(regs.rubric);
  CHECK(regs.rubric->id == "vinh-phuc-2016-2017");
  REQUIRE(regs.rubric_rules);
  CHECK(regs.rubric_rules->id == "tt53-2012");
  CHECK(regs.find("tt09-2024") == &regs.rule_sets[1]);
  CHECK(regs.find("tt53-2012") == &*regs.rubric_rules);
  CHECK(regs.find("tt99") == nullptr);
}

TEST_CASE("regulations::rule_set_ids: disclosure for schools and an unknown type, not for offices nor when told not",
          "[regulations]") {
  RegulationRequest request;
  CHECK(rule_set_ids("thcs", request) == std::vector<std::string>{"tt37-2020", "tt09-2024"});
  CHECK(rule_set_ids("", request) == std::vector<std::string>{"tt37-2020", "tt09-2024"});
  CHECK(rule_set_ids("pgd", request) == std::vector<std::string>{"tt37-2020"});
  request.rule_sets = {"tt53-2012", "tt53-2012"};
  CHECK(rule_set_ids("th", request) == std::vector<std::string>{"tt53-2012", "tt09-2024"});
  request.disclosure = false;
  CHECK(rule_set_ids("th", request) == std::vector<std::string>{"tt53-2012"});
  request.rule_sets = {"tt09-2024"};
  request.disclosure = true;
  CHECK(rule_set_ids("mn", request) == std::vector<std::string>{"tt09-2024"});
}

TEST_CASE("regulations::load_for: the rubric's rule set is not read again when asked for already", "[regulations]") {
  test::TempSite schemas(kTinySchemas);
  DiagnosticSink sink;
  RegulationRequest request;
  request.schemas_dir = schemas.path();
  request.rubric = "own";
  auto regs = load_for("thcs", request, sink);
  REQUIRE(regs.complete);
  REQUIRE(regs.rubric);
  CHECK_FALSE(regs.rubric_rules);  // tt37-2020 is among the rule sets
  CHECK(regs.find("tt37-2020") == &regs.rule_sets[0]);
}

TEST_CASE("regulations::load_for: what is missing or broken is reported, all of it, in the caller's words",
          "[regulations]") {
  test::TempSite schemas(kTinySchemas);
  const std::string dir = schemas.path().string();
  RegulationRequest request;
  request.schemas_dir = schemas.path();
  request.rule_sets = {"tt99", "broken"};
  request.rubric = "nope";
  SECTION("by default") {
    DiagnosticSink sink;
    auto regs = load_for("thcs", request, sink);
    CHECK_FALSE(regs.complete);
    CHECK(ids(regs.rule_sets) == std::vector<std::string>{"tt09-2024"});
    CHECK_FALSE(regs.rubric);
    CHECK(printed(sink) ==
          dir + "/rubrics/nope.yaml: error: cannot read this rule file\n" +
          dir + "/rules/broken.yaml:1:1: error: a rule set needs a list 'requirements'\n" +
          dir + "/rules/tt99.yaml: error: cannot read this rule file\n");
  }
  SECTION("as the caller says it") {
    request.report_missing = [](const MissingFile& m, DiagnosticSink& sink) {
      sink.error({"site.yaml", 0, 0}, m.kind == MissingFile::Kind::Rubric ? "test.rubric" : "test.rules",
                 "no '" + m.id + "' (" + m.file.filename().string() + ")");
    };
    DiagnosticSink sink;
    auto regs = load_for("thcs", request, sink);
    CHECK_FALSE(regs.complete);
    const std::string out = printed(sink);
    CHECK(out.find("site.yaml: error: no 'nope' (nope.yaml)\n") != std::string::npos);
    CHECK(out.find("site.yaml: error: no 'tt99' (tt99.yaml)\n") != std::string::npos);
  }
}

TEST_CASE("regulations::load_for: an id is a file name of the schemas folder, never a path out of it",
          "[regulations]") {
  test::TempSite schemas(kTinySchemas);
  RegulationRequest request;
  request.schemas_dir = schemas.path() / "rules" / "..";
  for (std::string id : {"../secret", "/etc/passwd", ".hidden", "a/../../secret", ""}) {
    INFO(id);
    request.rule_sets = {id.empty() ? "." : id};
    request.rubric = "../secret";
    DiagnosticSink sink;
    auto regs = load_for("pgd", request, sink);
    CHECK_FALSE(regs.complete);
    CHECK(regs.rule_sets.empty());
    CHECK_FALSE(regs.rubric);
    CHECK(sink.error_count() == 2);
  }
}

TEST_CASE("regulations::load_for: the default rubric may be missing unless it is required, but a named one may not",
          "[regulations]") {
  test::TempSite schemas(R"(
-- rules/tt37-2020.yaml --
id: tt37-2020
requirements: []
-- rubrics/own.yaml --
id: own
scorecards: []
)");
  RegulationRequest request;
  request.schemas_dir = schemas.path();
  request.disclosure = false;
  DiagnosticSink sink;
  auto regs = load_for("thcs", request, sink);
  CHECK(regs.complete);
  CHECK_FALSE(regs.rubric);
  CHECK(sink.error_count() == 0);
  request.require_rubric = true;
  regs = load_for("thcs", request, sink);
  CHECK_FALSE(regs.complete);
  CHECK(sink.error_count() == 1);
  // A rubric file named by its path (audit --rubric FILE).
  request.rubric_file = schemas.path() / "rubrics" / "own.yaml";
  DiagnosticSink sink2;
  regs = load_for("thcs", request, sink2);
  CHECK(regs.complete);
  REQUIRE(regs.rubric);
  CHECK(regs.rubric->id == "own");
}

TEST_CASE("regulations::combine: one rule set of several", "[regulations]") {
  auto set = [](std::string id, std::vector<std::string> requirements) {
    RuleSet s;
    s.id = std::move(id);
    for (auto& r : requirements) s.requirements.emplace_back().id = std::move(r);
    return s;
  };
  RuleSet all = combine({set("a", {"x", "y"}), set("b", {"z"})});
  CHECK(all.id == "a+b");
  REQUIRE(all.requirements.size() == 3);
  CHECK(all.requirements[2].id == "z");
}

TEST_CASE("regulations: school types and their names", "[regulations]") {
  CHECK(school_types() == std::vector<std::string>{"mn", "th", "thcs", "thpt", "gdtx", "pgd", "sgd"});
  CHECK(types_of_schools() == std::vector<std::string>{"mn", "th", "thcs", "thpt", "gdtx"});
  CHECK(is_school_type("thcs"));
  CHECK_FALSE(is_school_type("truong"));
  CHECK(is_school(""));
  CHECK_FALSE(is_school("sgd"));
  CHECK(school_type_list() == "mn, th, thcs, thpt, gdtx, pgd, sgd");
  CHECK(school_type_name("thcs") == "Trường Trung học cơ sở");
  CHECK(school_type_name("pgd") == "Phòng Giáo dục và Đào tạo");
  CHECK(school_type_name("x") == "");
}

TEST_CASE("regulations::load_rule_set: a file parsed once per content, read again each time, errors every time",
          "[regulations]") {
  test::TempSite dir("regulations-memo");
  const auto file = dir.path() / "rules" / "memo-set.yaml";
  dir.write("rules/memo-set.yaml", "id: memo-set\nrequirements:\n  - id: news\n    name: Tin tức\n");
  DiagnosticSink sink;
  auto first = load_rule_set(file, sink);
  auto again = load_rule_set(file, sink);
  REQUIRE(first);
  REQUIRE(again);
  CHECK(again->requirements.size() == 1);
  CHECK(again->requirements[0].name == "Tin tức");

  // A rewritten file is what the next load gives (its bytes are the key).
  dir.write("rules/memo-set.yaml", "id: memo-set\nrequirements:\n  - id: news\n    name: Tin tức mới\n  - id: contact\n");
  auto changed = load_rule_set(file, sink);
  REQUIRE(changed);
  CHECK(changed->requirements.size() == 2);
  CHECK(changed->requirements[0].name == "Tin tức mới");
  CHECK_FALSE(sink.has_errors());

  // A broken file is never remembered: each load reports it.
  dir.write("rules/memo-set.yaml", "id: memo-set\nrequirements: [\n");
  DiagnosticSink one, two;
  CHECK_FALSE(load_rule_set(file, one));
  CHECK_FALSE(load_rule_set(file, two));
  CHECK(printed(one).find("memo-set.yaml:") != std::string::npos);
  CHECK(printed(one) == printed(two));
  // And a repaired one loads again.
  dir.write("rules/memo-set.yaml", "id: memo-set\nrequirements:\n  - id: news\n    name: Tin tức\n");
  DiagnosticSink three;
  auto back = load_rule_set(file, three);
  REQUIRE(back);
  CHECK(back->requirements[0].name == "Tin tức");
}
