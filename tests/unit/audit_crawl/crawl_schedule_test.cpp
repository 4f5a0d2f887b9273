// The order sites of a list are crawled in (issue 14, part 6), against
// loopback servers: the sites that wait are probed (robots.txt and
// sitemaps) while others are crawled, the largest probed starts first, and
// the crawl goes on from what the probe read: no URL asked for twice, the
// per-host delay kept from the probe to the crawl, each site's data under
// its own index.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "audit/crawl/crawler.hpp"
#include "test_server.hpp"

using namespace wt::audit;
using wt::test::Connection;
using wt::test::http_response;
using wt::test::HttpRequest;
using wt::test::TestServer;

namespace {

constexpr long kDelayMs = 30;

CrawlOptions crawl_options(int sites_at_once) {
  CrawlOptions o;
  o.delay_ms = kDelayMs;
  o.progress = false;
  o.site_budget = 20;
  o.robots_retries = 0;
  o.max_pages = 50;
  o.sites_at_once = sites_at_once;
  return o;
}

FetchOptions fetch_options(double host_budget = 20) {
  FetchOptions f;
  f.delay_ms = kDelayMs;
  f.connect_timeout = 2;
  f.total_timeout = 5;
  f.host_budget = host_budget;
  return f;
}

std::string page(const std::string& title, const std::string& body) {
  return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>" +
         body + "</body></html>";
}

/// A school site on its own port: robots.txt, a home page linking `pages`
/// pages, and a sitemap listing them when `sitemap` (else /sitemap.xml is 404).
struct Site {
  TestServer server;
  int pages = 0;

  Site(const std::string& title, int page_count, bool sitemap) : pages(page_count) {
    server.on("/robots.txt", [](const HttpRequest&, Connection& c) {
      c.send(http_response(200, "User-agent: *\nAllow: /\n"));
    });
    std::string links, urls;
    for (int i = 1; i <= pages; ++i) {
      const std::string path = "/p" + std::to_string(i) + ".html";
      links += "<a href=\"" + path + "\">Trang " + std::to_string(i) + "</a> ";
      urls += "<url><loc>" + server.url(path) + "</loc></url>";
      serve(path, page(title + " " + std::to_string(i), "<p>Nội dung.</p>"));
    }
    const std::string xml = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" +
                            urls + "</urlset>";
    server.on("/sitemap.xml", [sitemap, xml](const HttpRequest&, Connection& c) {
      c.send(sitemap ? http_response(200, xml, {{"Content-Type", "application/xml"}}) : http_response(404, ""));
    });
    home_ = page(title, links);
    serve("/", home_);
  }

  void serve(const std::string& path, const std::string& html) {
    server.on(path, [html](const HttpRequest&, Connection& c) {
      c.send(http_response(200, html, {{"Content-Type", "text/html; charset=utf-8"}}));
    });
  }

  /// The home page, answered only once `ready()` holds (or after 10 s) and
  /// `then_ms` more: the site keeps its crawl slot meanwhile.
  template <class Ready>
  void hold_home(Ready ready, long then_ms) {
    server.on("/", [this, ready, then_ms](const HttpRequest&, Connection& c) {
      for (int i = 0; i < 1000 && !ready(); ++i)
        if (!c.sleep(10)) return;
      if (!c.sleep(then_ms)) return;
      c.send(http_response(200, home_, {{"Content-Type", "text/html; charset=utf-8"}}));
    });
  }

  std::string seed() const { return server.url("/"); }

  /// Paths asked for more than once.
  std::vector<std::string> asked_twice() const {
    std::map<std::string, int> n;
    for (const auto& r : server.requests()) ++n[r.path];
    std::vector<std::string> out;
    for (const auto& [path, count] : n)
      if (count > 1) out.push_back(path + " x" + std::to_string(count));
    return out;
  }

