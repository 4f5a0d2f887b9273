// The audit history kept in PostgreSQL (make_postgres_history), through
// libpqxx 6.4: the only file that includes it, and where its exceptions
// stop (every one becomes an error value naming the database, its password
// hidden). The schema is history.hpp's, in PostgreSQL types; its version is
// kept in audit_schema(version) and changed only under an advisory lock, so
// shards starting together create it once.
#include "audit/report/history.hpp"

#if WT_POSTGRES
#include <pqxx/pqxx>
#endif

#include <optional>

#include "audit/report/audit_json.hpp"
#include "core/utf8.hpp"

namespace wt::audit {
namespace {

#if WT_POSTGRES

/// pg_advisory_xact_lock key of schema changes ("wtaudit" in ASCII).
constexpr long long kSchemaLock = 0x77746175646974LL;
constexpr int kSchemaVersion = kHistorySchemaVersion;
constexpr int kAttempts = 3;  ///< A transaction the server rolled back (deadlock, serialization) is tried again.

// Migration N takes the schema from version N to N + 1 (history_sqlite.cpp's, in PostgreSQL types).
const char* const kMigrations[] = {
    "CREATE TABLE IF NOT EXISTS crawls(id BIGSERIAL PRIMARY KEY, started_at TEXT NOT NULL, rubric TEXT NOT NULL,"
    " rules TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS sites(id BIGSERIAL PRIMARY KEY, url TEXT NOT NULL UNIQUE);"
    "CREATE TABLE IF NOT EXISTS results(crawl_id BIGINT NOT NULL REFERENCES crawls(id),"
    " site_id BIGINT NOT NULL REFERENCES sites(id), pages INTEGER NOT NULL, posts INTEGER NOT NULL,"
    " in_window INTEGER NOT NULL, per_week DOUBLE PRECISION NOT NULL, total DOUBLE PRECISION NOT NULL,"
    " max DOUBLE PRECISION NOT NULL, json TEXT NOT NULL, PRIMARY KEY(crawl_id, site_id));"
    "CREATE TABLE IF NOT EXISTS items(crawl_id BIGINT NOT NULL REFERENCES crawls(id),"
    " site_id BIGINT NOT NULL REFERENCES sites(id), item_id TEXT NOT NULL, points DOUBLE PRECISION NOT NULL,"
    " max DOUBLE PRECISION NOT NULL, measured INTEGER NOT NULL, evidence TEXT NOT NULL,"
    " PRIMARY KEY(crawl_id, site_id, item_id));"
    "CREATE INDEX IF NOT EXISTS results_site ON results(site_id, crawl_id);",
    "ALTER TABLE results ADD COLUMN IF NOT EXISTS error TEXT;"
    "CREATE TABLE IF NOT EXISTS refusals(crawl_id BIGINT NOT NULL REFERENCES crawls(id),"
    " site_id BIGINT NOT NULL REFERENCES sites(id), n INTEGER NOT NULL, url TEXT NOT NULL,"
    " reason TEXT NOT NULL, PRIMARY KEY(crawl_id, site_id, n));",
    "CREATE TABLE IF NOT EXISTS pages(site_id BIGINT NOT NULL REFERENCES sites(id), url TEXT NOT NULL,"
    " etag TEXT NOT NULL, last_modified TEXT NOT NULL, facts TEXT NOT NULL,"
    " crawl_id BIGINT NOT NULL REFERENCES crawls(id), PRIMARY KEY(site_id, url));",
};
static_assert(sizeof kMigrations / sizeof kMigrations[0] == kSchemaVersion);

/// PostgreSQL text holds neither NUL nor invalid UTF-8 (SQLite keeps both):
/// such bytes become U+FFFD rather than fail the whole crawl's record.
std::string pg_text(const std::string& s) {
  if (s.find('\0') == std::string::npos && is_valid_utf8(s)) return s;
  std::string out;
  std::string_view rest(s);
  while (!rest.empty()) {
    const size_t bad = first_invalid_utf8(rest);
    const std::string_view good = rest.substr(0, bad);
    for (char c : good) {
      if (c == '\0') out += "\xEF\xBF\xBD";
      else out += c;
    }
    if (bad == std::string_view::npos) break;
    out += "\xEF\xBF\xBD";
    rest.remove_prefix(bad + 1);
  }
  return out;
}

/// libpq's messages end with a newline and may span lines: one line here.
std::string one_line(std::string what) {
  while (!what.empty() && (what.back() == '\n' || what.back() == ' ')) what.pop_back();
  for (char& c : what)
    if (c == '\n') c = ' ';
  return what;
}

class PostgresHistory final : public HistoryStore {
 public:
  explicit PostgresHistory(std::string url) : url_(std::move(url)) {}

