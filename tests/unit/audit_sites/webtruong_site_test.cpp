// Webtruong's own site.example, built with its real base URL and served by
// nginx on 127.0.0.1 (issue 4, part 9): the audit finds every post of the
// site's content with its date, and every requirement `webtruong check`
// reports ok, and scores it as `check` does.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "audit/crawl/crawler.hpp"
#include "audit/analysis/site_analysis.hpp"
#include "regulations/rubric.hpp"
#include "content/front_matter.hpp"
#include "core/date.hpp"
#include "core/text.hpp"
#include "site_truth.hpp"
#include "support/nginx_server.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

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

/// The posts of the site's own content: every page with a date, not a draft,
/// not scheduled for later, not expired; path under the base -> date. Slugs
/// as the build makes them: the front matter's slug, else the title's, made
/// unique in the section in source order ("-2", "-3"; "trang" is taken).
std::map<std::string, std::string> published_posts(const fs::path& content, int tz) {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(content))
    if (e.path().extension() == ".md" && e.path().filename() != "_index.md") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::map<std::string, std::set<std::string>> taken;  // section -> slugs
  std::map<std::string, std::string> out;
  const long long now = static_cast<long long>(std::time(nullptr));
  for (const auto& path : files) {
    wt::DiagnosticSink sink;
    const std::string file = path.string();
    auto doc = wt::content::split_front_matter(slurp(path), file, sink);
    REQUIRE(doc);
    auto fm = wt::content::parse_front_matter(*doc, file, tz, false, sink);
    REQUIRE(fm);
    if (fm->draft) continue;
    if (fm->publish_date && fm->publish_date->epoch() > now) continue;
    if (fm->expiry_date && fm->expiry_date->epoch() <= now) continue;
    // A bundle (folder/index.md) lives in its folder's section.
    fs::path dir = fs::relative(path.parent_path(), content);
    if (path.filename() == "index.md") dir = dir.parent_path();
    auto& slugs = taken.try_emplace(dir.generic_string(), std::set<std::string>{"trang"}).first->second;
    const std::string base = !fm->slug.empty() ? fm->slug : wt::slugify(fm->title);
    std::string slug = base;
    for (int n = 2; !slugs.insert(slug).second; ++n) slug = base + "-" + std::to_string(n);
    if (fm->date) out[dir.generic_string() + "/" + slug + "/"] = wt::format_rfc3339(*fm->date);
  }
  return out;
}

}  // namespace

TEST_CASE("site.example served by nginx: every post with its date, every section check finds", "[audit][sites][nginx]") {
  wt::test::TempDir tmp("audit-site-example");
  const fs::path out = tmp.path / "public";
  const std::string src = std::string(WT_SOURCE_DIR) + "/site.example";
  // Built with its own base URL (https://thcsnguyendu.vinhphuc.edu.vn/): the
  // pages link root-relative, so the copy on 127.0.0.1 crawls the same, and
  // its canonical links tell the address probes (https, .vn, member portal).
  run_capture(std::string(WT_BINARY) + " build '" + src + "' -o '" + out.string() + "' 2>&1");
  REQUIRE(fs::exists(out / "index.html"));
  wt::test::NginxServer nginx({out, "location / { try_files $uri $uri/ =404; }\nerror_page 404 /404.html;", ""});
  const std::string base = nginx.base_url();

  // Expected pages: every HTML file but alias redirects, 404.html and the
  // search results page (reached through the search box, a form, not a link).
  int expected_pages = 0;
  for (const auto& e : fs::recursive_directory_iterator(out))
    if (e.path().extension() == ".html" && e.path().filename() != "404.html" &&
        fs::relative(e.path(), out) != fs::path("tim-kiem/index.html") &&
        slurp(e.path()).find("http-equiv=\"refresh\"") == std::string::npos)
      ++expected_pages;
  const auto truth = published_posts(fs::path(src) / "content", 7 * 60);
  REQUIRE(truth.size() > 50);
  for (const auto& [path, date] : truth) {
    INFO("the build has no page for post " << path);
    REQUIRE(fs::exists(out / path / "index.html"));
  }

  const auto started = std::chrono::steady_clock::now();
  auto client = wt::audit::make_curl_http_client(wt::test::local_fetch_options());
  auto crawled = wt::audit::crawl_sites(*client, {base}, wt::test::local_crawl_options());
  REQUIRE(crawled.size() == 1);
  const auto& data = crawled[0];
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(30));
  CHECK(nginx.requests() < static_cast<size_t>(expected_pages) + 20);
  CHECK(data.html_ok == expected_pages);

  // Posts: exactly those of the content, each dated its day.
  const auto posts = wt::test::posts_by_path(data, base);
  for (const auto& [path, date] : truth) {
    INFO("post " << path << " dated " << date);
    auto it = posts.find(path);
    CHECK(it != posts.end());
    if (it != posts.end()) CHECK(it->second.date.substr(0, 10) == date.substr(0, 10));
  }
  for (const auto& [path, post] : posts) {
    INFO("reported as a post: " << path << " " << post.date << " (" << post.source << ")");
    CHECK(truth.count(path) == 1);
  }

  // Sections: every requirement `check` reports ok is found; the score is check's.
  json report = json::parse(run_capture(std::string(WT_BINARY) + " check '" + src + "' --format json 2>/dev/null"));
  std::vector<std::string> ids;
  for (const auto& id : report["rule_sets"]) ids.push_back(id.get<std::string>());
  auto rules = wt::test::load_rules(ids);
  wt::DiagnosticSink sink;
  auto rubric = wt::regulations::load_rubric(
      fs::path(WT_SOURCE_DIR) / "schemas" / "rubrics" / (report["score"]["rubric"].get<std::string>() + ".yaml"), sink);
  REQUIRE(rubric);
  auto rubric_rules = wt::test::load_rules({rubric->rule_set});
  wt::audit::AuditSetup setup;
  setup.rules = &rules;
  setup.rubric = &*rubric;
  setup.rubric_rules = &rubric_rules;
  auto result = wt::audit::analyse_site(data, setup);
  CHECK(result.school_type == report["school_type"].get<std::string>());
  std::map<std::string, const wt::audit::SectionMatch*> found;
  for (const auto& s : result.sections) found[s.id] = &s;
  int ok = 0;
  for (const auto& r : report["requirements"]) {
    if (r["status"] != "ok") continue;
    ++ok;
    const std::string id = r["id"];
    INFO("requirement " << id << " (" << r["name"].get<std::string>() << ") is ok in check");
    REQUIRE(found.count(id) == 1);
    INFO("audit evidence: " << found[id]->evidence);
    CHECK(found[id]->found);
  }
  CHECK(ok > 30);
  for (const auto& item : report["score"]["items"]) {
    INFO("rubric item " << item["id"].get<std::string>());
    const wt::audit::ScoreLine* line = nullptr;
    for (const auto& l : result.score.items)
      if (l.id == item["id"]) line = &l;
    REQUIRE(line != nullptr);
    CHECK(line->points == item["points"].get<double>());
  }
  CHECK(result.score.total == report["score"]["total"].get<double>());
}
