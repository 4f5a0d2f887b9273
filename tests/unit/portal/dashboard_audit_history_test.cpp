// portal::read_latest_audits: the audit history `webtruong audit --db` writes,
// read-only, the latest crawl of each site, and exact errors for files that
// are not such a history.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "portal/audit_history.hpp"
#include "unit/portal/dashboard_fixture.hpp"

using namespace wt;
using namespace wt::portal;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("wt-dash-" + std::to_string(::getpid()) + "-" + std::to_string(++counter()));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  static int& counter() {
    static int n = 0;
    return n;
  }
};

std::string diagnostics(const DiagnosticSink& sink) {
  std::string out;
  for (const auto& d : sink.sorted()) out += format_diagnostic(d) + "\n";
  return out;
}

}  // namespace

TEST_CASE("portal::read_latest_audits keeps the latest crawl of each site", "[portal][dashboard]") {
  TempDir dir;
  const fs::path db = dir.path / "audit.db";
  REQUIRE(wt_test::run_sql(db, wt_test::fixture_audit_sql()));
  const auto before = fs::last_write_time(db);
  DiagnosticSink sink;
  auto audits = read_latest_audits(db.string(), sink);
  INFO(diagnostics(sink));
  REQUIRE(audits);
  CHECK_FALSE(sink.has_errors());
  REQUIRE(audits->size() == 5);
  // Sorted by URL as recorded.
  CHECK((*audits)[0].site_url == "https://THPTLELOI.example.edu.vn:443/");
  CHECK((*audits)[1].site_url == "https://sgd.example.vn/");
  CHECK((*audits)[3].site_url == "https://sgd.example.vn/th-dong-da/");
  const AuditSnapshot& duong_xa = (*audits)[4];
  CHECK(duong_xa.site_url == "https://sgd.example.vn/thcs-duong-xa");
  CHECK(duong_xa.crawl_id == 3);  // not crawl 1
  CHECK(duong_xa.started_at == "2026-03-01T01:00:00Z");
  CHECK(duong_xa.started == 1772326800);
  CHECK(duong_xa.per_week == Approx(3.4));
  CHECK(duong_xa.total == 14);
  CHECK(duong_xa.max == 20);
  CHECK(duong_xa.pages == 40);
  CHECK(duong_xa.posts == 120);
  CHECK(duong_xa.in_window == 80);
  CHECK(duong_xa.error.empty());
  REQUIRE(duong_xa.sections.size() == 5);
  CHECK(duong_xa.sections[0].id == "disc_finance");  // as nlohmann orders the object
  bool leaders_found = true;
  for (const auto& s : duong_xa.sections)
    if (s.id == "leaders") leaders_found = s.found;
  CHECK_FALSE(leaders_found);
  CHECK((*audits)[2].error == "fetch: connection refused (at https://sgd.example.vn/mn-anh-duong/)");
  // Read-only: the file is not touched, and no journal is left beside it.
  CHECK(fs::last_write_time(db) == before);
  CHECK(fs::directory_iterator(dir.path) != fs::directory_iterator());
  CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
}

TEST_CASE("portal::read_latest_audits reads a history of schema version 1 (no error column)", "[portal][dashboard]") {
  TempDir dir;
  const fs::path db = dir.path / "old.db";
  REQUIRE(wt_test::run_sql(
      db, std::string(wt_test::kAuditSchemaV1) +
              "INSERT INTO crawls VALUES(1, '2025-10-01T00:00:00Z', 'r', 'tt37-2020');"
              "INSERT INTO sites VALUES(1, 'http://127.0.0.1:8053/');"
              "INSERT INTO results VALUES(1, 1, 3, 2, 1, 0.5, 4, 20, "
              "'{\"sections\": {\"news\": {\"found\": true, \"url\": \"http://127.0.0.1:8053/tin/\"}}}');"));
  DiagnosticSink sink;
  auto audits = read_latest_audits(db.string(), sink);
  INFO(diagnostics(sink));
  REQUIRE(audits);
  REQUIRE(audits->size() == 1);
  CHECK(audits->front().error.empty());
  REQUIRE(audits->front().sections.size() == 1);
  CHECK(audits->front().sections[0].url == "http://127.0.0.1:8053/tin/");
}

