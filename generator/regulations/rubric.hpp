// A province's scoring rubric (schemas/rubrics/*.yaml, checked against
// schemas/rubrics/rubric.schema.json): scorecards per kind of unit, each a
// list of items with their points and how each is measured. `check` projects
// a site's score with it and the audit scores crawled sites with it.
//
//   auto rubric = wt::regulations::load_rubric(schemas / "rubrics" / "vinh-phuc-2016-2017.yaml", sink);
//   if (const auto* card = rubric->for_type("thcs")) ...
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostic.hpp"

namespace wt::regulations {

/// One measured part of a rubric item.
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

/// Reads one rubric file; nullopt (with diagnostics at file:line:col) when
/// it cannot be read or is malformed.
std::optional<Rubric> load_rubric(const std::filesystem::path& file, DiagnosticSink& sink);

}  // namespace wt::regulations
