// `webtruong audit` end to end: the real binary against a small school site
// on a loopback server; every output file, the site list and input files,
// exit statuses and messages.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "core/file_io.hpp"
#include "test_server.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using wt::test::Connection;
using wt::test::http_response;
using wt::test::HttpRequest;
using wt::test::TestServer;

namespace {

struct RunResult {
  int status;
  std::string output;  // stdout and stderr together
};

RunResult run(const std::string& args) {
  std::string cmd = std::string(WT_BINARY) + " audit " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  int st = pclose(p);
  return {WIFEXITED(st) ? WEXITSTATUS(st) : -1, out};
}

struct Scratch {
  fs::path dir;
  explicit Scratch(const std::string& name)
      : dir(wt::test::make_temp_dir("wt-audit-cmd-" + name)) {}
  ~Scratch() { fs::remove_all(dir); }
  std::string operator/(const std::string& f) const { return (dir / f).string(); }
  void write(const std::string& f, const std::string& text) const { std::ofstream(dir / f, std::ios::binary) << text; }
};

std::string page(const std::string& title, const std::string& body, const std::string& head = "") {
  return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title + "</title>" + head +
         "</head><body><nav><a href=\"/\">Trang chủ</a> <a href=\"/tin-tuc/\">Tin tức</a> "
         "<a href=\"/gioi-thieu/\">Giới thiệu</a></nav><main><h1>" +
         title + "</h1>" + body + "</main></body></html>";
}

/// A five-page school site: home, news list, two dated articles, about.
void serve_school(TestServer& server) {
  std::map<std::string, std::string> pages = {
      {"/", page("Trường THCS Thử Nghiệm", "<p>Chào mừng</p>")},
      {"/tin-tuc/", page("Tin tức", "<ul><li><a href=\"/tin-tuc/khai-giang/\">Lễ khai giảng</a></li>"
                                    "<li><a href=\"/tin-tuc/hoi-giang/\">Hội giảng</a></li></ul>")},
      {"/tin-tuc/khai-giang/",
       page("Lễ khai giảng", "<p>Sáng 05/09/2026, nhà trường tổ chức lễ khai giảng.</p>",
            "<meta property=\"og:type\" content=\"article\">"
            "<meta property=\"article:published_time\" content=\"2026-09-05T08:00:00+07:00\">")},
      {"/tin-tuc/hoi-giang/",
       page("Hội giảng", "<p>Hội giảng chào mừng 20/11.</p>",
            "<meta property=\"og:type\" content=\"article\">"
            "<meta property=\"article:published_time\" content=\"2026-11-16T08:00:00+07:00\">")},
      {"/gioi-thieu/", page("Giới thiệu", "<p>Lịch sử hình thành và phát triển của nhà trường.</p>")},
  };
  for (const auto& [path, html] : pages)
    server.on(path, [html](const HttpRequest&, Connection& c) {
      c.send(http_response(200, html, {{"Content-Type", "text/html; charset=utf-8"}}));
    });
  server.on("/robots.txt", [](const HttpRequest&, Connection& c) { c.send(http_response(200, "User-agent: *\n")); });
}

const std::string kQuick = " --delay 0 --budget 20 -q --since 05/09/2026 --until 30/11/2026";

}  // namespace

