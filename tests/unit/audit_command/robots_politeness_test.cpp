// The crawl loop and robots.txt (RFC 9309): Crawl-delay honoured (never
// faster than --delay, never slower than the 10 s ceiling), and a robots.txt
// answered 5xx means "disallow all, ask again later".
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "audit/crawl/crawler.hpp"
#include "test_server.hpp"

using namespace wt::audit;
using wt::test::Clock;
using wt::test::Connection;
using wt::test::http_response;
using wt::test::HttpRequest;
using wt::test::TestServer;

namespace {

long ms_between(Clock::time_point a, Clock::time_point b) {
  return static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(b - a).count());
}

void serve_three_pages(TestServer& server) {
  const std::string html_type = "text/html; charset=utf-8";
  server.on("/", [=](const HttpRequest&, Connection& c) {
    c.send(http_response(200, "<html><head><title>Trường THCS A</title></head><body>"
                              "<a href=\"/tin-tuc/\">Tin tức</a> <a href=\"/gioi-thieu/\">Giới thiệu</a></body></html>",
                         {{"Content-Type", html_type}}));
  });
  for (const char* p : {"/tin-tuc/", "/gioi-thieu/"})
    server.on(p, [=](const HttpRequest&, Connection& c) {
      c.send(http_response(200, "<html><head><title>Trang</title></head><body><h1>Trang</h1></body></html>",
                           {{"Content-Type", html_type}}));
    });
}

CrawlOptions quick() {
  CrawlOptions o;
  o.delay_ms = 0;
  o.progress = false;
  o.site_budget = 20;
  o.robots_retry_ms = 200;
  return o;
}

std::vector<CrawlData> crawl(TestServer& server, const CrawlOptions& o) {
  FetchOptions fo;
  fo.delay_ms = o.delay_ms;
  fo.host_budget = o.site_budget;
  fo.connect_timeout = 2;
  fo.total_timeout = 5;
  auto client = make_curl_http_client(fo);
  return crawl_sites(*client, {server.url("/")}, o);
}

}  // namespace

TEST_CASE("crawl: robots.txt Crawl-delay spaces the requests of the site") {
  TestServer server;
  serve_three_pages(server);
  server.on("/robots.txt", [](const HttpRequest&, Connection& c) {
    c.send(http_response(200, "User-agent: *\nCrawl-delay: 0.4\nDisallow: /private/\n", {{"Content-Type", "text/plain"}}));
  });
  auto data = crawl(server, quick());
  REQUIRE(data.size() == 1);
  CHECK(data[0].html_ok == 3);
  CHECK(data[0].crawl_delay_ms == 400);
  auto reqs = server.requests();
  REQUIRE(reqs.size() >= 4);  // robots, sitemap.xml (404), 3 pages
  for (size_t i = 1; i < reqs.size(); ++i) {
    INFO(reqs[i].path);
    CHECK(ms_between(reqs[i - 1].finished, reqs[i].arrived) >= 380);
  }
}

TEST_CASE("crawl: a Crawl-delay shorter than --delay does not speed the crawl up") {
  TestServer server;
  serve_three_pages(server);
  server.on("/robots.txt", [](const HttpRequest&, Connection& c) {
    c.send(http_response(200, "User-agent: *\nCrawl-delay: 0.1\n"));
  });
  auto o = quick();
  o.delay_ms = 300;
  FetchOptions fo;
  fo.delay_ms = 300;
  auto client = make_curl_http_client(fo);
  auto data = crawl_sites(*client, {server.url("/")}, o);
  CHECK(data[0].crawl_delay_ms == 0);
  auto reqs = server.requests();
  for (size_t i = 1; i < reqs.size(); ++i) CHECK(ms_between(reqs[i - 1].finished, reqs[i].arrived) >= 280);
}

