// Sitemaps: WordPress, NukeViet and Webtruong fixtures, tolerated quirks,
// gzip (and a gzip bomb built in memory), the 50,000-URL limit, garbage.
#include <catch2/catch.hpp>

#include "audit/sitemap/sitemap.hpp"
#include "support.hpp"

#include <string>
#include <vector>

using namespace wt::audit;
using sitemap_test::fixture;
using sitemap_test::gzip;
using sitemap_test::show;

namespace {

std::vector<std::string> locs(const Sitemap& sm) {
  std::vector<std::string> out;
  for (const auto& e : sm.entries) out.push_back(e.loc);
  return out;
}

}  // namespace

TEST_CASE("W3C datetimes", "[sitemap][date]") {
  CHECK(show(parse_w3c_datetime("2024")) == "2024-01-01 year");
  CHECK(show(parse_w3c_datetime("2024-09")) == "2024-09-01 month");
  CHECK(show(parse_w3c_datetime("2024-09-09")) == "2024-09-09 day");
  CHECK(show(parse_w3c_datetime("2024-09-09T08:15Z")) == "2024-09-09T08:15:00+00:00 time");
  CHECK(show(parse_w3c_datetime("2024-09-09T08:15:30+07:00")) == "2024-09-09T08:15:30+07:00 time");
  CHECK(show(parse_w3c_datetime("2024-09-09T08:15:30.123456-05:30")) == "2024-09-09T08:15:30-05:30 time");
  CHECK(show(parse_w3c_datetime(" 2024-09-09T08:15:30+0700\n")) == "2024-09-09T08:15:30+07:00 time");
  CHECK(show(parse_w3c_datetime("2024-09-09 08:15:30")) == "2024-09-09T08:15:30+07:00 time");  // default zone
  CHECK(show(parse_w3c_datetime("2024-09-09T08:15:30", 0)) == "2024-09-09T08:15:30+00:00 time");
  CHECK(show(parse_w3c_datetime("2024-09-09T08:15:30+07")) == "2024-09-09T08:15:30+07:00 time");
  for (const char* bad : {"", "24", "2024-9-09", "2024-02-30", "2024-13", "2024-09-09T25:00Z", "2024-09-09T08:15+7",
                          "2024-09-09T08:15:00+07:00junk", "09/09/2024", "2024-09T08:00", "hôm qua", "2024-09-09T"}) {
    INFO(bad);
    CHECK_FALSE(parse_w3c_datetime(bad));
  }
}

TEST_CASE("WordPress sitemap index and post sitemap", "[sitemap][wordpress]") {
  const Sitemap index = parse_sitemap(fixture("wordpress/wp-sitemap.xml"));
  REQUIRE(index.error.empty());
  CHECK(index.kind == SitemapKind::Index);
  CHECK(locs(index) == std::vector<std::string>{
                           "https://thptlienson.edu.vn/wp-sitemap-posts-post-1.xml",
                           "https://thptlienson.edu.vn/wp-sitemap-posts-page-1.xml",
                           "https://thptlienson.edu.vn/wp-sitemap-taxonomies-category-1.xml",
                           "https://thptlienson.edu.vn/wp-sitemap-users-1.xml"});
  CHECK(show(index.entries[0].lastmod) == "none");

  const Sitemap posts = parse_sitemap(fixture("wordpress/wp-sitemap-posts-post-1.xml"));
  REQUIRE(posts.error.empty());
  CHECK(posts.kind == SitemapKind::UrlSet);
  REQUIRE(posts.entries.size() == 3);
  CHECK(posts.entries[0].loc == "https://thptlienson.edu.vn/2024/09/09/le-khai-giang-nam-hoc-2024-2025/");
  CHECK(show(posts.entries[0].lastmod) == "2024-09-09T08:15:00+00:00 time");
  CHECK(show(posts.entries[1].lastmod) == "2024-09-21T02:03:04+00:00 time");
  CHECK(posts.entries[2].loc == "https://thptlienson.edu.vn/?p=123");
  CHECK(show(posts.entries[2].lastmod) == "none");
  CHECK(posts.dropped == 0);
  CHECK(posts.missing_loc == 0);
  CHECK(posts.invalid_dates == 0);
}

