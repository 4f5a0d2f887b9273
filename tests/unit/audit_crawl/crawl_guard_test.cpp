// Issue 10 in the crawl loop: pages, robots.txt, sitemaps and feeds that
// redirect off the site, to the metadata address or to another loopback
// address are refused before they are requested, and a seed whose DNS
// answer changes is refused at the socket; each refusal is in the site's
// data with its URL and reason. Listeners on 127.0.0.2 stand for the
// forbidden targets and must see no connection at all. An exception while
// handling one site fails that site only.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <map>
#include <set>
#include <string>

#include "audit/crawl/crawler.hpp"
#include "audit/analysis/site_analysis.hpp"
#include "test_server.hpp"

using namespace wt::audit;
using wt::test::Connection;
using wt::test::http_response;
using wt::test::HttpRequest;
using wt::test::TestServer;

namespace {

CrawlOptions quick_crawl() {
  CrawlOptions o;
  o.delay_ms = 0;
  o.progress = false;
  o.site_budget = 20;
  o.robots_retries = 0;
  o.max_pages = 50;
  return o;
}

FetchOptions quick_fetch() {
  FetchOptions f;
  f.delay_ms = 0;
  f.connect_timeout = 2;
  f.total_timeout = 5;
  f.host_budget = 20;
  return f;
}

std::string html(const std::string& title, const std::string& body) {
  return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title + "</title>" +
         "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\"></head><body>" + body +
         "</body></html>";
}

void serve_html(TestServer& s, const std::string& path, const std::string& body) {
  s.on(path, [body](const HttpRequest&, Connection& c) {
    c.send(http_response(200, body, {{"Content-Type", "text/html; charset=utf-8"}}));
  });
}

void redirect(TestServer& s, const std::string& path, const std::string& to, int status = 302) {
  s.on(path, [to, status](const HttpRequest&, Connection& c) { c.send(http_response(status, "", {{"Location", to}})); });
}

std::map<std::string, std::string> refused_by_url(const CrawlData& d) {
  std::map<std::string, std::string> out;
  for (const auto& r : d.refused) out[r.url] = r.reason;
  return out;
}

/// Forwards to a real client; add() throws for URLs holding "/boom", as an
/// internal error met while handling the page that links there would.
class FaultyClient final : public HttpClient {
 public:
  explicit FaultyClient(HttpClient& inner) : inner_(inner) {}
  void add(Request r) override {
    if (r.url.find("/boom") != std::string::npos) throw std::runtime_error("simulated fault at " + r.url);
    inner_.add(std::move(r));
  }
  std::size_t run(const Callback& cb, std::chrono::milliseconds budget, const KeepGoing& kg) override {
    return inner_.run(cb, budget, kg);
  }
  void wakeup() override { inner_.wakeup(); }
  std::size_t pending() const override { return inner_.pending(); }
  std::size_t cancel(const std::string& site) override { return inner_.cancel(site); }
  void set_redirect_check(RedirectCheck check) override { inner_.set_redirect_check(std::move(check)); }
  void set_host_delay(const std::string& url, std::chrono::milliseconds d) override { inner_.set_host_delay(url, d); }
  void restart_host_budget(const std::string& url) override { inner_.restart_host_budget(url); }

 private:
  HttpClient& inner_;
};

}  // namespace

