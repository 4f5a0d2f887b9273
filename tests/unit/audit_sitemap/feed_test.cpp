// Feeds: RFC 822 dates (and their broken forms), RSS from WordPress, NukeViet
// and Webtruong, Atom, limits and garbage.
#include <catch2/catch.hpp>

#include "audit/sitemap/feed.hpp"
#include "support.hpp"

#include <string>

using namespace wt::audit;
using sitemap_test::fixture;
using sitemap_test::gzip;
using sitemap_test::show;

TEST_CASE("RFC 822 dates and broken forms", "[feed][date]") {
  CHECK(show(parse_rfc822_date("Mon, 09 Sep 2024 08:15:00 +0700")) == "2024-09-09T08:15:00+07:00");
  CHECK(show(parse_rfc822_date("Mon, 9 Sep 2024 8:15:00 +0700")) == "2024-09-09T08:15:00+07:00");
  CHECK(show(parse_rfc822_date("Thu, 5 Sep 2024 00:30:00 GMT")) == "2024-09-05T00:30:00+00:00");
  CHECK(show(parse_rfc822_date("9 Sep 2024 08:15 GMT+7")) == "2024-09-09T08:15:00+07:00");
  CHECK(show(parse_rfc822_date("Sun, 08 Sep 2024 21:15:00 EDT")) == "2024-09-08T21:15:00-04:00");
  CHECK(show(parse_rfc822_date("Mon, 09 Sep 24 08:15:00 ICT")) == "2024-09-09T08:15:00+07:00");
  CHECK(show(parse_rfc822_date("Tue, 09 Sep 99 08:15:00 +0000")) == "1999-09-09T08:15:00+00:00");
  CHECK(show(parse_rfc822_date("09-Sep-2024 08:15:00 -0530")) == "2024-09-09T08:15:00-05:30");
  CHECK(show(parse_rfc822_date("Sep 9 2024 08:15:00 +0700")) == "2024-09-09T08:15:00+07:00");
  CHECK(show(parse_rfc822_date("Mon, 09 Sep 2024 08:15:00 +0700 ICT")) == "2024-09-09T08:15:00+07:00");
  CHECK(show(parse_rfc822_date("Mon, 09 Sep 2024 08:15:00 A")) == "2024-09-09T08:15:00+00:00");  // military
  CHECK(show(parse_rfc822_date("Mon, 09 Sep 2024 08:15:00 XYZ")) == "2024-09-09T08:15:00+07:00");
  CHECK(show(parse_rfc822_date("Mon, 09 Sep 2024 08:15:00", 0)) == "2024-09-09T08:15:00+00:00");
  CHECK(show(parse_rfc822_date("Mon, 09 Sep 2024")) == "2024-09-09");
  CHECK(show(parse_rfc822_date("2024-09-09T08:15:00Z")) == "2024-09-09T08:15:00+00:00");
  CHECK(show(parse_rfc822_date("09/09/2024 08:15")) == "2024-09-09T08:15:00+07:00");
  for (const char* bad : {"", "hôm qua", "Mon, 31 Feb 2024 08:15:00 +0700", "Mon, 09 Foo 2024 08:15:00 +0700",
                          "Mon, 09 Sep 2024 25:15:00 +0700", "Mon, 09 Sep 2024 08:15:00 +99", "2024",
                          "Mon, 09 Sep 2024 08:15:00 +0700 12", "Mon, 123 Sep 2024"}) {
    INFO(bad);
    CHECK_FALSE(parse_rfc822_date(bad));
  }
}

