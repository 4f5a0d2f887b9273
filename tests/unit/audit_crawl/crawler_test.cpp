// The crawl loop against the example site built and served on 127.0.0.1.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "audit/crawl/crawler.hpp"
#include "audit/url/url.hpp"
#include "audit/analysis/site_analysis.hpp"
#include "audit/report/audit_json.hpp"
#include "regulations/rule_set.hpp"
#include "core/diagnostic.hpp"
#include "support/nginx_server.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string run_capture(const std::string& cmd) {
  std::string out;
  FILE* p = ::popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  ::pclose(p);
  return out;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct TempDir {
  fs::path path;
  TempDir() {
    path = wt::test::make_temp_dir("wt-audit-crawl");
  }
  ~TempDir() { fs::remove_all(path); }
};

/// The site's URL of an output file: "a/index.html" -> base + "a/".
std::string url_of(const std::string& base, const fs::path& out, const fs::path& file) {
  std::string rel = fs::relative(file, out).generic_string();
  if (rel == "index.html") rel = "";
  else if (rel.size() > 11 && rel.compare(rel.size() - 11, 11, "/index.html") == 0) rel.resize(rel.size() - 10);
  return *wt::audit::normalize(base + rel);
}

}  // namespace

TEST_CASE("the example site, built for and served on 127.0.0.1, is crawled completely") {
  TempDir tmp;
  fs::path out = tmp.path / "public";
  // nginx starts first (the build needs its address); it serves whatever
  // the folder holds when asked.
  fs::create_directories(out);
  wt::test::NginxServer server({out, "location / { try_files $uri $uri/ =404; }"});
  const std::string base = server.base_url();
  std::string src = std::string(WT_SOURCE_DIR) + "/site.example";
  run_capture(std::string(WT_BINARY) + " build '" + src + "' -o '" + out.string() + "' --base-url " + base +
              " 2>&1");
  REQUIRE(fs::exists(out / "index.html"));

  // Expected pages: every HTML file but the alias redirects (meta refresh, not linked), 404.html and
  // the search results page tim-kiem/ (reached through the search box, a form, not a link).
  std::set<std::string> expected;
  std::map<std::string, std::string> published;  // URL -> datePublished of its JSON-LD
  static const std::regex date_re(R"re("datePublished"\s*:\s*"([^"]+)")re");
  for (const auto& e : fs::recursive_directory_iterator(out)) {
    if (e.path().extension() != ".html") continue;
    std::string html = slurp(e.path());
    if (html.find("http-equiv=\"refresh\"") != std::string::npos || e.path().filename() == "404.html" ||
        fs::relative(e.path(), out) == fs::path("tim-kiem/index.html"))
      continue;
    std::string url = url_of(base, out, e.path());
    expected.insert(url);
    std::smatch m;
    if (std::regex_search(html, m, date_re)) published[url] = m[1].str();
  }
  REQUIRE(expected.size() > 20);

  wt::audit::CrawlOptions options;
  options.delay_ms = 0;
  options.max_pages = 1000;
  options.site_budget = 20;
  options.progress = false;
  wt::audit::FetchOptions fo;
  fo.delay_ms = 0;
  fo.host_budget = 20;
  auto client = wt::audit::make_curl_http_client(fo);
  auto crawled = wt::audit::crawl_sites(*client, {base}, options);
  REQUIRE(crawled.size() == 1);
  const auto& data = crawled[0];
  CHECK(server.requests() < 400);

  std::set<std::string> got;
  for (const auto& p : data.pages)
    if (p.status == 200) got.insert(p.url);
  for (const auto& u : expected)
    if (!got.count(u)) UNSCOPED_INFO("not crawled: " << u);
  for (const auto& u : got)
    if (!expected.count(u)) UNSCOPED_INFO("crawled but not expected: " << u);
  CHECK(data.html_ok == static_cast<int>(expected.size()));
  CHECK(got == expected);

  // Every dated post: its date found, from the sitemap, a feed, or its
  // article:published_time meta (ranked above JSON-LD, product.md) or JSON-LD.
  std::map<std::string, wt::audit::PostItem> posts;
  for (const auto& p : data.posts) posts[p.url] = p;
  REQUIRE(!published.empty());
  for (const auto& [url, date] : published) {
    INFO(url << " published " << date);
    auto it = posts.find(url);
    REQUIRE(it != posts.end());
    CHECK((it->second.source == "sitemap" || it->second.source == "feed" || it->second.source == "meta" ||
           it->second.source == "json-ld"));
    CHECK(it->second.date.substr(0, 10) == date.substr(0, 10));
  }

  // Every requirement `webtruong check` finds ok is found by the crawl.
  json report = json::parse(run_capture(std::string(WT_BINARY) + " check '" + src + "' --format json 2>/dev/null"));
  wt::DiagnosticSink sink;
  fs::path schemas = fs::path(WT_SOURCE_DIR) / "schemas" / "rules";
  wt::regulations::RuleSet rules;
  for (const auto& id : report["rule_sets"]) {
    auto set = wt::regulations::load_rule_set(schemas / (id.get<std::string>() + ".yaml"), sink);
    REQUIRE(set);
    for (auto& r : set->requirements) rules.requirements.push_back(std::move(r));
  }
  wt::audit::AuditSetup setup;
  setup.rules = &rules;
  auto result = wt::audit::analyse_site(data, setup);
  CHECK(result.pages == static_cast<int>(expected.size()));
  std::map<std::string, bool> found;
  for (const auto& s : result.sections) found[s.id] = s.found;
  // The copy is served at http://127.0.0.1 (--base-url), so the probes of the
  // address answer for that address: not HTTPS, not under .vn. (Served with
  // its own base URL, as tests/unit/audit_sites does, they pass too.)
  static const std::set<std::string> kNotCrawlable = {"domain_edu_vn", "https"};
  for (const auto& r : report["requirements"]) {
    if (r["status"] != "ok") continue;
    std::string id = r["id"];
    if (kNotCrawlable.count(id)) continue;
    INFO("requirement " << id << " " << r["name"].get<std::string>());
    CHECK(found[id]);
  }

  // The JSON of the site (product.md) carries the same numbers.
  auto j = wt::audit::to_json(result);
  CHECK(j["pages"] == result.pages);
  CHECK(j["posts"]["count"] == result.posts.count);
}