TEST_CASE("crawl: pages, sitemaps, feeds and robots.txt that redirect off the site are refused and reported",
          "[audit_crawl][hostile]") {
  TestServer site;                        // the audited site, 127.0.0.1
  TestServer other;                       // another site on 127.0.0.1: robots.txt redirects there
  TestServer forbidden("127.0.0.2", 0);   // a forbidden target: must see no connection
  const std::string f = forbidden.url("");
  site.on("/robots.txt", [&](const HttpRequest&, Connection& c) {
    c.send(http_response(200, "User-agent: *\nDisallow: /private/\nSitemap: " + f + "/sitemap.xml\n"));
  });
  serve_html(site, "/", html("Trường THCS Thử", "<a href=\"/go-lan\">LAN</a> <a href=\"/go-meta\">Meta</a> "
                                                "<a href=\"/go-hex\">Hex</a> <a href=\"/ok.html\">Liên hệ</a>"));
  serve_html(site, "/ok.html", html("Liên hệ", "<p>Điện thoại 0211 3862 123</p>"));
  redirect(site, "/go-lan", f + "/admin");
  redirect(site, "/go-meta", "http://2852039166/latest/meta-data/", 301);
  redirect(site, "/go-hex", "http://0xA9FEA9FE:" + std::to_string(site.port()) + "/", 307);
  redirect(site, "/sitemap.xml", f + "/sitemap-moved.xml");
  redirect(site, "/feed.xml", f + "/feed.xml", 308);
  // A second site whose robots.txt redirects to a third one (still loopback, other port).
  other.on("/robots.txt", [&](const HttpRequest&, Connection& c) {
    c.send(http_response(302, "", {{"Location", site.url("/robots.txt")}}));
  });
  serve_html(other, "/", html("Trường TH Khác", "<a href=\"/a.html\">A</a>"));
  serve_html(other, "/a.html", html("A", "<p>a</p>"));

  auto client = make_curl_http_client(quick_fetch());
  auto crawled = crawl_sites(*client, {site.url("/"), other.url("/")}, quick_crawl());
  REQUIRE(crawled.size() == 2);
  const CrawlData& d = crawled[0];
  const auto refused = refused_by_url(d);
  for (const auto& [url, why] : refused) UNSCOPED_INFO(url << ": " << why);
  CHECK(refused.at(f + "/sitemap.xml") == "sitemap on another site");
  CHECK(refused.at(f + "/admin") == "redirect to another site");
  CHECK(refused.at("http://169.254.169.254/latest/meta-data/") == "redirect to another site");
  CHECK(refused.at("http://169.254.169.254:" + std::to_string(site.port()) + "/") == "redirect to another site");
  CHECK(refused.at(f + "/sitemap-moved.xml") == "redirect to another site");
  CHECK(refused.at(f + "/feed.xml") == "redirect to another site");
  CHECK(d.refused_count == 6);
  CHECK(d.html_ok == 2);  // the home page and ok.html
  CHECK_FALSE(d.error);
  CHECK(forbidden.connections() == 0);

  // robots.txt redirected off the site: refused, so unavailable (allow all), and reported.
  const CrawlData& o = crawled[1];
  CHECK(o.robots_status == 310);
  CHECK_FALSE(o.robots_blocked);
  CHECK(refused_by_url(o).at(site.url("/robots.txt")) == "redirect to another site");
  CHECK(o.html_ok == 2);
  CHECK(site.requests("/robots.txt").size() == 1);  // only the audited site's own request
}

TEST_CASE("crawl: a seed whose name then answers another address is refused at the socket",
          "[audit_crawl][hostile]") {
  TestServer site;
  TestServer forbidden("127.0.0.2", site.port());  // the same port on another loopback address
  const std::string port = std::to_string(site.port());
  std::atomic<bool> moved{false};
  site.on("/robots.txt", [&](const HttpRequest&, Connection& c) {
    moved = true;  // from now on the name points at 127.0.0.2
    c.send(http_response(200, "User-agent: *\nAllow: /\n"));
  });
  serve_html(site, "/", html("Trường THCS Tên", "<a href=\"/a.html\">A</a>"));
  serve_html(forbidden, "/", html("Bên trong", "secret"));
  auto fetch = quick_fetch();
  fetch.test_resolve = [&] {
    return std::vector<std::string>{"school.test:" + port + ":" + (moved ? "127.0.0.2" : "127.0.0.1")};
  };
  auto client = make_curl_http_client(fetch);
  const std::string seed = "http://school.test:" + port + "/";
  auto crawled = crawl_sites(*client, {seed}, quick_crawl());
  REQUIRE(crawled.size() == 1);
  const CrawlData& d = crawled[0];
  CHECK(d.robots_status == 200);
  CHECK(d.html_ok == 0);
  // The home page and /sitemap.xml, both asked after robots.txt.
  CHECK(refused_by_url(d) == std::map<std::string, std::string>{{seed, "loopback address 127.0.0.2"},
                                                                {seed + "sitemap.xml", "loopback address 127.0.0.2"}});
  REQUIRE(d.failures.size() == 1);
  CHECK(d.failures[0].second == "address refused");
  CHECK(forbidden.connections() == 0);
  CHECK(site.requests("/").empty());

  // The analysis reads "nothing fetched" as the site's crawl error (crawl_failure).
  SiteResult r = analyse_site(d, {});
  REQUIRE(r.error);
  CHECK(r.error->kind == "crawl-error");
  CHECK(r.error->what == "no page could be fetched (the home page: address refused)");
  CHECK(r.error->where == seed);
  CHECK(r.crawl.refused_count == 2);
}

