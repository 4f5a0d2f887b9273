// The crawl's page cap spent where it counts (issue 14, part 2): with
// --max-pages at a quarter of a site's pages, the best-first frontier still
// finds at least 90 % of the posts in the window and every section but the
// files of the disclosure page, on the project's fixture sites served by
// nginx on 127.0.0.1; on site.example, every section and 90 % of the posts
// the whole crawl finds; and a site whose
// pages are full of broken relative links (most links 404) still reaches
// its later list pages within the cap.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "audit/analysis/site_analysis.hpp"
#include "audit/crawl/crawler.hpp"
#include "regulations/rubric.hpp"
#include "site_truth.hpp"
#include "support/nginx_server.hpp"
#include "support/run_command.hpp"

namespace fs = std::filesystem;
using wt::test::NginxServer;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << text;
}

constexpr const char* kSince = "2024-09-05";
constexpr const char* kUntil = "2025-05-31";

bool in_window(const std::string& date) {
  const std::string day = date.substr(0, 10);
  return day >= kSince && day <= kUntil;
}

// `unreached`: sections whose only evidence is on pages the quarter cap may
// not reach (the files a disclosure page lists, behind the last menu links;
// WordPress: authors shown on articles, when the cap goes to the menu before
// any article): the frontier cannot know where they are without fetching
// them. Not met: issue 14 asks for every section at 25 %; see docs/audit.md.
void check_quarter_cap(const std::string& name, const std::set<std::string>& unreached) {
  const fs::path dir = fs::path(WT_TEST_FIXTURES) / "audit" / "sites" / name;
  const wt::test::SiteTruth truth = wt::test::load_truth(dir);
  wt::test::TempDir tmp("audit-frontier-" + name);
  NginxServer nginx({tmp.path, slurp(dir / "nginx.conf"), ""});
  const std::string base = nginx.base_url();
  wt::test::copy_fixture(dir, tmp.path, base);

  auto options = wt::test::local_crawl_options();
  options.max_pages = static_cast<int>(std::ceil(truth.pages * 0.25));
  auto client = wt::audit::make_curl_http_client(wt::test::local_fetch_options());
  auto crawled = wt::audit::crawl_sites(*client, {base}, options);
  REQUIRE(crawled.size() == 1);
  const auto& data = crawled[0];
  for (const auto& p : data.pages)
    if (std::getenv("WT_DEBUG_FRONTIER")) std::fprintf(stderr, "crawled %d %s\n", p.status, p.url.c_str());
  CHECK(data.html_ok == options.max_pages);
  CHECK(data.stopped_by == "max-pages");

  wt::audit::AuditSetup setup;
  auto rules = wt::test::load_rules(truth.rule_sets);
  setup.rules = &rules;
  setup.school_type = truth.school_type;
  setup.since = kSince;
  setup.until = kUntil;
  const auto result = wt::audit::analyse_site(data, setup);
  std::map<std::string, const wt::audit::SectionMatch*> sections;
  for (const auto& s : result.sections) sections[s.id] = &s;
  for (const auto& [id, path] : truth.sections) {
    INFO("section " << id << " (at " << path << " in the whole crawl)");
    REQUIRE(sections.count(id) == 1);
    INFO("evidence: " << sections[id]->evidence);
    if (unreached.count(id) == 0) CHECK(sections[id]->found);
  }
  int expected = 0;
  for (const auto& [path, date] : truth.posts)
    if (in_window(date)) ++expected;
  REQUIRE(expected > 5);
  INFO(result.posts.in_window << " of the " << expected << " posts in the window found with "
                              << options.max_pages << " pages of " << truth.pages);
  CHECK(result.posts.in_window * 10 >= expected * 9);
  CHECK(result.posts.in_window <= expected);
}

}  // namespace

TEST_CASE("a NukeViet site crawled with a quarter of its pages: the sections but two files, 90 % of the posts",
          "[audit][sites][nginx][frontier]") {
  check_quarter_cap("nukeviet", {"disc_finance", "disc_plan"});
}

TEST_CASE("a WordPress site crawled with a quarter of its pages: the sections but three, 90 % of the posts",
          "[audit][sites][nginx][frontier]") {
  check_quarter_cap("wordpress", {"disc_finance", "disc_annual_report", "source_attrib"});
}

