#include "regulations/regulations.hpp"

#include <algorithm>
#include <system_error>

namespace fs = std::filesystem;

namespace wt::regulations {
namespace {

/// A plain file name: no folder part, not hidden, not empty.
bool plain_id(const std::string& id) {
  return !id.empty() && id.front() != '.' && id.find_first_of("/\\") == std::string::npos &&
         id.find('\0') == std::string::npos;
}

bool is_file(const fs::path& file) {
  std::error_code ec;
  return fs::is_regular_file(file, ec);
}

void report(const RegulationRequest& request, const MissingFile& missing, DiagnosticSink& sink) {
  if (request.report_missing) request.report_missing(missing, sink);
  else sink.error({missing.file.string(), 0, 0}, "rules.read", "cannot read this rule file");
}

// Reads `ids` in order into `out`; false when one is missing or malformed.
bool load_rule_sets(const std::vector<std::string>& ids, const RegulationRequest& request, std::vector<RuleSet>& out,
                    DiagnosticSink& sink) {
  bool ok = true;
  for (const auto& id : ids) {
    const fs::path file = request.schemas_dir / "rules" / (id + ".yaml");
    if (!plain_id(id) || !is_file(file)) {
      report(request, {MissingFile::Kind::RuleSet, id, file}, sink);
      ok = false;
      continue;
    }
    auto set = load_rule_set(file, sink);
    if (!set) {
      ok = false;
      continue;
    }
    out.push_back(std::move(*set));
  }
  return ok;
}

// The rubric asked for; true with none when the default rubric does not
// exist and none is required.
bool load_asked_rubric(const RegulationRequest& request, std::optional<Rubric>& out, DiagnosticSink& sink) {
  const bool named = !request.rubric_file.empty() || !request.rubric.empty();
  const std::string id = !request.rubric_file.empty() ? request.rubric_file.string()
                         : request.rubric.empty()     ? kDefaultRubric
                                                      : request.rubric;
  const fs::path file = !request.rubric_file.empty() ? request.rubric_file
                                                     : request.schemas_dir / "rubrics" / (id + ".yaml");
  const bool exists = (!request.rubric_file.empty() || plain_id(id)) && is_file(file);
  if (!exists) {
    if (!named && !request.require_rubric) return true;
    report(request, {MissingFile::Kind::Rubric, id, file}, sink);
    return false;
  }
  out = load_rubric(file, sink);
  return out.has_value();
}

}  // namespace

const RuleSet* Regulations::find(std::string_view id) const {
  for (const auto& set : rule_sets)
    if (set.id == id) return &set;
  if (rubric_rules && rubric_rules->id == id) return &*rubric_rules;
  return nullptr;
}

std::vector<std::string> rule_set_ids(const std::string& school_type, const RegulationRequest& request) {
  std::vector<std::string> ids;
  auto add = [&](const std::string& id) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  };
  if (request.rule_sets.empty()) add(kDefaultRuleSet);
  for (const auto& id : request.rule_sets) add(id.empty() ? kDefaultRuleSet : id);
  if (request.disclosure && is_school(school_type)) add(kDisclosureRuleSet);
  return ids;
}

Regulations load_for(const std::string& school_type, const RegulationRequest& request, DiagnosticSink& sink) {
  Regulations regs;
  bool ok = load_rule_sets(rule_set_ids(school_type, request), request, regs.rule_sets, sink);
  ok = load_asked_rubric(request, regs.rubric, sink) && ok;
  // The rubric's own rule set (e.g. tt53-2012), unless already read.
  if (regs.rubric && !regs.rubric->rule_set.empty() && !regs.find(regs.rubric->rule_set)) {
    const fs::path file = request.schemas_dir / "rules" / (regs.rubric->rule_set + ".yaml");
    regs.rubric_rules = plain_id(regs.rubric->rule_set) ? load_rule_set(file, sink) : std::nullopt;
    if (!regs.rubric_rules) {
      if (!plain_id(regs.rubric->rule_set)) sink.error({file.string(), 0, 0}, "rules.read", "cannot read this rule file");
      ok = false;
    }
  }
  regs.complete = ok;
  return regs;
}

}  // namespace wt::regulations