TEST_CASE("NukeViet index and news sitemap", "[sitemap][nukeviet]") {
  const Sitemap index = parse_sitemap(fixture("nukeviet/sitemap.xml"));
  REQUIRE(index.error.empty());
  CHECK(index.kind == SitemapKind::Index);
  CHECK(locs(index) == std::vector<std::string>{"https://thcsyenlac.vinhphuc.edu.vn/sitemap-vi.news.xml",
                                                "https://thcsyenlac.vinhphuc.edu.vn/sitemap-vi.page.xml"});
  CHECK(show(index.entries[0].lastmod) == "2024-09-09T08:15:00+07:00 time");

  const Sitemap news = parse_sitemap(fixture("nukeviet/sitemap-vi.news.xml"));
  REQUIRE(news.error.empty());
  REQUIRE(news.entries.size() == 2);  // the <image:loc> is not a page
  const SitemapEntry& a = news.entries[0];
  CHECK(a.loc == "https://thcsyenlac.vinhphuc.edu.vn/news/tin-tuc/le-khai-giang-nam-hoc-2024-2025-15.html");
  CHECK(show(a.lastmod) == "2024-09-09T08:15:00+07:00 time");
  CHECK(show(a.publication_date) == "2024-09-05T07:30:00+07:00 time");
  CHECK(a.news_title == "Lễ khai giảng năm học 2024 - 2025");
  const SitemapEntry& b = news.entries[1];
  CHECK(b.loc == "https://thcsyenlac.vinhphuc.edu.vn/index.php?language=vi&nv=news&op=thong-bao/lich-thi-hoc-ky-i-14");
  CHECK(show(b.lastmod) == "2024-08-26T15:00:00+07:00 time");
  CHECK(show(b.publication_date) == "none");
  CHECK(b.news_title.empty());
}

TEST_CASE("Webtruong's own sitemap", "[sitemap][webtruong]") {
  const Sitemap sm = parse_sitemap(fixture("webtruong/sitemap.xml"));
  REQUIRE(sm.error.empty());
  CHECK(sm.kind == SitemapKind::UrlSet);
  REQUIRE(sm.entries.size() == 257);
  std::size_t dated = 0;
  for (const auto& e : sm.entries) dated += e.lastmod ? 1 : 0;
  CHECK(dated == 145);
  CHECK(sm.entries.front().loc == "https://thcsnguyendu.vinhphuc.edu.vn/");
  CHECK(show(sm.entries.front().lastmod) == "2026-11-23T10:30:00+07:00 time");
  CHECK(sm.entries[1].loc == "https://thcsnguyendu.vinhphuc.edu.vn/cong-khai/");
  CHECK(show(sm.entries[1].lastmod) == "none");
  CHECK(sm.entries.back().loc == "https://thcsnguyendu.vinhphuc.edu.vn/so-do-trang/");
  CHECK(sm.invalid_dates == 0);
}

