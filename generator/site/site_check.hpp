// The compliance step shared by `webtruong check` and `webtruong build`: the
// site's regulations (rule sets and rubric, read through
// regulations::load_for, the function `audit` reads them through too) and
// the check of the loaded site against them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "compliance/checker.hpp"
#include "config/site_config.hpp"
#include "content/content_tree.hpp"
#include "core/diagnostic.hpp"
#include "regulations/regulations.hpp"

namespace wt::data {
struct DataSet;
}

namespace wt::site {

/// The schemas/ folder of this Webtruong (core/installation.hpp); empty
/// when it was not found.
std::filesystem::path find_schemas_dir();

/// What a site asks of the regulations: site.yaml's `rules` (default
/// tt37-2020) plus tt09-2024 (public disclosure) for schools, and its
/// `rubric` (default vinh-phuc-2016-2017; none when that is not installed).
/// What site.yaml names and does not exist is an error at site.yaml.
regulations::RegulationRequest regulation_request(const config::SiteConfig& cfg,
                                                  const std::filesystem::path& schemas);

/// The site's regulations, each file read once; nullopt when the schemas
/// folder is missing, or a rule or rubric file is missing or broken
/// (reported to `sink`).
std::optional<regulations::Regulations> load_site_regulations(const config::SiteConfig& cfg,
                                                              const std::filesystem::path& schemas,
                                                              DiagnosticSink& sink);

/// Checks the loaded site against its loaded regulations.
compliance::Report check_site(const config::SiteConfig& cfg, const content::ContentTree& tree,
                              const data::DataSet* data, const regulations::Regulations& regs, int64_t now);

/// load_site_regulations, then check_site; nullopt when the regulations
/// could not be loaded.
std::optional<compliance::Report> check_loaded_site(const config::SiteConfig& cfg, const content::ContentTree& tree,
                                                    const data::DataSet* data, const std::filesystem::path& schemas,
                                                    int64_t now, DiagnosticSink& sink);

}  // namespace wt::site
