// Crawler audit (issue 4, part 8): audit results kept in SQLite (`--db F`) so
// a site can be followed across crawls and school years. history_sqlite.cpp
// is the only file that includes sqlite3.h.
//
//   auto r = wt::audit::record("audit.db", results, "2025-06-01T08:00:00+07:00", "tt53");
//   if (!r.error.empty()) ...;
//   auto h = wt::audit::history("audit.db", "http://127.0.0.1:8053/");
//
// Schema (PRAGMA user_version 2; created when missing, migrated upwards):
//   crawls(id, started_at, rubric, rules)
//   sites(id, url UNIQUE)
//   results(crawl_id, site_id, pages, posts, in_window, per_week, total, max, json,
//           error)                      -- NULL, or "<kind>: <what> (at <where>)" of a failed site
//   items(crawl_id, site_id, item_id, points, max, measured, evidence)
//   refusals(crawl_id, site_id, n, url, reason)   -- what the crawler would not fetch, in order
// `json` is to_json() of the site, "error" and "crawl.refused" included.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/analysis/site_analysis.hpp"

namespace wt::audit {

struct RecordResult {
  int64_t crawl_id = 0;
  std::string error;  ///< Non-empty: nothing was recorded.
};

/// Records one crawl (all sites, in one transaction). `rubric` is taken from
/// the first site's score when empty.
RecordResult record(const std::string& db_path, const std::vector<SiteResult>& sites,
                    const std::string& started_at, const std::string& rules = "",
                    const std::string& rubric = "");

struct HistoryEntry {
  int64_t crawl_id = 0;
  std::string started_at, rubric, rules;
  int pages = 0, posts = 0, in_window = 0;
  double per_week = 0, total = 0, max = 0;
  nlohmann::json json;  ///< to_json of the site as recorded.
  std::string error;    ///< results.error: "" when the site did not fail.
};

struct HistoryResult {
  std::vector<HistoryEntry> entries;  ///< Oldest crawl first.
  std::string error;                  ///< Non-empty: the database could not be read.
};

/// Past results of `site_url`, oldest first; no entries (and no error) when
/// the site was never recorded.
HistoryResult history(const std::string& db_path, const std::string& site_url);

}  // namespace wt::audit