TEST_CASE("crawl: an exception while handling one site fails that site only", "[audit_crawl][hostile]") {
  TestServer good, bad;
  for (TestServer* s : {&good, &bad})
    s->on("/robots.txt", [](const HttpRequest&, Connection& c) { c.send(http_response(404, "")); });
  serve_html(good, "/", html("Trường TH Tốt", "<a href=\"/a.html\">A</a>"));
  serve_html(good, "/a.html", html("A", "<p>a</p>"));
  serve_html(bad, "/", html("Trường TH Lỗi", "<a href=\"/a.html\">A</a> <a href=\"/boom\">!</a>"));
  serve_html(bad, "/a.html", html("A", "<p>a</p>"));
  auto real = make_curl_http_client(quick_fetch());
  FaultyClient client(*real);
  std::vector<std::size_t> order;
  std::vector<CrawlData> out(2);
  crawl_sites(client, {bad.url("/"), good.url("/")}, quick_crawl(), [&](std::size_t i, CrawlData d) {
    order.push_back(i);
    out[i] = std::move(d);
  });
  REQUIRE(order.size() == 2);  // each site once
  REQUIRE(out[0].error);
  CHECK(out[0].error->kind == "internal-error");
  CHECK(out[0].error->what == "internal error: simulated fault at " + bad.url("/boom"));
  // The home page's articles wait for its feed, which may date them (issue
  // 14): the fault comes while the feed's answer is handled.
  CHECK(out[0].error->where == bad.url("/feed.xml"));
  CHECK(out[0].html_ok == 1);  // the home page, read before the fault
  CHECK(bad.requests("/a.html").empty());
  CHECK_FALSE(out[1].error);
  CHECK(out[1].html_ok == 2);
}

TEST_CASE("crawl: sites_at_once bounds the sites crawled together, each is handed over when done",
          "[audit_crawl]") {
  std::vector<std::unique_ptr<TestServer>> servers;
  std::vector<std::string> seeds;
  // Sites between their home page and their end: crawled (the sites that
  // wait are probed meanwhile, robots.txt and sitemaps: site_schedule.hpp).
  std::atomic<int> open{0}, most{0};
  for (int i = 0; i < 6; ++i) {
    servers.push_back(std::make_unique<TestServer>());
    TestServer& s = *servers.back();
    s.on("/robots.txt", [](const HttpRequest&, Connection& c) { c.send(http_response(404, "")); });
    const std::string home = html("Trường " + std::to_string(i), "<p>x</p>");
    s.on("/", [&, home](const HttpRequest&, Connection& c) {
      const int now = ++open;
      for (int m = most; now > m && !most.compare_exchange_weak(m, now);) {}
      c.send(http_response(200, home, {{"Content-Type", "text/html; charset=utf-8"}}));
    });
    seeds.push_back(s.url("/"));
  }
  auto options = quick_crawl();
  options.sites_at_once = 2;
  auto client = make_curl_http_client(quick_fetch());
  std::vector<std::size_t> done;
  crawl_sites(*client, seeds, options, [&](std::size_t i, CrawlData d) {
    done.push_back(i);
    CHECK(d.html_ok == 1);
    --open;
  });
  CHECK(done.size() == 6);
  CHECK(most.load() <= 2);
}

// Issue 14, part 3: NukeViet counted 2.5 % too many posts. One article is
// also served as a print view (/news/print/slug-12.html, the same page
// without a canonical link) and under a second category's address (same
// article id, same day): it is one post. Another article with its own id
// the same day is a post of its own.
TEST_CASE("crawl: print views and copies with one article id count as one post", "[audit_crawl]") {
  TestServer site;
  site.on("/robots.txt", [](const HttpRequest&, Connection& c) { c.send(http_response(404, "")); });
  auto article = [](const std::string& title) {
    return html(title, "<h1>" + title + "</h1><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                       "\"@type\":\"NewsArticle\",\"headline\":\"" + title + "\","
                       "\"datePublished\":\"2024-09-05T07:30:00+07:00\"}</script><p>Nội dung.</p>");
  };
  serve_html(site, "/", html("Trường THCS In Ấn",
                             "<a href=\"/news/tin-tuc/le-khai-giang-12.html\">Lễ khai giảng</a> "
                             "<a href=\"/news/print/le-khai-giang-12.html\">In</a> "
                             "<a href=\"/news/thong-bao/le-khai-giang-12.html\">Lễ khai giảng</a> "
                             "<a href=\"/news/tin-tuc/hop-phu-huynh-13.html\">Họp phụ huynh</a>"));
  serve_html(site, "/news/tin-tuc/le-khai-giang-12.html", article("Lễ khai giảng"));
  serve_html(site, "/news/print/le-khai-giang-12.html", article("Lễ khai giảng"));
  serve_html(site, "/news/thong-bao/le-khai-giang-12.html", article("Lễ khai giảng"));
  serve_html(site, "/news/tin-tuc/hop-phu-huynh-13.html", article("Họp phụ huynh"));
  auto client = make_curl_http_client(quick_fetch());
  auto out = crawl_sites(*client, {site.url("/")}, quick_crawl());
  REQUIRE(out.size() == 1);
  CHECK(out[0].html_ok == 5);
  std::set<std::string> posts;
  for (const auto& p : out[0].posts) posts.insert(p.url.substr(site.url("/").size()));
  CHECK(posts == std::set<std::string>{"news/tin-tuc/le-khai-giang-12.html", "news/tin-tuc/hop-phu-huynh-13.html"});
}
