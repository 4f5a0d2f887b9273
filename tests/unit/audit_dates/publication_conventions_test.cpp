// Each publication-date convention and each trap on a small hand-made page,
// read as the crawl reads it (extract_page, then detect_article): the day
// the audit records and why the page is or is not taken as an article.
#include <catch2/catch.hpp>

#include <string>

#include "audit/crawl/article_detect.hpp"
#include "audit/html/page_extract.hpp"

using namespace wt;
using namespace wt::audit;

namespace {

constexpr int kVn = 7 * 60;

// The crawl time: 2025-06-01 in Việt Nam.
int64_t test_now() { return parse_date("2025-06-01T10:00:00+07:00")->epoch(); }

struct Read {
  bool article = false;
  std::string day;  // yyyy-mm-dd of the best date, "-" when none
  std::string source;
  std::string reason;
};

Read read(const std::string& html, const std::string& url = "https://news.example/story/a-story") {
  ArticleVerdict v = detect_article(url, extract_page(html), kVn, test_now());
  Read r{v.article, "-", "-", v.reason};
  if (auto best = best_candidate(v.dates)) {
    r.day = format_iso_date(best->date.date);
    r.source = std::string(date_source_name(best->source));
  }
  return r;
}

const std::string kBody =
    "<p>The council met on Tuesday to vote on the new budget, which adds two schools and a library to the "
    "district plan for the coming years.</p>";

}  // namespace

TEST_CASE("audit article dates: JSON-LD datePublished in @graph and arrays, not dateModified", "[audit][dates]") {
  const Read r = read(R"(<html><head><script type="application/ld+json">
    {"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},
     {"@type":["NewsArticle","Article"],"dateModified":"2024-03-20T10:00:00+01:00",
      "datePublished":"2024-03-15T09:00:00+01:00","headline":"A story"}]}
    </script></head><body><h1>A story</h1>)" + kBody + "</body></html>");
  CHECK(r.article);
  CHECK(r.day == "2024-03-15");
  CHECK(r.source == "json-ld");
  CHECK(r.reason == "json-ld NewsArticle,Article");
}

TEST_CASE("audit article dates: microdata itemprop=datePublished", "[audit][dates]") {
  const Read r = read(R"(<html><body><div itemscope itemtype="https://schema.org/BlogPosting"><h1>A story</h1>
    <span itemprop="dateModified" content="2024-04-01">1 April</span>
    <time itemprop="datePublished" datetime="2024-03-15T08:00:00+07:00">15/03/2024</time>)" + kBody +
                      "</div></body></html>");
  CHECK(r.article);
  CHECK(r.day == "2024-03-15");
  CHECK(r.source == "meta");
  CHECK(r.reason == "meta datepublished");
}

TEST_CASE("audit article dates: microdata datePublished in an abbr title, its text only a clock", "[audit][dates]") {
  const Read r = read(R"(<html><body><div itemscope itemtype="https://schema.org/BlogPosting"><h1>A story</h1>
    <p>Posted at <abbr class="published" itemprop="datePublished" title="2024-03-15T00:55:00-07:00">12:55 AM</abbr>
    </p>)" + kBody + "</div></body></html>");
  CHECK(r.article);
  CHECK(r.day == "2024-03-15");
  CHECK(r.source == "meta");
}

