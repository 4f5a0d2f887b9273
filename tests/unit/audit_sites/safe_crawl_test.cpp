// Issue 10 against nginx on 127.0.0.1: a 10 MiB robots.txt is read up to
// 500 KiB and no longer blocks the site; pages of tens of thousands of links
// hit the per-page and per-site caps (made small here so that the test is
// fast), the site fails with "cap-reached" and what it read, memory stays
// bounded, and the other sites of the crawl are reported as usual.
#include <catch2/catch.hpp>

#include <sys/resource.h>

#include <chrono>
#include <fstream>
#include <map>
#include <sstream>

#include "audit/crawl/crawler.hpp"
#include "audit/analysis/site_analysis.hpp"
#include "audit/report/audit_json.hpp"
#include "site_truth.hpp"
#include "support/nginx_server.hpp"

namespace fs = std::filesystem;
using wt::test::NginxServer;

namespace {

void write_file(const fs::path& p, const std::string& body) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << body;
}

std::string page(const std::string& title, const std::string& body) {
  return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>" +
         body + "</body></html>";
}

long max_rss_kib() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// `pages` list pages of `links` links each, linked from the home page:
/// off-site links first, then on-site ones, every one distinct.
void write_link_flood(const fs::path& root, int pages, int links) {
  std::string home;
  for (int i = 0; i < pages; ++i) home += "<a href=\"/list-" + std::to_string(i) + ".html\">Trang " + std::to_string(i) + "</a> ";
  write_file(root / "index.html", page("Trường THCS Ngập Liên Kết", "<nav>" + home + "</nav>"));
  for (int i = 0; i < pages; ++i) {
    std::string body;
    body.reserve(static_cast<size_t>(links) * 40);
    for (int j = 0; j < links; ++j) {
      if (j < links / 2) body += "<a href=\"http://x" + std::to_string(i) + "-" + std::to_string(j) + ".example/\">x</a>\n";
      else body += "<a href=\"/p/" + std::to_string(i) + "/" + std::to_string(j) + ".html\">p</a>\n";
    }
    write_file(root / ("list-" + std::to_string(i) + ".html"), page("Danh sách " + std::to_string(i), body));
  }
}

}  // namespace

TEST_CASE("a 10 MiB robots.txt is read up to 500 KiB: its rules there apply, the rest is ignored, a note says so",
          "[audit][sites][nginx][hostile]") {
  wt::test::TempDir tmp("audit-robots-10mib");
  const fs::path root = tmp.path / "site";
  std::string robots = "User-agent: *\nDisallow: /private/\n";
  const std::string comment = "# " + std::string(98, 'x') + "\n";
  while (robots.size() < 10u * 1024 * 1024) robots += comment;
  robots += "User-agent: *\nDisallow: /\n";  // past 500 KiB: never read
  write_file(root / "robots.txt", robots);
  write_file(root / "index.html",
             page("Trường THCS Robots Dài", "<a href=\"/a.html\">A</a> <a href=\"/private/b.html\">B</a>"));
  write_file(root / "a.html", page("A", "<p>a</p>"));
  write_file(root / "private" / "b.html", page("B", "<p>b</p>"));
  // Compressed on the wire too: the cap counts decompressed bytes.
  NginxServer server({root, "gzip on; gzip_types text/plain; gzip_min_length 1;", ""});

  auto client = wt::audit::make_curl_http_client(wt::test::local_fetch_options());
  auto crawled = wt::audit::crawl_sites(*client, {server.base_url()}, wt::test::local_crawl_options());
  REQUIRE(crawled.size() == 1);
  const auto& d = crawled[0];
  CHECK(d.robots_status == 200);
  CHECK(d.robots_error.empty());
  CHECK_FALSE(d.robots_blocked);
  CHECK(d.robots_truncated);
  CHECK(d.html_ok == 2);
  CHECK_FALSE(d.error);
  const std::string log = slurp(server.prefix() / "access.log");
  CHECK(log.find("GET /a.html ") != std::string::npos);
  CHECK(log.find("/private/") == std::string::npos);

  const auto result = wt::audit::analyse_site(d, {});
  CHECK_FALSE(result.error);
  const auto j = wt::audit::to_json(result);
  CHECK(j["crawl"]["robots"]["truncated"] == true);
  CHECK(j["crawl"]["robots"]["note"] ==
        "robots.txt is longer than 500 KiB: the first 500 KiB were read, the rest ignored (RFC 9309 2.5)");
}

