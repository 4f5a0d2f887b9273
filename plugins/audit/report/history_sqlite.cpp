// The audit history kept in SQLite (make_sqlite_history). The only file that
// includes sqlite3.h; prepared statements throughout, errors returned as values.
#include <sqlite3.h>

#include <filesystem>
#include <memory>
#include <system_error>

#include "audit/report/audit_json.hpp"
#include "audit/report/history.hpp"

namespace wt::audit {
namespace {

constexpr int kSchemaVersion = 3;
static_assert(kSchemaVersion == kHistorySchemaVersion);

// Migration N takes the schema from version N to N + 1.
const char* const kMigrations[] = {
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
    "CREATE INDEX IF NOT EXISTS results_site ON results(site_id, crawl_id);",
    // 2 (issue 10): why a site failed, and what the crawler refused to fetch.
    "ALTER TABLE results ADD COLUMN error TEXT;"
    "CREATE TABLE IF NOT EXISTS refusals(crawl_id INTEGER NOT NULL REFERENCES crawls(id),"
    " site_id INTEGER NOT NULL REFERENCES sites(id), n INTEGER NOT NULL, url TEXT NOT NULL,"
    " reason TEXT NOT NULL, PRIMARY KEY(crawl_id, site_id, n));",
    // 3 (issue 14): each page's validators and facts, for conditional recrawls.
    "CREATE TABLE IF NOT EXISTS pages(site_id INTEGER NOT NULL REFERENCES sites(id), url TEXT NOT NULL,"
    " etag TEXT NOT NULL, last_modified TEXT NOT NULL, facts TEXT NOT NULL,"
    " crawl_id INTEGER NOT NULL REFERENCES crawls(id), PRIMARY KEY(site_id, url));",
};
static_assert(sizeof kMigrations / sizeof kMigrations[0] == kSchemaVersion);

struct DbClose {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StmtFinalize {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Db = std::unique_ptr<sqlite3, DbClose>;
using Stmt = std::unique_ptr<sqlite3_stmt, StmtFinalize>;

std::string db_error(sqlite3* db, const std::string& what) { return what + ": " + sqlite3_errmsg(db); }

// Opens `path`; a missing database is created only when `create`.
Db open(const std::string& path, bool create, std::string& error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path p(path);
  const fs::path dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
  if (!fs::is_directory(dir, ec)) {
    error = "cannot open audit database " + path + ": folder " + dir.string() + " does not exist";
    return nullptr;
  }
  if (!create && !fs::exists(p, ec)) {
    error = "cannot open audit database " + path + ": no such file";
    return nullptr;
  }
  sqlite3* raw = nullptr;
  const int flags = (create ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY);
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  Db db(raw);
  if (rc != SQLITE_OK) {
    error = "cannot open audit database " + path + ": " + (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc));
    return nullptr;
  }
  sqlite3_busy_timeout(db.get(), 5000);
  return db;
}

Stmt prepare(sqlite3* db, const char* sql, std::string& error) {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK) {
    error = db_error(db, "audit database");
    return nullptr;
  }
  return Stmt(raw);
}

bool exec(sqlite3* db, const char* sql, std::string& error) {
  char* msg = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
    error = std::string("audit database: ") + (msg ? msg : sqlite3_errmsg(db));
    sqlite3_free(msg);
    return false;
  }
  return true;
}

std::optional<int> user_version(sqlite3* db, std::string& error) {
  auto st = prepare(db, "PRAGMA user_version", error);
  if (!st || sqlite3_step(st.get()) != SQLITE_ROW) {
    if (error.empty()) error = db_error(db, "audit database");
    return std::nullopt;
  }
  return sqlite3_column_int(st.get(), 0);
}

// Brings the schema to kSchemaVersion; call inside a write transaction.
bool migrate(sqlite3* db, std::string& error) {
  auto v = user_version(db, error);
  if (!v) return false;
  if (*v > kSchemaVersion) {
    error = "audit database has schema version " + std::to_string(*v) + ", newer than this webtruong (" +
            std::to_string(kSchemaVersion) + ")";
    return false;
  }
  for (int i = *v; i < kSchemaVersion; ++i)
    if (!exec(db, kMigrations[i], error)) return false;
  if (*v < kSchemaVersion)
    return exec(db, ("PRAGMA user_version = " + std::to_string(kSchemaVersion)).c_str(), error);
  return true;
}

void bind_text(sqlite3_stmt* st, int i, const std::string& s) {
  sqlite3_bind_text(st, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
}

bool step_done(sqlite3* db, sqlite3_stmt* st, std::string& error) {
  const int rc = sqlite3_step(st);
  sqlite3_reset(st);
  sqlite3_clear_bindings(st);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
    error = db_error(db, "audit database");
    return false;
  }
  return true;
}

std::string column_text(sqlite3_stmt* st, int i) {
  const auto* p = sqlite3_column_text(st, i);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(st, i))) : "";
}

