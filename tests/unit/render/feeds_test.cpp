#include <catch2/catch.hpp>

#include "render/feeds.hpp"

using namespace wt;
using namespace wt::render;

namespace {

FeedInfo info() {
  FeedInfo i;
  i.title = "Trường THCS A & B";
  i.description = "Tin tức";
  i.site_url = "https://a.edu.vn/";
  i.feed_url = "https://a.edu.vn/rss.xml";
  i.author = "Trường THCS A";
  return i;
}

std::vector<FeedEntry> entries() {
  FeedEntry e;
  e.title = "Lễ khai giảng <2025>";
  e.url = "https://a.edu.vn/tin-tuc/le-khai-giang/";
  e.summary = "Sáng 5/9 & vui.";
  e.author = "Cô Hoa";
  e.published = *parse_date("2025-09-05T07:30:00+07:00");
  e.categories = {"Tin tức"};
  return {e};
}

}  // namespace

TEST_CASE("render::render_rss writes RSS 2.0", "[render]") {
  std::string rss = render_rss(info(), entries());
  CHECK(rss ==
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "  <channel>\n"
        "    <title>Trường THCS A &amp; B</title>\n"
        "    <link>https://a.edu.vn/</link>\n"
        "    <description>Tin tức</description>\n"
        "    <language>vi</language>\n"
        "    <generator>Webtruong</generator>\n"
        "    <lastBuildDate>Fri, 05 Sep 2025 07:30:00 +0700</lastBuildDate>\n"
        "    <atom:link href=\"https://a.edu.vn/rss.xml\" rel=\"self\" type=\"application/rss+xml\" />\n"
        "    <item>\n"
        "      <title>Lễ khai giảng &lt;2025&gt;</title>\n"
        "      <link>https://a.edu.vn/tin-tuc/le-khai-giang/</link>\n"
        "      <guid isPermaLink=\"true\">https://a.edu.vn/tin-tuc/le-khai-giang/</guid>\n"
        "      <pubDate>Fri, 05 Sep 2025 07:30:00 +0700</pubDate>\n"
        "      <dc:creator>Cô Hoa</dc:creator>\n"
        "      <category>Tin tức</category>\n"
        "      <description>Sáng 5/9 &amp; vui.</description>\n"
        "    </item>\n"
        "  </channel>\n"
        "</rss>\n");
}

TEST_CASE("render::render_atom writes Atom 1.0", "[render]") {
  std::string atom = render_atom(info(), entries());
  CHECK(atom.find("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">") != std::string::npos);
  CHECK(atom.find("<updated>2025-09-05T07:30:00+07:00</updated>") != std::string::npos);
  CHECK(atom.find("<link href=\"https://a.edu.vn/rss.xml\" rel=\"self\" />") != std::string::npos);
  CHECK(atom.find("<published>2025-09-05T07:30:00+07:00</published>") != std::string::npos);
  CHECK(atom.find("<category term=\"Tin tức\" />") != std::string::npos);
  CHECK(atom.find("<summary type=\"text\">Sáng 5/9 &amp; vui.</summary>") != std::string::npos);
  CHECK(render_atom(info(), {}).find("<updated>1970-01-01T00:00:00+00:00</updated>") != std::string::npos);
}

TEST_CASE("render::render_sitemap and robots", "[render]") {
  std::vector<SitemapEntry> e = {{"https://a.edu.vn/", parse_date("2025-09-05")}, {"https://a.edu.vn/lien-he/", {}}};
  CHECK(render_sitemap(e) ==
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        "  <url>\n"
        "    <loc>https://a.edu.vn/</loc>\n"
        "    <lastmod>2025-09-05T00:00:00+07:00</lastmod>\n"
        "  </url>\n"
        "  <url>\n"
        "    <loc>https://a.edu.vn/lien-he/</loc>\n"
        "  </url>\n"
        "</urlset>\n");
  CHECK(render_robots("https://a.edu.vn/sitemap.xml") == "User-agent: *\nAllow: /\n\nSitemap: https://a.edu.vn/sitemap.xml\n");
}
