// A rule set: the legal requirements of one regulation (schemas/rules/*.yaml:
// TT 37/2020, TT 09/2024, TT 53/2012 ...), read as data so that a province
// edits them without a rebuild. `check` and the crawler audit read them
// through regulations::load_for (regulations.hpp); this is the reader of
// one file.
//
//   auto rules = wt::regulations::load_rule_set(schemas / "rules" / "tt37-2020.yaml", sink);
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace wt::regulations {

/// One way a Webtruong site satisfies a requirement.
struct Satisfier {
  std::string type;                 ///< section | data | page_words | site_field | feature
  std::vector<std::string> values;  ///< section slugs, data kinds, words, field names, feature names
  std::string matches;              ///< site_field only: a regular expression the value must match
};

struct Freshness {
  std::string kind;                 ///< weekly | school_year_deadline | posts_per_week | ...
  std::string deadline;             ///< "30/06" for school_year_deadline
  double per_week = 0;              ///< posts_per_week threshold
  int working_days = 0;
};

struct Requirement {
  std::string id, name, source, strength;
  std::vector<std::string> applies_to;   ///< school types (school_type.hpp); empty: every type
  std::vector<Satisfier> satisfiers;     ///< any one is enough
  std::vector<std::string> titles, url_words;  ///< for the crawler
  std::vector<std::string> items;        ///< checklist items (disclosures)
  std::optional<Freshness> freshness;
  std::vector<std::string> probes;       ///< built-in crawler checks (crawler.probes: "https", "viewport" ...)
  /// The evidence must be a page of its own, not a news post mentioning the
  /// words nor a list of posts (needs_page: student results need a results page).
  bool needs_page = false;

  bool applies(const std::string& school_type) const;
};

struct RuleSet {
  std::string id, name, source;
  std::vector<Requirement> requirements;
};

/// Reads one rule file; nullopt (with diagnostics at file:line:col) when it
/// cannot be read or is malformed.
std::optional<RuleSet> load_rule_set(const std::filesystem::path& file, DiagnosticSink& sink);

/// The rule sets as one: ids joined by '+' ("tt37-2020+tt09-2024"), the
/// requirements in order (the audit reports them together).
RuleSet combine(std::vector<RuleSet> sets);

}  // namespace wt::regulations
