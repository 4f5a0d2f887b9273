// Conditional recrawls (issue 14, part 5): a crawl with --db keeps each
// page's ETag and Last-Modified with the facts read from it; the next crawl
// sends If-None-Match / If-Modified-Since and, on 304 Not Modified, reads
// the stored facts. On nginx serving a static school site on 127.0.0.1: an
// unchanged site is read again with no page body but the home page; a
// changed page is read again; a 304 for a page we kept nothing of is an
// error page; bad validators are never kept nor sent; stored facts someone
// edited are not trusted.
#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <sys/wait.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "core/file_io.hpp"
#include "support/nginx_server.hpp"
#include "site_truth.hpp"
#include "support/temp_site.hpp"
#include "test_server.hpp"

namespace fs = std::filesystem;
using wt::test::Connection;
using wt::test::http_response;
using wt::test::HttpRequest;
using wt::test::NginxServer;
using wt::test::TestServer;

namespace {

struct Ran {
  int status;
  std::string output;
};

Ran run(const std::string& args) {
  std::string cmd = std::string(WT_BINARY) + " audit " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  int st = pclose(p);
  return {WIFEXITED(st) ? WEXITSTATUS(st) : -1, out};
}

std::string page(const std::string& title, const std::string& body, const std::string& head = "") {
  return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title + "</title>" + head +
         "</head><body><nav><a href=\"/\">Trang chủ</a> <a href=\"/tin-tuc/\">Tin tức</a> "
         "<a href=\"/gioi-thieu/\">Giới thiệu</a></nav><main><h1>" +
         title + "</h1>" + body + "</main></body></html>";
}

std::string article(int k, const std::string& day) {
  return page("Bài " + std::to_string(k), "<p>Tin số " + std::to_string(k) + ".</p>",
              "<meta property=\"og:type\" content=\"article\">"
              "<meta property=\"article:published_time\" content=\"" + day + "T08:00:00+07:00\">");
}

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

/// Home, a news list, four articles, an about page: 7 pages.
void write_site(const fs::path& root) {
  write(root / "robots.txt", "User-agent: *\n");
  write(root / "index.html", page("Trường THCS Thử Nghiệm", "<p>Chào mừng</p>"));
  std::string list;
  for (int k = 1; k <= 4; ++k) {
    write(root / ("tin-tuc/bai-" + std::to_string(k) + "/index.html"), article(k, "2026-09-1" + std::to_string(k)));
    list += "<li><a href=\"/tin-tuc/bai-" + std::to_string(k) + "/\">Bài " + std::to_string(k) + "</a></li>";
  }
  write(root / "tin-tuc/index.html", page("Tin tức", "<ul>" + list + "</ul>"));
  write(root / "gioi-thieu/index.html", page("Giới thiệu", "<p>Lịch sử nhà trường.</p>"));
}

nlohmann::json audit_json(const std::string& args, const fs::path& json) {
  auto r = run(args + " --json " + json.string());
  INFO(r.output);
  REQUIRE(r.status == 0);
  return nlohmann::json::parse(*wt::read_file(json))["sites"][0];
}

std::string post_date(const nlohmann::json& site, const std::string& suffix) {
  for (const auto& item : site["posts"]["items"])
    if (item["url"].get<std::string>().find(suffix) != std::string::npos) return item["date"];
  return "";
}

void sql(const fs::path& db, const std::string& statement) {
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &h) == SQLITE_OK);
  char* error = nullptr;
  const int rc = sqlite3_exec(h, statement.c_str(), nullptr, nullptr, &error);
  INFO((error ? error : ""));
  sqlite3_free(error);
  sqlite3_close(h);
  REQUIRE(rc == SQLITE_OK);
}

}  // namespace