TEST_CASE("tolerated quirks: BOM, no xmlns, whitespace, &amp entities, CDATA, date forms", "[sitemap][tolerant]") {
  const Sitemap sm = parse_sitemap(fixture("tolerant/bom-no-xmlns.xml"));
  REQUIRE(sm.error.empty());
  REQUIRE(sm.entries.size() == 7);
  CHECK(locs(sm) == std::vector<std::string>{
                        "https://truong.edu.vn/tin-tuc?page=2&sort=new", "https://truong.edu.vn/a?b=1&c=2",
                        "https://truong.edu.vn/d", "https://truong.edu.vn/e", "https://truong.edu.vn/f",
                        "https://truong.edu.vn/g", "https://truong.edu.vn/h"});
  CHECK(show(sm.entries[0].lastmod) == "2024-01-01 year");
  CHECK(show(sm.entries[1].lastmod) == "2024-09-01 month");
  CHECK(show(sm.entries[2].lastmod) == "2024-09-09 day");
  CHECK(show(sm.entries[3].lastmod) == "2024-09-09T08:15:00+00:00 time");
  CHECK(show(sm.entries[4].lastmod) == "2024-09-09T08:15:30-05:00 time");
  CHECK(show(sm.entries[5].lastmod) == "2024-09-09T08:15:30+07:00 time");
  CHECK(show(sm.entries[6].lastmod) == "none");  // dd/mm/yyyy is not a W3C datetime
  CHECK(sm.invalid_dates == 1);
  CHECK(sm.missing_loc == 2);  // no <loc>; only an <image:loc>

  const Sitemap utc0 = parse_sitemap(fixture("tolerant/bom-no-xmlns.xml"), {}, 0);
  CHECK(show(utc0.entries[5].lastmod) == "2024-09-09T08:15:30+00:00 time");
}

TEST_CASE("prefixed sitemap namespace", "[sitemap][tolerant]") {
  const Sitemap sm = parse_sitemap(
      "<sm:urlset xmlns:sm='http://www.sitemaps.org/schemas/sitemap/0.9'>"
      "<sm:url><sm:loc>https://truong.edu.vn/x</sm:loc><sm:lastmod>2024-09-09</sm:lastmod></sm:url></sm:urlset>");
  REQUIRE(sm.error.empty());
  REQUIRE(sm.entries.size() == 1);
  CHECK(sm.entries[0].loc == "https://truong.edu.vn/x");
  CHECK(show(sm.entries[0].lastmod) == "2024-09-09 day");
}

TEST_CASE("UTF-16 sitemap with BOM", "[sitemap][tolerant]") {
  const std::string utf8 = "<?xml version='1.0' encoding='UTF-16'?><urlset><url><loc>https://truong.edu.vn/u16</loc></url></urlset>";
  std::string utf16 = "\xFF\xFE";
  for (char c : utf8) {
    utf16 += c;
    utf16 += '\0';
  }
  const Sitemap sm = parse_sitemap(utf16);
  REQUIRE(sm.error.empty());
  CHECK(locs(sm) == std::vector<std::string>{"https://truong.edu.vn/u16"});
}

TEST_CASE("gzip sitemap", "[sitemap][gzip]") {
  const std::string gz = fixture("wordpress/wp-sitemap-posts-post-1.xml.gz");
  REQUIRE(static_cast<unsigned char>(gz[0]) == 0x1f);
  const Sitemap sm = parse_sitemap(gz);
  REQUIRE(sm.error.empty());
  const Sitemap plain = parse_sitemap(fixture("wordpress/wp-sitemap-posts-post-1.xml"));
  CHECK(locs(sm) == locs(plain));
  CHECK(show(sm.entries[1].lastmod) == "2024-09-21T02:03:04+00:00 time");

  // Two concatenated members form one body.
  const std::string two = gzip("<urlset><url><loc>https://a.vn/1</loc></url>") + gzip("<url><loc>https://a.vn/2</loc></url></urlset>");
  CHECK(locs(parse_sitemap(two)) == std::vector<std::string>{"https://a.vn/1", "https://a.vn/2"});

  // Truncated and corrupt gzip.
  CHECK(parse_sitemap(gz.substr(0, gz.size() / 2)).error == "gzip: truncated data");
  std::string corrupt = gz;
  corrupt[12] = static_cast<char>(corrupt[12] ^ 0x55);
  corrupt[13] = static_cast<char>(corrupt[13] ^ 0x55);
  const Sitemap bad = parse_sitemap(corrupt);
  CHECK(bad.error.rfind("gzip: corrupt data", 0) == 0);
  CHECK(bad.entries.empty());
}