TEST_CASE("audit command: JSON, CSV, HTML and SQLite from one run, history grows across runs") {
  TestServer server;
  serve_school(server);
  Scratch s("all");
  const std::string url = server.url("/");
  s.write("inputs.csv", "url,visits_per_day,posts_to_portal\n" + url + ",450,30\n");
  const std::string args = url + kQuick + " --type thcs --input " + s / "inputs.csv" + " --json " + s / "a.json" +
                           " --csv " + s / "a.csv" + " --html " + s / "a.html" + " --db " + s / "a.db";
  auto r = run(args);
  INFO(r.output);
  REQUIRE(r.status == 0);
  CHECK(r.output.empty());  // -q: nothing on the terminal when all went well

  auto j = nlohmann::json::parse(*wt::read_file(s / "a.json"));
  REQUIRE(j["sites"].size() == 1);
  const auto& site = j["sites"][0];
  CHECK(site["url"] == url);
  CHECK(site["pages"] == 5);
  CHECK(site["crawl"]["school_type"] == "thcs");
  CHECK(site["crawl"]["school_type_source"] == "given");
  CHECK(site["posts"]["window"]["since"] == "2026-09-05");
  CHECK(site["posts"]["window"]["until"] == "2026-11-30");
  CHECK(site["sections"]["news"]["found"] == true);
  bool portal_input = false;
  for (const auto& item : site["score"]["items"])
    if (item["id"] == "3.1d") {
      portal_input = item["evidence"].get<std::string>().find("30 (số liệu nhập vào)") != std::string::npos;
      CHECK(item["points"] == 5.0);  // 30 posts used by the sở >= 24
    }
  CHECK(portal_input);

  auto csv = *wt::read_file(s / "a.csv");
  CHECK(csv.rfind("\xEF\xBB\xBFurl,pages,posts,", 0) == 0);
  CHECK(csv.find("\r\n" + url + ",5,") != std::string::npos);

  auto html = *wt::read_file(s / "a.html");
  CHECK(html.find("<html lang=\"vi\">") != std::string::npos);
  CHECK(html.find("Tổng hợp 1 trang web") != std::string::npos);
  CHECK(html.find("Trường Trung học cơ sở") != std::string::npos);
  CHECK(html.find("từ 05/09/2026 đến 30/11/2026") != std::string::npos);
  CHECK(html.find("Các lần kiểm tra") == std::string::npos);  // one crawl so far

  r = run(args);
  REQUIRE(r.status == 0);
  html = *wt::read_file(s / "a.html");
  CHECK(html.find("Các lần kiểm tra") != std::string::npos);  // the second crawl shows the first
  for (const auto& e : fs::directory_iterator(s.dir))
    CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);  // no temporary left over
}

TEST_CASE("audit command: --list gives several sites, each with its own type") {
  TestServer a, b;
  serve_school(a);
  serve_school(b);
  Scratch s("list");
  s.write("schools.txt", "# Trường của phòng\n" + a.url("/") + "  thcs\n" + b.url("/") + ", th  # tiểu học\n");
  auto r = run("--list " + s / "schools.txt" + kQuick + " --json " + s / "a.json");
  INFO(r.output);
  REQUIRE(r.status == 0);
  auto j = nlohmann::json::parse(*wt::read_file(s / "a.json"));
  REQUIRE(j["sites"].size() == 2);
  CHECK(j["sites"][0]["url"] == a.url("/"));
  CHECK(j["sites"][0]["crawl"]["school_type"] == "thcs");
  CHECK(j["sites"][1]["crawl"]["school_type"] == "th");
  CHECK(j["sites"][1]["pages"] == 5);
}

TEST_CASE("audit command: without report files, the JSON goes to standard output") {
  TestServer server;
  serve_school(server);
  auto r = run(server.url("/") + kQuick);
  REQUIRE(r.status == 0);
  auto j = nlohmann::json::parse(r.output);
  CHECK(j["sites"][0]["crawl"]["school_type"] == "thcs");  // guessed from "Trường THCS ..."
  CHECK(j["sites"][0]["crawl"]["school_type_source"] == "guessed");
}

TEST_CASE("audit command: bad usage exits 2, bad files exit 1, with the place of the error") {
  Scratch s("bad");
  auto r = run("http://127.0.0.1:9/ --dely 5");
  CHECK(r.status == 2);
  CHECK(r.output.find("unknown option '--dely' (did you mean '--delay'?)") != std::string::npos);
  r = run("http://127.0.0.1:9/ --since 31/02/2026");
  CHECK(r.status == 2);
  CHECK(r.output.find("'--since' needs a date (dd/mm/yyyy or yyyy-mm-dd), not '31/02/2026'") != std::string::npos);
  r = run("http://127.0.0.1:9/ --since 01/12/2026 --until 01/11/2026");
  CHECK(r.status == 2);
  r = run("http://127.0.0.1:9/ --type truong");
  CHECK(r.status == 2);
  CHECK(r.output.find("unknown school type 'truong'") != std::string::npos);
  r = run("--delay 0");
  CHECK(r.status == 2);
  CHECK(r.output.find("give at least one site URL") != std::string::npos);

  s.write("schools.txt", "a.edu.vn thcs\nb.edu.vn  truong\n");
  r = run("--list " + s / "schools.txt");
  CHECK(r.status == 1);
  CHECK(r.output.find(s / "schools.txt" + ":2:11: error: unknown school type 'truong'") != std::string::npos);
  r = run("--list " + s / "missing.txt");
  CHECK(r.status == 1);
  CHECK(r.output.find("cannot read the site list") != std::string::npos);
  s.write("in.csv", "url,visits_per_day\na.edu.vn,nhiều\n");
  r = run("a.edu.vn --input " + s / "in.csv");
  CHECK(r.status == 1);
  CHECK(r.output.find(s / "in.csv" + ":2:10: error: visits_per_day: expected a number") != std::string::npos);
  r = run("a.edu.vn --rules tt99");
  CHECK(r.status == 1);
  CHECK(r.output.find("no rule set 'tt99'") != std::string::npos);
}

