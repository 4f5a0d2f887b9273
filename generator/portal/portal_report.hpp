// PortalReport: what a portal build knows of each member after building it,
// the one model of the compliance dashboard (portal/dashboard) and what a
// shard hands to `portal merge` (as JSON, portal_report.json in the shard's
// output). Written by the portal build (portal/), read by the dashboard.
//
//   PortalReport report = ...;              // one MemberReport per member, in portal.yaml order
//   nlohmann::json j = to_json(report);      // a shard's result
//   std::optional<PortalReport> back = portal_report_from_json(j, &error);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace wt::portal {

/// One requirement of a member's `check` (compliance::Result, flattened).
struct RequirementStatus {
  std::string id;        ///< "gioi_thieu", "tthc_list" ... (regulations.md ids)
  std::string name;      ///< its Vietnamese name
  std::string status;    ///< "ok", "missing", "stale", "not applicable"
  std::string evidence;  ///< file or URL that satisfies it, or ""
  std::string note;      ///< why missing or stale, in plain words, or ""
};

/// One item of the member's projected rubric score (compliance::ScoreItem).
struct ScoreLine {
  std::string id, name;
  double points = 0, max = 0;
  bool measured = true;  ///< false: a build cannot measure it
};

/// A member's `portal: true` posts the portal publishes on its own pages,
/// counted per year from 1 June to 30 May as seed 000 (criterion 3.1d) counts them.
struct PostsUsedYear {
  int from_year = 0;  ///< the year counted from 1 June from_year to 30 May from_year + 1
  int count = 0;
};

struct MemberReport {
  std::string slug;           ///< portal.yaml's slug ("thcs-le-loi")
  std::string name;           ///< the school's name (site.yaml), or the slug when it did not load
  std::string school_type;    ///< "thcs", "tieu_hoc" ...
  std::string commune;        ///< commune/ward (or older district) as portal.yaml names it
  std::string managing_body;  ///< who manages it: "UBND phường ...", "Sở GDĐT ..."
  std::string url;            ///< its home page as published ("https://portal/thcs-le-loi/" or its own host)
  bool built = false;         ///< false: its build failed (nothing of it was published this time)
  std::vector<std::string> diagnostics;  ///< "file:line:col: error: message" of a failed build, in order

  // Filled when built:
  std::vector<RequirementStatus> requirements;  ///< check's results, rule sets then rubric-only ones
  int posts_in_window = 0;                      ///< posts of the current school-year window
  double posts_per_week = 0;
  std::string window_since, window_until;       ///< "2025-09-05", "2026-05-31"
  std::vector<ScoreLine> score;
  double score_total = 0, score_max = 0;
  std::vector<PostsUsedYear> posts_used;        ///< ascending from_year
  int64_t latest_post = 0;                      ///< unix seconds of its newest post, 0: none
};

struct PortalReport {
  std::string name, province, base_url, rubric;
  int posts_used_threshold = 24;  ///< the rubric's 3.1d threshold a year
  int64_t generated_at = 0;       ///< unix seconds (SOURCE_DATE_EPOCH or the clock)
  std::vector<MemberReport> members;
};

nlohmann::json to_json(const PortalReport& report);
/// Reads what to_json wrote; nullopt with `error` set when a field is missing or of the wrong type.
std::optional<PortalReport> portal_report_from_json(const nlohmann::json& j, std::string* error);

}  // namespace wt::portal
