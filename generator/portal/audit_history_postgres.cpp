// read_latest_audits_postgres: the audit history that `webtruong audit --db
// postgresql://...` writes (plugins/audit/report/history.hpp), read in one
// read-only transaction. The only file of the generator that includes
// libpqxx; its exceptions stop here, each a diagnostic naming the database
// (its password hidden).
#include <map>
#include <string>

#if WT_POSTGRES
#include <pqxx/pqxx>
#endif

#include "core/date.hpp"
#include "portal/audit_history.hpp"

namespace wt::portal {
namespace {

/// The URL fit to print: "postgresql://user:***@host/db".
std::string shown(const std::string& url) {
  const size_t start = url.find("://");
  if (start == std::string::npos) return url;
  const size_t end = url.find_first_of("/?#", start + 3);
  const size_t at = url.rfind('@', end);
  const size_t colon = url.find(':', start + 3);
  if (at == std::string::npos || at < start || colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon + 1) + "***" + url.substr(at);
}

}  // namespace

bool is_postgres_history(const std::string& db) {
  std::string scheme;
  const size_t sep = db.find("://");
  if (sep == std::string::npos) return false;
  for (char c : db.substr(0, sep)) scheme += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return scheme == "postgresql" || scheme == "postgres";
}

#if WT_POSTGRES

std::optional<std::vector<AuditSnapshot>> read_latest_audits_postgres(const std::string& url, DiagnosticSink& sink) {
  const std::string where = shown(url);
  auto fail = [&](const char* code, const std::string& message) { sink.error({where, 0, 0}, code, message); };
  auto one_line = [](std::string what) {
    while (!what.empty() && (what.back() == '\n' || what.back() == ' ')) what.pop_back();
    for (char& c : what)
      if (c == '\n') c = ' ';
    return what;
  };
  std::optional<pqxx::connection> conn;
  try {
    conn.emplace(url);
  } catch (const std::exception& e) {
    fail("portal.audit-db.open", "cannot read the audit history: " + one_line(e.what()));
    return std::nullopt;
  }
  try {
    pqxx::read_transaction t(*conn);
    if (!t.exec("SELECT to_regclass('audit_schema') IS NOT NULL")[0][0].as<bool>()) {
      fail("portal.audit-db.format",
           "the database is not an audit history written by 'webtruong audit --db' (it has none of its tables)");
      return std::nullopt;
    }
    const auto v = t.exec("SELECT max(version) FROM audit_schema")[0][0];
    const int version = v.is_null() ? 0 : v.as<int>();
    if (version > kAuditSchemaVersion) {
      fail("portal.audit-db.version", "the audit history has schema version " + std::to_string(version) +
                                          ", newer than this webtruong reads (" +
                                          std::to_string(kAuditSchemaVersion) + "): use a newer webtruong");
      return std::nullopt;
    }
    if (version < 1) {
      fail("portal.audit-db.format",
           "the database is not an audit history written by 'webtruong audit --db' (it has none of its tables)");
      return std::nullopt;
    }
    const auto rows = t.exec(
        "SELECT s.url, c.id, c.started_at, r.pages, r.posts, r.in_window, r.per_week, r.total, r.max, r.json,"
        " r.error FROM results r JOIN crawls c ON c.id = r.crawl_id JOIN sites s ON s.id = r.site_id"
        " ORDER BY s.url, c.started_at, c.id");
    std::map<std::string, AuditSnapshot> latest;  // the last row of each url wins: rows come oldest first
    for (const auto& row : rows) {
      AuditSnapshot s;
      s.site_url = row[0].as<std::string>();
      s.crawl_id = row[1].as<int64_t>();
      s.started_at = row[2].as<std::string>();
      if (auto d = parse_date(s.started_at, 0)) s.started = d->epoch();
      s.pages = row[3].as<int>();
      s.posts = row[4].as<int>();
      s.in_window = row[5].as<int>();
      s.per_week = row[6].as<double>();
      s.total = row[7].as<double>();
      s.max = row[8].as<double>();
      if (!read_audit_sections(row[9].as<std::string>(), s, where, sink)) return std::nullopt;
      s.error = row[10].is_null() ? "" : row[10].as<std::string>();
      latest[s.site_url] = std::move(s);
    }
    std::vector<AuditSnapshot> out;
    for (auto& [site, s] : latest) out.push_back(std::move(s));
    return out;
  } catch (const std::exception& e) {
    fail("portal.audit-db.read", "cannot read the audit history: " + one_line(e.what()));
    return std::nullopt;
  }
}

#else  // built without libpqxx (WT_POSTGRES=OFF)

std::optional<std::vector<AuditSnapshot>> read_latest_audits_postgres(const std::string& url, DiagnosticSink& sink) {
  sink.error({shown(url), 0, 0}, "portal.audit-db.open",
             "cannot read the audit history: this webtruong was built without PostgreSQL (libpqxx)");
  return std::nullopt;
}

#endif

}  // namespace wt::portal
