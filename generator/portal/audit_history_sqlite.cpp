// read_latest_audits: the audit history read with SQLite, read-only. The
// only file of the generator that includes sqlite3.h; every SQLite code is
// turned into a diagnostic naming the file here.
#include <sqlite3.h>

#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <system_error>

#include "core/date.hpp"
#include "portal/audit_history.hpp"

namespace wt::portal {
namespace {

struct DbClose {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StmtFinalize {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Db = std::unique_ptr<sqlite3, DbClose>;
using Stmt = std::unique_ptr<sqlite3_stmt, StmtFinalize>;

constexpr const char* kNotHistory = "is not an audit history written by 'webtruong audit --db'";

class Reader {
 public:
  Reader(const std::string& path, DiagnosticSink& sink) : path_(path), sink_(sink) {}

  std::optional<std::vector<AuditSnapshot>> run() {
    if (!open()) return std::nullopt;
    auto version = user_version();
    if (!version) return std::nullopt;
    if (*version > kAuditSchemaVersion) {
      fail("portal.audit-db.version", "the audit history has schema version " + std::to_string(*version) +
                                          ", newer than this webtruong reads (" + std::to_string(kAuditSchemaVersion) +
                                          "): use a newer webtruong");
      return std::nullopt;
    }
    if (*version < 1 || !has_tables()) {
      fail("portal.audit-db.format", std::string("the file ") + kNotHistory + " (it has none of its tables)");
      return std::nullopt;
    }
    return read_results(*version >= 2);
  }

 private:
  void fail(const char* code, const std::string& message) { sink_.error({path_, 0, 0}, code, message); }

  // A SQLite failure: "file is not a database" is the usual one for a file
  // of another kind, so it gets the plain explanation.
  void fail_sqlite(int rc) {
    const std::string why = db_ ? sqlite3_errmsg(db_.get()) : sqlite3_errstr(rc);
    if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
      fail("portal.audit-db.format", std::string("the file ") + kNotHistory + " (" + why + ")");
    else
      fail("portal.audit-db.read", "cannot read the audit history: " + why);
  }

  bool open() {
    std::error_code ec;
    const auto status = std::filesystem::status(path_, ec);
    if (!std::filesystem::exists(status)) {
      fail("portal.audit-db.open", "cannot read the audit history: no such file");
      return false;
    }
    if (!std::filesystem::is_regular_file(status)) {
      fail("portal.audit-db.open", "cannot read the audit history: not a regular file");
      return false;
    }
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path_.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
    db_.reset(raw);
    if (rc != SQLITE_OK) {
      fail_sqlite(rc);
      return false;
    }
    sqlite3_busy_timeout(db_.get(), 5000);
    return true;
  }

  Stmt prepare(const char* sql) {
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v2(db_.get(), sql, -1, &raw, nullptr);
    Stmt st(raw);
    if (rc != SQLITE_OK) {
      fail_sqlite(rc);
      return nullptr;
    }
    return st;
  }

  std::optional<int> user_version() {
    Stmt st = prepare("PRAGMA user_version");
    if (!st) return std::nullopt;
    const int rc = sqlite3_step(st.get());
    if (rc != SQLITE_ROW) {
      fail_sqlite(rc);
      return std::nullopt;
    }
    return sqlite3_column_int(st.get(), 0);
  }

  bool has_tables() {
    Stmt st =
        prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('crawls', 'sites', 'results')");
    return st && sqlite3_step(st.get()) == SQLITE_ROW && sqlite3_column_int(st.get(), 0) == 3;
  }

  static std::string text(sqlite3_stmt* st, int i) {
    const auto* p = sqlite3_column_text(st, i);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(st, i))) : "";
  }

  bool read_sections(const std::string& json_text, AuditSnapshot& s) {
    return read_audit_sections(json_text, s, path_, sink_);
  }

  std::optional<std::vector<AuditSnapshot>> read_results(bool has_error_column) {
    const std::string sql = std::string(
                                "SELECT s.url, c.id, c.started_at, r.pages, r.posts, r.in_window, r.per_week,"
                                " r.total, r.max, r.json, ") +
                            (has_error_column ? "r.error" : "NULL") +
                            " FROM results r JOIN crawls c ON c.id = r.crawl_id JOIN sites s ON s.id = r.site_id"
                            " ORDER BY s.url, c.started_at, c.id";
    Stmt st = prepare(sql.c_str());
    if (!st) return std::nullopt;
    std::map<std::string, AuditSnapshot> latest;  // the last row of each url wins: rows come oldest first
    int rc;
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
      AuditSnapshot s;
      s.site_url = text(st.get(), 0);
      s.crawl_id = sqlite3_column_int64(st.get(), 1);
      s.started_at = text(st.get(), 2);
      if (auto d = parse_date(s.started_at, 0)) s.started = d->epoch();
      s.pages = sqlite3_column_int(st.get(), 3);
      s.posts = sqlite3_column_int(st.get(), 4);
      s.in_window = sqlite3_column_int(st.get(), 5);
      s.per_week = sqlite3_column_double(st.get(), 6);
      s.total = sqlite3_column_double(st.get(), 7);
      s.max = sqlite3_column_double(st.get(), 8);
      if (!read_sections(text(st.get(), 9), s)) return std::nullopt;
      s.error = text(st.get(), 10);
      latest[s.site_url] = std::move(s);
    }
    if (rc != SQLITE_DONE) {
      fail_sqlite(rc);
      return std::nullopt;
    }
    std::vector<AuditSnapshot> out;
    for (auto& [url, s] : latest) out.push_back(std::move(s));
    return out;
  }

  std::string path_;
  DiagnosticSink& sink_;
  Db db_;
};

}  // namespace

// The sections of the recorded JSON: {"sections": {"news": {"found": true, "url": "..."}, ...}}.
bool read_audit_sections(const std::string& json_text, AuditSnapshot& s, const std::string& db, DiagnosticSink& sink) {
  auto fail = [&](const std::string& message) { sink.error({db, 0, 0}, "portal.audit-db.format", message); };
  const auto j = nlohmann::json::parse(json_text, nullptr, false);
  const bool ok_shape = !j.is_discarded() && j.is_object() && (!j.contains("sections") || j["sections"].is_object());
  if (!ok_shape) {
    fail("the result of " + s.site_url + " in crawl " + std::to_string(s.crawl_id) +
         " is not the JSON 'webtruong audit' records");
    return false;
  }
  if (!j.contains("sections")) return true;
  for (const auto& [id, v] : j["sections"].items()) {
    if (!v.is_object() || !v.contains("found") || !v["found"].is_boolean()) {
      fail("section '" + id + "' of " + s.site_url + " in crawl " + std::to_string(s.crawl_id) +
           " has no 'found' true or false");
      return false;
    }
    AuditSection sec{id, v["found"].get<bool>(), ""};
    if (v.contains("url") && v["url"].is_string()) sec.url = v["url"].get<std::string>();
    s.sections.push_back(std::move(sec));
  }
  return true;
}

std::optional<std::vector<AuditSnapshot>> read_latest_audits(const std::string& db_path, DiagnosticSink& sink) {
  if (is_postgres_history(db_path)) return read_latest_audits_postgres(db_path, sink);
  return Reader(db_path, sink).run();
}

}  // namespace wt::portal