bool write_crawl(sqlite3* db, const std::vector<SiteResult>& sites, const std::string& started_at,
                 const std::string& rules, const std::string& rubric, int64_t& crawl_id, std::string& error) {
  auto crawl = prepare(db, "INSERT INTO crawls(started_at, rubric, rules) VALUES(?, ?, ?)", error);
  auto site = prepare(db, "INSERT INTO sites(url) VALUES(?) ON CONFLICT(url) DO NOTHING", error);
  auto site_id = prepare(db, "SELECT id FROM sites WHERE url = ?", error);
  auto result = prepare(db,
                        "INSERT INTO results(crawl_id, site_id, pages, posts, in_window, per_week, total, max, json,"
                        " error) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        error);
  auto refusal = prepare(db, "INSERT INTO refusals(crawl_id, site_id, n, url, reason) VALUES(?, ?, ?, ?, ?)", error);
  auto item = prepare(db,
                      "INSERT INTO items(crawl_id, site_id, item_id, points, max, measured, evidence)"
                      " VALUES(?, ?, ?, ?, ?, ?, ?)",
                      error);
  auto forget = prepare(db, "DELETE FROM pages WHERE site_id = ?", error);
  auto page = prepare(db,
                      "INSERT INTO pages(site_id, url, etag, last_modified, facts, crawl_id) VALUES(?, ?, ?, ?, ?, ?)"
                      " ON CONFLICT(site_id, url) DO UPDATE SET etag = excluded.etag,"
                      " last_modified = excluded.last_modified, facts = excluded.facts, crawl_id = excluded.crawl_id",
                      error);
  if (!crawl || !site || !site_id || !result || !item || !refusal || !forget || !page) return false;
  bind_text(crawl.get(), 1, started_at);
  bind_text(crawl.get(), 2, rubric.empty() && !sites.empty() ? sites.front().score.rubric : rubric);
  bind_text(crawl.get(), 3, rules);
  if (!step_done(db, crawl.get(), error)) return false;
  crawl_id = sqlite3_last_insert_rowid(db);
  for (const auto& s : sites) {
    bind_text(site.get(), 1, s.url);
    if (!step_done(db, site.get(), error)) return false;
    bind_text(site_id.get(), 1, s.url);
    if (sqlite3_step(site_id.get()) != SQLITE_ROW) {
      error = db_error(db, "audit database");
      return false;
    }
    const int64_t sid = sqlite3_column_int64(site_id.get(), 0);
    sqlite3_reset(site_id.get());
    const nlohmann::json j = to_json(s);
    sqlite3_bind_int64(result.get(), 1, crawl_id);
    sqlite3_bind_int64(result.get(), 2, sid);
    sqlite3_bind_int(result.get(), 3, s.pages);
    sqlite3_bind_int(result.get(), 4, s.posts.count);
    sqlite3_bind_int(result.get(), 5, s.posts.in_window);
    sqlite3_bind_double(result.get(), 6, j["posts"]["per_week"].get<double>());
    sqlite3_bind_double(result.get(), 7, s.score.total);
    sqlite3_bind_double(result.get(), 8, s.score.max);
    bind_text(result.get(), 9, j.dump());
    if (s.error) {
      std::string e = s.error->kind + ": " + s.error->what;
      if (!s.error->where.empty()) e += " (at " + s.error->where + ")";
      bind_text(result.get(), 10, e);
    } else {
      sqlite3_bind_null(result.get(), 10);
    }
    if (!step_done(db, result.get(), error)) return false;
    int n = 0;
    for (const auto& r : s.crawl.refused) {
      sqlite3_bind_int64(refusal.get(), 1, crawl_id);
      sqlite3_bind_int64(refusal.get(), 2, sid);
      sqlite3_bind_int(refusal.get(), 3, ++n);
      bind_text(refusal.get(), 4, r.url);
      bind_text(refusal.get(), 5, r.reason);
      if (!step_done(db, refusal.get(), error)) return false;
    }
    for (const auto& l : s.score.items) {
      sqlite3_bind_int64(item.get(), 1, crawl_id);
      sqlite3_bind_int64(item.get(), 2, sid);
      bind_text(item.get(), 3, l.id);
      sqlite3_bind_double(item.get(), 4, l.points);
      sqlite3_bind_double(item.get(), 5, l.max);
      sqlite3_bind_int(item.get(), 6, l.measured ? 1 : 0);
      bind_text(item.get(), 7, l.evidence);
      if (!step_done(db, item.get(), error)) return false;
    }
    if (!keeps_pages(s)) continue;
    sqlite3_bind_int64(forget.get(), 1, sid);
    if (!step_done(db, forget.get(), error)) return false;
    for (const auto& m : s.memos) {
      sqlite3_bind_int64(page.get(), 1, sid);
      bind_text(page.get(), 2, m.url);
      bind_text(page.get(), 3, m.etag);
      bind_text(page.get(), 4, m.last_modified);
      bind_text(page.get(), 5, m.facts);
      sqlite3_bind_int64(page.get(), 6, crawl_id);
      if (!step_done(db, page.get(), error)) return false;
    }
  }
  return true;
}

RecordResult record_sqlite(const std::string& db_path, const std::vector<SiteResult>& sites,
                           const std::string& started_at, const std::string& rules, const std::string& rubric) {
  RecordResult r;
  Db db = open(db_path, true, r.error);
  if (!db) return r;
  if (!exec(db.get(), "PRAGMA foreign_keys = ON; BEGIN IMMEDIATE", r.error)) return r;
  int64_t id = 0;
  if (!migrate(db.get(), r.error) || !write_crawl(db.get(), sites, started_at, rules, rubric, id, r.error)) {
    std::string ignored;
    exec(db.get(), "ROLLBACK", ignored);
    return r;
  }
  if (!exec(db.get(), "COMMIT", r.error)) {
    std::string ignored;
    exec(db.get(), "ROLLBACK", ignored);
    return r;
  }
  r.crawl_id = id;
  return r;
}

HistoryResult history_sqlite(const std::string& db_path, const std::string& site_url) {
  HistoryResult h;
  Db db = open(db_path, false, h.error);
  if (!db) return h;
  auto v = user_version(db.get(), h.error);
  if (!v) return h;
  if (*v == 0) return h;  // nothing recorded yet
  if (*v > kSchemaVersion) {
    h.error = "audit database has schema version " + std::to_string(*v) + ", newer than this webtruong (" +
              std::to_string(kSchemaVersion) + ")";
    return h;
  }
  auto st = prepare(db.get(),
                    "SELECT c.id, c.started_at, c.rubric, c.rules, r.pages, r.posts, r.in_window, r.per_week,"
                    " r.total, r.max, r.json, r.error FROM results r JOIN crawls c ON c.id = r.crawl_id"
                    " JOIN sites s ON s.id = r.site_id WHERE s.url = ? ORDER BY c.started_at, c.id",
                    h.error);
  if (!st) return h;
  bind_text(st.get(), 1, site_url);
  int rc;
  while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
    HistoryEntry e;
    e.crawl_id = sqlite3_column_int64(st.get(), 0);
    e.started_at = column_text(st.get(), 1);
    e.rubric = column_text(st.get(), 2);
    e.rules = column_text(st.get(), 3);
    e.pages = sqlite3_column_int(st.get(), 4);
    e.posts = sqlite3_column_int(st.get(), 5);
    e.in_window = sqlite3_column_int(st.get(), 6);
    e.per_week = sqlite3_column_double(st.get(), 7);
    e.total = sqlite3_column_double(st.get(), 8);
    e.max = sqlite3_column_double(st.get(), 9);
    e.json = nlohmann::json::parse(column_text(st.get(), 10), nullptr, false);
    e.error = column_text(st.get(), 11);
    h.entries.push_back(std::move(e));
  }
  if (rc != SQLITE_DONE) {
    h.entries.clear();
    h.error = db_error(db.get(), "audit database");
  }
  return h;
}

