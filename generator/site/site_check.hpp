// The compliance step shared by `webtruong check` and `webtruong build`:
// reads the site's rule sets and rubric from schemas/ and checks the loaded
// site against them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

#include "compliance/checker.hpp"
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

/// Loads the rule sets and rubric and checks the site. nullopt when a rule
/// or rubric file is missing or broken (reported to `sink`).
std::optional<compliance::Report> check_loaded_site(const config::SiteConfig& cfg, const content::ContentTree& tree,
                                                    const data::DataSet* data, const std::filesystem::path& schemas,
                                                    int64_t now, DiagnosticSink& sink);

}  // namespace wt::site