TEST_CASE("audit command: a report that cannot be written fails the run and leaves nothing half-written") {
  TestServer server;
  serve_school(server);
  Scratch s("unwritable");
  auto r = run(server.url("/") + kQuick + " --json " + s / "no/such/folder/a.json" + " --csv " + s / "a.csv");
  CHECK(r.status == 1);
  CHECK(r.output.find("cannot write " + s / "no/such/folder/a.json") != std::string::npos);
  CHECK(fs::exists(s / "a.csv"));  // the reports that could be written are
  CHECK_FALSE(fs::exists(s / "no"));
}

TEST_CASE("audit command: a site that cannot be reached is reported, and exits 1 when none could be") {
  Scratch s("down");
  auto r = run("http://127.0.0.1:9/ --delay 0 --budget 5 -q --json " + s / "a.json");
  CHECK(r.status == 1);
  CHECK(r.output.find("http://127.0.0.1:9/: the site cannot be reached (connection refused)") != std::string::npos);
  auto j = nlohmann::json::parse(*wt::read_file(s / "a.json"));
  CHECK(j["sites"][0]["pages"] == 0);
}

TEST_CASE("audit command: a progress line on a terminal, cleared at the end, none when -q or redirected") {
  TestServer server;
  serve_school(server);
  Scratch s("progress");
  // script(1) gives the command a pseudo-terminal as stdout and stderr.
  const std::string audit = std::string(WT_BINARY) + " audit " + server.url("/") +
                            " --delay 0 --budget 20 --json " + s / "a.json";
  std::string out;
  {
    FILE* p = popen(("script -qec '" + audit + "' /dev/null").c_str(), "r");
    REQUIRE(p);
    std::array<char, 4096> buf;
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
    CHECK(pclose(p) == 0);
  }
  INFO(out);
  CHECK(out.find("\r\033[Kaudit: 1 sites, ") != std::string::npos);
  CHECK(out.find(" waiting: http://127.0.0.1:") != std::string::npos);
  // The last thing written clears the line, so the shell prompt starts clean.
  CHECK(out.size() >= 4);
  CHECK(out.compare(out.size() - 4, 4, "\r\033[K") == 0);

  std::string quiet;
  FILE* p = popen(("script -qec '" + audit + " -q' /dev/null").c_str(), "r");
  REQUIRE(p);
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) quiet.append(buf.data(), n);
  pclose(p);
  CHECK(quiet.find("audit: ") == std::string::npos);
}

TEST_CASE("audit command: --templates overrides the theme's report templates file by file") {
  TestServer server;
  serve_school(server);
  Scratch s("templates");
  fs::create_directories(s.dir / "tpl" / "partials");
  // Only the style partial is replaced; the layout and the site partial stay the theme's.
  s.write("tpl/partials/report_style.mustache", "<style>body{font-family:serif}/* Sở GDĐT */</style>\n");
  auto r = run(server.url("/") + kQuick + " --templates " + s / "tpl" + " --html " + s / "r.html");
  INFO(r.output);
  REQUIRE(r.status == 0);
  auto html = *wt::read_file(s / "r.html");
  CHECK(html.find("/* Sở GDĐT */") != std::string::npos);
  CHECK(html.find("Tổng hợp 1 trang web") != std::string::npos);  // the theme's layout
  CHECK(html.find("<h3>Bảng điểm</h3>") != std::string::npos);     // the theme's site partial

  // A template with a syntax error is reported at its place, and no report is written.
  s.write("tpl/partials/report_style.mustache", "<style>{{#open}}</style>\n");
  r = run(server.url("/") + kQuick + " --templates " + s / "tpl" + " --html " + s / "r2.html");
  CHECK(r.status == 1);
  CHECK(r.output.find("report_style.mustache:1:") != std::string::npos);
  CHECK_FALSE(fs::exists(s / "r2.html"));
}

