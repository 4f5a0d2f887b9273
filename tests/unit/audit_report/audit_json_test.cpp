// plugins/audit/report/audit_json: the audit JSON of product.md.
#include <catch2/catch.hpp>

#include "audit/report/audit_json.hpp"

using namespace wt::audit;

// product.md's shape; every requirement of the rule sets and the rubric is
// listed with whether it is required of the school type and found (a
// requirement found but not required is reported found: issue 14, part 3).
TEST_CASE("to_json has exactly the audit shape", "[audit][json]") {
  SiteResult site;
  site.url = "http://127.0.0.1:8053/";
  site.pages = 287;
  site.sections = {{"news", "Tin tức", true, true, "http://127.0.0.1:8053/news/", "menu link", 120},
                   {"timetable", "TKB", true, false, "", "none", 0},
                   {"student_results", "KQ", false, false, "", "not applicable", 0},
                   {"tthc_list", "TTHC", false, true, "http://127.0.0.1:8053/tthc/", "menu link", 100}};
  std::vector<PostItem> items = {{"http://127.0.0.1:8053/news/tin-tuc/khai-giang-1001.html",
                                  "2024-09-05T07:30:00+07:00", "json-ld"}};
  for (int i = 0; i < 141; ++i) items.push_back({"u" + std::to_string(i), "2024-10-01", "feed"});
  site.posts = posting_stats(items, "2024-09-05", "2025-05-31");
  site.score = {"vinh-phuc-2016-2017", 13.0, 20.0, {{"3.1c", 10, 10, true, "..."}}};
  auto j = to_json(site);
  // ordered_json: the keys must also come in product.md's order.
  auto expected = nlohmann::ordered_json::parse(R"({"url": "http://127.0.0.1:8053/",
    "pages": 287,
    "sections": {"news": {"found": true, "url": "http://127.0.0.1:8053/news/", "required": true, "evidence": "menu link"},
                 "timetable": {"found": false, "required": true, "evidence": "none"},
                 "student_results": {"found": false, "required": false, "evidence": "not applicable"},
                 "tthc_list": {"found": true, "url": "http://127.0.0.1:8053/tthc/", "required": false,
                               "evidence": "menu link"}},
    "posts": {"count": 142, "in_window": 142, "per_week": 3.69,
              "window": {"since": "2024-09-05", "until": "2025-05-31"},
              "items": [{"url": "http://127.0.0.1:8053/news/tin-tuc/khai-giang-1001.html",
                         "date": "2024-09-05T07:30:00+07:00", "source": "json-ld"}]},
    "score": {"total": 13.0, "max": 20.0, "items": [{"id": "3.1c", "points": 10, "max": 10, "measured": true,
                                                       "evidence": "..."}]}})");
  j["posts"]["items"] = nlohmann::ordered_json::array({j["posts"]["items"][0]});
  // "crawl" is ours, after product.md's keys: how the figures were obtained.
  REQUIRE(j.contains("crawl"));
  CHECK(j["crawl"]["robots"]["blocked"] == false);
  CHECK(j["crawl"].contains("school_type"));
  j.erase("crawl");
  CHECK(j == expected);
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

// 3.1d (posts used on the sở portal) cannot be crawled: without --input it
// is "not measured" in every output, never 0 points (issue 14, part 4).
TEST_CASE("an item a crawl cannot measure has no points in the JSON", "[audit][json]") {
  SiteResult site;
  site.url = "http://127.0.0.1:8053/";
  ScoreLine unmeasured{"3.1d", 0, 5, false, "chưa đo (không có số liệu nhập vào, --input)"};
  site.score = {"vinh-phuc-2016-2017", 0.0, 5.0, {unmeasured}};
  auto j = to_json(site);
  CHECK(j["score"]["items"][0].dump() ==
        R"j({"id":"3.1d","points":null,"max":5.0,"measured":false,"evidence":"chưa đo (không có số liệu nhập vào, --input)"})j");
}
