// Issue 14, part 5: a province at once. `--shard K/N` splits a --list
// deterministically by a stable hash of each site's key; `--list` runs its
// sites concurrently, one connection and the delay per host, results in the
// list's order.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>

#include <nlohmann/json.hpp>

#include "audit/command/audit_shard.hpp"
#include "core/file_io.hpp"
#include "support/temp_site.hpp"
#include "test_server.hpp"

namespace fs = std::filesystem;
using wt::test::Connection;
using wt::test::http_response;
using wt::test::HttpRequest;
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

std::string page(const std::string& title, const std::string& body) {
  return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title +
         "</title></head><body><nav><a href=\"/\">Trang chủ</a> <a href=\"/tin-tuc/\">Tin tức</a></nav><main><h1>" +
         title + "</h1>" + body + "</main></body></html>";
}

/// Home, a news list and two pages.
void serve_small_site(TestServer& server, int i) {
  const std::map<std::string, std::string> pages = {
      {"/", page("Trường THCS Số " + std::to_string(i), "<p>Chào mừng.</p>")},
      {"/tin-tuc/", page("Tin tức", "<a href=\"/tin-tuc/a/\">A</a> <a href=\"/tin-tuc/b/\">B</a>")},
      {"/tin-tuc/a/", page("A", "<p>a</p>")},
      {"/tin-tuc/b/", page("B", "<p>b</p>")},
  };
  for (const auto& [path, html] : pages)
    server.on(path, [html](const HttpRequest&, Connection& c) {
      c.send(http_response(200, html, {{"Content-Type", "text/html; charset=utf-8"}}));
    });
  server.on("/robots.txt", [](const HttpRequest&, Connection& c) { c.send(http_response(200, "User-agent: *\n")); });
}

}  // namespace

TEST_CASE("audit shard: K/N is read strictly, anything else is named") {
  std::string why;
  auto s = wt::audit::parse_audit_shard("2/3", &why);
  REQUIRE(s);
  CHECK(s->k == 2);
  CHECK(s->n == 3);
  for (const char* bad : {"0/3", "4/3", "3", "a/b", "1/0", "1/10001", "-1/2", "1/2/3", "", " 1/2"}) {
    INFO(bad);
    CHECK_FALSE(wt::audit::parse_audit_shard(bad, &why));
    CHECK(why == std::string("'--shard' should be K/N with 1 <= K <= N <= 10000 (the K-th of N shards), not '") +
                     bad + "'");
  }
}

TEST_CASE("audit shard: every site is in exactly one shard, the same whatever its spelling") {
  // The hash is XXH3 of the site key: stable across runs, machines and versions.
  CHECK(wt::audit::audit_shard_of("https://thcs-a.edu.vn/", 1) == 1);
  const int a = wt::audit::audit_shard_of("thcs-a.edu.vn", 7);
  CHECK(wt::audit::audit_shard_of("HTTPS://www.THCS-A.edu.vn:443/", 7) == a);
  CHECK(wt::audit::audit_shard_of("http://thcs-a.edu.vn", 7) == a);
  std::array<int, 8> counts{};
  for (int i = 0; i < 800; ++i) {
    const std::string url = "https://truong-" + std::to_string(i) + ".edu.vn/";
    const int k = wt::audit::audit_shard_of(url, 8);
    REQUIRE(k >= 1);
    REQUIRE(k <= 8);
    ++counts[k - 1];
    int in = 0;
    for (int j = 1; j <= 8; ++j) in += wt::audit::in_audit_shard(url, {j, 8}) ? 1 : 0;
    CHECK(in == 1);
  }
  for (int c : counts) CHECK((c > 60 && c < 140));  // 100 each, give or take
}

