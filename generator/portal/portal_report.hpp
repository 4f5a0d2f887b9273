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

/// A post of a member as the portal's own pages show it (home, news list).
struct PortalPost {
  std::string title;
  std::string url;        ///< absolute, where the member publishes it
  int64_t date = 0;       ///< unix seconds
  std::string date_vn;    ///< "05/09/2025", in the member's time zone
  std::string date_iso;   ///< "2025-09-05T07:30:00+07:00"
  std::string summary;
  bool portal = false;    ///< marked `portal: true`
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

  // Added by the portal build for its own pages and `portal merge` (optional in JSON):
  std::string host;                    ///< its own host name, "" when published under the portal's path
  std::string address, phone, email;   ///< contact data (site.yaml) for the directory of schools
  /// Its `portal: true` posts (the years of posts_used), then its newest
  /// other posts (at most kPortalOtherPosts), newest first within each.
  std::vector<PortalPost> posts;
  /// member_search.hpp's digest of its own search index's documents, "" when
  /// none: the portal's search is made again only when a member's changes.
  std::string search_digest;
};

/// How many posts without `portal: true` a member brings to the portal home.
inline constexpr size_t kPortalOtherPosts = 12;

struct PortalReport {
  std::string name, province, base_url, rubric;
  int posts_used_threshold = 24;  ///< the rubric's 3.1d threshold a year
  int64_t generated_at = 0;       ///< unix seconds (SOURCE_DATE_EPOCH or the clock)
  std::vector<MemberReport> members;

  // Added for `portal merge` (optional in JSON):
  std::string config_hash;               ///< of portal.yaml's bytes: shards of one portal share it
  std::string shard;                     ///< "K/N" for a shard's report, "" for a whole build
  std::vector<std::string> all_members;  ///< every slug of portal.yaml, in order
};

nlohmann::json to_json(const PortalReport& report);
/// Reads what to_json wrote; nullopt with `error` set when a field is missing or of the wrong type.
std::optional<PortalReport> portal_report_from_json(const nlohmann::json& j, std::string* error);

}  // namespace wt::portal
