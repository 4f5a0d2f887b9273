// crawl/page_facts: a page as read, written as JSON for the history and
// read back on a 304 Not Modified. What is read back is what was written;
// facts someone edited in the database are refused whole, never half-read.
#include <catch2/catch.hpp>

#include <string>

#include "audit/crawl/page_facts.hpp"
#include "audit/crawl/page_reader.hpp"

using wt::audit::PageLimits;
using wt::audit::PageRead;
using wt::audit::read_page_facts;
using wt::audit::write_page_facts;

namespace {

PageRead article() {
  wt::audit::Response r;
  r.requested_url = r.url = "http://127.0.0.1:8053/tin-tuc/khai-giang/";
  r.status = 200;
  r.content_type = "text/html; charset=utf-8";
  r.body =
      "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Lễ khai giảng</title>"
      "<meta name=\"viewport\" content=\"width=device-width\">"
      "<meta property=\"og:type\" content=\"article\">"
      "<meta property=\"article:published_time\" content=\"2026-09-05T07:30:00+07:00\">"
      "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed/\"></head><body>"
      "<nav><a href=\"/\">Trang chủ</a><a href=\"/tin-tuc/\">Tin tức</a></nav><main><h1>Lễ khai giảng</h1>"
      "<p>Email: vanphong@thcs-a.edu.vn</p><a href=\"/x/\" rel=\"nofollow\">x</a>"
      "<img src=\"a.jpg\"><img src=\"b.jpg\" alt=\"b\"></main></body></html>";
  wt::audit::ByteBudget budget(8u << 20);
  return wt::audit::read_page(r, PageLimits{}, 1790000000, budget);
}

}  // namespace

TEST_CASE("page facts: read back as written, links, follow flags, feeds, verdict and dates included") {
  const PageRead read = article();
  REQUIRE(read.url);
  REQUIRE(read.page.links.size() == 3);
  const std::string facts = write_page_facts(read);
  const auto again = read_page_facts(facts, PageLimits{});
  REQUIRE(again);
  CHECK(write_page_facts(*again) == facts);
  CHECK(*again->url == *read.url);
  CHECK(again->page.title == "Lễ khai giảng");
  CHECK(again->follow == read.follow);
  CHECK(again->feeds == read.feeds);
  CHECK(again->verdict.article == read.verdict.article);
  REQUIRE(again->verdict.dates.size() == read.verdict.dates.size());
  REQUIRE_FALSE(again->verdict.dates.empty());
  CHECK(again->verdict.dates[0].date.date.day == 5);
  CHECK(again->page.images_without_alt == 1);
}

TEST_CASE("page facts: edited or oversized facts are refused whole") {
  const std::string facts = write_page_facts(article());
  auto edited = [&](const std::string& from, const std::string& to) {
    std::string s = facts;
    const size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
  };
  CHECK_FALSE(read_page_facts("", PageLimits{}));
  CHECK_FALSE(read_page_facts("[]", PageLimits{}));
  CHECK_FALSE(read_page_facts("{\"v\":1,\"url\":\"x\"}", PageLimits{}));    // fields missing
  CHECK_FALSE(read_page_facts(edited("\"v\":1", "\"v\":2"), PageLimits{}));  // another version
  CHECK_FALSE(read_page_facts(edited("\"images\":2", "\"images\":\"2\""), PageLimits{}));  // a type
  CHECK_FALSE(read_page_facts(edited("\"images_without_alt\":1", "\"images_without_alt\":3"), PageLimits{}));
  CHECK_FALSE(read_page_facts(edited("\"follow\":[1,1,0]", "\"follow\":[1,1]"), PageLimits{}));  // not one per link
  PageLimits few;
  few.max_links = 2;  // a crawl with lower caps than the one that wrote them
  CHECK_FALSE(read_page_facts(facts, few));
  CHECK_FALSE(read_page_facts(facts + std::string(wt::audit::kMaxPageFactsBytes, ' '), PageLimits{}));
}
