// The audit history a portal shows beside its members: the SQLite file that
// `webtruong audit --db FILE` writes, read here on its own (the generator
// never includes plugin code) from the columns that
// plugins/audit/report/history.hpp documents:
//
//   crawls(id, started_at, rubric, rules)   sites(id, url UNIQUE)
//   results(crawl_id, site_id, pages, posts, in_window, per_week, total, max, json, error)
//   PRAGMA user_version: 1 to 3 (2 added results.error); 0 is a file the audit never wrote to.
//
// Only the latest crawl of each site is kept (by started_at, then crawl id).
// The file is opened read-only; audit_history_sqlite.cpp is the only file of
// the generator that includes sqlite3.h. A postgresql:// URL is read from
// PostgreSQL instead (audit_history_postgres.cpp), the same tables.
//
//   DiagnosticSink sink;
//   std::optional<std::vector<AuditSnapshot>> audits = read_latest_audits("audit.db", sink);
//   if (!audits) { sink.print(std::cerr); return 1; }
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace wt::portal {

/// One section the audit looked for (a requirement id of the rule sets).
struct AuditSection {
  std::string id;
  bool found = false;
  std::string url;  ///< where it was found, or ""
};

/// The latest crawl of one site.
struct AuditSnapshot {
  std::string site_url;  ///< as recorded (sites.url)
  int64_t crawl_id = 0;
  std::string started_at;  ///< as recorded ("2026-05-02T01:00:00Z")
  int64_t started = 0;     ///< started_at in unix seconds; 0 when it does not read as a date
  int pages = 0, posts = 0, in_window = 0;
  double per_week = 0, total = 0, max = 0;
  std::vector<AuditSection> sections;  ///< the sections that apply to the site, as recorded
  std::string error;                   ///< why the crawl of the site failed, "" when it did not
};

/// The latest crawl of every site in the audit history `db_path`, sorted by
/// site URL. nullopt, with an error naming the file reported to `sink`, when
/// the file is missing, is not an audit history, is of a newer schema version
/// than this webtruong reads, or holds a result it cannot read.
std::optional<std::vector<AuditSnapshot>> read_latest_audits(const std::string& db_path, DiagnosticSink& sink);

/// The schema version of `webtruong audit --db` this reader knows (3 added
/// the pages kept for conditional recrawls, which the dashboard does not read).
constexpr int kAuditSchemaVersion = 3;

/// True for a PostgreSQL history ("postgresql://..." or "postgres://...");
/// read_latest_audits then reads it with read_latest_audits_postgres.
bool is_postgres_history(const std::string& db);

/// read_latest_audits of a PostgreSQL history (audit_history_postgres.cpp,
/// the generator's only libpqxx file), the same tables and the same answer.
std::optional<std::vector<AuditSnapshot>> read_latest_audits_postgres(const std::string& url, DiagnosticSink& sink);

/// The sections of a recorded result's JSON into `s`; false, reported to
/// `sink` against `db`, when it is not the JSON the audit records.
bool read_audit_sections(const std::string& json_text, AuditSnapshot& s, const std::string& db, DiagnosticSink& sink);

}  // namespace wt::portal
