#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "audit/url/trap_guard.hpp"

using namespace wt::audit;

namespace {
TrapVerdict check_one(const std::string& url, TrapLimits limits = {}) {
  TrapGuard guard(2024, limits);
  return guard.check(url);
}
}  // namespace

TEST_CASE("audit::TrapGuard accepts ordinary pages, query URLs included", "[audit_url]") {
  TrapGuard guard(2024);
  for (const char* url : {
           "http://a.vn/",
           "http://a.vn/gioi-thieu/",
           "http://a.vn/index.php?language=vi&nv=news",
           "http://a.vn/index.php?language=vi&nv=news&op=Tin-tuc/Khai-giang-123.html",
           "http://a.vn/index.php?language=vi&nv=news&op=Thong-bao",
           "http://a.vn/index.php?language=vi&nv=about",
           "http://a.vn/2016/09/26/le-khai-giang/",   // WordPress dated permalink
           "http://a.vn/2024/09/",                    // WordPress month archive
           "http://a.vn/tin-tuc/page/2/",
           "http://a.vn/index.php?nv=news&page=500",
           "http://a.vn/node/2031",                   // an id, not a year
           "http://a.vn/lich-cong-tac/",              // a section, no date
           "http://a.vn/lich-su-nha-truong/",
           "http://a.vn/calendar/?month=2024-10",
           "http://a.vn/ke-hoach-nam-hoc-2031-2032.html",
           "http://a.vn/vi/news/a/b/",
       }) {
    INFO(url);
    CHECK(guard.check(url) == TrapVerdict::Accept);
  }
  CHECK(guard.check("http://a.vn/gioi-thieu/") == TrapVerdict::Duplicate);
  CHECK(guard.count(TrapVerdict::Accept) == 16);
  CHECK(guard.count(TrapVerdict::Duplicate) == 1);
}

TEST_CASE("audit::TrapGuard rejects repeated path segments", "[audit_url]") {
  CHECK(check_one("http://a.vn/a/b/a/b/a/b/") == TrapVerdict::RepeatedSegments);
  CHECK(check_one("http://a.vn/x/a/y/a/z/a/") == TrapVerdict::RepeatedSegments);
  CHECK(check_one("http://a.vn/tin-tuc/tin-tuc/tin-tuc/bai.html") == TrapVerdict::RepeatedSegments);
  CHECK(check_one("http://a.vn/a/b/a/b/") == TrapVerdict::Accept);
  TrapLimits loose;
  loose.max_segment_repeats = 10;
  CHECK(check_one("http://a.vn/p/a/b/c/a/b/c/a/b/c/", loose) == TrapVerdict::RepeatedSegments);
  std::string deep = "http://a.vn";
  for (int i = 0; i < 21; ++i) deep += "/s" + std::to_string(i);
  CHECK(check_one(deep) == TrapVerdict::TooDeep);
}

TEST_CASE("audit::TrapGuard rejects long URLs and many parameters", "[audit_url]") {
  std::string long_url = "http://a.vn/" + std::string(1988, 'x');
  CHECK(check_one(long_url) == TrapVerdict::Accept);
  CHECK(check_one(long_url + "yyyyyyyyyy") == TrapVerdict::TooLong);
  std::string many = "http://a.vn/?";
  for (int i = 0; i < 13; ++i) many += "p" + std::to_string(i) + "=1&";
  CHECK(check_one(many) == TrapVerdict::TooManyParams);
  CHECK(check_one("mailto:x@a.vn") == TrapVerdict::Invalid);
  CHECK(check_one("not a url") == TrapVerdict::Invalid);
}

TEST_CASE("audit::TrapGuard rejects calendars beyond the window", "[audit_url]") {
  CHECK(check_one("http://a.vn/lich/2031/05/") == TrapVerdict::Calendar);
  CHECK(check_one("http://a.vn/lich/2025/05/") == TrapVerdict::Accept);
  CHECK(check_one("http://a.vn/calendar/2019-01-01/") == TrapVerdict::Calendar);
  CHECK(check_one("http://a.vn/events/?month=2040-01") == TrapVerdict::Calendar);
  CHECK(check_one("http://a.vn/index.php?nv=news&month=1990-01") == TrapVerdict::Calendar);
  CHECK(check_one("http://a.vn/?date=20310105") == TrapVerdict::Calendar);
  CHECK(check_one("http://a.vn/?year=2024&month=9") == TrapVerdict::Accept);
  CHECK(check_one("http://a.vn/2031/01/05/") == TrapVerdict::Calendar);
  CHECK(check_one("http://a.vn/1980/01/") == TrapVerdict::Calendar);
  CHECK(check_one("http://a.vn/2000/01/") == TrapVerdict::Accept);
}

