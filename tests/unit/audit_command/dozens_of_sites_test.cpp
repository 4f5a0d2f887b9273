// Issue 4, "done when": an auditor runs `webtruong audit --list schools.txt
// --html report.html` over dozens of sites and gets a correct score sheet.
// 24 small school sites, each with a known number of articles and sections,
// served on loopback; one run; every site's figures checked.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

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

struct Truth {
  int posts = 0;           ///< Articles dated inside the window.
  bool timetable = false;  ///< Has a "Thời khóa biểu" page linked from the menu.
  int visits = 0;          ///< Given in the input file.
};

std::string page(const std::string& title, const std::string& nav, const std::string& body,
                 const std::string& head = "") {
  return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title + "</title>" + head +
         "</head><body><nav>" + nav + "</nav><main><h1>" + title + "</h1>" + body + "</main></body></html>";
}

/// Site i: `truth.posts` articles, one every two days from 05/09/2026, each
/// with og:type=article and article:published_time; a news list linking them.
void serve_site(TestServer& server, int i, const Truth& truth) {
  const std::string type = "text/html; charset=utf-8";
  std::string nav = "<a href=\"/\">Trang chủ</a> <a href=\"/tin-tuc/\">Tin tức</a>";
  if (truth.timetable) nav += " <a href=\"/thoi-khoa-bieu/\">Thời khóa biểu</a>";
  auto add = [&](const std::string& path, const std::string& html) {
    server.on(path, [html, type](const HttpRequest&, Connection& c) {
      c.send(http_response(200, html, {{"Content-Type", type}}));
    });
  };
  add("/", page("Trường THCS Số " + std::to_string(i + 1), nav, "<p>Chào mừng.</p>"));
  std::string list = "<ul>";
  for (int k = 0; k < truth.posts; ++k) {
    int day = 5 + 2 * k;  // 5 September + 2k days, all inside September-November
    int month = 9;
    while (day > (month == 9 || month == 11 ? 30 : 31)) day -= (month == 9 || month == 11 ? 30 : 31), ++month;
    char iso[40];
    std::snprintf(iso, sizeof iso, "2026-%02d-%02dT08:00:00+07:00", month, day);
    const std::string path = "/tin-tuc/bai-" + std::to_string(k + 1) + "/";
    add(path, page("Bài " + std::to_string(k + 1), nav, "<p>Nội dung.</p>",
                   "<meta property=\"og:type\" content=\"article\">"
                   "<meta property=\"article:published_time\" content=\"" + std::string(iso) + "\">"));
    list += "<li><a href=\"" + path + "\">Bài " + std::to_string(k + 1) + "</a></li>";
  }
  add("/tin-tuc/", page("Tin tức", nav, list + "</ul>"));
  if (truth.timetable) add("/thoi-khoa-bieu/", page("Thời khóa biểu", nav, "<table><tr><td>Toán</td></tr></table>"));
  server.on("/robots.txt", [](const HttpRequest&, Connection& c) { c.send(http_response(200, "User-agent: *\n")); });
}

int run(const std::string& args, std::string* output) {
  std::string cmd = std::string(WT_BINARY) + " audit " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) output->append(buf.data(), n);
  int st = pclose(p);
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

}  // namespace

TEST_CASE("audit command: 24 sites from one --list, each scored correctly in JSON, CSV and HTML") {
  constexpr int kSites = 24;
  std::vector<std::unique_ptr<TestServer>> servers;
  std::vector<Truth> truth;
  const fs::path dir = wt::test::make_temp_dir("wt-audit-dozens");
  std::string list = "# 24 trường THCS\n", inputs = "url;visits_per_day\n";
  for (int i = 0; i < kSites; ++i) {
    // Window 05/09-30/11/2026 is 87 days, 12.43 weeks: 38 posts make 3.06 a week (>= 3), 30 make 2.41.
    Truth t{i % 3 == 0 ? 30 : 38, i % 2 == 0, i % 4 == 1 ? 120 : 300 + i};
    servers.push_back(std::make_unique<TestServer>());
    serve_site(*servers.back(), i, t);
    truth.push_back(t);
    list += servers.back()->url("/") + " thcs\n";
    inputs += servers.back()->url("/") + ";" + std::to_string(t.visits) + "\n";
  }
  std::ofstream(dir / "schools.txt") << list;
  std::ofstream(dir / "inputs.csv") << inputs;

  std::string out;
  const std::string p = dir.string() + "/";
  int status = run("--list " + p + "schools.txt --input " + p + "inputs.csv --delay 0 --budget 60 -q "
                   "--since 05/09/2026 --until 30/11/2026 --rules tt53-2012 --json " + p + "a.json --csv " + p + "a.csv --html " +
                   p + "report.html",
                   &out);
  INFO(out);
  REQUIRE(status == 0);

  auto j = nlohmann::json::parse(*wt::read_file(dir / "a.json"));
  REQUIRE(j["sites"].size() == kSites);
  for (int i = 0; i < kSites; ++i) {
    INFO("site " << i);
    const auto& s = j["sites"][i];
    const Truth& t = truth[i];
    CHECK(s["url"] == servers[i]->url("/"));
    CHECK(s["pages"] == 2 + t.posts + (t.timetable ? 1 : 0));
    CHECK(s["posts"]["count"] == t.posts);
    CHECK(s["posts"]["in_window"] == t.posts);
    CHECK(s["sections"]["timetable"]["found"] == t.timetable);
    for (const auto& item : s["score"]["items"]) {
      if (item["id"] != "3.1c") continue;
      // 10 points only with >= 3 posts a week and >= 300 visits a day.
      CHECK(item["points"] == ((t.posts >= 38 && t.visits >= 300) ? 10.0 : 0.0));
    }
  }
  // The CSV has a row per site, in the list's order.
  auto csv = *wt::read_file(dir / "a.csv");
  size_t rows = 0, last = 0;
  for (int i = 0; i < kSites; ++i) {
    size_t at = csv.find("\r\n" + servers[i]->url("/") + ",");
    CHECK(at != std::string::npos);
    CHECK(at >= last);
    last = at;
    ++rows;
  }
  CHECK(rows == kSites);
  // The HTML report: a summary row and a section per site.
  auto html = *wt::read_file(dir / "report.html");
  CHECK(html.find("Tổng hợp 24 trang web") != std::string::npos);
  for (int i = 0; i < kSites; ++i) CHECK(html.find("id=\"site-" + std::to_string(i + 1) + "\"") != std::string::npos);
  fs::remove_all(dir);
}