TEST_CASE("RSS with broken dates", "[feed][rss]") {
  const Feed feed = parse_feed(fixture("rss-broken-dates.xml"));
  REQUIRE(feed.error.empty());
  CHECK(feed.kind == FeedKind::Rss);
  CHECK(feed.title == "Broken dates");
  REQUIRE(feed.items.size() == 14);
  const char* expected[][2] = {
      {"https://truong.edu.vn/1", "2024-09-09T08:15:00+07:00"},
      {"https://truong.edu.vn/2", "2024-09-09T08:15:00+07:00"},
      {"https://truong.edu.vn/3", "2024-09-09T08:15:00+07:00"},
      {"https://truong.edu.vn/4", "2024-09-09T08:15:00+07:00"},
      {"https://truong.edu.vn/5", "2024-09-09T08:15:00+07:00"},
      {"https://truong.edu.vn/6", "2024-09-08T21:15:00-04:00"},
      {"https://truong.edu.vn/7", "2024-09-09T08:15:00+07:00"},
      {"https://truong.edu.vn/8", "2024-09-09T08:15:00+07:00"},
      {"https://truong.edu.vn/9", "2024-09-09T08:15:00+07:00"},
      {"https://truong.edu.vn/10", "2024-09-09T01:15:00+00:00"},
      {"https://truong.edu.vn/11", "2024-09-09T08:15:00+07:00"},
      {"https://truong.edu.vn/12", "none"},
      {"https://truong.edu.vn/13", "none"},
      {"https://truong.edu.vn/14", "none"},
  };
  for (std::size_t i = 0; i < feed.items.size(); ++i) {
    INFO(i);
    CHECK(feed.items[i].url == expected[i][0]);
    CHECK(show(feed.items[i].date) == expected[i][1]);
  }
  CHECK(feed.items[0].title == "one-digit day and hour");
  CHECK(feed.invalid_dates == 2);
  // The same instant whatever the printed zone.
  CHECK(feed.items[0].date->epoch() == feed.items[9].date->epoch());
  CHECK(feed.items[5].date->epoch() == feed.items[9].date->epoch());
}

TEST_CASE("WordPress feed", "[feed][wordpress]") {
  const Feed feed = parse_feed(fixture("wordpress/feed.xml"));
  REQUIRE(feed.error.empty());
  CHECK(feed.title == "Trường THPT Liễn Sơn");
  REQUIRE(feed.items.size() == 2);
  CHECK(feed.items[0].url == "https://thptlienson.edu.vn/2024/09/20/hoi-nghi-vien-chuc/");
  CHECK(feed.items[0].title == "Hội nghị viên chức năm học 2024 – 2025");
  CHECK(show(feed.items[0].date) == "2024-09-20T07:30:00+00:00");
  CHECK(feed.items[1].url == "https://thptlienson.edu.vn/2024/09/09/le-khai-giang-nam-hoc-2024-2025/");
  CHECK(feed.items[1].title == "Lễ khai giảng năm học 2024 - 2025");  // CDATA
  CHECK(show(feed.items[1].date) == "2024-09-09T01:15:00+00:00");
}

TEST_CASE("NukeViet RSS", "[feed][nukeviet]") {
  const Feed feed = parse_feed(fixture("nukeviet/rss.xml"));
  REQUIRE(feed.error.empty());
  CHECK(feed.title == "Tin Tức");
  REQUIRE(feed.items.size() == 2);  // the channel <image> is not an item
  CHECK(feed.items[0].url == "https://thcsyenlac.vinhphuc.edu.vn/news/tin-tuc/le-khai-giang-nam-hoc-2024-2025-15.html");
  CHECK(feed.items[0].title == "Lễ khai giảng năm học 2024 - 2025");
  CHECK(show(feed.items[0].date) == "2024-09-05T00:30:00+00:00");
  CHECK(wt::format_rfc3339(wt::from_epoch(feed.items[0].date->epoch(), 420)) == "2024-09-05T07:30:00+07:00");
  CHECK(feed.items[1].url == "https://thcsyenlac.vinhphuc.edu.vn/news/thong-bao/lich-thi-hoc-ky-i-14.html");
  CHECK(show(feed.items[1].date) == "2024-08-26T08:00:00+00:00");
}