TEST_CASE("audit recrawl: an unchanged site is read again from its 304s, a changed page is fetched again") {
  wt::test::TempDir tmp("audit-recrawl");
  const fs::path root = tmp.path / "www";
  write_site(root);
  NginxServer nginx({root, "", ""});
  const std::string db = (tmp.path / "audit.db").string();
  const std::string args = nginx.base_url() + " --db " + db + " --delay 0 -q --type thcs --since 05/09/2026 "
                           "--until 30/11/2026";

  const auto first = audit_json(args, tmp.path / "1.json");
  CHECK(first["pages"] == 7);
  CHECK(first["posts"]["count"] == 4);
  CHECK(first["crawl"]["bodies"]["pages"] == 7);
  CHECK(first["crawl"]["bodies"]["reused"] == 0);

  // Nothing changed: every page but the home page answers 304.
  const auto second = audit_json(args, tmp.path / "2.json");
  CHECK(second["crawl"]["bodies"]["pages"] == 1);
  CHECK(second["crawl"]["bodies"]["reused"] == 6);
  CHECK(second["crawl"]["bodies"]["fetched"] == 2);  // robots.txt and the home page
  for (const char* key : {"pages", "sections", "posts", "score"}) {
    INFO(key);
    CHECK(second[key] == first[key]);
  }

  // One article changes (its date, so the change shows): it alone is read again.
  write(root / "tin-tuc/bai-2/index.html", article(2, "2026-10-20"));
  fs::last_write_time(root / "tin-tuc/bai-2/index.html",
                      fs::last_write_time(root / "index.html") + std::chrono::hours(1));
  const auto third = audit_json(args, tmp.path / "3.json");
  CHECK(third["crawl"]["bodies"]["pages"] == 2);
  CHECK(third["crawl"]["bodies"]["reused"] == 5);
  CHECK(post_date(first, "/bai-2/").substr(0, 10) == "2026-09-12");
  CHECK(post_date(third, "/bai-2/").substr(0, 10) == "2026-10-20");
  CHECK(third["posts"]["count"] == 4);

  // Stored facts someone edited are not trusted: that page is fetched whole.
  sql(db, "UPDATE pages SET facts = '{\"v\":1,\"url\":\"x\"}' WHERE url LIKE '%/bai-3/'");
  const auto fourth = audit_json(args, tmp.path / "4.json");
  CHECK(fourth["crawl"]["bodies"]["pages"] == 2);
  CHECK(fourth["crawl"]["bodies"]["reused"] == 5);
  CHECK(fourth["posts"] == third["posts"]);

  // Without -q, one line sums it up (the page fetched again last time was kept again).
  const auto fifth = run(nginx.base_url() + " --db " + db + " --delay 0 --type thcs --json " +
                         (tmp.path / "5.json").string());
  CHECK(fifth.status == 0);
  CHECK(fifth.output ==
        "webtruong audit: 1 site(s): 1 page(s) fetched, 6 unchanged (304, stored facts read), 2 bodies in all "
        "(robots.txt, sitemaps, feeds, pages)\n");
}

TEST_CASE("audit recrawl: a 304 for a page we kept nothing of is an error page, bad validators are not kept") {
  TestServer server;
  std::vector<std::string> etags_seen;
  const std::string home = page("Trường THCS Thử Nghiệm", "<p>Chào mừng</p>");
  server.on("/robots.txt", [](const HttpRequest&, Connection& c) { c.send(http_response(200, "User-agent: *\n")); });
  server.on("/", [home](const HttpRequest&, Connection& c) {
    c.send(http_response(200, home, {{"Content-Type", "text/html; charset=utf-8"}}));
  });
  // Never asked conditionally, it answers 304 all the same: no page to read.
  server.on("/tin-tuc/", [](const HttpRequest&, Connection& c) {
    c.send(http_response(304, "", {{"ETag", "\"abc\""}}));
  });
  // Validators that must not be kept: an unquoted ETag, an overlong one, a date that is no date.
  server.on("/gioi-thieu/", [](const HttpRequest&, Connection& c) {
    c.send(http_response(200, page("Giới thiệu", "<p>x</p>"),
                         {{"Content-Type", "text/html; charset=utf-8"},
                          {"ETag", "abc"},
                          {"Last-Modified", "yesterday"}}));
  });
  wt::test::TempDir tmp("audit-recrawl-hostile");
  const std::string db = (tmp.path / "audit.db").string();
  const std::string args = server.url("/") + " --db " + db + " --delay 0 -q --type thcs";
  for (int i = 1; i <= 2; ++i) {
    auto r = run(args + " --json " + (tmp.path / "a.json").string());
    INFO(r.output);
    REQUIRE(r.status == 0);
    const auto site = nlohmann::json::parse(*wt::read_file(tmp.path / "a.json"))["sites"][0];
    CHECK(site["pages"] == 2);  // home and about; the 304 is not a page
    CHECK(site["crawl"]["bodies"]["reused"] == 0);
  }
  for (const auto& req : server.requests()) {
    INFO(req.path);
    CHECK(req.headers.count("if-none-match") == 0);
    CHECK(req.headers.count("if-modified-since") == 0);
  }
}