// site.example built for its address on 127.0.0.1 (so its sitemap and feeds
// are on the crawled site), crawled whole, then with a quarter of its pages:
// the quarter finds every section the whole crawl finds and at least 90 % of
// its posts in the window (the school year of site.example's newest posts).
// The feeds date the newest posts; the cards of the lists date the others,
// so the articles of the window go before older ones; sections' own pages
// (the disclosures of each school year) go before articles; categories of
// cards, an article's previous and next, and sitemap entries modified before
// the window go last.
TEST_CASE("site.example crawled with a quarter of its pages: every section, 90 % of the posts",
          "[audit][sites][nginx][frontier]") {
  wt::test::TempDir tmp("audit-frontier-site-example");
  const fs::path out = tmp.path / "public";
  fs::create_directories(out);
  NginxServer nginx({out, "location / { try_files $uri $uri/ =404; }\nerror_page 404 /404.html;", ""});
  const std::string base = nginx.base_url();
  const std::string src = std::string(WT_SOURCE_DIR) + "/site.example";
  const auto built =
      wt::test::run_command(std::string(WT_BINARY) + " build '" + src + "' -o '" + out.string() + "' --base-url " + base);
  INFO(built.output);
  REQUIRE(built.status == 0);
  REQUIRE(fs::exists(out / "index.html"));
  REQUIRE(fs::exists(out / "sitemap.xml"));

  wt::DiagnosticSink sink;
  auto rubric = wt::regulations::load_rubric(
      fs::path(WT_SOURCE_DIR) / "schemas" / "rubrics" / "vinh-phuc-2016-2017.yaml", sink);
  REQUIRE(rubric);
  auto rules = wt::test::load_rules({"tt37-2020", "tt09-2024"});
  auto rubric_rules = wt::test::load_rules({rubric->rule_set});
  wt::audit::AuditSetup setup;
  setup.rules = &rules;
  setup.rubric = &*rubric;
  setup.rubric_rules = &rubric_rules;
  setup.since = "2026-09-05";
  setup.until = "2027-05-31";

  auto options = wt::test::local_crawl_options();
  options.posts_since = setup.since;
  auto client = wt::audit::make_curl_http_client(wt::test::local_fetch_options());
  const auto whole_crawl = wt::audit::crawl_sites(*client, {base}, options);
  REQUIRE(whole_crawl.size() == 1);
  REQUIRE(whole_crawl[0].stopped_by.empty());
  const auto whole = wt::audit::analyse_site(whole_crawl[0], setup);
  const int pages = whole_crawl[0].html_ok;
  REQUIRE(pages > 200);
  REQUIRE(whole.posts.in_window > 20);

  options.max_pages = static_cast<int>(std::ceil(pages * 0.25));
  const auto quarter_crawl = wt::audit::crawl_sites(*client, {base}, options);
  REQUIRE(quarter_crawl.size() == 1);
  CHECK(quarter_crawl[0].stopped_by == "max-pages");
  CHECK(quarter_crawl[0].html_ok == options.max_pages);
  const auto quarter = wt::audit::analyse_site(quarter_crawl[0], setup);
  std::map<std::string, bool> found;
  for (const auto& s : quarter.sections) found[s.id] = s.found;
  for (const auto& s : whole.sections) {
    INFO("section " << s.id << ", found in the whole crawl at " << s.url);
    if (s.found) CHECK(found[s.id]);
  }
  INFO(quarter.posts.in_window << " of the " << whole.posts.in_window << " posts in the window found with "
                               << options.max_pages << " pages of " << pages);
  CHECK(quarter.posts.in_window * 10 >= whole.posts.in_window * 9);
  CHECK(quarter.posts.in_window <= whole.posts.in_window);
}