TEST_CASE("Webtruong's own RSS and Atom agree", "[feed][webtruong]") {
  const Feed rss = parse_feed(fixture("webtruong/rss.xml"));
  const Feed atom = parse_feed(fixture("webtruong/atom.xml"));
  REQUIRE(rss.error.empty());
  REQUIRE(atom.error.empty());
  CHECK(rss.kind == FeedKind::Rss);
  CHECK(atom.kind == FeedKind::Atom);
  CHECK(rss.title == "Trường THCS Nguyễn Du");
  CHECK(atom.title == "Trường THCS Nguyễn Du");
  REQUIRE(rss.items.size() == 20);
  REQUIRE(atom.items.size() == 20);
  CHECK(rss.items[0].url == "https://thcsnguyendu.vinhphuc.edu.vn/tin-tuc/so-ket-dot-thi-dua-chao-mung-ngay-nha-giao-viet-nam-va-50-nam-thanh-lap-truong/");
  CHECK(rss.items[0].title == "Sơ kết đợt thi đua chào mừng Ngày Nhà giáo Việt Nam và 50 năm thành lập trường");
  CHECK(show(rss.items[0].date) == "2026-11-23T10:30:00+07:00");
  CHECK(rss.items[19].url == "https://thcsnguyendu.vinhphuc.edu.vn/tin-tuc/lien-doi-phat-dong-phong-trao-ke-hoach-nho-nam-hoc-2026-2027/");
  CHECK(rss.items[19].title == "Liên đội phát động phong trào \"Kế hoạch nhỏ\" năm học 2026-2027");
  CHECK(show(rss.items[19].date) == "2026-10-14T10:00:00+07:00");
  for (std::size_t i = 0; i < 20; ++i) {
    INFO(i);
    CHECK(rss.items[i].url == atom.items[i].url);
    CHECK(rss.items[i].title == atom.items[i].title);
    CHECK(show(rss.items[i].date) == show(atom.items[i].date));
  }
  CHECK(rss.invalid_dates == 0);
  CHECK(atom.invalid_dates == 0);
}

TEST_CASE("Atom: rel=alternate, published before updated, id as URL", "[feed][atom]") {
  const Feed feed = parse_feed(fixture("atom-other.xml"));
  REQUIRE(feed.error.empty());
  CHECK(feed.kind == FeedKind::Atom);
  CHECK(feed.title == "Trường Tiểu học");
  REQUIRE(feed.items.size() == 3);
  CHECK(feed.items[0].url == "https://truong.edu.vn/bai-1");
  CHECK(feed.items[0].title == "Bài có published");
  CHECK(show(feed.items[0].date) == "2024-09-09T08:15:00+07:00");
  CHECK(feed.items[1].url == "https://truong.edu.vn/bai-2");
  CHECK(show(feed.items[1].date) == "2024-09-08T01:00:00+00:00");
  CHECK(feed.items[2].url == "https://truong.edu.vn/bai-3");
  CHECK(show(feed.items[2].date) == "2024-09-07");
}

TEST_CASE("RSS 1.0 (RDF)", "[feed][rss]") {
  const Feed feed = parse_feed(
      "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns='http://purl.org/rss/1.0/' "
      "xmlns:dc='http://purl.org/dc/elements/1.1/'><channel><title>R</title></channel>"
      "<item rdf:about='https://a.vn/1'><title>T</title><dc:date>2024-09-09T08:15:00+07:00</dc:date></item></rdf:RDF>");
  REQUIRE(feed.error.empty());
  REQUIRE(feed.items.size() == 1);
  CHECK(feed.items[0].url == "https://a.vn/1");
  CHECK(show(feed.items[0].date) == "2024-09-09T08:15:00+07:00");
}

TEST_CASE("feed limits and garbage", "[feed][limits][hostile]") {
  std::string body = "<rss version='2.0'><channel><title>Many</title>";
  for (int i = 1; i <= 50'001; ++i) body += "<item><link>https://a.vn/" + std::to_string(i) + "</link></item>";
  body += "</channel></rss>";
  const Feed many = parse_feed(gzip(body));
  REQUIRE(many.error.empty());
  CHECK(many.items.size() == 50'000);
  CHECK(many.items.back().url == "https://a.vn/50000");
  CHECK(many.dropped == 1);

  const std::string bomb = gzip("<rss>") + gzip(std::string(1 << 20, ' '), 60);
  CHECK(parse_feed(bomb).error == "gzip: inflates past the cap of 52428800 bytes (gzip bomb?)");
  CHECK(parse_feed(fixture("garbage.txt")).error == "not XML: the body does not start with '<'");
  CHECK(parse_feed(fixture("nukeviet/sitemap.xml")).error == "not a feed: the root element is <sitemapindex>");
  CHECK(parse_feed("<rss><channel><item><title>x").error.rfind("not XML: ", 0) == 0);
  const Feed empty = parse_feed("<rss version='2.0'><channel><title>E</title></channel></rss>");
  CHECK(empty.error.empty());
  CHECK(empty.items.empty());
}
