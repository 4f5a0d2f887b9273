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

const compliance::RuleSet* Regulations::find(const std::string& id) const {
  for (const auto& s : sets)
    if (s.id == id) return &s;
  if (rubric_rules && rubric_rules->id == id) return &*rubric_rules;
  return nullptr;
}

std::optional<Regulations> load_regulations(const config::SiteConfig& cfg, const fs::path& schemas,
                                            DiagnosticSink& sink) {
  if (schemas.empty()) {
    sink.error({"schemas", 0, 0}, "check.schemas", "the schemas/ folder with the rule sets was not found");
    return std::nullopt;
  }
  Regulations r;
  for (const auto& id : rule_set_ids(cfg)) {
    fs::path file = schemas / "rules" / (id + ".yaml");
    if (!fs::exists(file)) {
      sink.error({"site.yaml", 0, 0}, "check.rules", "the rule set '" + id + "' does not exist (no " + file.string() + ")");
      return std::nullopt;
    }
    auto set = compliance::load_rule_set(file, sink);
    if (!set) return std::nullopt;
    r.sets.push_back(std::move(*set));
  }
  std::string rubric_id = cfg.rubric.empty() ? "vinh-phuc-2016-2017" : cfg.rubric;
  fs::path rubric_file = schemas / "rubrics" / (rubric_id + ".yaml");
  if (fs::exists(rubric_file)) {
    r.rubric = compliance::load_rubric(rubric_file, sink);
    if (!r.rubric) return std::nullopt;
  } else if (!cfg.rubric.empty()) {
    sink.error({"site.yaml", 0, 0}, "check.rubric", "the rubric '" + cfg.rubric + "' does not exist (no " + rubric_file.string() + ")");
    return std::nullopt;
  }
  if (r.rubric && !r.rubric->rule_set.empty()) {
    auto it = std::find_if(r.sets.begin(), r.sets.end(),
                           [&](const compliance::RuleSet& s) { return s.id == r.rubric->rule_set; });
    if (it == r.sets.end()) {
      r.rubric_rules = compliance::load_rule_set(schemas / "rules" / (r.rubric->rule_set + ".yaml"), sink);
      if (!r.rubric_rules) return std::nullopt;
    }
  }
  return r;
}

compliance::Report check_site(const config::SiteConfig& cfg, const content::ContentTree& tree,
                              const data::DataSet* data, const Regulations& r, int64_t now) {
  auto facts = compliance::gather_facts(cfg, tree, data, now);
  return compliance::check(facts, r.sets, r.rubric ? &*r.rubric : nullptr, r.rubric_rules ? &*r.rubric_rules : nullptr);
}

std::optional<compliance::Report> check_loaded_site(const config::SiteConfig& cfg, const content::ContentTree& tree,
                                                    const data::DataSet* data, const fs::path& schemas, int64_t now,
                                                    DiagnosticSink& sink) {
  auto r = load_regulations(cfg, schemas, sink);
  if (!r) return std::nullopt;
  return check_site(cfg, tree, data, *r, now);
}

}  // namespace wt::site
