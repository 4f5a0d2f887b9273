// The compliance step shared by `webtruong check` and `webtruong build`:
// reads the site's rule sets and rubric from schemas/, once per run
// (load_regulations is the one place that reads them), and checks the
// loaded site against them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

#include "compliance/checker.hpp"
#include "compliance/rule_set.hpp"
#include "config/site_config.hpp"
#include "content/content_tree.hpp"
#include "core/diagnostic.hpp"

namespace wt::data {
struct DataSet;
}

namespace wt::site {

/// The schemas/ folder of this Webtruong (core/installation.hpp); empty
/// when it was not found.
std::filesystem::path find_schemas_dir();

/// The rule sets a site is checked against: site.yaml's `rules` (default
/// tt37-2020), plus tt09-2024 (public disclosure) for schools.
std::vector<std::string> rule_set_ids(const config::SiteConfig& cfg);

/// The rule sets and rubric of one site, read once.
struct Regulations {
  std::vector<compliance::RuleSet> sets;         ///< in the order of rule_set_ids()
  std::optional<compliance::Rubric> rubric;      ///< none when the default rubric is not installed
  std::optional<compliance::RuleSet> rubric_rules;  ///< the rubric's rule set when it is none of `sets`

  /// The loaded rule set `id`, or nullptr.
  const compliance::RuleSet* find(const std::string& id) const;
};

/// Reads the rule sets and rubric the site names from `schemas`. nullopt
/// when the folder is missing or a rule or rubric file is missing or broken
/// (reported to `sink`: check.schemas, check.rules, check.rubric).
std::optional<Regulations> load_regulations(const config::SiteConfig& cfg, const std::filesystem::path& schemas,
                                            DiagnosticSink& sink);

/// Checks the loaded site against its regulations.
compliance::Report check_site(const config::SiteConfig& cfg, const content::ContentTree& tree,
                              const data::DataSet* data, const Regulations& regulations, int64_t now);

/// load_regulations() then check_site(): nullopt when the regulations could not be read.
std::optional<compliance::Report> check_loaded_site(const config::SiteConfig& cfg, const content::ContentTree& tree,
                                                    const data::DataSet* data, const std::filesystem::path& schemas,
                                                    int64_t now, DiagnosticSink& sink);

}  // namespace wt::site