MemoResult memos_sqlite(const std::string& db_path, const std::string& site_url) {
  MemoResult m;
  std::error_code ec;
  if (!std::filesystem::exists(db_path, ec)) return m;  // nothing recorded yet: every page is fetched whole
  Db db = open(db_path, false, m.error);
  if (!db) return m;
  auto v = user_version(db.get(), m.error);
  if (!v) return m;
  if (*v > kSchemaVersion) {
    m.error = "audit database has schema version " + std::to_string(*v) + ", newer than this webtruong (" +
              std::to_string(kSchemaVersion) + ")";
    return m;
  }
  if (*v < 3) return m;  // no page kept before version 3
  auto st = prepare(db.get(),
                    "SELECT p.url, p.etag, p.last_modified, p.facts FROM pages p JOIN sites s ON s.id = p.site_id"
                    " WHERE s.url = ? ORDER BY p.url",
                    m.error);
  if (!st) return m;
  bind_text(st.get(), 1, site_url);
  int rc;
  while ((rc = sqlite3_step(st.get())) == SQLITE_ROW)
    m.pages.push_back({column_text(st.get(), 0), column_text(st.get(), 1), column_text(st.get(), 2),
                       column_text(st.get(), 3)});
  if (rc != SQLITE_DONE) {
    m.pages.clear();
    m.error = db_error(db.get(), "audit database");
  }
  return m;
}

class SqliteHistory final : public HistoryStore {
 public:
  explicit SqliteHistory(std::string path) : path_(std::move(path)) {}
  RecordResult record(const std::vector<SiteResult>& sites, const std::string& started_at, const std::string& rules,
                      const std::string& rubric) override {
    return record_sqlite(path_, sites, started_at, rules, rubric);
  }
  HistoryResult history(const std::string& site_url) override { return history_sqlite(path_, site_url); }
  MemoResult memos(const std::string& site_url) override { return memos_sqlite(path_, site_url); }

 private:
  std::string path_;
};

}  // namespace

std::unique_ptr<HistoryStore> make_sqlite_history(const std::string& path) {
  return std::make_unique<SqliteHistory>(path);
}

}  // namespace wt::audit
