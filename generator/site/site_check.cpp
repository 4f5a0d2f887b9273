#include "site/site_check.hpp"

#include "compliance/site_facts.hpp"
#include "core/installation.hpp"

namespace fs = std::filesystem;

namespace wt::site {

fs::path find_schemas_dir() { return installation().schemas; }

regulations::RegulationRequest regulation_request(const config::SiteConfig& cfg, const fs::path& schemas) {
  regulations::RegulationRequest request;
  request.schemas_dir = schemas;
  request.rule_sets = {cfg.rules};
  request.rubric = cfg.rubric;
  request.report_missing = [](const regulations::MissingFile& missing, DiagnosticSink& sink) {
    const bool rubric = missing.kind == regulations::MissingFile::Kind::Rubric;
    sink.error({"site.yaml", 0, 0}, rubric ? "check.rubric" : "check.rules",
               std::string(rubric ? "the rubric '" : "the rule set '") + missing.id + "' does not exist (no " +
                   missing.file.string() + ")");
  };
  return request;
}

std::optional<regulations::Regulations> load_site_regulations(const config::SiteConfig& cfg, const fs::path& schemas,
                                                              DiagnosticSink& sink) {
  if (schemas.empty()) {
    sink.error({"schemas", 0, 0}, "check.schemas", "the schemas/ folder with the rule sets was not found");
    return std::nullopt;
  }
  auto regs = regulations::load_for(cfg.type, regulation_request(cfg, schemas), sink);
  if (!regs.complete) return std::nullopt;
  return regs;
}

compliance::Report check_site(const config::SiteConfig& cfg, const content::ContentTree& tree,
                              const data::DataSet* data, const regulations::Regulations& regs, int64_t now) {
  auto facts = compliance::gather_facts(cfg, tree, data, now);
  return compliance::check(facts, regs.rule_sets, regs.rubric ? &*regs.rubric : nullptr,
                           regs.rubric_rules ? &*regs.rubric_rules : nullptr);
}

std::optional<compliance::Report> check_loaded_site(const config::SiteConfig& cfg, const content::ContentTree& tree,
                                                    const data::DataSet* data, const fs::path& schemas, int64_t now,
                                                    DiagnosticSink& sink) {
  auto regs = load_site_regulations(cfg, schemas, sink);
  if (!regs) return std::nullopt;
  return check_site(cfg, tree, data, *regs, now);
}

}  // namespace wt::site
