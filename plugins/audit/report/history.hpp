// Crawler audit (issue 4, part 8; issue 14, part 5): audit results kept in a
// history (`--db`) so a site can be followed across crawls and school
// years, and recrawled conditionally. One interface, HistoryStore, two
// adapters: SQLite (`--db FILE`, history_sqlite.cpp, the only file that
// includes sqlite3.h) and PostgreSQL (`--db postgresql://...` or
// `postgres://...`, history_postgres.cpp, the only file that includes
// libpqxx; its exceptions stop there). Every failure is a value.
//
//   auto db = wt::audit::open_history("audit.db");      // or "postgresql:///audit?host=/run/pg"
//   auto r = db->record(results, "2025-06-01T08:00:00+07:00", "tt53");
//   if (!r.error.empty()) ...;
//   auto h = db->history("http://127.0.0.1:8053/");
//   auto m = db->memos("http://127.0.0.1:8053/");        // pages to ask for again conditionally
//
// Schema, the same in both (version kHistorySchemaVersion; created when
// missing, migrated upwards, refused when newer; SQLite keeps the version in
// PRAGMA user_version, PostgreSQL in the table audit_schema):
//   crawls(id, started_at, rubric, rules)
//   sites(id, url UNIQUE)
//   results(crawl_id, site_id, pages, posts, in_window, per_week, total, max, json,
//           error)                      -- NULL, or "<kind>: <what> (at <where>)" of a failed site
//   items(crawl_id, site_id, item_id, points, max, measured, evidence)
//   refusals(crawl_id, site_id, n, url, reason)   -- what the crawler would not fetch, in order
//   pages(site_id, url, etag, last_modified, facts, crawl_id)   -- version 3: the latest validators
//           and facts of each page (crawled/page_memo.hpp), PRIMARY KEY(site_id, url)
// `json` is to_json() of the site, "error" and "crawl.refused" included.
// One record() is one transaction and one crawl row: shards of one audit on
// several machines each add their own crawl, and only touch the rows of
// their own sites (sites.url is UNIQUE, inserted ON CONFLICT DO NOTHING), so
// they never conflict; PostgreSQL creates and migrates the schema under an
// advisory lock, and retries a transaction the server rolled back.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/analysis/site_analysis.hpp"
#include "audit/crawled/page_memo.hpp"

namespace wt::audit {

inline constexpr int kHistorySchemaVersion = 3;

struct RecordResult {
  int64_t crawl_id = 0;
  std::string error;  ///< Non-empty: nothing was recorded.
};

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

struct MemoResult {
  std::vector<PageMemo> pages;  ///< By URL; none when the site was never recorded (or no database yet).
  std::string error;            ///< Non-empty: the database could not be read.
};

class HistoryStore {
 public:
  virtual ~HistoryStore() = default;

  /// Records one crawl (all sites, in one transaction); creates the
  /// database (SQLite) and the schema when missing. `rubric` is taken from
  /// the first site's score when empty. Each site crawled (pages > 0) has
  /// its kept pages replaced by SiteResult::memos.
  virtual RecordResult record(const std::vector<SiteResult>& sites, const std::string& started_at,
                              const std::string& rules = "", const std::string& rubric = "") = 0;

  /// Past results of `site_url`, oldest first; no entries (and no error)
  /// when the site was never recorded.
  virtual HistoryResult history(const std::string& site_url) = 0;

  /// The pages kept of `site_url` for a conditional recrawl.
  virtual MemoResult memos(const std::string& site_url) = 0;
};

/// True for "postgresql://..." and "postgres://..." (any case of the scheme).
bool is_postgres_url(const std::string& target);

/// The PostgreSQL adapter for a postgres URL, else the SQLite file `target`.
/// Nothing is opened before the first call.
std::unique_ptr<HistoryStore> open_history(const std::string& target);

std::unique_ptr<HistoryStore> make_sqlite_history(const std::string& path);
/// When built without libpqxx (WT_POSTGRES=OFF), every call fails saying so.
std::unique_ptr<HistoryStore> make_postgres_history(const std::string& url);

/// A connection URL fit to print: its password replaced by "***".
std::string redact_url(const std::string& url);

/// Whether a site's kept pages are replaced by this crawl's: only when the
/// site was crawled at all (an unreachable site keeps what it had).
inline bool keeps_pages(const SiteResult& s) { return s.pages > 0; }

/// open_history(target)->record(...) and ->history(...), for one call.
RecordResult record(const std::string& target, const std::vector<SiteResult>& sites, const std::string& started_at,
                    const std::string& rules = "", const std::string& rubric = "");
HistoryResult history(const std::string& target, const std::string& site_url);

}  // namespace wt::audit