  RecordResult record(const std::vector<SiteResult>& sites, const std::string& started_at, const std::string& rules,
                      const std::string& rubric) override {
    RecordResult r;
    if (!connect(r.error) || !migrate(r.error)) return r;
    for (int attempt = 1;; ++attempt) {
      try {
        r.crawl_id = write_crawl(sites, started_at, rules, rubric);
        return r;
      } catch (const pqxx::transaction_rollback& e) {
        if (attempt < kAttempts) continue;
        r.error = "audit database " + redact_url(url_) + ": " + one_line(e.what());
      } catch (const std::exception& e) {
        r.error = "audit database " + redact_url(url_) + ": " + one_line(e.what());
      }
      r.crawl_id = 0;
      return r;
    }
  }

  HistoryResult history(const std::string& site_url) override {
    HistoryResult h;
    if (!connect(h.error) || !readable(h.error)) return h;
    try {
      pqxx::read_transaction t(*conn_);
      const auto rows = t.exec_params(
          "SELECT c.id, c.started_at, c.rubric, c.rules, r.pages, r.posts, r.in_window, r.per_week, r.total,"
          " r.max, r.json, r.error FROM results r JOIN crawls c ON c.id = r.crawl_id JOIN sites s ON s.id = r.site_id"
          " WHERE s.url = $1 ORDER BY c.started_at, c.id",
          pg_text(site_url));
      for (const auto& row : rows) {
        HistoryEntry e;
        e.crawl_id = row[0].as<int64_t>();
        e.started_at = row[1].as<std::string>();
        e.rubric = row[2].as<std::string>();
        e.rules = row[3].as<std::string>();
        e.pages = row[4].as<int>();
        e.posts = row[5].as<int>();
        e.in_window = row[6].as<int>();
        e.per_week = row[7].as<double>();
        e.total = row[8].as<double>();
        e.max = row[9].as<double>();
        e.json = nlohmann::json::parse(row[10].as<std::string>(), nullptr, false);
        e.error = row[11].is_null() ? "" : row[11].as<std::string>();
        h.entries.push_back(std::move(e));
      }
    } catch (const std::exception& e) {
      h.entries.clear();
      h.error = "audit database " + redact_url(url_) + ": " + one_line(e.what());
    }
    return h;
  }

  MemoResult memos(const std::string& site_url) override {
    MemoResult m;
    if (!connect(m.error)) return m;
    if (version_ < 3) {
      if (!readable(m.error) || version_ < 3) return m;  // nothing kept before version 3
    }
    try {
      pqxx::read_transaction t(*conn_);
      const auto rows = t.exec_params(
          "SELECT p.url, p.etag, p.last_modified, p.facts FROM pages p JOIN sites s ON s.id = p.site_id"
          " WHERE s.url = $1 ORDER BY p.url",
          pg_text(site_url));
      for (const auto& row : rows)
        m.pages.push_back(
            {row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<std::string>(), row[3].as<std::string>()});
    } catch (const std::exception& e) {
      m.pages.clear();
      m.error = "audit database " + redact_url(url_) + ": " + one_line(e.what());
    }
    return m;
  }

 private:
  bool connect(std::string& error) {
    if (conn_) return true;
    try {
      conn_.emplace(url_);
      return true;
    } catch (const std::exception& e) {
      error = "cannot open audit database " + redact_url(url_) + ": " + one_line(e.what());
      return false;
    }
  }

  /// The schema version (0: nothing recorded yet); false when the database
  /// is of a newer webtruong or cannot be read.
  bool readable(std::string& error) {
    try {
      pqxx::read_transaction t(*conn_);
      const auto exists = t.exec("SELECT to_regclass('audit_schema') IS NOT NULL");
      version_ = 0;
      if (exists[0][0].as<bool>()) {
        const auto v = t.exec("SELECT max(version) FROM audit_schema");
        version_ = v[0][0].is_null() ? 0 : v[0][0].as<int>();
      }
    } catch (const std::exception& e) {
      error = "audit database " + redact_url(url_) + ": " + one_line(e.what());
      return false;
    }
    if (version_ > kSchemaVersion) {
      error = "audit database has schema version " + std::to_string(version_) + ", newer than this webtruong (" +
              std::to_string(kSchemaVersion) + ")";
      return false;
    }
    return true;
  }

