// The audit history in PostgreSQL (issue 14, part 5), against a real server
// (tests/support/postgres_server: Debian's postgresql, a Unix socket in a
// temporary folder, no TCP): two shards of one audit of six loopback sites
// (nginx) write into one database at the same time; what they wrote reads
// back through the audit's own history and through the portal's dashboard
// reader exactly as the SQLite history of the same shards does; a recrawl
// into PostgreSQL is conditional. Skipped, saying so, only when the
// PostgreSQL binaries are absent.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "audit/report/history.hpp"
#include "core/diagnostic.hpp"
#include "core/file_io.hpp"
#include "portal/audit_history.hpp"
#include "support/nginx_server.hpp"
#include "support/postgres_server.hpp"
#include "site_truth.hpp"

namespace fs = std::filesystem;
using wt::test::NginxServer;
using wt::test::PostgresServer;

namespace {

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

std::string page(const std::string& title, const std::string& body, const std::string& head = "") {
  return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title + "</title>" + head +
         "</head><body><nav><a href=\"../\">Trang chủ</a></nav><main><h1>" + title + "</h1>" + body +
         "</main></body></html>";
}

/// Site `name` under root/name/: a home, a news list and `n` dated articles.
void write_site(const fs::path& root, const std::string& name, int n) {
  std::string list;
  for (int k = 1; k <= n; ++k) {
    write(root / name / ("tin-tuc/bai-" + std::to_string(k) + "/index.html"),
          page("Bài " + std::to_string(k), "<p>Tin.</p>",
               "<meta property=\"og:type\" content=\"article\"><meta property=\"article:published_time\" content=\"2026-10-" +
                   std::to_string(10 + k) + "T08:00:00+07:00\">"));
    list += "<li><a href=\"bai-" + std::to_string(k) + "/\">Bài " + std::to_string(k) + "</a></li>";
  }
  write(root / name / "tin-tuc/index.html", page("Tin tức", "<ul>" + list + "</ul>"));
  write(root / name / "index.html",
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Trường " + name +
            "</title></head><body><nav><a href=\"tin-tuc/\">Tin tức</a></nav><main><h1>Trường " + name +
            "</h1></main></body></html>");
}

std::string quoted(const std::string& s) { return "'" + s + "'"; }

FILE* start(const std::string& args) {
  return popen((std::string(WT_BINARY) + " audit " + args + " 2>&1").c_str(), "r");
}

struct Ran {
  int status;
  std::string output;
};

Ran finish(FILE* p) {
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  const int st = pclose(p);
  return {WIFEXITED(st) ? WEXITSTATUS(st) : -1, out};
}

/// The dashboard's view of a history, without what differs between two runs (crawl ids, start times).
std::string snapshot_text(const std::vector<wt::portal::AuditSnapshot>& audits) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& a : audits) {
    nlohmann::json sections = nlohmann::json::array();
    for (const auto& s : a.sections) sections.push_back({s.id, s.found, s.url});
    out.push_back({a.site_url, a.pages, a.posts, a.in_window, a.per_week, a.total, a.max, a.error, sections});
  }
  return out.dump(1);
}

}  // namespace