TEST_CASE("audit shard: --shard K/N audits the K-th share of the list, in its order, and a bad K/N exits 2") {
  constexpr int kSites = 9;
  std::vector<std::unique_ptr<TestServer>> servers;
  const fs::path dir = wt::test::make_temp_dir("wt-audit-shard");
  std::string list;
  for (int i = 0; i < kSites; ++i) {
    servers.push_back(std::make_unique<TestServer>());
    serve_small_site(*servers.back(), i);
    list += servers.back()->url("/") + " thcs\n";
  }
  std::ofstream(dir / "schools.txt") << list;
  const std::string p = dir.string() + "/";

  auto bad = run("--list " + p + "schools.txt --shard 4/3 -q");
  CHECK(bad.status == 2);
  CHECK(bad.output.find("webtruong audit: '--shard' should be K/N with 1 <= K <= N <= 10000 (the K-th of N "
                        "shards), not '4/3'") != std::string::npos);

  std::set<std::string> seen;
  for (int k = 1; k <= 3; ++k) {
    const std::string json = p + "shard" + std::to_string(k) + ".json";
    // One site at a time: the others of the shard are probed, never those of another shard.
    auto r = run("--list " + p + "schools.txt --shard " + std::to_string(k) + "/3 --sites-at-once 1 --delay 0 -q --json " +
                 json);
    INFO(r.output);
    REQUIRE(r.status == 0);
    auto j = nlohmann::json::parse(*wt::read_file(json));
    std::vector<std::string> expected;
    for (const auto& s : servers)
      if (wt::audit::audit_shard_of(s->url("/"), 3) == k) expected.push_back(s->url("/"));
    std::vector<std::string> got;
    for (const auto& s : j["sites"]) {
      got.push_back(s["url"]);
      CHECK(s["pages"] == 4);
      CHECK(seen.insert(s["url"]).second);
    }
    CHECK(got == expected);
  }
  CHECK(seen.size() == kSites);
  // A site of another shard was never asked for anything.
  for (const auto& s : servers) {
    CHECK(s->requests("/").size() == 1);
    CHECK(s->requests("/robots.txt").size() == 1);
  }
  fs::remove_all(dir);
}

TEST_CASE("audit shard: --list crawls its sites at once, one connection and the delay per host") {
  // 12 sites of 4 pages (and robots.txt, sitemap.xml) with a 150 ms delay:
  // one after the other that is at least 12 x 5 x 150 ms = 9 s; at once,
  // about one site's 0.75 s.
  constexpr int kSites = 12;
  constexpr long kDelay = 150;
  std::vector<std::unique_ptr<TestServer>> servers;
  const fs::path dir = wt::test::make_temp_dir("wt-audit-at-once");
  std::string list;
  for (int i = 0; i < kSites; ++i) {
    servers.push_back(std::make_unique<TestServer>());
    serve_small_site(*servers.back(), i);
    list += servers.back()->url("/") + "\n";
  }
  // A site whose home page fails fails alone.
  TestServer broken;
  broken.on("/", [](const HttpRequest&, Connection& c) { c.send(http_response(500, "no")); });
  broken.on("/robots.txt", [](const HttpRequest&, Connection& c) { c.send(http_response(200, "User-agent: *\n")); });
  list += broken.url("/") + "\n";
  std::ofstream(dir / "schools.txt") << list;
  const std::string p = dir.string() + "/";
  const auto start = std::chrono::steady_clock::now();
  auto r = run("--list " + p + "schools.txt --delay " + std::to_string(kDelay) + " --concurrency 8 -q --type thcs --json " +
               p + "a.json");
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  INFO(r.output);
  CHECK(r.status == 1);  // one site failed
  CHECK(r.output.find("webtruong audit: " + broken.url("/") + ": ") != std::string::npos);
  auto j = nlohmann::json::parse(*wt::read_file(p + "a.json"));
  REQUIRE(j["sites"].size() == kSites + 1);
  for (int i = 0; i < kSites; ++i) {
    CHECK(j["sites"][i]["url"] == servers[i]->url("/"));
    CHECK(j["sites"][i]["pages"] == 4);
  }
  CHECK(j["sites"][kSites]["error"]["kind"] == "crawl-error");
  CHECK(wall < 4.5);
  // Per host: one request at a time, each kDelay after the previous one ended.
  for (const auto& s : servers) {
    auto log = s->requests();
    REQUIRE(log.size() >= 5);
    for (size_t i = 1; i < log.size(); ++i) {
      CHECK(log[i].arrived >= log[i - 1].finished);
      CHECK(log[i].arrived - log[i - 1].finished >= std::chrono::milliseconds(kDelay - 10));
    }
  }
  fs::remove_all(dir);
}