TEST_CASE("audit::TrapGuard stops a simulated calendar crawl within its budget", "[audit_url]") {
  // A day view whose "next day" link never ends: the crawl follows it until
  // the guard refuses, and must stop by itself.
  TrapLimits limits;
  limits.max_calendar_urls = 40;
  TrapGuard guard(2024, limits);
  int y = 2024, m = 9, d = 1, fetched = 0, steps = 0;
  for (; steps < 100000; ++steps) {
    char url[80];
    std::snprintf(url, sizeof url, "http://a.vn/lich-cong-tac/?date=%04d-%02d-%02d", y, m, d);
    if (guard.check(url) != TrapVerdict::Accept) break;
    ++fetched;
    if (++d > 28) { d = 1; if (++m > 12) { m = 1; ++y; } }
  }
  CHECK(fetched == 40);
  CHECK(steps < 100000);
  CHECK(guard.count(TrapVerdict::Calendar) == 1);

  // Month by month, without a tight budget: the year window ends it.
  TrapGuard months(2024);
  int accepted = 0;
  for (int i = 0; i < 1200; ++i) {
    int year = 2024 + (8 + i) / 12, month = (8 + i) % 12 + 1;
    char url[80];
    std::snprintf(url, sizeof url, "http://a.vn/calendar/?month=%d-%02d", year, month);
    if (months.check(url) == TrapVerdict::Accept) ++accepted;
  }
  CHECK(accepted == 16);  // 2024-09 .. 2025-12
  CHECK(months.count(TrapVerdict::Calendar) == 1200 - 16);
}

TEST_CASE("audit::TrapGuard skips and counts search pages", "[audit_url]") {
  TrapGuard guard(2024);
  for (const char* url : {"http://a.vn/?q=hoc+sinh", "http://a.vn/?s=tuyen+sinh", "http://a.vn/search/",
                          "http://a.vn/tim-kiem.html?keyword=x", "http://a.vn/vi/seek/?q=x",
                          "http://a.vn/index.php?nv=news&op=search&q=x", "http://a.vn/index.php?nv=seek",
                          "http://a.vn/index.php?language=vi&nv=news&op=search"}) {
    INFO(url);
    CHECK(guard.check(url) == TrapVerdict::Search);
  }
  CHECK(guard.count(TrapVerdict::Search) == 8);
  CHECK(guard.count(TrapVerdict::Accept) == 0);
  CHECK(guard.check("http://a.vn/researchers/") == TrapVerdict::Accept);
}

TEST_CASE("audit::TrapGuard caps pagination", "[audit_url]") {
  CHECK(check_one("http://a.vn/tin-tuc/page/500/") == TrapVerdict::Accept);
  CHECK(check_one("http://a.vn/tin-tuc/page/501/") == TrapVerdict::Pagination);
  CHECK(check_one("http://a.vn/tin-tuc/trang/9999") == TrapVerdict::Pagination);
  CHECK(check_one("http://a.vn/vi/news/Tin-tuc/page-777/") == TrapVerdict::Pagination);
  CHECK(check_one("http://a.vn/vi/news/Tin-tuc/page-7/") == TrapVerdict::Accept);
  CHECK(check_one("http://a.vn/?paged=99999999999999999999") == TrapVerdict::Pagination);
  CHECK(check_one("http://a.vn/index.php?nv=news&page=501") == TrapVerdict::Pagination);
  TrapLimits small;
  small.max_page = 10;
  CHECK(check_one("http://a.vn/?page=11", small) == TrapVerdict::Pagination);
  CHECK(check_one("http://a.vn/?page=10", small) == TrapVerdict::Accept);
}

TEST_CASE("audit::TrapGuard budgets URLs differing in one parameter value", "[audit_url]") {
  TrapLimits limits;
  limits.max_per_pattern = 5;
  TrapGuard guard(2024, limits);
  int accepted = 0;
  for (int i = 0; i < 50; ++i) {
    if (guard.check("http://a.vn/list.php?sort=" + std::to_string(i) + "&cat=3") == TrapVerdict::Accept) {
      ++accepted;
    }
  }
  CHECK(accepted == 5);
  CHECK(guard.count(TrapVerdict::PatternBudget) == 45);
  // Other patterns keep their own budget.
  CHECK(guard.check("http://a.vn/list.php?sort=1&cat=4") == TrapVerdict::Accept);
  CHECK(guard.check("http://a.vn/other.php?sort=99&cat=3") == TrapVerdict::Accept);

  // The default budget lets a NukeViet site list hundreds of articles.
  TrapGuard nukeviet(2024);
  for (int i = 0; i < 800; ++i) {
    std::string url = "http://a.vn/index.php?language=vi&nv=news&op=Tin-tuc/bai-" + std::to_string(i) + ".html";
    REQUIRE(nukeviet.check(url) == TrapVerdict::Accept);
  }
}

TEST_CASE("audit::trap_verdict_name names every verdict", "[audit_url]") {
  CHECK(trap_verdict_name(TrapVerdict::Accept) == "accept");
  CHECK(trap_verdict_name(TrapVerdict::Calendar) == "calendar");
  CHECK(trap_verdict_name(TrapVerdict::PatternBudget) == "pattern-budget");
  CHECK(trap_verdict_name(TrapVerdict::RepeatedSegments) == "repeated-segments");
}