TEST_CASE("audit article dates: Open Graph and other meta conventions", "[audit][dates]") {
  const std::pair<const char*, const char*> metas[] = {
      {"property=\"article:published_time\" content=\"2024-03-15T08:00:00+07:00\"", "meta article:published_time"},
      {"property=\"og:published_time\" content=\"2024-03-15\"", "meta og:published_time"},
      {"name=\"pubdate\" content=\"2024-03-15T08:00:00+07:00\"", "meta pubdate"},
      {"name=\"DC.date.issued\" content=\"2024-03-15\"", "meta dc.date.issued"},
      {"name=\"sailthru.date\" content=\"2024-03-15 08:00:00\"", "meta sailthru.date"},
      {"name=\"parsely-pub-date\" content=\"2024-03-15T08:00:00+07:00\"", "meta parsely-pub-date"},
      {"name=\"publishdate\" content=\"2024-03-15\"", "meta publishdate"},
      {"name=\"publish-date\" value=\"March 15, 2024\"", "meta publish-date"},
  };
  for (const auto& [meta, reason] : metas) {
    INFO(meta);
    const Read r = read(std::string("<html><head><meta ") + meta +
                        "><meta property=\"article:modified_time\" content=\"2024-04-01T08:00:00+07:00\">"
                        "</head><body><h1>A story</h1>" + kBody + "</body></html>");
    CHECK(r.article);
    CHECK(r.day == "2024-03-15");
    CHECK(r.reason == reason);
  }
  // A bare modified date is no publication date.
  const Read m = read("<html><head><meta property=\"article:modified_time\" content=\"2024-04-01\"></head>"
                      "<body><h1>A story</h1>" + kBody + "</body></html>");
  CHECK_FALSE(m.article);
  CHECK(m.reason == "no publication date");
}

TEST_CASE("audit article dates: <time pubdate> and a publication-date class in an article", "[audit][dates]") {
  const Read p = read("<html><head><meta property=\"og:type\" content=\"article\"></head><body><h1>A story</h1>"
                      "<time pubdate datetime=\"2024-03-15T08:00:00+07:00\">Friday</time>" + kBody +
                      "<aside><time class=\"published\" datetime=\"2024-02-01\">1 Feb</time></aside></body></html>");
  CHECK(p.article);
  CHECK(p.day == "2024-03-15");
  CHECK(p.source == "time");
  const Read c = read("<html><head><meta property=\"og:type\" content=\"article\"></head><body><h1>A story</h1>"
                      "<p class=byline>By A. Writer</p>" + kBody +
                      "<time class=\"post-date\" datetime=\"2024-03-15\">15 March</time></body></html>");
  CHECK(c.day == "2024-03-15");
  CHECK(c.reason == "og:type article");
}

TEST_CASE("audit article dates: og:type article with a stated date is one article among related cards",
          "[audit][dates]") {
  std::string cards;
  for (int i = 0; i < 5; ++i) cards += "<article><h3><a href=\"/r" + std::to_string(i) + "\">Related</a></h3></article>";
  const std::string og = "<meta property=\"og:type\" content=\"article\">";
  const std::string dated = "<time class=\"post-date\" datetime=\"2024-03-15\">15 March</time>";
  const Read a = read("<html><head>" + og + "</head><body><h1>A story</h1><p class=byline>By A. Writer</p>" + kBody +
                      dated + cards + "</body></html>");
  CHECK(a.article);
  CHECK(a.day == "2024-03-15");
  CHECK(a.reason == "og:type article, despite 5 <article> elements");
  // Without og:type the cards still make a listing.
  const Read b = read("<html><head></head><body><h1>A story</h1><p class=byline>By A. Writer</p>" + kBody + dated +
                      cards + "</body></html>");
  CHECK_FALSE(b.article);
  CHECK(b.reason == "listing: 5 <article> elements");
}

TEST_CASE("audit article dates: the day in the URL", "[audit][dates]") {
  const Read r = read("<html><body><h1>A story</h1>" + kBody + "</body></html>",
                      "https://blog.example/2024/03/15/a-story/");
  CHECK(r.article);
  CHECK(r.day == "2024-03-15");
  CHECK(r.source == "url");
  CHECK(r.reason == "date in the URL");
  // A byline under the heading is better evidence than the URL.
  const Read b = read("<html><body><h1>A story</h1><p>March 14, 2024</p>" + kBody + "</body></html>",
                      "https://blog.example/2024/03/15/a-story/");
  CHECK(b.day == "2024-03-14");
  CHECK(b.source == "text");
}