TEST_CASE("portal::read_latest_audits names the file when it is not an audit history", "[portal][dashboard]") {
  TempDir dir;
  DiagnosticSink sink;
  std::string expected;
  SECTION("missing") {
    CHECK_FALSE(read_latest_audits((dir.path / "none.db").string(), sink));
    expected = (dir.path / "none.db").string() + ": error: cannot read the audit history: no such file\n";
  }
  SECTION("a folder") {
    CHECK_FALSE(read_latest_audits(dir.path.string(), sink));
    expected = dir.path.string() + ": error: cannot read the audit history: not a regular file\n";
  }
  SECTION("a text file") {
    const fs::path f = dir.path / "notes.db";
    std::ofstream(f) << "portal:\n  name: not a database, not even close to one, long enough to be read\n";
    CHECK_FALSE(read_latest_audits(f.string(), sink));
    expected = f.string() +
               ": error: the file is not an audit history written by 'webtruong audit --db' (file is not a "
               "database)\n";
  }
  SECTION("another SQLite database") {
    const fs::path f = dir.path / "other.db";
    REQUIRE(wt_test::run_sql(f, "CREATE TABLE pupils(name TEXT);"));
    CHECK_FALSE(read_latest_audits(f.string(), sink));
    expected = f.string() +
               ": error: the file is not an audit history written by 'webtruong audit --db' (it has none of its "
               "tables)\n";
  }
  SECTION("a newer schema") {
    const fs::path f = dir.path / "new.db";
    REQUIRE(wt_test::run_sql(
        f, std::string(wt_test::kAuditSchemaV1) + wt_test::kAuditSchemaV2 + wt_test::kAuditSchemaV3 +
                                    "PRAGMA user_version = 4;"));
    CHECK_FALSE(read_latest_audits(f.string(), sink));
    expected = f.string() +
               ": error: the audit history has schema version 4, newer than this webtruong reads (3): use a newer "
               "webtruong\n";
  }
  SECTION("a result whose JSON is not the audit's") {
    const fs::path f = dir.path / "bad.db";
    REQUIRE(wt_test::run_sql(f, std::string(wt_test::kAuditSchemaV1) + wt_test::kAuditSchemaV2 +
                                    "INSERT INTO crawls VALUES(7, '2026-01-01T00:00:00Z', 'r', 'x');"
                                    "INSERT INTO sites VALUES(1, 'https://a.example/');"
                                    "INSERT INTO results VALUES(7, 1, 0, 0, 0, 0, 0, 0, '{\"sections\": {\"news\": "
                                    "{\"found\": \"yes\"}}}', NULL);"));
    CHECK_FALSE(read_latest_audits(f.string(), sink));
    expected = f.string() +
               ": error: section 'news' of https://a.example/ in crawl 7 has no 'found' true or false"
               "\n";
  }
  CHECK(diagnostics(sink) == expected);
}

namespace {

// The SQL statements of `text`, one per ';', trimmed, comments and PRAGMAs left out.
std::vector<std::string> statements(const std::string& text) {
  std::string code;
  std::stringstream lines(text);
  for (std::string line; std::getline(lines, line);)
    if (line.rfind("--", 0) != 0) code += line + "\n";
  std::vector<std::string> out;
  std::stringstream in(code);
  std::string s;
  while (std::getline(in, s, ';')) {
    s.erase(0, s.find_first_not_of(" \n"));
    s.erase(s.find_last_not_of(" \n") + 1);
    if (!s.empty() && s.rfind("PRAGMA", 0) != 0) out.push_back(s);
  }
  return out;
}

}  // namespace

TEST_CASE("portal dashboard tests write the audit history with the schema webtruong audit writes",
          "[portal][dashboard]") {
  // The string literals of kMigrations in the audit's SQLite file, joined.
  std::ifstream in(WT_SOURCE_DIR "/plugins/audit/report/history_sqlite.cpp");
  std::stringstream text;
  text << in.rdbuf();
  const std::string source = text.str();
  const size_t begin = source.find("const char* const kMigrations[] = {");
  REQUIRE(begin != std::string::npos);
  const size_t end = source.find("};", begin);
  std::string sql;
  for (size_t q = source.find('"', begin); q < end; q = source.find('"', q + 1)) {
    const size_t close = source.find('"', q + 1);
    sql += source.substr(q + 1, close - q - 1);
    q = close;
  }
  CHECK(source.find("constexpr int kSchemaVersion = 3;") != std::string::npos);
  CHECK(kAuditSchemaVersion == 3);
  CHECK(statements(sql) == statements(std::string(wt_test::kAuditSchemaV1) + wt_test::kAuditSchemaV2 +
                                      wt_test::kAuditSchemaV3));
  // The fixture's history starts with the same schema.
  const auto fixture = statements(wt_test::fixture_audit_sql());
  const auto schema = statements(sql);
  REQUIRE(fixture.size() > schema.size());
  CHECK(std::vector<std::string>(fixture.begin(), fixture.begin() + schema.size()) == schema);
}

// Hidden (run by hand: the audit takes 45 s to give up on a closed port): a history
// written by the real binary, named by WT_REAL_AUDIT_DB, e.g.
//   webtruong audit http://127.0.0.1:9/ --db /tmp/real-audit.db
//   WT_REAL_AUDIT_DB=/tmp/real-audit.db build-test/tests/test_portal '[.real]'
TEST_CASE("portal::read_latest_audits reads a history the real webtruong audit wrote", "[.real]") {
  const char* path = std::getenv("WT_REAL_AUDIT_DB");
  REQUIRE(path);
  DiagnosticSink sink;
  auto audits = read_latest_audits(path, sink);
  INFO(diagnostics(sink));
  REQUIRE(audits);
  REQUIRE(audits->size() == 1);
  const AuditSnapshot& a = audits->front();
  INFO(a.site_url << " crawl " << a.crawl_id << " at " << a.started_at << " error '" << a.error << "'");
  CHECK(a.site_url == "http://127.0.0.1:9/");
  CHECK(a.started > 1700000000);
  CHECK(a.error.rfind("crawl-error: the site cannot be reached", 0) == 0);
  // A failed crawl still records every section that applies, none found.
  CHECK_FALSE(a.sections.empty());
  for (const auto& sec : a.sections) CHECK_FALSE(sec.found);
}