TEST_CASE("audit --db postgresql://: two shards at once into one database read back as the SQLite history") {
  PostgresServer pg;
  if (!pg.available()) {
    WARN("skipped: " + pg.missing());
    return;
  }
  wt::test::TempDir tmp("audit-postgres");
  const fs::path root = tmp.path / "www";
  const std::vector<std::string> names = {"a", "b", "c", "d", "e", "f"};
  for (size_t i = 0; i < names.size(); ++i) write_site(root, names[i], 1 + static_cast<int>(i % 3));
  NginxServer nginx({root, "", ""});
  std::string list;
  for (const auto& n : names) list += nginx.base_url() + n + "/\n";
  write(tmp.path / "sites.txt", list);
  const std::string common = "--list " + (tmp.path / "sites.txt").string() +
                             " --delay 0 -q --type thcs --since 01/09/2026 --until 30/11/2026 --budget 20";
  const std::string sqlite = (tmp.path / "audit.db").string();

  // The two shards into PostgreSQL at the same time (a fresh database: both create the schema).
  FILE* one = start(common + " --shard 1/2 --db " + quoted(pg.url()));
  FILE* two = start(common + " --shard 2/2 --db " + quoted(pg.url()));
  REQUIRE(one);
  REQUIRE(two);
  const Ran r1 = finish(one), r2 = finish(two);
  INFO(r1.output + r2.output);
  REQUIRE(r1.status == 0);
  REQUIRE(r2.status == 0);
  for (const char* shard : {"1/2", "2/2"}) {
    const Ran r = finish(start(common + " --shard " + shard + " --db " + sqlite));
    INFO(r.output);
    REQUIRE(r.status == 0);
  }

  // Every site once, in its own shard's crawl; the schema's version kept.
  CHECK(pg.psql("SELECT version FROM audit_schema") == "3\n");
  CHECK(pg.psql("SELECT count(*) FROM crawls") == "2\n");
  CHECK(pg.psql("SELECT count(*), count(DISTINCT site_id) FROM results") == "6|6\n");
  CHECK(pg.psql("SELECT count(*) FROM sites") == "6\n");

  // The portal's dashboard reads both histories alike.
  wt::DiagnosticSink sink;
  const auto from_pg = wt::portal::read_latest_audits(pg.url(), sink);
  const auto from_sqlite = wt::portal::read_latest_audits(sqlite, sink);
  REQUIRE(from_pg);
  REQUIRE(from_sqlite);
  CHECK_FALSE(sink.has_errors());
  REQUIRE(from_pg->size() == names.size());
  CHECK(snapshot_text(*from_pg) == snapshot_text(*from_sqlite));
  CHECK((*from_pg)[0].posts == 1);
  CHECK((*from_pg)[1].posts == 2);

  // And the audit's own history, pages kept for recrawls included.
  auto pg_db = wt::audit::open_history(pg.url());
  auto sqlite_db = wt::audit::open_history(sqlite);
  for (const auto& n : names) {
    const std::string site = nginx.base_url() + n + "/";
    INFO(site);
    const auto h1 = pg_db->history(site), h2 = sqlite_db->history(site);
    REQUIRE(h1.error.empty());
    REQUIRE(h1.entries.size() == 1);
    REQUIRE(h2.entries.size() == 1);
    CHECK(h1.entries[0].pages == h2.entries[0].pages);
    CHECK(h1.entries[0].posts == h2.entries[0].posts);
    CHECK(h1.entries[0].total == h2.entries[0].total);
    CHECK(h1.entries[0].json["sections"] == h2.entries[0].json["sections"]);
    const auto m1 = pg_db->memos(site), m2 = sqlite_db->memos(site);
    REQUIRE(m1.error.empty());
    CHECK(m1.pages.size() == m2.pages.size());
    CHECK(m1.pages.size() >= 2);  // the news list and the articles (the home page is always fetched whole)
  }

  // A recrawl of the whole list into PostgreSQL asks conditionally: nothing changed, no article is read again.
  const Ran again = finish(start(common + " --db " + quoted(pg.url()) + " --json " + (tmp.path / "again.json").string()));
  INFO(again.output);
  REQUIRE(again.status == 0);
  const auto j = nlohmann::json::parse(*wt::read_file(tmp.path / "again.json"));
  for (const auto& s : j["sites"]) {
    INFO(s["url"]);
    CHECK(s["crawl"]["bodies"]["pages"] == 1);  // the home page
    CHECK(s["crawl"]["bodies"]["reused"] == s["pages"].template get<int>() - 1);
  }
  CHECK(pg.psql("SELECT count(*) FROM crawls") == "3\n");
}

TEST_CASE("audit --db postgresql://: an unreachable server is an error naming the database, its password hidden") {
  wt::test::TempDir tmp("audit-postgres-down");
  write_site(tmp.path / "www", "a", 1);
  NginxServer nginx({tmp.path / "www", "", ""});
  const std::string url = "postgresql://auditor:s3cret@/audit?host=" + (tmp.path / "nosocket").string();
  const Ran r = finish(start(nginx.base_url() + "a/ -q --delay 0 --type thcs --db " + quoted(url)));
  INFO(r.output);
  CHECK(r.status == 1);
  CHECK(r.output.find("s3cret") == std::string::npos);
  CHECK(r.output.find("webtruong audit: cannot open audit database postgresql://auditor:***@/audit?host=") !=
        std::string::npos);
}
