#include "site/site_check.hpp"

#include <algorithm>
#include <cstdlib>

#include "compliance/site_facts.hpp"
#include "core/installation.hpp"

namespace fs = std::filesystem;

namespace wt::site {

fs::path find_schemas_dir() { return installation().schemas; }

std::vector<std::string> rule_set_ids(const config::SiteConfig& cfg) {
  std::vector<std::string> ids = {cfg.rules.empty() ? "tt37-2020" : cfg.rules};
  bool school = cfg.type != "pgd" && cfg.type != "sgd";
  if (school && ids.front() != "tt09-2024") ids.push_back("tt09-2024");
  return ids;
}

std::optional<compliance::Report> check_loaded_site(const config::SiteConfig& cfg, const content::ContentTree& tree,
                                                    const data::DataSet* data, const fs::path& schemas, int64_t now,
                                                    DiagnosticSink& sink) {
  if (schemas.empty()) {
    sink.error({"schemas", 0, 0}, "check.schemas", "the schemas/ folder with the rule sets was not found");
    return std::nullopt;
  }
  std::vector<compliance::RuleSet> sets;
  for (const auto& id : rule_set_ids(cfg)) {
    fs::path file = schemas / "rules" / (id + ".yaml");
    if (!fs::exists(file)) {
      sink.error({"site.yaml", 0, 0}, "check.rules", "the rule set '" + id + "' does not exist (no " + file.string() + ")");
      return std::nullopt;
    }
    auto set = compliance::load_rule_set(file, sink);
    if (!set) return std::nullopt;
    sets.push_back(std::move(*set));
  }
  std::optional<compliance::Rubric> rubric;
  std::string rubric_id = cfg.rubric.empty() ? "vinh-phuc-2016-2017" : cfg.rubric;
  fs::path rubric_file = schemas / "rubrics" / (rubric_id + ".yaml");
  if (fs::exists(rubric_file)) {
    rubric = compliance::load_rubric(rubric_file, sink);
    if (!rubric) return std::nullopt;
  } else if (!cfg.rubric.empty()) {
    sink.error({"site.yaml", 0, 0}, "check.rubric", "the rubric '" + cfg.rubric + "' does not exist (no " + rubric_file.string() + ")");
    return std::nullopt;
  }
  std::optional<compliance::RuleSet> rubric_rules;
  if (rubric && !rubric->rule_set.empty()) {
    auto it = std::find_if(sets.begin(), sets.end(), [&](const compliance::RuleSet& s) { return s.id == rubric->rule_set; });
    if (it == sets.end()) {
      rubric_rules = compliance::load_rule_set(schemas / "rules" / (rubric->rule_set + ".yaml"), sink);
      if (!rubric_rules) return std::nullopt;
    }
  }
  auto facts = compliance::gather_facts(cfg, tree, data, now);
  return compliance::check(facts, sets, rubric ? &*rubric : nullptr, rubric_rules ? &*rubric_rules : nullptr);
}

}  // namespace wt::site
