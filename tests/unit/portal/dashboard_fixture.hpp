// The portal of the dashboard's tests (tests/fixtures/portal-dashboard/):
// its report as the portal build writes it, and an audit history written
// with the schema of `webtruong audit --db`
// (plugins/audit/report/history_sqlite.cpp, user_version 3).
#pragma once

#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>

#include "portal/portal_report.hpp"

namespace wt_test {

/// 15/03/2026 08:00 in Việt Nam: "now" of the fixture.
constexpr int64_t kFixtureNow = 1773536400;

/// The schema `webtruong audit --db` writes (its migrations 1 to 3, as they are).
constexpr const char* kAuditSchemaV1 =
    "CREATE TABLE IF NOT EXISTS crawls(id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, rubric TEXT NOT NULL,"
    " rules TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS sites(id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE);"
    "CREATE TABLE IF NOT EXISTS results(crawl_id INTEGER NOT NULL REFERENCES crawls(id),"
    " site_id INTEGER NOT NULL REFERENCES sites(id), pages INTEGER NOT NULL, posts INTEGER NOT NULL,"
    " in_window INTEGER NOT NULL, per_week REAL NOT NULL, total REAL NOT NULL, max REAL NOT NULL,"
    " json TEXT NOT NULL, PRIMARY KEY(crawl_id, site_id));"
    "CREATE TABLE IF NOT EXISTS items(crawl_id INTEGER NOT NULL REFERENCES crawls(id),"
    " site_id INTEGER NOT NULL REFERENCES sites(id), item_id TEXT NOT NULL, points REAL NOT NULL,"
    " max REAL NOT NULL, measured INTEGER NOT NULL, evidence TEXT NOT NULL,"
    " PRIMARY KEY(crawl_id, site_id, item_id));"
    "CREATE INDEX IF NOT EXISTS results_site ON results(site_id, crawl_id);"
    "PRAGMA user_version = 1;";
constexpr const char* kAuditSchemaV2 =
    "ALTER TABLE results ADD COLUMN error TEXT;"
    "CREATE TABLE IF NOT EXISTS refusals(crawl_id INTEGER NOT NULL REFERENCES crawls(id),"
    " site_id INTEGER NOT NULL REFERENCES sites(id), n INTEGER NOT NULL, url TEXT NOT NULL,"
    " reason TEXT NOT NULL, PRIMARY KEY(crawl_id, site_id, n));"
    "PRAGMA user_version = 2;";
constexpr const char* kAuditSchemaV3 =
    "CREATE TABLE IF NOT EXISTS pages(site_id INTEGER NOT NULL REFERENCES sites(id), url TEXT NOT NULL,"
    " etag TEXT NOT NULL, last_modified TEXT NOT NULL, facts TEXT NOT NULL,"
    " crawl_id INTEGER NOT NULL REFERENCES crawls(id), PRIMARY KEY(site_id, url));"
    "PRAGMA user_version = 3;";

/// Runs `sql` on the database `path` (created when missing); false on any error.
inline bool run_sql(const std::filesystem::path& path, const std::string& sql) {
  sqlite3* db = nullptr;
  bool ok = sqlite3_open(path.c_str(), &db) == SQLITE_OK &&
            sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
  sqlite3_close(db);
  return ok;
}

inline std::string read_fixture(const char* name) {
  std::ifstream in(std::string(WT_TEST_FIXTURES) + "/portal-dashboard/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The fixture's audit history (tests/fixtures/portal-dashboard/audit.sql).
inline std::string fixture_audit_sql() { return read_fixture("audit.sql"); }

/// The fixture portal (tests/fixtures/portal-dashboard/report.json): six
/// members, one whose build failed, one with a hostile name, names that sort
/// differently by Vietnamese collation, by code point and without diacritics.
inline wt::portal::PortalReport fixture_report() {
  std::string error;
  auto j = nlohmann::json::parse(read_fixture("report.json"), nullptr, false);
  auto report = wt::portal::portal_report_from_json(j, &error);
  if (!report) throw std::runtime_error("tests/fixtures/portal-dashboard/report.json: " + error);
  return *report;
}

}  // namespace wt_test