TEST_CASE("crawl: robots.txt answering 500 is asked again, then the site is not crawled") {
  TestServer server;
  serve_three_pages(server);
  server.on("/robots.txt", [](const HttpRequest&, Connection& c) { c.send(http_response(500, "oops")); });
  const auto start = Clock::now();
  auto data = crawl(server, quick());
  CHECK(data[0].robots_blocked);
  CHECK(data[0].robots_status == 500);
  CHECK(data[0].html_ok == 0);
  auto robots = server.requests("/robots.txt");
  CHECK(robots.size() == 3);  // first try + robots_retries (2)
  REQUIRE(robots.size() >= 3);
  CHECK(ms_between(robots[0].finished, robots[1].arrived) >= 190);  // robots_retry_ms
  CHECK(ms_between(robots[1].finished, robots[2].arrived) >= 390);  // doubled
  CHECK(server.requests("/").empty());
  CHECK(ms_between(start, Clock::now()) < 5000);
}

TEST_CASE("crawl: robots.txt that recovers after a 500 lets the crawl go on") {
  TestServer server;
  serve_three_pages(server);
  auto tries = std::make_shared<int>(0);
  server.on("/robots.txt", [tries](const HttpRequest&, Connection& c) {
    if ((*tries)++ == 0) c.send(http_response(500, "oops"));
    else c.send(http_response(200, "User-agent: *\nDisallow: /gioi-thieu/\n"));
  });
  auto data = crawl(server, quick());
  CHECK_FALSE(data[0].robots_blocked);
  CHECK(data[0].robots_status == 200);
  CHECK(data[0].html_ok == 2);  // home and /tin-tuc/; /gioi-thieu/ is disallowed
  CHECK(server.requests("/gioi-thieu/").empty());
}

TEST_CASE("crawl: one article under two addresses counts once, under its canonical address") {
  TestServer server;
  const std::string type = "text/html; charset=utf-8";
  auto article = [&](const std::string& canonical) {
    return "<html><head><title>Lễ khai giảng</title><link rel=\"canonical\" href=\"" + canonical +
           "\"><meta property=\"article:published_time\" content=\"2026-09-05T08:00:00+07:00\"></head>"
           "<body><h1>Lễ khai giảng</h1></body></html>";
  };
  const std::string canonical = server.url("/news/tin-tuc/le-khai-giang-12.html");
  server.on("/", [&](const HttpRequest&, Connection& c) {
    c.send(http_response(200,
                         "<html><head><title>Trường THCS A</title><link rel=\"canonical\" href=\"" + server.url("/") +
                             "\"></head><body>"
                             "<a href=\"/news/tin-tuc/le-khai-giang-12.html\">Lễ khai giảng</a>"
                             "<a href=\"/index.php?language=vi&amp;nv=news&amp;op=tin-tuc/le-khai-giang-12\">Lễ khai giảng</a>"
                             "<a href=\"/news/tin-tuc/hoi-giang-13.html\">Hội giảng</a></body></html>",
                         {{"Content-Type", type}}));
  });
  server.on("/news/tin-tuc/le-khai-giang-12.html",
            [&](const HttpRequest&, Connection& c) { c.send(http_response(200, article(canonical), {{"Content-Type", type}})); });
  server.on("/index.php?language=vi&nv=news&op=tin-tuc/le-khai-giang-12",
            [&](const HttpRequest&, Connection& c) { c.send(http_response(200, article(canonical), {{"Content-Type", type}})); });
  // A theme that points every page's canonical at the home page proves nothing.
  server.on("/news/tin-tuc/hoi-giang-13.html", [&](const HttpRequest&, Connection& c) {
    std::string html = article(server.url("/"));
    html.replace(html.find("Lễ khai giảng"), std::string("Lễ khai giảng").size(), "Hội giảng");
    c.send(http_response(200, html, {{"Content-Type", type}}));
  });
  auto data = crawl(server, quick());
  REQUIRE(data.size() == 1);
  CHECK(data[0].html_ok == 4);  // pages are counted by address
  REQUIRE(data[0].posts.size() == 2);
  CHECK(data[0].posts[0].url == canonical);
  CHECK(data[0].posts[1].url == server.url("/news/tin-tuc/hoi-giang-13.html"));
}
