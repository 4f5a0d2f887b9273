// plugins/audit/report/audit_json: the audit JSON of product.md.
#include <catch2/catch.hpp>

#include "audit/report/audit_json.hpp"

using namespace wt::audit;

TEST_CASE("to_json has exactly the audit shape", "[audit][json]") {
  SiteResult site;
  site.url = "http://127.0.0.1:8053/";
  site.pages = 287;
  site.sections = {{"news", "Tin tức", true, true, "http://127.0.0.1:8053/news/", "menu link", 120},
                   {"timetable", "TKB", true, false, "", "none", 0},
                   {"student_results", "KQ", false, false, "", "not applicable", 0}};
  std::vector<PostItem> items = {{"http://127.0.0.1:8053/news/tin-tuc/khai-giang-1001.html",
                                  "2024-09-05T07:30:00+07:00", "json-ld"}};
  for (int i = 0; i < 141; ++i) items.push_back({"u" + std::to_string(i), "2024-10-01", "feed"});
  site.posts = posting_stats(items, "2024-09-05", "2025-05-31");
  site.score = {"vinh-phuc-2016-2017", 13.0, 20.0, {{"3.1c", 10, 10, true, "..."}}};
  auto j = to_json(site);
  // ordered_json: the keys must also come in product.md's order.
  auto expected = nlohmann::ordered_json::parse(R"({"url": "http://127.0.0.1:8053/",
    "pages": 287,
    "sections": {"news": {"found": true, "url": "http://127.0.0.1:8053/news/"},
                 "timetable": {"found": false}},
    "posts": {"count": 142, "in_window": 142, "per_week": 3.69,
              "window": {"since": "2024-09-05", "until": "2025-05-31"},
              "items": [{"url": "http://127.0.0.1:8053/news/tin-tuc/khai-giang-1001.html",
                         "date": "2024-09-05T07:30:00+07:00", "source": "json-ld"}]},
    "score": {"total": 13.0, "max": 20.0, "items": [{"id": "3.1c", "points": 10, "max": 10, "evidence": "..."}]}})");
  j["posts"]["items"] = nlohmann::ordered_json::array({j["posts"]["items"][0]});
  // "crawl" is ours, after product.md's keys: how the figures were obtained.
  REQUIRE(j.contains("crawl"));
  CHECK(j["crawl"]["robots"]["blocked"] == false);
  CHECK(j["crawl"].contains("school_type"));
  j.erase("crawl");
  CHECK(j == expected);
  CHECK(j.dump().find("student_results") == std::string::npos);
}

TEST_CASE("an analysis that threw: the site's entry carries an internal-error object and what the crawl measured",
          "[audit][json]") {
  // audit_sites() catches what analyse_site() throws for one site and
  // reports that site with failed_analysis(); the other sites go on.
  CrawlData data;
  data.seed = "http://127.0.0.1:8053/";
  data.html_ok = 7;
  data.requests = 9;
  data.limits = {{"links_per_page", 2000, 2}};
  const SiteResult r = failed_analysis(data, "bad_alloc");
  REQUIRE(r.error);
  CHECK(r.error->kind == "internal-error");
  CHECK(r.error->what == "internal error: bad_alloc");
  CHECK(r.error->where == "analysis");
  CHECK(r.error->measured == std::vector<std::string>{"pages"});
  CHECK(r.pages == 7);
  const auto j = to_json(r);
  CHECK(j["url"] == "http://127.0.0.1:8053/");
  CHECK(j["pages"] == 7);
  CHECK(j["error"]["kind"] == "internal-error");
  CHECK(j["error"]["what"] == "internal error: bad_alloc");
  CHECK(j["error"]["where"] == "analysis");
  CHECK(j["crawl"]["requests"] == 9);
}