TEST_CASE("audit command: one failed site is reported in every report, the others as usual, and exits 1",
          "[hostile]") {
  TestServer good, moved, evil;
  TestServer forbidden("127.0.0.2", 0);  // another loopback address: must see no connection
  serve_school(good);
  serve_school(evil);
  // The evil site's news list redirects off the site: refused, the site is still measured.
  evil.on("/tin-tuc/", [&](const HttpRequest&, Connection& c) {
    c.send(http_response(302, "", {{"Location", forbidden.url("/admin")}}));
  });
  // The moved site's home page does: nothing can be measured, the site fails.
  moved.on("/robots.txt", [](const HttpRequest&, Connection& c) { c.send(http_response(404, "")); });
  moved.on("/", [&](const HttpRequest&, Connection& c) {
    c.send(http_response(301, "", {{"Location", forbidden.url("/")}}));
  });
  Scratch s("failed");
  s.write("sites.txt", good.url("/") + " thcs\n" + moved.url("/") + " thcs\n" + evil.url("/") + " thcs\n");
  auto r = run("--list " + s / "sites.txt" + kQuick + " --json " + s / "a.json" + " --csv " + s / "a.csv" +
               " --html " + s / "a.html" + " --db " + s / "a.db");
  INFO(r.output);
  CHECK(r.status == 1);
  CHECK(r.output.find(moved.url("/") + ": no page could be fetched (the home page: redirect refused)\n") !=
        std::string::npos);
  CHECK(r.output.find(evil.url("/") + ": 1 request(s) refused") != std::string::npos);
  CHECK(forbidden.connections() == 0);

  auto j = nlohmann::json::parse(*wt::read_file(s / "a.json"));
  REQUIRE(j["sites"].size() == 3);
  CHECK_FALSE(j["sites"][0].contains("error"));
  CHECK(j["sites"][0]["pages"] == 5);
  const nlohmann::json expected_error = {{"kind", "crawl-error"},
                                         {"what", "no page could be fetched (the home page: redirect refused)"},
                                         {"where", moved.url("/")},
                                         {"measured", nlohmann::json::array()}};
  CHECK(j["sites"][1]["error"] == expected_error);
  const nlohmann::json moved_refused = {{{"url", forbidden.url("/")}, {"reason", "redirect to another site"}}};
  CHECK(j["sites"][1]["crawl"]["refused"] == moved_refused);
  CHECK_FALSE(j["sites"][2].contains("error"));  // a refusal alone is no failure
  CHECK(j["sites"][2]["pages"] == 2);  // home and about: the articles hang under the news list
  const nlohmann::json evil_refused = {{{"url", forbidden.url("/admin")}, {"reason", "redirect to another site"}}};
  CHECK(j["sites"][2]["crawl"]["refused"] == evil_refused);

  const std::string csv = *wt::read_file(s / "a.csv");
  CHECK(csv.find(",error,refused\r\n") != std::string::npos);
  CHECK(csv.find(",crawl-error: no page could be fetched (the home page: redirect refused) (at " + moved.url("/") +
                 "),redirect to another site: " + forbidden.url("/") + "\r\n") != std::string::npos);
  CHECK(csv.find(",,redirect to another site: " + forbidden.url("/admin") + "\r\n") != std::string::npos);

  const std::string html = *wt::read_file(s / "a.html");
  CHECK(html.find("<strong>Không thu thập được trang web</strong>: no page could be fetched (the home page: redirect "
                  "refused) (tại " + moved.url("/") + ").</p><p>Vẫn đo được: không đo được gì.</p>") !=
        std::string::npos);
  CHECK(html.find("<tr><td>" + forbidden.url("/admin") + "</td><td>redirect to another site</td></tr>") !=
        std::string::npos);
  CHECK(html.find("<caption>Tổng hợp 3 trang web</caption>") != std::string::npos);

  // The history keeps the error and the refusals (results.error, refusals).
  const std::string db = *wt::read_file(s / "a.db");
  CHECK(db.find("crawl-error: no page could be fetched (the home page: redirect refused)") != std::string::npos);
  CHECK(db.find(forbidden.url("/admin")) != std::string::npos);
}

TEST_CASE("audit command: --proxy must be a proxy URL") {
  auto r = run("http://127.0.0.1:9/ --proxy nowhere");
  CHECK(r.status == 2);
  CHECK(r.output.find("'--proxy' needs a proxy URL (http://host:port, https://, socks5://), not 'nowhere'") !=
        std::string::npos);
}
