// Rule sets and rubrics: the legal requirements (schemas/rules/*.yaml) and a
// province's scoring rubric (schemas/rubrics/*.yaml), read as data so a
// province edits them without a rebuild. `check` (here) and the crawler
// audit read the same files.
//
//   auto rules = wt::compliance::load_rule_set(schemas / "rules" / "tt37-2020.yaml", sink);
//   auto rubric = wt::compliance::load_rubric(schemas / "rubrics" / "vinh-phuc-2016-2017.yaml", sink);
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace wt::compliance {

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
  std::vector<std::string> applies_to;   ///< school types
  std::vector<Satisfier> satisfiers;     ///< any one is enough
  std::vector<std::string> titles, url_words;  ///< for the crawler
  std::vector<std::string> items;        ///< checklist items (disclosures)
  std::optional<Freshness> freshness;
  std::vector<std::string> probes;       ///< built-in crawler checks (crawler.probes: "https", "viewport" ...)

  bool applies(const std::string& school_type) const;
};

struct RuleSet {
  std::string id, name, source;
  std::vector<Requirement> requirements;
};

/// One measured part of a rubric item (schemas/rubrics/rubric.schema.json).
struct RubricPart {
  std::string measure;                   ///< requirements | posts_per_week | visits_per_day | posts_to_portal ...
  std::string scoring;                   ///< all_or_nothing | per_requirement | proportional
  std::vector<std::string> requirements; ///< for measure: requirements
  double min = 0;                        ///< a single threshold: full points from this value
  std::vector<std::pair<double, double>> thresholds;  ///< (minimum value, points), ascending
  bool input = false;                    ///< measured outside the site (visits, posts used by the sở)
  std::string when_missing;              ///< skip | zero: what an input part counts without its value
  std::string note;
};

struct RubricItem {
  std::string id, label, text;
  double max = 0;                        ///< the item's points
  RubricPart part;                       ///< the measure of the item itself
  std::vector<RubricPart> parts;         ///< measure: all_of
};

/// The items of a rubric for one kind of unit (schools, or phòng GDĐT).
struct Scorecard {
  std::string for_whom;                  ///< school | pgd
  std::vector<std::string> applies_to;   ///< school types
  std::string title;
  double max = 0;
  std::vector<RubricItem> items;
};

struct Rubric {
  std::string id, name, source, rule_set;  ///< rule_set: the rules its requirement ids come from
  std::vector<Scorecard> scorecards;

  /// The scorecard for a school type, or nullptr.
  const Scorecard* for_type(const std::string& school_type) const;
};

std::optional<RuleSet> load_rule_set(const std::filesystem::path& file, DiagnosticSink& sink);
std::optional<Rubric> load_rubric(const std::filesystem::path& file, DiagnosticSink& sink);

}  // namespace wt::compliance