TEST_CASE("gzip bomb stops at the cap", "[sitemap][gzip][hostile]") {
  // 60 MiB of spaces after the root tag compress to about 60 KB.
  const std::string bomb = gzip("<urlset>") + gzip(std::string(1 << 20, ' '), 60);
  CHECK(bomb.size() < 100 * 1024);
  const Sitemap sm = parse_sitemap(bomb);
  CHECK(sm.error == "gzip: inflates past the cap of 52428800 bytes (gzip bomb?)");
  CHECK(sm.entries.empty());

  // A few KB are enough with a small cap; the same applies to feeds' limits.
  const std::string small = gzip(std::string(64 * 1024, 'A'), 16);  // 1 MiB -> ~1 KB
  CHECK(small.size() < 4 * 1024);
  std::string error;
  CHECK(inflate_if_gzip(small, 512 * 1024, error).empty());
  CHECK(error == "gzip: inflates past the cap of 524288 bytes (gzip bomb?)");
  CHECK(inflate_if_gzip(small, 1 << 20, error).size() == (1u << 20));
  CHECK(error.empty());

  // An uncompressed body over the cap is refused too.
  XmlLimits tiny;
  tiny.max_bytes = 10;
  CHECK(parse_sitemap("<urlset></urlset>", tiny).error == "body of 17 bytes is over the cap of 10 bytes");
}

TEST_CASE("at most 50,000 URLs per file", "[sitemap][limits]") {
  std::string body = "<?xml version=\"1.0\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (int i = 1; i <= 50'001; ++i) body += "<url><loc>https://truong.edu.vn/p/" + std::to_string(i) + "</loc></url>\n";
  body += "</urlset>\n";
  const Sitemap sm = parse_sitemap(body);
  REQUIRE(sm.error.empty());
  REQUIRE(sm.entries.size() == 50'000);
  CHECK(sm.entries.back().loc == "https://truong.edu.vn/p/50000");
  CHECK(sm.dropped == 1);

  const Sitemap gz = parse_sitemap(gzip(body));
  CHECK(gz.entries.size() == 50'000);
  CHECK(gz.dropped == 1);

  XmlLimits three;
  three.max_entries = 3;
  const Sitemap few = parse_sitemap(fixture("nukeviet/sitemap.xml"), three);
  CHECK(few.entries.size() == 2);
  CHECK(few.dropped == 0);
  CHECK(parse_sitemap(fixture("webtruong/sitemap.xml"), three).dropped == 254);
}

TEST_CASE("non-XML and non-sitemap bodies are rejected clearly", "[sitemap][hostile]") {
  CHECK(parse_sitemap(fixture("garbage.txt")).error == "not XML: the body does not start with '<'");
  CHECK(parse_sitemap("").error == "not XML: empty body");
  CHECK(parse_sitemap("\xEF\xBB\xBF  \n").error == "not XML: empty body");
  CHECK(parse_sitemap(fixture("not-a-sitemap.html")).error == "not a sitemap: the root element is <html>");
  CHECK(parse_sitemap("<html><body>hi</body></html>").error == "not a sitemap: the root element is <html>");
  CHECK(parse_sitemap("<rss version='2.0'><channel/></rss>").error == "not a sitemap: the root element is <rss>");
  const Sitemap cut = parse_sitemap(fixture("truncated.xml"));
  CHECK(cut.error.rfind("not XML: ", 0) == 0);
  CHECK(cut.entries.empty());
  CHECK(parse_sitemap("<urlset><url><loc>x</loc></url>").error.rfind("not XML: ", 0) == 0);
  CHECK(parse_sitemap(std::string("\x1f\x8b", 2)).error == "gzip: truncated data");
  CHECK(parse_sitemap(std::string("\x1f\x8bgarbage-after-magic")).error.rfind("gzip: corrupt data", 0) == 0);
  // Random bytes never crash.
  std::string noise;
  unsigned x = 12345;
  for (int i = 0; i < 4096; ++i) {
    x = x * 1103515245u + 12345u;
    noise += static_cast<char>(x >> 16);
  }
  CHECK_FALSE(parse_sitemap(noise).error.empty());
  CHECK_FALSE(parse_sitemap("<" + noise).error.empty());
}