  /// The shortest time between two requests' arrivals (ms); the delay runs
  /// from the end of an answer, so it can only be longer.
  long shortest_gap_ms() const {
    auto log = server.requests();
    std::sort(log.begin(), log.end(), [](const HttpRequest& a, const HttpRequest& b) { return a.arrived < b.arrived; });
    long shortest = 1'000'000;
    for (std::size_t i = 1; i < log.size(); ++i)
      shortest = std::min<long>(
          shortest,
          std::chrono::duration_cast<std::chrono::milliseconds>(log[i].arrived - log[i - 1].arrived).count());
    return shortest;
  }

  wt::test::Clock::time_point last_asked() const {
    wt::test::Clock::time_point last{};
    for (const auto& r : server.requests()) last = std::max(last, r.arrived);
    return last;
  }

  wt::test::Clock::time_point home_asked() const {
    auto r = server.requests("/");
    return r.empty() ? wt::test::Clock::time_point::max() : r.front().arrived;
  }

 private:
  std::string home_;
};

/// The sites' indexes in the order their home pages were asked for: the
/// order their crawls began.
std::vector<int> crawl_order(const std::vector<std::unique_ptr<Site>>& sites) {
  std::vector<int> order;
  for (int i = 0; i < static_cast<int>(sites.size()); ++i) order.push_back(i);
  std::sort(order.begin(), order.end(), [&](int a, int b) { return sites[a]->home_asked() < sites[b]->home_asked(); });
  return order;
}

}  // namespace

TEST_CASE("crawl: a large site last in the list starts before the small ones once probed, each URL asked once",
          "[audit_crawl][schedule]") {
  std::vector<std::unique_ptr<Site>> sites;
  sites.push_back(std::make_unique<Site>("Trường 0", 1, true));   // crawled first, while the others are probed
  sites.push_back(std::make_unique<Site>("Trường 1", 2, true));
  sites.push_back(std::make_unique<Site>("Trường 2", 3, false));  // no sitemap: size unknown
  sites.push_back(std::make_unique<Site>("Trường 3", 6, true));
  sites.push_back(std::make_unique<Site>("Trường 4", 12, true));  // the largest, last in the list
  // Site 0 keeps the one crawl slot until the last site's sitemap was asked for.
  sites[0]->hold_home([&] { return !sites[4]->server.requests("/sitemap.xml").empty(); }, 300);
  std::vector<std::string> seeds;
  for (const auto& s : sites) seeds.push_back(s->seed());

  auto client = make_curl_http_client(fetch_options());
  std::vector<CrawlData> out(sites.size());
  std::vector<std::size_t> done;
  crawl_sites(*client, seeds, crawl_options(1), [&](std::size_t i, CrawlData d) {
    done.push_back(i);
    out[i] = std::move(d);
  });

  // Sitemaps 2, 6, 12 pages: site 2's unknown size counts as their median,
  // 6, after site 3 (6, known); site 1 last.
  CHECK(crawl_order(sites) == std::vector<int>{0, 4, 3, 2, 1});
  CHECK(done == std::vector<std::size_t>{0, 4, 3, 2, 1});
  // Probed while site 0 was crawled: robots.txt and the sitemap, no page.
  const auto home_0_answered = sites[0]->server.requests("/").front().finished;
  for (int i = 1; i < 5; ++i) {
    INFO("site " << i);
    CHECK(sites[i]->server.requests("/robots.txt").front().arrived < home_0_answered);
    CHECK(sites[i]->server.requests("/sitemap.xml").front().arrived < home_0_answered);
    CHECK(sites[i]->home_asked() > home_0_answered);
  }
  for (std::size_t i = 0; i < sites.size(); ++i) {
    INFO("site " << i);
    CHECK(sites[i]->asked_twice().empty());
    CHECK(sites[i]->shortest_gap_ms() >= kDelayMs);
    // Each result under its own index, whole, sitemap or not.
    CHECK(out[i].seed == seeds[i]);
    CHECK(out[i].home_title == "Trường " + std::to_string(i));
    CHECK(out[i].html_ok == 1 + sites[i]->pages);
    CHECK(out[i].robots_status == 200);
    CHECK_FALSE(out[i].error);
    CHECK(out[i].failures.empty());
  }
  // robots.txt, /sitemap.xml, the pages (/sitemap.xml a 404 on site 2).
  CHECK(out[4].requests == 2 + 13);
  CHECK(out[2].requests == 2 + 4);
  CHECK(out[4].sitemap_url == sites[4]->server.url("/sitemap.xml"));
}