TEST_CASE("audit shard: a list longer than --sites-at-once crawls the largest first and reports in the list's order") {
  // Site 0 holds the one slot until site 2, the largest (a sitemap of 8
  // pages), has been probed; site 1 has no sitemap.
  std::vector<std::unique_ptr<TestServer>> servers;
  for (int i = 0; i < 3; ++i) {
    servers.push_back(std::make_unique<TestServer>());
    serve_small_site(*servers.back(), i);
  }
  TestServer& large = *servers[2];
  std::string links, urls;
  for (int k = 1; k <= 8; ++k) {
    const std::string path = "/gioi-thieu/" + std::to_string(k) + "/";
    links += "<a href=\"" + path + "\">" + std::to_string(k) + "</a> ";
    urls += "<url><loc>" + large.url(path) + "</loc></url>";
    const std::string html = page("Giới thiệu " + std::to_string(k), "<p>x</p>");
    large.on(path, [html](const HttpRequest&, Connection& c) {
      c.send(http_response(200, html, {{"Content-Type", "text/html; charset=utf-8"}}));
    });
  }
  const std::string home = page("Trường THCS Số 2", links);
  large.on("/", [home](const HttpRequest&, Connection& c) {
    c.send(http_response(200, home, {{"Content-Type", "text/html; charset=utf-8"}}));
  });
  const std::string sitemap =
      "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" + urls + "</urlset>";
  large.on("/sitemap.xml", [sitemap](const HttpRequest&, Connection& c) {
    c.send(http_response(200, sitemap, {{"Content-Type", "application/xml"}}));
  });
  const std::string first = page("Trường THCS Số 0", "<p>Chào mừng.</p>");
  servers[0]->on("/", [&, first](const HttpRequest&, Connection& c) {
    for (int i = 0; i < 1000 && large.requests("/sitemap.xml").empty(); ++i)
      if (!c.sleep(10)) return;
    if (c.sleep(300)) c.send(http_response(200, first, {{"Content-Type", "text/html; charset=utf-8"}}));
  });
  const fs::path dir = wt::test::make_temp_dir("wt-audit-largest-first");
  std::string list;
  for (const auto& s : servers) list += s->url("/") + " thcs\n";
  std::ofstream(dir / "schools.txt") << list;
  const std::string p = dir.string() + "/";
  auto r = run("--list " + p + "schools.txt --sites-at-once 1 --delay 20 -q --json " + p + "a.json --csv " + p +
               "a.csv");
  INFO(r.output);
  REQUIRE(r.status == 0);
  auto home_asked = [&](int i) { return servers[i]->requests("/").front().arrived; };
  CHECK(home_asked(0) < home_asked(2));
  CHECK(home_asked(2) < home_asked(1));
  auto j = nlohmann::json::parse(*wt::read_file(p + "a.json"));
  REQUIRE(j["sites"].size() == 3);
  const std::string csv = *wt::read_file(p + "a.csv");
  size_t at = 0;
  for (int i = 0; i < 3; ++i) {
    INFO("site " << i);
    CHECK(j["sites"][i]["url"] == servers[i]->url("/"));
    CHECK(j["sites"][i]["pages"] == (i == 2 ? 12 : 4));  // 8 pages, and its news list with 2 articles
    const size_t row = csv.find("\r\n" + servers[i]->url("/") + ",", at);
    CHECK(row != std::string::npos);
    at = row == std::string::npos ? at : row + 1;
    for (const auto& req : servers[i]->requests()) CHECK(servers[i]->requests(req.path).size() == 1);
  }
  fs::remove_all(dir);
}