TEST_CASE("pages of 10,000 links each: the caps hold, the site fails with what it read, the others are unaffected",
          "[audit][sites][nginx][hostile]") {
  wt::test::TempDir tmp("audit-link-flood");
  write_link_flood(tmp.path / "flood", 6, 10000);
  write_file(tmp.path / "calm" / "index.html", page("Trường TH Bình Thường", "<a href=\"/a.html\">A</a>"));
  write_file(tmp.path / "calm" / "a.html", page("A", "<p>a</p>"));
  NginxServer flood({tmp.path / "flood", "", ""});
  NginxServer calm({tmp.path / "calm", "", ""});

  auto options = wt::test::local_crawl_options();
  options.max_pages = 100;
  options.max_links_per_page = 1000;

  SECTION("the seen set") {
    options.max_seen_urls = 3000;
    const long rss_before = max_rss_kib();
    const auto started = std::chrono::steady_clock::now();
    auto client = wt::audit::make_curl_http_client(wt::test::local_fetch_options());
    auto crawled = wt::audit::crawl_sites(*client, {flood.base_url(), calm.base_url()}, options);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const long grew_mib = (max_rss_kib() - rss_before) / 1024;
    INFO("crawl took " << seconds << " s, max RSS grew " << grew_mib << " MiB");
    CHECK(seconds < 20);
    CHECK(grew_mib < 100);
    REQUIRE(crawled.size() == 2);
    const auto& d = crawled[0];
    REQUIRE(d.error);
    CHECK(d.error->kind == "cap-reached");
    CHECK(d.error->what == "cap reached: 3000 distinct links seen; the crawl of the site stopped there");
    CHECK(d.error->measured == std::vector<std::string>{"pages", "sections", "posts", "score"});
    std::map<std::string, wt::audit::CapNote> caps;
    for (const auto& c : d.limits) caps[c.cap] = c;
    REQUIRE(caps.count("links_per_page"));
    CHECK(caps["links_per_page"].limit == 1000);
    CHECK(caps["links_per_page"].count >= 2);
    REQUIRE(caps.count("seen_urls"));
    CHECK(caps["seen_urls"].limit == 3000);
    CHECK(d.html_ok >= 3);  // the home page and the list pages read before the cap
    for (const auto& p : d.pages) CHECK(p.links.size() <= 1000);
    // The other site of the crawl is reported as usual.
    CHECK_FALSE(crawled[1].error);
    CHECK(crawled[1].html_ok == 2);

    const auto result = wt::audit::analyse_site(d, {});
    REQUIRE(result.error);
    CHECK(result.error->kind == "cap-reached");
    CHECK(result.pages == d.html_ok);
    const auto j = wt::audit::to_json(result);
    CHECK(j["error"]["kind"] == "cap-reached");
    CHECK(j["crawl"]["limits"].size() == 2);
  }

  SECTION("the addresses waiting to be fetched (frontier), in bytes") {
    options.max_frontier_bytes = 4096;
    options.max_pages = 100000;
    options.max_links_per_page = 10000;  // the on-site half of each list page is read too
    auto client = wt::audit::make_curl_http_client(wt::test::local_fetch_options());
    auto crawled = wt::audit::crawl_sites(*client, {flood.base_url(), calm.base_url()}, options);
    REQUIRE(crawled.size() == 2);
    const auto& d = crawled[0];
    REQUIRE(d.error);
    CHECK(d.error->kind == "cap-reached");
    CHECK(d.error->what == "cap reached: 4 KiB of addresses waiting to be fetched; the crawl of the site stopped there");
    CHECK(d.html_ok >= 1);
    CHECK_FALSE(crawled[1].error);
    CHECK(crawled[1].html_ok == 2);
  }

  SECTION("the page data kept per site") {
    options.max_site_bytes = 256 * 1024;
    auto client = wt::audit::make_curl_http_client(wt::test::local_fetch_options());
    auto crawled = wt::audit::crawl_sites(*client, {flood.base_url(), calm.base_url()}, options);
    REQUIRE(crawled.size() == 2);
    const auto& d = crawled[0];
    REQUIRE(d.error);
    CHECK(d.error->kind == "cap-reached");
    CHECK(d.error->what == "cap reached: 256 KiB of page data kept; the crawl of the site stopped there");
    CHECK(d.bytes <= 256 * 1024);
    CHECK(d.html_ok >= 1);
    CHECK_FALSE(crawled[1].error);
    CHECK(crawled[1].html_ok == 2);
  }
}
