// Dates with month names and CJK characters (word_dates.hpp), dates in URLs
// (url_date.hpp), and the time-zone rule: the day in the value's own offset.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "audit/dates/publication_date.hpp"
#include "audit/dates/url_date.hpp"
#include "audit/dates/word_dates.hpp"

using namespace wt;
using namespace wt::audit;

namespace {

constexpr int kVn = 7 * 60;

int64_t test_now() { return parse_date("2025-06-01T00:00:00+07:00")->epoch(); }

std::vector<std::string> days(std::string_view text) {
  std::vector<std::string> out;
  for (const FoundDate& f : find_word_dates(text, kVn, test_now())) out.push_back(format_found_date(f));
  return out;
}

std::string url_day(std::string_view url) {
  auto d = url_date(url, kVn, test_now());
  return d ? format_found_date(*d) : "-";
}

}  // namespace

TEST_CASE("audit::find_word_dates reads month names in several languages", "[audit][dates]") {
  const std::vector<std::pair<const char*, std::vector<std::string>>> cases = {
      {"Published March 15, 2024 at 8:30 pm", {"2024-03-15"}},
      {"Mar. 5th, 2024", {"2024-03-05"}},
      {"Sept 9 2024", {"2024-09-09"}},
      {"15 March 2024", {"2024-03-15"}},
      {"the 15th of March, 2024", {"2024-03-15"}},
      {"15. März 2024, 17:47 Uhr", {"2024-03-15"}},
      {"15. Maerz 2024", {"2024-03-15"}},
      {"1er mars 2024", {"2024-03-01"}},
      {"15 août 2023", {"2023-08-15"}},
      {"15 de marzo de 2024", {"2024-03-15"}},
      {"15 de março de 2024", {"2024-03-15"}},
      {"15 maart 2024", {"2024-03-15"}},
      {"2024年3月15日 10:00", {"2024-03-15"}},
      {"2024 年 3 月 15 日", {"2024-03-15"}},
      {"2024년 3월 15일", {"2024-03-15"}},
      {"Posted Jan 2, 2024; updated Feb 3, 2024", {"2024-01-02", "2024-02-03"}},
  };
  for (const auto& [text, expected] : cases) {
    INFO(text);
    CHECK(days(text) == expected);
  }
  auto f = find_word_dates("Đăng: 15. März 2024", kVn, test_now());
  REQUIRE(f.size() == 1);
  CHECK(f[0].text == "15. März 2024");
  CHECK(f[0].offset == std::string("Đăng: ").size());
  CHECK_FALSE(f[0].has_time);
}

TEST_CASE("audit::find_word_dates rejects what is not a day", "[audit][dates]") {
  for (const char* text : {"March 2024", "© 2024", "May 15", "115 March 2024", "15 March 20245", "31 February 2024",
                           "15 March 1994", "15 March 2026", "v2.15 March 2024", "2024年13月1日", "15 Marching 2024",
                           "remainder 15 2024"}) {
    INFO(text);
    CHECK(days(text).empty());
  }
}

TEST_CASE("audit::find_text_dates merges Vietnamese and word dates in text order", "[audit][dates]") {
  auto f = find_text_dates("March 1, 2024 — cập nhật 02/03/2024", kVn, test_now());
  REQUIRE(f.size() == 2);
  CHECK(format_found_date(f[0]) == "2024-03-01");
  CHECK(format_found_date(f[1]) == "2024-03-02");
}

TEST_CASE("audit::find_month_day reads a day with a month name and no year", "[audit][dates]") {
  CHECK(find_month_day("Posted Nov 18, 8:19 PM") == std::pair<int, int>{11, 18});
  CHECK(find_month_day("am 3. März um 10:00") == std::pair<int, int>{3, 3});
  CHECK(find_month_day("Sept. 9th") == std::pair<int, int>{9, 9});
  CHECK(find_month_day("8:19 PM") == std::pair<int, int>{0, 0});
  CHECK(find_month_day("May the force") == std::pair<int, int>{0, 0});
}

TEST_CASE("audit::url_date reads the day a URL carries", "[audit][dates]") {
  CHECK(url_day("https://example.org/2024/03/15/a-post/") == "2024-03-15");
  CHECK(url_day("https://example.org/news/2024/03/15-a-post.html") == "2024-03-15");
  CHECK(url_day("https://example.org/2024-03-15-a-post") == "2024-03-15");
  CHECK(url_day("https://tuoitre.vn/tin/chinh-tri-xa-hoi/20150323/chat-cay-xanh/724115.html") == "2015-03-23");
  CHECK(url_day("https://example.org/article/a-post-20161013") == "2016-10-13");
  // Not a day: a month archive, a query, longer numbers, impossible or future days.
  CHECK(url_day("https://example.org/2016/12/a-post/") == "-");
  CHECK(url_day("https://example.org/post?date=2024-03-15") == "-");
  CHECK(url_day("https://example.org/a-123456789/") == "-");
  CHECK(url_day("https://example.org/id/20241332") == "-");
  CHECK(url_day("https://example.org/2030/01/01/future") == "-");
  CHECK(url_day("https://example.org/1990/01/01/old") == "-");
  CHECK(url_day("not a url") == "-");
}

TEST_CASE("audit dates keep the day of their own offset, never the UTC day", "[audit][dates]") {
  // Late in the evening west of UTC: the 15th there, the 16th in UTC.
  CHECK(format_iso_date(parse_meta_date("2024-03-15T23:30:00-05:00", kVn)->date) == "2024-03-15");
  // Early in the morning east of UTC: the 15th there, the 14th in UTC.
  CHECK(format_iso_date(parse_meta_date("2024-03-15T01:10:00+07:00", kVn)->date) == "2024-03-15");
  CHECK(format_found_date(*parse_meta_date("2024-03-15T23:30:00-05:00", kVn)) == "2024-03-15T23:30:00-05:00");
  // No offset: the --timezone default applies, the wall clock is kept.
  auto local = parse_meta_date("2024-03-15 23:30", kVn);
  REQUIRE(local);
  CHECK(local->date.offset_minutes == kVn);
  CHECK(format_found_date(*local) == "2024-03-15T23:30:00+07:00");
  auto west = parse_meta_date("2024-03-15 23:30", -300);
  CHECK(format_found_date(*west) == "2024-03-15T23:30:00-05:00");
  // A byline read from the text is the day as written.
  CHECK(days("March 15, 2024 11:30 pm ET") == std::vector<std::string>{"2024-03-15"});
}

TEST_CASE("audit::parse_meta_date reads a meta value written in words", "[audit][dates]") {
  CHECK(format_found_date(*parse_meta_date("December 1, 2016", kVn)) == "2016-12-01");
  CHECK(format_found_date(*parse_meta_date("Monday, November 18, 2019, 08:19 PM", kVn)) == "2019-11-18");
  CHECK_FALSE(parse_meta_date("soon", kVn));
  CHECK(date_source_name(DateSource::Url) == "url");
  CHECK(parse_date_source("url") == DateSource::Url);
}