TEST_CASE("audit article dates: bylines in Vietnamese and other languages", "[audit][dates]") {
  const std::pair<const char*, const char*> bylines[] = {
      {"Thứ hai, 15/03/2024 - 08:30", "2024-03-15"},
      {"Đăng ngày 15 tháng 3 năm 2024", "2024-03-15"},
      {"March 15, 2024", "2024-03-15"},
      {"15. März 2024, 17:47 Uhr", "2024-03-15"},
      {"2024年3月15日", "2024-03-15"},
      {"2024-03-15", "2024-03-15"},
  };
  for (const auto& [byline, day] : bylines) {
    INFO(byline);
    const Read r = read(std::string("<html><body><h1>A story</h1><p>") + byline + "</p>" + kBody + "</body></html>");
    CHECK(r.article);
    CHECK(r.day == day);
    CHECK(r.reason == "text date under the main heading");
  }
}

TEST_CASE("audit article dates: traps", "[audit][dates]") {
  SECTION("published over modified in the metadata") {
    const Read r = read("<html><head><meta property=\"article:modified_time\" content=\"2024-04-01T08:00:00+07:00\">"
                        "<meta property=\"article:published_time\" content=\"2024-03-15T08:00:00+07:00\"></head>"
                        "<body><h1>A story</h1><p>Cập nhật 01/04/2024</p>" + kBody + "</body></html>");
    CHECK(r.day == "2024-03-15");
  }
  SECTION("a UTC meta of the next day against the byline's local day") {
    const Read r = read("<html><head><meta property=\"article:published_time\" content=\"2024-03-16T01:19:00Z\">"
                        "</head><body><h1>A story</h1><p>March 15, 2024 8:19 pm ET</p>" + kBody + "</body></html>");
    CHECK(r.day == "2024-03-15");
    CHECK(r.source == "text");
  }
  SECTION("a UTC meta against the URL's day") {
    const Read r = read("<html><head><meta property=\"article:published_time\" content=\"2019-11-20T02:00:00Z\">"
                        "</head><body><h1>A story</h1>" + kBody + "</body></html>",
                        "https://news.example/2019/11/19/a-story/");
    CHECK(r.day == "2019-11-19");
  }
  SECTION("the UTC clock relabelled with a local offset in the JSON-LD is set aside with the UTC meta") {
    const Read r = read(R"(<html><head><meta property="article:published_time" content="2024-03-16T04:31:13+00:00">
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-16T04:31:13-06:00"}</script>
      </head><body><h1>A story</h1><p>A. Writer - Mar 15, 2024, 10:31 pm CST</p>)" + kBody + "</body></html>");
    CHECK(r.day == "2024-03-15");
    CHECK(r.source == "text");
  }
  SECTION("a meta with its own offset is kept, whatever the UTC day") {
    const Read r = read("<html><head><meta property=\"article:published_time\" content=\"2024-03-15T23:30:00-05:00\">"
                        "</head><body><h1>A story</h1>" + kBody + "</body></html>");
    CHECK(r.day == "2024-03-15");
  }
  SECTION("a <time> in UTC whose text shows the day before tells the offset: UTC metas take the local day") {
    const Read r = read("<html><head><meta property=\"article:published_time\" content=\"2024-03-16T01:19:00Z\">"
                        "</head><body><h1>A story</h1><p>By A. Writer</p>" + kBody +
                        "<p>Posted <time datetime=\"2024-03-16T01:19:00Z\">Mar 15, 8:19 PM</time></p></body></html>");
    CHECK(r.day == "2024-03-15");
    CHECK(r.source == "meta");
  }
  SECTION("a <time> whose text is the same day as its UTC datetime changes nothing") {
    const Read r = read("<html><head><meta property=\"article:published_time\" content=\"2024-03-16T01:19:00Z\">"
                        "</head><body><h1>A story</h1><p>By A. Writer</p>" + kBody +
                        "<p><time datetime=\"2024-03-16T01:19:00Z\">16 March 2024</time></p></body></html>");
    CHECK(r.day == "2024-03-16");
  }
  SECTION("an update date on the byline line is not the publication date") {
    const Read r = read("<html><head><meta property=\"article:published_time\" content=\"2024-03-16T12:43:00Z\">"
                        "</head><body><h1>A story</h1><p>March 15, 2024, 10:00 PM UTC / Updated March 16, 2024, "
                        "12:43 PM UTC</p>" + kBody + "</body></html>");
    CHECK(r.day == "2024-03-15");
    CHECK(r.source == "text");
  }
  SECTION("a published time equal to the modified time, with an earlier publication elsewhere, is an update") {
    const Read r = read(R"(<html><head><meta property="article:published_time" content="2024-03-16T12:43:00Z">
      <meta property="article:modified_time" content="2024-03-16T12:43:00Z">
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-15T09:00:00Z",
      "dateModified":"2024-03-16T12:43:00Z"}</script></head><body><h1>A story</h1>)" + kBody + "</body></html>");
    CHECK(r.day == "2024-03-15");
    CHECK(r.source == "json-ld");
  }
  SECTION("published equal to modified and nothing earlier: the publication stays") {
    const Read r = read(R"(<html><head><meta property="article:published_time" content="2024-03-16T12:43:00+07:00">
      <meta property="article:modified_time" content="2024-03-16T12:43:00+07:00"></head>
      <body><h1>A story</h1>)" + kBody + "</body></html>");
    CHECK(r.day == "2024-03-16");
  }
  SECTION("the upload date of an embedded video is not the article's") {
    const Read r = read(R"(<html><head><script type="application/ld+json">[{"@type":"VideoObject",
      "datePublished":"2024-03-01T09:00:00+07:00"},{"@type":"NewsArticle","datePublished":"2024-03-15T09:00:00+07:00"}]
      </script></head><body><h1>A story</h1>)" + kBody + "</body></html>");
    CHECK(r.day == "2024-03-15");
  }
  SECTION("a standfirst, a caption and the author's name between the heading and the date line") {
    const Read r = read("<html><body><h1>A story</h1><h2>The council voted. The schools open next year.</h2>"
                        "<figure><figcaption>The new school (Photo: A. Writer)</figcaption></figure>"
                        "<p>By</p><p>A. Writer</p><p>March 15, 2024 7:04 pm</p>" + kBody + "</body></html>");
    CHECK(r.article);
    CHECK(r.day == "2024-03-15");
    CHECK(r.source == "text");
  }
  SECTION("a sentence under the heading and no byline after it: the body has begun") {
    const Read r = read("<html><body><h1>A story</h1><p>The council met.</p><p>March 15, 2024</p>" + kBody +
                        "</body></html>");
    CHECK_FALSE(r.article);
  }
  SECTION("Cập nhật labels the posting time on Vietnamese sites: it is not an update") {
    const Read r = read("<html><body><h1>Tin</h1><p>Cập nhật: 15/03/2024 lúc 8h15</p>" + kBody + "</body></html>");
    CHECK(r.day == "2024-03-15");
  }
  SECTION("a document record: the label in the cell before the date names it") {
    const Read r = read("<html><body><h1>Kế hoạch năm học</h1><table><tr><th>Ngày ban hành</th><td>05/09/2024</td>"
                        "</tr></table>" + kBody + "</body></html>");
    CHECK_FALSE(r.article);
  }
  SECTION("past the third line under the heading, a date counts only after a byline") {
    const Read r = read("<html><body><h1>A story</h1><p>Photo: the hall</p><p>Credit: A. Writer</p><p>Desk</p>"
                        "<p>March 15, 2024</p>" + kBody + "</body></html>");
    CHECK_FALSE(r.article);
  }
  SECTION("a sentence of the body that is not the first line under the heading ends the search") {
    const Read r = read("<html><body><h1>A story</h1><p>By A. Writer</p><p>The council met.</p>"
                        "<p>March 15, 2024</p>" + kBody + "</body></html>");
    CHECK_FALSE(r.article);
  }
  SECTION("a record page of table cells is a data page, even as og:type article with a date under its heading") {
    std::string rows;
    for (int i = 0; i < 12; ++i) rows += "<tr><th>Field " + std::to_string(i) + "</th><td>Value</td></tr>";
    const Read r = read("<html><head><meta property=\"og:type\" content=\"article\"></head><body><h1>A record</h1>"
                        "<p>First posted: March 15, 2024</p><table>" + rows + "</table></body></html>");
    CHECK_FALSE(r.article);
    CHECK(r.reason == "data page: 24 table cells");
  }
  SECTION("the CMS's today's date in the header, copyright years, comment and related-article dates") {
    const Read r = read("<html><head><meta property=\"og:type\" content=\"article\"></head>"
                        "<body><div class=top>Chủ nhật, 01/06/2025</div><h1>A story</h1>"
                        "<p>Thứ hai, 15/03/2024 - 08:30</p>" + kBody +
                        "<div class=comments><p>Lan, 16/03/2024 09:00: hay quá</p></div>"
                        "<div class=related><p>Older story 01/02/2024</p></div>"
                        "<p>© 2025 News Example</p></body></html>");
    CHECK(r.article);
    CHECK(r.day == "2024-03-15");
  }
  SECTION("a home page listing articles is not an article") {
    const Read r = read("<html><head><meta property=\"og:type\" content=\"website\"></head><body>"
                        "<h1>News Example</h1><div class=date>Chủ nhật, 01/06/2025</div>"
                        "<article><h2><a href=/a>A</a></h2><p>15/03/2024</p></article>"
                        "<article><h2><a href=/b>B</a></h2><p>14/03/2024</p></article>"
                        "<article><h2><a href=/c>C</a></h2><p>13/03/2024</p></article></body></html>",
                        "https://news.example/");
    CHECK_FALSE(r.article);
    CHECK(r.reason == "listing: 3 <article> elements");
  }
  SECTION("related-article cards around one article: the byline under its one <h1> decides") {
    const std::string cards = "<div class=related><h3><a href=/a>Related A</a></h3><p>14/03/2024</p>"
                              "<h3><a href=/b>Related B</a></h3><p>13/03/2024</p>"
                              "<h3><a href=/c>Related C</a></h3><p>12/03/2024</p></div>";
    const Read r = read("<html><body><h1>Trường tổ chức lễ khai giảng</h1><p>Thứ Sáu, 15/03/2024, 08:30 (GMT+7)</p>" +
                        kBody + cards + "</body></html>");
    CHECK(r.article);
    CHECK(r.day == "2024-03-15");
    CHECK(r.reason == "text date under the main heading, despite 3 headings are links");
  }
  SECTION("the same cards with pagination are a listing, whatever the heading") {
    const Read r = read("<html><body><h1>Tin tức</h1><p>15/03/2024</p>"
                        "<h3><a href=/a>A</a></h3><p>14/03/2024</p><h3><a href=/b>B</a></h3><p>13/03/2024</p>"
                        "<h3><a href=/c>C</a></h3><p>12/03/2024</p><nav class=pagination><a rel=next href=/page/2>2</a></nav></body></html>",
                        "https://news.example/tin-tuc");
    CHECK_FALSE(r.article);
  }
}

TEST_CASE("audit::is_listing_url: archives of dates are listings, posts filed under /archive/ are not",
          "[audit][dates]") {
  CHECK(is_listing_url("https://news.example/archive/2024/09/"));
  CHECK(is_listing_url("https://news.example/archives/"));
  CHECK(is_listing_url("https://news.example/archive/page/2"));
  CHECK_FALSE(is_listing_url("https://news.example/archive/63076"));
  CHECK_FALSE(is_listing_url("https://news.example/technology/archive/2016/09/why-it-matters/500591/"));
}
