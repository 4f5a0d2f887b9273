// The portal of the dashboard's tests: six members (one whose build failed,
// one with a hostile name, names that sort differently by Vietnamese
// collation, by code point and without diacritics) and an audit history
// written with the schema of `webtruong audit --db`
// (plugins/audit/report/history_sqlite.cpp, user_version 2).
#pragma once

#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "portal/portal_report.hpp"

namespace wt_test {

/// 15/03/2026 08:00 in Việt Nam: "now" of the fixture.
constexpr int64_t kFixtureNow = 1773536400;

/// The schema `webtruong audit --db` writes (its migrations 1 and 2, as they are).
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

/// Runs `sql` on the database `path` (created when missing); false on any error.
inline bool run_sql(const std::filesystem::path& path, const std::string& sql) {
  sqlite3* db = nullptr;
  bool ok = sqlite3_open(path.c_str(), &db) == SQLITE_OK &&
            sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
  sqlite3_close(db);
  return ok;
}

/// One recorded result, as `webtruong audit --db` inserts it.
inline std::string audit_row(int crawl, int site, double per_week, double total, double max,
                             const nlohmann::json& sections, const std::string& error = "") {
  nlohmann::json j = {{"url", ""}, {"pages", 40}, {"sections", sections}, {"posts", {{"per_week", per_week}}}};
  auto quote = [](std::string s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
  };
  std::ostringstream sql;
  sql << "INSERT INTO results(crawl_id, site_id, pages, posts, in_window, per_week, total, max, json, error) VALUES("
      << crawl << ", " << site << ", 40, 120, 80, " << per_week << ", " << total << ", " << max << ", "
      << quote(j.dump()) << ", " << (error.empty() ? "NULL" : quote(error)) << ");";
  return sql.str();
}

/// The fixture's audit history: three crawls of five sites.
inline std::string fixture_audit_sql() {
  using nlohmann::json;
  std::string sql = std::string(kAuditSchemaV1) + kAuditSchemaV2;
  sql +=
      "INSERT INTO crawls(id, started_at, rubric, rules) VALUES(1, '2025-12-01T01:00:00Z', 'vinh-phuc-2016', 'tt37-2020');"
      "INSERT INTO crawls(id, started_at, rubric, rules) VALUES(2, '2026-01-01T01:00:00Z', 'vinh-phuc-2016', 'tt37-2020');"
      "INSERT INTO crawls(id, started_at, rubric, rules) VALUES(3, '2026-03-01T01:00:00Z', 'vinh-phuc-2016', 'tt37-2020');"
      "INSERT INTO sites(id, url) VALUES(1, 'https://sgd.example.vn/thcs-duong-xa');"
      "INSERT INTO sites(id, url) VALUES(2, 'https://THPTLELOI.example.edu.vn:443/');"
      "INSERT INTO sites(id, url) VALUES(3, 'https://sgd.example.vn/');"
      "INSERT INTO sites(id, url) VALUES(4, 'https://sgd.example.vn/mn-anh-duong/');"
      "INSERT INTO sites(id, url) VALUES(5, 'https://sgd.example.vn/th-dong-da/');";
  const json all_found = {{"intro_structure", {{"found", true}, {"url", "https://x/gioi-thieu/"}}},
                          {"leaders", {{"found", true}}}, {"news", {{"found", true}}},
                          {"timetable", {{"found", true}}}, {"disc_finance", {{"found", true}}}};
  // Dương Xá: an old crawl that agrees, then the latest that differs on two requirements.
  sql += audit_row(1, 1, 9.0, 2, 20, all_found);
  sql += audit_row(3, 1, 3.4, 14, 20,
                   {{"intro_structure", {{"found", true}}}, {"leaders", {{"found", false}}},
                    {"news", {{"found", true}}}, {"timetable", {{"found", true}}},
                    {"disc_finance", {{"found", true}}}});
  // Lê Lợi (its own host): old, fewer posts, a lower score.
  sql += audit_row(2, 2, 1.0, 8, 20, all_found);
  // The portal's own home page: must match no member.
  sql += audit_row(3, 3, 0.0, 0, 20, json::object());
  // Ánh Dương: the crawl failed.
  sql += audit_row(3, 4, 0.0, 0, 20, json::object(), "fetch: connection refused (at https://sgd.example.vn/mn-anh-duong/)");
  // Đống Đa: agrees within the tolerances.
  sql += audit_row(3, 5, 1.5, 11, 20, all_found);
  return sql;
}

inline wt::portal::RequirementStatus req(const std::string& id, const std::string& status) {
  static const std::map<std::string, std::string> kNames = {{"intro_structure", "Sơ đồ, cơ cấu tổ chức"},
                                                            {"leaders", "Lãnh đạo"},
                                                            {"news", "Tin tức, sự kiện"},
                                                            {"timetable", "Thời khóa biểu"},
                                                            {"disc_finance", "Công khai thu, chi tài chính"}};
  return {id, kNames.at(id), status, "", ""};
}

inline wt::portal::MemberReport member(const std::string& slug, const std::string& name, const std::string& type,
                                       const std::string& commune, const std::string& url) {
  wt::portal::MemberReport m;
  m.slug = slug;
  m.name = name;
  m.school_type = type;
  m.commune = commune;
  m.managing_body = "UBND " + commune;
  m.url = url;
  m.built = true;
  m.window_since = "2025-09-05";
  m.window_until = "2026-03-15";
  return m;
}

/// The fixture portal.
inline wt::portal::PortalReport fixture_report() {
  using namespace wt::portal;
  PortalReport r;
  r.name = "Cổng thông tin Sở GDĐT Thử Nghiệm";
  r.province = "Thử Nghiệm";
  r.base_url = "https://sgd.example.vn/";
  r.rubric = "vinh-phuc-2016";
  r.posts_used_threshold = 24;
  r.generated_at = kFixtureNow;

  auto a = member("thcs-duong-xa", "Trường THCS Dương Xá", "thcs", "Xã Gia Lâm", "https://sgd.example.vn/thcs-duong-xa/");
  a.requirements = {req("intro_structure", "ok"), req("leaders", "ok"), req("news", "ok"),
                    req("timetable", "missing"), req("disc_finance", "ok")};
  a.posts_in_window = 98, a.posts_per_week = 3.5, a.score_total = 15, a.score_max = 20;
  a.posts_used = {{2024, 31}, {2025, 30}};

  auto b = member("thcs-hoa-binh", "Trường THCS Hoà Bình", "thcs", "Phường Hà Đông", "https://sgd.example.vn/thcs-hoa-binh/");
  b.requirements = {req("intro_structure", "ok"), req("leaders", "ok"), req("news", "ok"), req("timetable", "ok"),
                    req("disc_finance", "ok")};
  b.posts_in_window = 60, b.posts_per_week = 2.1, b.score_total = 17, b.score_max = 20;
  b.posts_used = {{2025, 26}};

  auto c = member("th-dong-da", "Trường Tiểu học Đống Đa <script>alert(\"x\")</script>", "th", "Phường Đống Đa",
                  "https://sgd.example.vn/th-dong-da/");
  c.requirements = {req("intro_structure", "ok"), req("leaders", "stale"), req("news", "ok"),
                    req("timetable", "ok"), req("disc_finance", "ok")};
  c.posts_in_window = 40, c.posts_per_week = 1.4, c.score_total = 11.5, c.score_max = 20;
  c.posts_used = {{2025, 10}};

  auto d = member("mn-anh-duong", "Trường Mầm non Ánh Dương", "mn", "Xã Gia Lâm", "https://sgd.example.vn/mn-anh-duong/");
  d.built = false;
  d.window_since.clear(), d.window_until.clear();
  d.diagnostics = {"content/tin-tuc/a.md:4:7: error: 'date' không phải ngày hợp lệ: \"30/02/2024\" [content.front-matter.date]",
                   "content/b.md:1:1: error: <img src=x onerror=alert(1)> & more [content.front-matter]",
                   "site.yaml:3:1: error: third [config.yaml]", "site.yaml:9:1: error: fourth [config.yaml]"};

  auto e = member("thpt-le-loi", "Trường THPT Lê Lợi", "thpt", "Phường Hà Đông", "https://thptleloi.example.edu.vn/");
  e.requirements = {req("intro_structure", "ok"), req("leaders", "ok"), req("news", "ok"), req("timetable", "ok"),
                    req("disc_finance", "ok")};
  e.posts_in_window = 140, e.posts_per_week = 5.0, e.score_total = 18, e.score_max = 20;
  e.posts_used = {{2025, 24}};

  auto f = member("thcs-dong-anh", "Trường THCS Đông Anh", "thcs", "Xã Đông Anh", "https://sgd.example.vn/thcs-dong-anh/");
  f.requirements = {req("intro_structure", "ok"), req("leaders", "ok"), req("news", "ok"), req("timetable", "ok"),
                    req("disc_finance", "not applicable")};
  f.posts_in_window = 70, f.posts_per_week = 2.5, f.score_total = 16, f.score_max = 20;
  f.posts_used = {{2025, 25}};

  r.members = {a, b, c, d, e, f};
  return r;
}

}  // namespace wt_test
