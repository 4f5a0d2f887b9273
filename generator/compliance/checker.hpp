// The compliance check: every requirement of the site's rule sets as ok,
// missing, stale or not applicable, with the file or URL that satisfies it;
// the posting frequency of the current school year; the projected score
// against a rubric. The rule sets and the rubric are the regulations module's
// (regulations/regulations.hpp loads them); this module applies them to a
// loaded site.
//
//   auto report = wt::compliance::check(facts, regs->rule_sets, &*regs->rubric);
//   std::cout << wt::compliance::format_text(report);
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compliance/posts_used.hpp"
#include "compliance/site_facts.hpp"
#include "regulations/rubric.hpp"
#include "regulations/rule_set.hpp"

namespace wt::compliance {

enum class Status { Ok, Missing, Stale, NotApplicable };

/// "ok", "missing", "stale", "not applicable".
const char* status_name(Status s);

struct Result {
  std::string id, name, rule_set, source;
  Status status = Status::Missing;
  std::string evidence;              ///< file or URL that satisfies it
  std::vector<std::string> urls;     ///< pages of the built site that satisfy it
  std::string note;                  ///< why missing or stale, in plain words
  Position where;                    ///< where to fix it (--strict's errors): a site.yaml line, a folder, a file
};

struct Posting {
  std::string since, until;          ///< "2025-09-05", "2026-05-31"
  int count = 0;                     ///< posts inside the window
  double weeks = 0;
  double per_week = 0;
};

struct ScoreItem {
  std::string id, name;
  double points = 0, max = 0;
  bool measured = true;              ///< false: a check cannot measure it (visits per day ...)
  std::string evidence;
};

struct Report {
  std::string school_type;
  std::vector<std::string> rule_sets;
  std::vector<Result> results;
  std::vector<Result> rubric_results;  ///< requirements only the rubric's rule set names
  Posting posting;
  /// `portal: true` posts of the current 1 June - 30 May year (rubric 3.1d).
  PostsUsed posts_used;
  std::string rubric;
  std::vector<ScoreItem> score;
  double total = 0, max = 0;
  std::vector<Position> placeholders;
  std::vector<Waiting> waiting;        ///< pages waiting for review, oldest first

  size_t count(Status s) const;
};

/// The school year whose window holds `now`, or the last one that ended:
/// posts are counted from 5 September to 31 May.
Posting posting_window(const std::vector<int64_t>& post_dates, int64_t now, int tz_minutes);

/// Checks `facts` against the rule sets; with a rubric, also scores it,
/// evaluating the requirements of `rubric_rules` (the rule set the rubric's
/// ids come from) that the rule sets do not hold.
Report check(const SiteFacts& facts, const std::vector<regulations::RuleSet>& rule_sets,
             const regulations::Rubric* rubric, const regulations::RuleSet* rubric_rules = nullptr);

std::string format_text(const Report& report);
nlohmann::json to_json(const Report& report);
/// requirement id -> URLs, for compliance.json: the site's addresses as
/// published under `base_path` ("/thcs-le-loi/tin-tuc/" for a site under a path).
nlohmann::json compliance_map(const Report& report, const std::string& base_path = "/");

}  // namespace wt::compliance
