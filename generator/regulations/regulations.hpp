// The regulations a run is held to, loaded in one place: the rule sets
// (rule_set.hpp) and the rubric (rubric.hpp) a unit of a school type
// (school_type.hpp) is measured against. `webtruong check` and `build`
// (through site/site_check) and `webtruong audit` all load them through
// load_for, so a site that `check` passes is found complete by `audit`, and
// each file is read once per run.
//
//   wt::regulations::RegulationRequest request;
//   request.schemas_dir = schemas;                 // holds rules/ and rubrics/
//   request.rule_sets = {cfg.rules};               // site.yaml `rules`
//   auto regs = wt::regulations::load_for(cfg.type, request, sink);
//   if (regs.complete) check(facts, regs.rule_sets, regs.rubric ? &*regs.rubric : nullptr, ...);
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "regulations/rubric.hpp"
#include "regulations/rule_set.hpp"
#include "regulations/school_type.hpp"

namespace wt::regulations {

/// The rule set of a site or an audit that names none (TT 37/2020).
inline constexpr const char* kDefaultRuleSet = "tt37-2020";
/// Public disclosure (TT 09/2024), which every school is held to.
inline constexpr const char* kDisclosureRuleSet = "tt09-2024";
/// The rubric used when none is named.
inline constexpr const char* kDefaultRubric = "vinh-phuc-2016-2017";

/// A rule set or rubric the caller named that does not exist.
struct MissingFile {
  enum class Kind { RuleSet, Rubric };
  Kind kind = Kind::RuleSet;
  std::string id;              ///< As named: "tt99", or the rubric file's path.
  std::filesystem::path file;  ///< Where it was looked for.
};

/// What to load. Rule set and rubric ids name files of schemas_dir (rules/<id>.yaml,
/// rubrics/<id>.yaml); an id that is not a plain file name (a '/', a leading
/// '.') names nothing, so nothing outside schemas_dir is read.
struct RegulationRequest {
  std::filesystem::path schemas_dir;
  std::vector<std::string> rule_sets;  ///< Ids, in order; empty: kDefaultRuleSet. Each is read once.
  /// Adds kDisclosureRuleSet for a school (is_school) when it is not named:
  /// `check` holds every school to it; an audit given --rules reads only those.
  bool disclosure = true;
  std::string rubric;                  ///< An id; "": kDefaultRubric.
  std::filesystem::path rubric_file;   ///< A rubric file named by its path (audit --rubric FILE), instead of `rubric`.
  /// Without it, a default rubric that does not exist means no rubric (and no
  /// score); with it, that is an error too. A rubric named is always required.
  bool require_rubric = false;
  /// Reports, in the caller's words (where the id was written), a rule set or
  /// rubric it named that does not exist. Unset: "<file>: error: cannot read
  /// this rule file [rules.read]". A rule set a rubric names is reported so too.
  std::function<void(const MissingFile&, DiagnosticSink&)> report_missing;
};

/// What load_for read.
struct Regulations {
  /// False when something asked for is missing or malformed (reported to the
  /// sink); the rest is here all the same, but a run should not go on.
  bool complete = true;
  std::vector<RuleSet> rule_sets;       ///< In the order of rule_set_ids(), those that could be read.
  std::optional<Rubric> rubric;         ///< None when the default rubric does not exist (and is not required).
  std::optional<RuleSet> rubric_rules;  ///< The rule set the rubric's ids come from, when it is none of rule_sets.

  /// The rule set `id`, among rule_sets and rubric_rules; nullptr when none.
  const RuleSet* find(std::string_view id) const;
};

/// The ids of the rule sets load_for reads for a unit of `school_type`: the
/// request's (or kDefaultRuleSet), then kDisclosureRuleSet as the request says;
/// each once.
std::vector<std::string> rule_set_ids(const std::string& school_type, const RegulationRequest& request);

/// Reads the rule sets and the rubric a unit of `school_type` is held to
/// ("" when the type is not known, or the run measures units of several
/// types: every school requirement then applies), each file once. Every
/// problem is reported, and makes the result not `complete`.
Regulations load_for(const std::string& school_type, const RegulationRequest& request, DiagnosticSink& sink);

}  // namespace wt::regulations
