// Posts used on the portal (rubric 3.1d): years from 1 June to 30 May, in
// the site's time zone, 31 May in no year.
#include <catch2/catch.hpp>

#include "compliance/checker.hpp"
#include "compliance/posts_used.hpp"
#include "core/date.hpp"

using namespace wt;
using namespace wt::compliance;

namespace {

int64_t at(const char* text, int tz = 7 * 60) { return parse_date(text, tz)->epoch(); }

}  // namespace

TEST_CASE("compliance::posts_used_year_of puts 31 May in no year and 1 June in the next", "[compliance]") {
  CHECK(posts_used_year_of(at("2026-05-30T23:59:59+07:00"), 420) == 2025);
  CHECK(posts_used_year_of(at("2026-05-31T00:00:00+07:00"), 420) == 0);
  CHECK(posts_used_year_of(at("2026-05-31T23:59:59+07:00"), 420) == 0);
  CHECK(posts_used_year_of(at("2026-06-01T00:00:00+07:00"), 420) == 2026);
  CHECK(posts_used_year_of(at("2025-06-01T00:00:00+07:00"), 420) == 2025);
  CHECK(posts_used_year_of(at("2026-01-01T00:00:00+07:00"), 420) == 2025);
}

TEST_CASE("compliance::posts_used_year_of counts in the site's time zone", "[compliance]") {
  // 1 June 00:30 in Việt Nam is still 31 May in UTC.
  const int64_t t = at("2026-06-01T00:30:00+07:00");
  CHECK(posts_used_year_of(t, 420) == 2026);
  CHECK(posts_used_year_of(t, 0) == 0);
  // 30 May 23:30 UTC is 31 May in Việt Nam.
  const int64_t u = at("2026-05-30T23:30:00Z");
  CHECK(posts_used_year_of(u, 0) == 2025);
  CHECK(posts_used_year_of(u, 420) == 0);
}

TEST_CASE("compliance::posts_used_by_year counts each year, ascending", "[compliance]") {
  auto years = posts_used_by_year({at("2026-06-01"), at("2025-09-05"), at("2026-05-31"), at("2026-05-30"), at("2024-12-01")},
                                  420);
  REQUIRE(years.size() == 3);
  CHECK(years[0].from_year == 2024);
  CHECK(years[0].count == 1);
  CHECK(years[1].from_year == 2025);
  CHECK(years[1].count == 2);
  CHECK(years[1].since == "2025-06-01");
  CHECK(years[1].until == "2026-05-30");
  CHECK(years[2].from_year == 2026);
  CHECK(years[2].count == 1);
}

TEST_CASE("compliance::posts_used_now counts the year now is in, up to now", "[compliance]") {
  const std::vector<int64_t> dates = {at("2025-06-01"), at("2025-12-01"), at("2026-03-01"), at("2026-06-02")};
  auto p = posts_used_now(dates, at("2026-01-15"), 420);
  CHECK(p.from_year == 2025);
  CHECK(p.count == 2);
  // On 31 May the current year is the one that ended on 30 May.
  p = posts_used_now(dates, at("2026-05-31T12:00:00+07:00"), 420);
  CHECK(p.from_year == 2025);
  CHECK(p.count == 3);
  p = posts_used_now(dates, at("2026-06-01T00:00:00+07:00"), 420);
  CHECK(p.from_year == 2026);
  CHECK(p.count == 0);
}

TEST_CASE("compliance::check scores 3.1d from the site's own portal: true posts of the current year", "[compliance]") {
  regulations::Rubric rubric;
  rubric.id = "r";
  regulations::Scorecard card;
  card.for_whom = "school";
  card.applies_to = {"thcs"};
  regulations::RubricItem d;
  d.id = "3.1d";
  d.max = 5;
  d.part.measure = "posts_to_portal";
  d.part.input = true;
  d.part.when_missing = "zero";
  d.part.thresholds = {{24, 5}};
  card.items = {d};
  rubric.scorecards = {card};
  SiteFacts f;
  f.now = at("2026-05-20");
  for (int i = 0; i < 23; ++i) f.portal_post_dates.push_back(at("2025-10-01") + i * 86400);
  f.portal_post_dates.push_back(at("2025-05-31"));  // in no year
  Report r = check(f, {}, &rubric);
  REQUIRE(r.score.size() == 1);
  CHECK(r.score[0].measured);
  CHECK(r.score[0].points == Approx(0.0));
  CHECK(r.score[0].evidence == "23 posts marked portal: true from 2025-06-01 to 2026-05-30");
  CHECK(r.posts_used.count == 23);
  f.portal_post_dates.push_back(at("2026-05-30T23:59:00+07:00"));
  r = check(f, {}, &rubric);
  CHECK(r.posts_used.count == 23);  // after `now`: not counted yet
  f.now = at("2026-05-31T12:00:00+07:00");  // on 31 May, the year that just ended
  r = check(f, {}, &rubric);
  CHECK(r.score[0].points == Approx(5.0));
  CHECK(r.score[0].evidence == "24 posts marked portal: true from 2025-06-01 to 2026-05-30");
  CHECK(to_json(r)["posts_used"] == nlohmann::json{{"since", "2025-06-01"}, {"until", "2026-05-30"}, {"count", 24}});
}
