// Whether a crawled page is one article (a post with a publication date) or
// something else: a list of articles (category, tag, archive, pagination,
// search), a data page (timetable, fee table, disclosure list) or a static
// page. Pure: the page as extract_page read it, and its URL. Part of reading
// a page in the crawl: the crawl records the verdict as the page's kind
// (crawled/crawled_page.hpp PageKind), which the analysis reads.
//
// Signals, strongest first (the crawler adds the two only it knows: a page
// listed in a news sitemap or in a feed is an article):
//   1. a publication meta only articles carry: article:published_time,
//      og:published_time, itemprop datePublished, pubdate, publishdate,
//      DC.date.issued, Parse.ly's, Sailthru's, cXense's dates (not "date",
//      "DC.date" or any created/modified date), or JSON-LD of an article type
//      (Article, NewsArticle, BlogPosting, Report ...) with datePublished;
//   2. the page template of one article: WordPress body.single-post, NukeViet
//      #news-bodyhtml / #news_detail; with any date on the page;
//   3. article markup that list cards share (og:type=article, microdata
//      itemtype NewsArticle, WordPress article.type-post), with a date;
//   4. a <time datetime> or a Vietnamese text date on a short line right
//      under the page's only <h1> (up to five lines: captions, "By", the
//      name may come first; so may a standfirst, in a <p> or a subheading,
//      when a byline "By ..." follows it), before any other heading or
//      sentence of the body, not labelled as something else ("Áp dụng từ
//      ngày", "Quyết định số ... ngày", "Năm học") nor as an update
//      ("Updated", "Aktualisiert"; not "Cập nhật", which NukeViet and school
//      sites print before the posting time).
//   5. a date in the URL (url_date.hpp), with a heading, and no listing markup.
// Dates: metas, JSON-LD, the first <time pubdate> or <time> whose class names
// the publication (published, entry-date, post-date, date ...), the date
// under the heading (Vietnamese and other languages, word_dates.hpp), the
// URL's date last. A meta in UTC that names the day before or after the one
// the page shows (under its heading, or in its URL) is set aside: the
// publisher's local day wins (and so does it over the same clock relabelled
// with another offset elsewhere in the metadata). A UTC time is given another day only when the
// page's own <time> elements show their UTC instants on local days that fix
// the publisher's offset well enough ("Posted Nov 18, 8:19 PM" for
// 2019-11-19T01:19Z). A published time equal to the modified time, when
// another source names an earlier day, is set aside (an update written in the
// published field); so is JSON-LD of embedded video, images and sound.
// A listing URL (is_listing_url) is never an article. Listing markup (two or
// more <article> elements, three or more headings that are links, pagination
// next to dates, three or more dates) overrules signals 3 and 4; so does a
// data page (table cells outnumbering paragraphs four to one).
// Sitemap <lastmod> is a modification date: it plays no part here.
//
//   auto v = wt::audit::detect_article(url, extract_page(html), 420, now);
//   if (v.article) dates = v.dates;  // best evidence first; v.reason says why
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/dates/publication_date.hpp"
#include "audit/html/page_extract.hpp"

namespace wt::audit {

struct ArticleVerdict {
  bool article = false;
  bool listing = false;          ///< The page lists articles (by its URL or its markup).
  std::vector<Candidate> dates;  ///< Publication dates on the page, best source first (empty unless article).
  std::string reason;            ///< "json-ld NewsArticle", "listing URL /page/2/", "no article signal" ...
};

/// True for the URL of a list of articles: pagination (/page/2/, /trang-3,
/// /page-2, ?page=2, ?paged=2, ?start=10), taxonomy and archive pages (a path
/// segment tag, tags, the, category, chuyen-muc, danh-muc, author, tac-gia,
/// topic, topics, groups; archive(s) and luu-tru followed by nothing but
/// dates and page numbers; /2024/09/ date archives),
/// search (/search, /tim-kiem, ?s=, ?q=, ?keyword=). NukeViet's `op`
/// parameter (index.php?nv=news&op=tag/abc) is read as a path.
bool is_listing_url(std::string_view url);

/// The date on a short line right under the page's only <h1> (signal 4
/// above): the <time> on that line if it has one, else the text date.
std::optional<Candidate> heading_date(const PageInfo& page, int default_tz, int64_t now_epoch);

/// Whether the page names its author or source: author metadata
/// (meta author, article:author, JSON-LD or microdata author, rel=author, a
/// byline class), or a line of its text starting "Tác giả", "Nguồn",
/// "Người viết", "Người đăng", "Đăng bởi", "Biên tập", "Posted by".
bool shows_author_or_source(const PageInfo& page);

/// The verdict for one page.
ArticleVerdict detect_article(std::string_view url, const PageInfo& page, int default_tz, int64_t now_epoch);

}  // namespace wt::audit
