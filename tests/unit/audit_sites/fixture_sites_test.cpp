// NukeViet and WordPress fixture sites served by nginx on 127.0.0.1: the
// crawl must match each site's truth.json (pages, sections, posts and dates).
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <set>
#include <sstream>

#include "audit/crawl/crawler.hpp"
#include "audit/analysis/site_analysis.hpp"
#include "site_truth.hpp"
#include "support/nginx_server.hpp"

namespace fs = std::filesystem;
using wt::test::NginxServer;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void check_fixture(const std::string& name) {
  const fs::path dir = fs::path(WT_TEST_FIXTURES) / "audit" / "sites" / name;
  const wt::test::SiteTruth truth = wt::test::load_truth(dir);
  wt::test::TempDir tmp("audit-site-" + name);
  NginxServer nginx({tmp.path, slurp(dir / "nginx.conf"), ""});
  const std::string base = nginx.base_url();
  wt::test::copy_fixture(dir, tmp.path, base);

  const auto started = std::chrono::steady_clock::now();
  auto client = wt::audit::make_curl_http_client(wt::test::local_fetch_options());
  auto crawled = wt::audit::crawl_sites(*client, {base}, wt::test::local_crawl_options());
  REQUIRE(crawled.size() == 1);
  const auto& data = crawled[0];
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(20));
  CHECK(nginx.requests() < 150);  // a few dozen pages, robots, sitemaps, feeds
  CHECK_FALSE(data.robots_blocked);

  // Pages: distinct HTML pages answered 200.
  for (const auto& p : data.pages) UNSCOPED_INFO("crawled " << p.status << " " << p.url);
  CHECK(data.html_ok == truth.pages);

  // Posts: exactly the articles of the truth, each dated its day.
  const auto posts = wt::test::posts_by_path(data, base);
  for (const auto& [path, date] : truth.posts) {
    INFO("post " << path << " published " << date);
    auto it = posts.find(path);
    CHECK(it != posts.end());
    if (it != posts.end()) CHECK(it->second.date.substr(0, 10) == date.substr(0, 10));
  }
  for (const auto& [path, post] : posts) {
    INFO("reported as a post: " << path << " " << post.date << " (" << post.source << ")");
    CHECK(truth.posts.count(path) == 1);
  }

  // Titles, after charset decoding (the windows-1258 page).
  for (const auto& [path, title] : truth.titles) {
    INFO("title of " << path);
    const wt::audit::CrawledPage* page = nullptr;
    for (const auto& p : data.pages)
      if (p.url == base + path) page = &p;
    REQUIRE(page != nullptr);
    CHECK(page->title.rfind(title, 0) == 0);
  }

  // Sections: found where the truth says; absent ones not found.
  wt::audit::AuditSetup setup;
  auto rules = wt::test::load_rules(truth.rule_sets);
  setup.rules = &rules;
  setup.school_type = truth.school_type;
  auto result = wt::audit::analyse_site(data, setup);
  std::map<std::string, const wt::audit::SectionMatch*> sections;
  for (const auto& s : result.sections) sections[s.id] = &s;
  for (const auto& [id, path] : truth.sections) {
    INFO("section " << id << " expected at " << path);
    REQUIRE(sections.count(id) == 1);
    INFO("evidence: " << sections[id]->evidence);
    CHECK(sections[id]->found);
    if (!path.empty()) CHECK(sections[id]->url == base + path);
  }
  for (const auto& id : truth.absent) {
    INFO("section " << id << " must not be found");
    REQUIRE(sections.count(id) == 1);
    INFO("evidence: " << sections[id]->evidence << " at " << sections[id]->url);
    CHECK_FALSE(sections[id]->found);
  }
  CHECK(result.posts.count == static_cast<int>(truth.posts.size()));
}

}  // namespace

TEST_CASE("a NukeViet 4 school site is audited as its truth says", "[audit][sites][nginx]") {
  check_fixture("nukeviet");
}

TEST_CASE("a WordPress school site is audited as its truth says", "[audit][sites][nginx]") {
  check_fixture("wordpress");
}