  /// Creates or migrates the schema, one process at a time (an advisory
  /// lock held until the transaction ends).
  bool migrate(std::string& error) {
    try {
      pqxx::work w(*conn_);
      w.exec_params("SELECT pg_advisory_xact_lock($1)", kSchemaLock);
      w.exec("CREATE TABLE IF NOT EXISTS audit_schema(version INTEGER NOT NULL)");
      const auto v = w.exec("SELECT max(version) FROM audit_schema");
      const int from = v[0][0].is_null() ? 0 : v[0][0].as<int>();
      if (from > kSchemaVersion) {
        error = "audit database has schema version " + std::to_string(from) + ", newer than this webtruong (" +
                std::to_string(kSchemaVersion) + ")";
        return false;
      }
      for (int i = from; i < kSchemaVersion; ++i) w.exec(kMigrations[i]);
      if (from < kSchemaVersion) {
        w.exec("DELETE FROM audit_schema");
        w.exec_params("INSERT INTO audit_schema(version) VALUES($1)", kSchemaVersion);
      }
      w.commit();
      version_ = kSchemaVersion;
      return true;
    } catch (const std::exception& e) {
      error = "audit database " + redact_url(url_) + ": " + one_line(e.what());
      return false;
    }
  }

  int64_t write_crawl(const std::vector<SiteResult>& sites, const std::string& started_at, const std::string& rules,
                      const std::string& rubric) {
    pqxx::work w(*conn_);
    const std::string rubric_id = rubric.empty() && !sites.empty() ? sites.front().score.rubric : rubric;
    const int64_t crawl_id =
        w.exec_params1("INSERT INTO crawls(started_at, rubric, rules) VALUES($1, $2, $3) RETURNING id",
                       pg_text(started_at), pg_text(rubric_id), pg_text(rules))[0]
            .as<int64_t>();
    for (const auto& s : sites) {
      const std::string url = pg_text(s.url);
      w.exec_params("INSERT INTO sites(url) VALUES($1) ON CONFLICT (url) DO NOTHING", url);
      const int64_t sid = w.exec_params1("SELECT id FROM sites WHERE url = $1", url)[0].as<int64_t>();
      const nlohmann::json j = to_json(s);
      std::optional<std::string> error;
      if (s.error) {
        error = s.error->kind + ": " + s.error->what;
        if (!s.error->where.empty()) *error += " (at " + s.error->where + ")";
        error = pg_text(*error);
      }
      w.exec_params(
          "INSERT INTO results(crawl_id, site_id, pages, posts, in_window, per_week, total, max, json, error)"
          " VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
          crawl_id, sid, s.pages, s.posts.count, s.posts.in_window, j["posts"]["per_week"].get<double>(),
          s.score.total, s.score.max, pg_text(j.dump()), error);
      int n = 0;
      for (const auto& r : s.crawl.refused)
        w.exec_params("INSERT INTO refusals(crawl_id, site_id, n, url, reason) VALUES($1, $2, $3, $4, $5)", crawl_id,
                      sid, ++n, pg_text(r.url), pg_text(r.reason));
      for (const auto& l : s.score.items)
        w.exec_params(
            "INSERT INTO items(crawl_id, site_id, item_id, points, max, measured, evidence)"
            " VALUES($1, $2, $3, $4, $5, $6, $7)",
            crawl_id, sid, pg_text(l.id), l.points, l.max, l.measured ? 1 : 0, pg_text(l.evidence));
      if (!keeps_pages(s)) continue;
      w.exec_params("DELETE FROM pages WHERE site_id = $1", sid);
      for (const auto& m : s.memos)
        w.exec_params(
            "INSERT INTO pages(site_id, url, etag, last_modified, facts, crawl_id) VALUES($1, $2, $3, $4, $5, $6)"
            " ON CONFLICT (site_id, url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,"
            " facts = excluded.facts, crawl_id = excluded.crawl_id",
            sid, pg_text(m.url), pg_text(m.etag), pg_text(m.last_modified), pg_text(m.facts), crawl_id);
    }
    w.commit();
    return crawl_id;
  }

  std::string url_;
  std::optional<pqxx::connection> conn_;
  int version_ = 0;
};

#else  // built without libpqxx (WT_POSTGRES=OFF)

class PostgresHistory final : public HistoryStore {
 public:
  explicit PostgresHistory(std::string url) : url_(std::move(url)) {}
  RecordResult record(const std::vector<SiteResult>&, const std::string&, const std::string&,
                      const std::string&) override {
    return {0, unsupported()};
  }
  HistoryResult history(const std::string&) override { return {{}, unsupported()}; }
  MemoResult memos(const std::string&) override { return {{}, unsupported()}; }

 private:
  std::string unsupported() const {
    return "cannot open audit database " + redact_url(url_) +
           ": this webtruong was built without PostgreSQL (libpqxx); use a SQLite file";
  }
  std::string url_;
};

#endif

}  // namespace

std::unique_ptr<HistoryStore> make_postgres_history(const std::string& url) {
  return std::make_unique<PostgresHistory>(url);
}

}  // namespace wt::audit
