// The audit agrees with `check` on our own site (issue 14, part 4):
// site.example built, served by nginx on 127.0.0.1, audited, and compared
// item by item with `webtruong check --format json` run the same minute:
// sections (what check finds ok the audit finds, what check misses the
// audit misses, the same applicability), posts in the window, the window,
// posts per week, and the score of every rubric item but 3.1d (posts used
// on the sở portal: a crawl cannot see it).
//
// The site is built with its own base URL, as webtruong_site_test.cpp
// explains: its pages link root-relative, so the copy on 127.0.0.1 crawls
// the same, and its canonical links let the address requirements (https,
// .vn, member of the sở portal) be judged as `check` judges site.yaml.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "audit/analysis/site_analysis.hpp"
#include "audit/crawl/crawler.hpp"
#include "regulations/rubric.hpp"
#include "site_truth.hpp"
#include "support/nginx_server.hpp"

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

}  // namespace

TEST_CASE("site.example audited on 127.0.0.1 agrees with check item by item", "[audit][sites][nginx][agreement]") {
  wt::test::TempDir tmp("audit-agreement");
  const fs::path out = tmp.path / "public";
  const std::string src = std::string(WT_SOURCE_DIR) + "/site.example";
  run_capture(std::string(WT_BINARY) + " build '" + src + "' -o '" + out.string() + "' 2>&1");
  REQUIRE(fs::exists(out / "index.html"));
  wt::test::NginxServer nginx({out, "location / { try_files $uri $uri/ =404; }\nerror_page 404 /404.html;", ""});
  const std::string base = nginx.base_url();

  auto client = wt::audit::make_curl_http_client(wt::test::local_fetch_options());
  auto crawled = wt::audit::crawl_sites(*client, {base}, wt::test::local_crawl_options());
  REQUIRE(crawled.size() == 1);
  json check = json::parse(run_capture(std::string(WT_BINARY) + " check '" + src + "' --format json 2>/dev/null"));

  std::vector<std::string> ids;
  for (const auto& id : check["rule_sets"]) ids.push_back(id.get<std::string>());
  auto rules = wt::test::load_rules(ids);
  wt::DiagnosticSink sink;
  auto rubric = wt::regulations::load_rubric(
      fs::path(WT_SOURCE_DIR) / "schemas" / "rubrics" / (check["score"]["rubric"].get<std::string>() + ".yaml"), sink);
  REQUIRE(rubric);
  auto rubric_rules = wt::test::load_rules({rubric->rule_set});
  wt::audit::AuditSetup setup;
  setup.rules = &rules;
  setup.rubric = &*rubric;
  setup.rubric_rules = &rubric_rules;
  const auto result = wt::audit::analyse_site(crawled[0], setup);
  REQUIRE(result.school_type == check["school_type"].get<std::string>());

  // Sections.
  std::map<std::string, const wt::audit::SectionMatch*> found;
  for (const auto& s : result.sections) found[s.id] = &s;
  for (const auto& r : check["requirements"]) {
    const std::string id = r["id"], status = r["status"];
    INFO("requirement " << id << " is " << status << " in check");
    REQUIRE(found.count(id) == 1);
    INFO("audit: " << (found[id]->found ? "found" : "not found") << ", evidence: " << found[id]->evidence);
    if (status == "not applicable") {
      // Not required by the rule sets; the rubric may require it (tthc_list).
      continue;
    }
    CHECK(found[id]->applies);
    if (status == "ok") CHECK(found[id]->found);
    if (status == "missing") CHECK_FALSE(found[id]->found);
  }
  // The one check reports missing for want of a results page.
  REQUIRE(found.count("student_results") == 1);
  CHECK_FALSE(found["student_results"]->found);

  // Posts: the same window, the same count in it, the same rate.
  const json& posting = check["posting"];
  CHECK(result.posts.since == posting["since"].get<std::string>());
  CHECK(result.posts.until == posting["until"].get<std::string>());
  CHECK(result.posts.in_window == posting["count"].get<int>());
  CHECK(std::round(result.posts.per_week * 100) / 100 == Approx(posting["per_week"].get<double>()));

  // The score, item by item, but 3.1d.
  double total = 0, check_total = 0;
  for (const auto& item : check["score"]["items"]) {
    const std::string id = item["id"];
    if (id == "3.1d") continue;
    INFO("rubric item " << id << ": " << item["evidence"].get<std::string>());
    const wt::audit::ScoreLine* line = nullptr;
    for (const auto& l : result.score.items)
      if (l.id == id) line = &l;
    REQUIRE(line != nullptr);
    INFO("audit: " << line->evidence);
    CHECK(line->points == item["points"].get<double>());
    CHECK(line->measured == item["measured"].get<bool>());
    total += line->points;
    check_total += item["points"].get<double>();
  }
  CHECK(total == check_total);
}