TEST_CASE("crawl: a site whose probe is under way when a slot frees goes on as its crawl", "[audit_crawl][schedule]") {
  wt::test::RefusedPort refused;  // site 0 ends at once: robots.txt unreachable
  std::vector<std::unique_ptr<Site>> sites;
  for (int i = 1; i <= 2; ++i) sites.push_back(std::make_unique<Site>("Trường " + std::to_string(i), 3, true));
  // Site 1's robots.txt is slow: its probe is still under way when site 0 ends.
  sites[0]->server.on("/robots.txt", [](const HttpRequest&, Connection& c) {
    if (c.sleep(200)) c.send(http_response(200, "User-agent: *\nAllow: /\n"));
  });
  const std::vector<std::string> seeds{"http://127.0.0.1:" + std::to_string(refused.port()) + "/", sites[0]->seed(),
                                       sites[1]->seed()};
  auto client = make_curl_http_client(fetch_options());
  auto out = crawl_sites(*client, seeds, crawl_options(1));
  REQUIRE(out.size() == 3);
  CHECK(out[0].robots_blocked);
  CHECK(out[0].html_ok == 0);
  for (int i = 0; i < 2; ++i) {
    INFO("site " << i + 1);
    CHECK(out[i + 1].seed == seeds[i + 1]);
    CHECK(out[i + 1].html_ok == 4);
    CHECK(sites[i]->asked_twice().empty());
    CHECK(sites[i]->shortest_gap_ms() >= kDelayMs);
  }
  // One crawl at a time: site 2 began once site 1 was over.
  CHECK(sites[1]->home_asked() > sites[0]->last_asked());
}

TEST_CASE("crawl: a probed site has its whole budget for its crawl, however long it waited",
          "[audit_crawl][schedule]") {
  // --budget 1.5 s: site 0 holds the one slot until its own budget cuts
  // it, so the sites probed meanwhile start their crawls about 1.5 s (site
  // 1) and more (site 2) after their first request.
  std::vector<std::unique_ptr<Site>> sites;
  sites.push_back(std::make_unique<Site>("Trường 0", 1, true));
  sites.push_back(std::make_unique<Site>("Trường 1", 5, true));
  sites.push_back(std::make_unique<Site>("Trường 2", 3, true));
  sites[0]->hold_home([] { return false; }, 0);  // answered after 10 s, cut at 1.5 s
  std::vector<std::string> seeds;
  for (const auto& s : sites) seeds.push_back(s->seed());
  auto options = crawl_options(1);
  options.site_budget = 1.5;
  auto client = make_curl_http_client(fetch_options(1.5));
  auto out = crawl_sites(*client, seeds, options);
  REQUIRE(out.size() == 3);
  REQUIRE_FALSE(out[0].failures.empty());
  for (const auto& [url, why] : out[0].failures) CHECK(why == "host budget exceeded");
  // Site 1 (5 pages) goes first, then site 2, well past 1.5 s after its probe.
  CHECK(sites[1]->home_asked() < sites[2]->home_asked());
  CHECK(sites[2]->home_asked() - sites[2]->server.requests("/robots.txt").front().arrived >
        std::chrono::milliseconds(1500));
  for (int i = 1; i < 3; ++i) {
    INFO("site " << i);
    CHECK(out[i].failures.empty());
    CHECK(out[i].html_ok == 1 + sites[i]->pages);
  }
}