// 20 list pages of 10 articles each; every page carries relative links
// written as if they were root-relative ("tin-tuc/..." from /tin-tuc/...,
// "images/...", "lien-quan/...") that all answer 404: 48 dead links a list
// page, 30 an article. Breadth-first, the 404s eat the budget before the
// later list pages are reached.
TEST_CASE("a site full of broken relative links still reaches its later list pages within the cap",
          "[audit][sites][nginx][frontier]") {
  wt::test::TempDir tmp("audit-frontier-broken");
  const int kLists = 20, kPerList = 10, kDeadPerArticle = 30;
  auto page = [](const std::string& title, const std::string& body) {
    return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title +
           "</title></head><body><nav><a href=\"/\">Trang chủ</a> <a href=\"/tin-tuc/trang-1.html\">Tin tức</a> "
           "<a href=\"/gioi-thieu.html\">Giới thiệu</a></nav><h1>" + title + "</h1>" + body + "</body></html>";
  };
  write_file(tmp.path / "index.html", page("Trường THCS Liên Kết Hỏng", "<p>Chào mừng.</p>"));
  write_file(tmp.path / "gioi-thieu.html", page("Giới thiệu", "<p>Trường.</p>"));
  int article = 0;
  for (int n = 1; n <= kLists; ++n) {
    std::string body = "<ul>";
    for (int k = 0; k < kPerList; ++k, ++article) {
      const std::string a = "bai-" + std::to_string(article) + ".html";
      body += "<li><a href=\"/tin-tuc/" + a + "\">Bài " + std::to_string(article) + "</a>";
      // The same article and its picture, linked relative by mistake.
      body += " <a href=\"tin-tuc/" + a + "\">Xem</a> <a href=\"images/anh-" + std::to_string(article) +
              ".html\">Ảnh</a></li>";
      std::string text = "<p>Ngày đăng: 05/10/2024</p>";
      for (int d = 0; d < kDeadPerArticle; ++d)
        text += "<a href=\"lien-quan/" + std::to_string(article) + "-" + std::to_string(d) + ".html\">Liên quan " +
                std::to_string(d) + "</a> ";
      write_file(tmp.path / "tin-tuc" / a, page("Bài " + std::to_string(article), text));
    }
    body += "</ul>";
    for (int d = 0; d < 28; ++d) body += "<a href=\"tin-tuc/trang-" + std::to_string(d) + ".html\">" + std::to_string(d) + "</a> ";
    if (n < kLists) body += "<a href=\"/tin-tuc/trang-" + std::to_string(n + 1) + ".html\">Trang sau</a>";
    write_file(tmp.path / "tin-tuc" / ("trang-" + std::to_string(n) + ".html"), page("Tin tức - trang " + std::to_string(n), body));
  }
  NginxServer nginx({tmp.path, "", ""});
  const std::string base = nginx.base_url();
  const int total = 2 + kLists + kLists * kPerList;  // 222 pages answered 200

  auto options = wt::test::local_crawl_options();
  options.max_pages = total / 4;  // 55
  auto client = wt::audit::make_curl_http_client(wt::test::local_fetch_options());
  auto crawled = wt::audit::crawl_sites(*client, {base}, options);
  REQUIRE(crawled.size() == 1);
  const auto& data = crawled[0];
  std::set<std::string> ok;
  int failed = 0;
  for (const auto& p : data.pages) {
    if (std::getenv("WT_DEBUG_FRONTIER")) std::fprintf(stderr, "crawled %d %s\n", p.status, p.url.c_str());
    if (p.status == 200) ok.insert(p.url.substr(base.size()));
    else ++failed;
  }
  INFO(data.html_ok << " pages answered 200, " << failed << " errors, " << data.requests << " requests");
  for (int n = 1; n <= kLists; ++n) {
    INFO("list page " << n);
    CHECK(ok.count("tin-tuc/trang-" + std::to_string(n) + ".html") == 1);
  }
  CHECK(data.html_ok == options.max_pages);
  CHECK(data.stopped_by == "max-pages");
  CHECK(nginx.requests() <= static_cast<size_t>(2 * options.max_pages) + 2);  // and robots.txt, sitemap.xml
  CHECK(failed <= 5);  // a dead link is fetched only when nothing better waits

  SECTION("a request budget spent before the page budget says so") {
    options.max_pages = 1000;
    options.max_requests = 60;
    auto again = wt::audit::crawl_sites(*client, {base}, options);
    REQUIRE(again.size() == 1);
    CHECK(again[0].stopped_by == "max-requests");
    CHECK(static_cast<int>(again[0].pages.size()) <= 60);
  }
}
