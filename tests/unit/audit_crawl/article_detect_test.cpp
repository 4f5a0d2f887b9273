// detect_article on the markup of NukeViet 4, WordPress (with Yoast) and
// Webtruong: articles, listings, data pages and static pages.
#include <catch2/catch.hpp>

#include <string>

#include "audit/crawl/article_detect.hpp"
#include "audit/html/page_extract.hpp"

using namespace wt::audit;

namespace {

constexpr int kTz = 7 * 60;
constexpr int64_t kNow = 1893456000;  // 2030-01-01

ArticleVerdict verdict(const std::string& url, const std::string& html) {
  return detect_article(url, extract_page(html), kTz, kNow);
}

std::string best_date(const ArticleVerdict& v) {
  auto b = best_candidate(v.dates);
  return b ? format_found_date(b->date) + " " + std::string(date_source_name(b->source)) : "";
}

// --- WordPress 6 (Twenty Twenty-One markup, Yoast SEO) ----------------------

const char* kWpSingle = R"(<!doctype html><html lang="vi"><head>
<title>Lễ khai giảng năm học 2024-2025 – THPT B</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-09-05T07:30:00+00:00">
<meta property="article:modified_time" content="2024-09-06T10:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[
 {"@type":"Article","@id":"https://thpt-b.edu.vn/2024/09/05/le-khai-giang/#article","headline":"Lễ khai giảng",
  "datePublished":"2024-09-05T07:30:00+00:00","dateModified":"2024-09-06T10:00:00+00:00","author":{"name":"admin"}},
 {"@type":"WebPage","datePublished":"2024-09-05T07:30:00+00:00","dateModified":"2024-09-06T10:00:00+00:00"}]}</script>
</head><body class="post-template-default single single-post postid-123 single-format-standard">
<header id="masthead"><nav class="primary-navigation"><ul id="menu-main"><li><a href="/">Trang chủ</a></li></ul></nav></header>
<main id="main" class="site-main">
<article id="post-123" class="post-123 post type-post status-publish format-standard hentry category-tin-tuc">
<header class="entry-header"><h1 class="entry-title">Lễ khai giảng năm học 2024-2025</h1></header>
<div class="entry-content"><p>Sáng 5/9/2024, trường tổ chức lễ khai giảng.</p></div>
<footer class="entry-footer"><span class="posted-on">Đăng vào <time class="entry-date published" datetime="2024-09-05T07:30:00+00:00">05/09/2024</time><time class="updated" datetime="2024-09-06T10:00:00+00:00">06/09/2024</time></span>
<span class="byline">bởi <span class="author vcard"><a class="url fn n" href="/author/admin/">admin</a></span></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><a href="/2024/09/01/hop-phu-huynh/" rel="prev">Họp phụ huynh 01/09/2024</a></div></nav>
</main></body></html>)";

const char* kWpPage = R"(<html lang="vi"><head><title>Giới thiệu – THPT B</title>
<meta property="og:type" content="article">
<meta property="article:modified_time" content="2024-03-01T08:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
 "datePublished":"2019-05-10T08:00:00+00:00","dateModified":"2024-03-01T08:00:00+00:00"}]}</script>
</head><body class="page-template-default page page-id-2">
<main id="main"><article id="post-2" class="post-2 page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">Giới thiệu</h1></header>
<div class="entry-content"><p>Trường THPT B được thành lập theo Quyết định số 12/QĐ-UB ngày 10/05/1995.</p></div>
</article></main></body></html>)";

std::string wp_archive_items() {
  std::string items;
  for (int d = 1; d <= 3; ++d) {
    std::string day = "0" + std::to_string(d);
    items += R"(<article class="post-1)" + std::to_string(d) + R"( post type-post status-publish hentry">
<header class="entry-header"><h2 class="entry-title"><a href="/2024/09/)" + day + R"(/tin-)" + day + R"(/">Tin )" + day +
             R"(</a></h2></header><div class="entry-content"><p>Tóm tắt.</p></div>
<footer class="entry-footer"><time class="entry-date published" datetime="2024-09-)" + day + R"(T08:00:00+07:00">)" + day +
             R"(/09/2024</time></footer></article>)";
  }
  return R"(<html lang="vi"><head><title>Tin tức – THPT B</title></head>
<body class="archive category category-tin-tuc"><main id="main">
<header class="page-header"><h1 class="page-title">Chuyên mục: Tin tức</h1></header>)" +
         items + R"(<nav class="navigation pagination"><div class="nav-links"><a class="page-numbers" href="/category/tin-tuc/page/2/">2</a></div></nav>
</main></body></html>)";
}

// --- NukeViet 4 (default theme, news module) --------------------------------

const char* kNvDetail = R"(<!DOCTYPE html><html lang="vi" xmlns="http://www.w3.org/1999/xhtml"><head>
<title>Khai giảng năm học mới - Tin tức - Trường THCS A</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-09-09EEST08:15:00">
</head><body>
<div class="wraper"><header><div class="logo"><a href="/"><img src="/logo.png" alt="Trường THCS A"></a></div></header>
<nav class="second-nav" id="menusite"><ul class="nav navbar-nav"><li><a href="/news/">Tin tức</a></li></ul></nav>
<div class="col-md-18">
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">Khai giảng năm học mới</h1>
<span class="hidden hide d-none" itemprop="datePublished">2024-09-09T08:15:00+07:00</span>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">Thứ Hai, 09/09/2024 - 08:15</span></div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg"><p>Sáng ngày 05/9/2024, nhà trường long trọng tổ chức lễ khai giảng.</p></div>
<p class="h5 text-right"><strong>Tác giả: </strong>Nguyễn Văn B</p>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
<p class="h3"><strong>Những tin cũ hơn</strong></p>
<ul class="detail-related related list-none list-items">
<li><h4><a href="/news/tin-tuc/hop-phu-huynh-11.html">Họp phụ huynh</a></h4><em>(01/09/2024)</em></li>
<li><h4><a href="/news/tin-tuc/tuu-truong-10.html">Tựu trường</a></h4><em>(20/08/2024)</em></li>
<li><h4><a href="/news/tin-tuc/tong-ket-9.html">Tổng kết năm học</a></h4><em>(25/05/2024)</em></li>
</ul></div></div>
</div></div></body></html>)";

// An older NukeViet theme: no meta dates, only the text under the title.
const char* kNvOldDetail = R"(<html><head><title>Hội thi giáo viên giỏi</title></head><body>
<div id="header"><h1 class="logo"><a href="/">Trường TH C</a></h1></div>
<div class="news_column"><div id="news_detail">
<h1>Hội thi giáo viên giỏi cấp trường</h1>
<span class="time">Thứ năm, 26/09/2016 - 10:30</span>
<div class="bodytext"><p>Ngày 20/9/2016 và 21/9/2016 nhà trường tổ chức hội thi.</p></div>
</div></div></body></html>)";

const char* kNvCategory = R"(<html><head><title>Tin tức - Trường THCS A</title></head><body>
<div class="news_column"><div class="alert alert-info clearfix"><h1>Tin tức</h1><p>Tin hoạt động của nhà trường.</p></div></div>
<div class="news_column">
<div class="panel panel-default"><div class="panel-body"><h3><a href="/news/tin-tuc/khai-giang-12.html">Khai giảng năm học mới</a></h3>
<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> 09/09/2024 08:15</li><li>Xem: 120</li></ul></div><p>Tóm tắt.</p></div></div>
<div class="panel panel-default"><div class="panel-body"><h3><a href="/news/tin-tuc/hop-phu-huynh-11.html">Họp phụ huynh</a></h3>
<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> 01/09/2024 14:00</li></ul></div></div></div>
<div class="panel panel-default"><div class="panel-body"><h3><a href="/news/tin-tuc/tuu-truong-10.html">Tựu trường</a></h3>
<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> 20/08/2024 07:00</li></ul></div></div></div>
</div>
<div class="text-center"><ul class="pagination"><li class="active"><a href="#">1</a></li><li><a href="/news/tin-tuc/page-2">2</a></li></ul></div>
</body></html>)";

// --- Webtruong (themes/default) ----------------------------------------------

const char* kWtPost = R"(<html lang="vi"><head><title>Phòng chống sốt xuất huyết - Trường THCS Nguyễn Du</title></head>
<body class="kind-page"><main id="noi_dung" class="site-main"><div class="container">
<article class="article"><header class="article-header">
<p class="kicker"><a href="/tin-tuc/">Tin tức - Sự kiện</a></p>
<h1>Chủ động phòng, chống sốt xuất huyết</h1>
<p class="article-date">Thứ Tư, <time datetime="2026-09-16T09:30:00+07:00">16/09/2026</time></p>
</header><div class="prose"><p>Sáng thứ Bảy ngày 12/9/2026, toàn trường ra quân tổng vệ sinh.</p></div>
<footer class="article-footer"><dl class="article-info"><div><dt>Tác giả:</dt> <dd>Lê Thị Thu Hương</dd></div></dl></footer>
</article></div></main></body></html>)";

const char* kWtTimetable = R"(<html lang="vi"><head><title>Thời khóa biểu lớp 9A4</title></head>
<body class="kind-data data-timetable"><main class="site-main"><div class="container">
<h1>Thời khóa biểu lớp 9A4</h1>
<ul class="data-facts"><li><span class="label">Năm học:</span> 2026-2027</li><li><span class="label">Học kỳ:</span> 1</li>
<li><span class="label">Áp dụng từ ngày:</span> 09/11/2026</li></ul>
<table><tr><th>Tiết</th><th>Thứ Hai</th><th>Thứ Ba</th></tr><tr><td>1</td><td>Toán</td><td>Văn</td></tr></table>
</div></main></body></html>)";

const char* kWtFees = R"(<html lang="vi"><head><title>Các khoản thu</title></head><body><main><div class="container">
<h1>Các khoản thu năm học 2026-2027</h1>
<p class="legal-basis"><span class="label">Căn cứ:</span> Nghị quyết số 12/2024/NQ-HĐND ngày 10/7/2024 của HĐND tỉnh</p>
<table><tr><th>STT</th><th>Khoản thu</th><th>Mức thu</th></tr><tr><td>1</td><td>Học phí</td><td>0 đ</td></tr></table>
</div></main></body></html>)";

// A tag page listing one post: a single dated item under the page heading.
const char* kWtTagPage = R"(<html lang="vi"><head><title>Thẻ: bán trú</title></head><body><main><div class="container">
<h1><span class="kicker-inline">Thẻ:</span> bán trú</h1>
<section class="list"><h2 id="danh_sach" class="visually-hidden">Danh sách bài viết</h2>
<article class="item"><h3 class="item-title"><a href="/tin-tuc/ban-tru/">Tổ chức bán trú</a></h3>
<p class="item-meta"><time datetime="2026-09-21T15:30:00+07:00">21/09/2026</time></p></article>
</section></div></main></body></html>)";

}  // namespace

TEST_CASE("audit::is_listing_url knows pagination, taxonomies, archives and search", "[audit][articles]") {
  for (const char* url : {"https://a.edu.vn/page/2/", "https://a.edu.vn/category/tin-tuc/page/3/",
                          "https://a.edu.vn/tin-tuc/trang-2/", "https://a.edu.vn/news/tin-tuc/page-2",
                          "https://a.edu.vn/category/tin-tuc/", "https://a.edu.vn/tag/khai-giang/",
                          "https://a.edu.vn/the/ban-tru/", "https://a.edu.vn/chuyen-muc/thong-bao/",
                          "https://a.edu.vn/news/tag/hoc-sinh", "https://a.edu.vn/news/topic/nam-hoc-moi/",
                          "https://a.edu.vn/2024/09/", "https://a.edu.vn/2024/", "https://a.edu.vn/?s=khai+giang",
                          "https://a.edu.vn/tin-tuc/?page=2", "https://a.edu.vn/index.php?option=com_content&start=10",
                          "https://a.edu.vn/index.php?language=vi&nv=news&op=tag/hoc-sinh",
                          "https://a.edu.vn/index.php?language=vi&nv=news&op=tin-tuc%2Fpage-2",
                          "https://a.edu.vn/author/admin/"}) {
    INFO(url);
    CHECK(is_listing_url(url));
  }
  for (const char* url : {"https://a.edu.vn/2024/09/05/le-khai-giang/", "https://a.edu.vn/news/tin-tuc/khai-giang-12.html",
                          "https://a.edu.vn/index.php?language=vi&nv=news&op=tin-tuc/khai-giang-12",
                          "https://a.edu.vn/?p=123", "https://a.edu.vn/tin-tuc/thoi-trang-2024/",
                          "https://a.edu.vn/tin-tuc/?page=1", "https://a.edu.vn/", "https://a.edu.vn/theo-doi/"}) {
    INFO(url);
    CHECK_FALSE(is_listing_url(url));
  }
}

TEST_CASE("audit::detect_article on WordPress", "[audit][articles]") {
  SECTION("a single post: article:published_time, the Yoast Article, body.single-post") {
    auto v = verdict("https://thpt-b.edu.vn/2024/09/05/le-khai-giang/", kWpSingle);
    CHECK(v.article);
    CHECK(v.reason == "meta article:published_time");
    CHECK(best_date(v) == "2024-09-05T07:30:00+00:00 meta");
  }
  SECTION("the same markup without meta dates still is one article (body.single-post, <time class=published>)") {
    std::string html = kWpSingle;
    auto cut = [&](const std::string& from, const std::string& to) {
      auto at = html.find(from);
      REQUIRE(at != std::string::npos);
      html.erase(at, html.find(to, at) + to.size() - at);
    };
    cut("<meta property=\"article:published_time\"", ">");
    cut("<script type=\"application/ld+json\"", "</script>");
    auto v = verdict("https://thpt-b.edu.vn/2024/09/05/le-khai-giang/", html);
    CHECK(v.article);
    CHECK(v.reason == "markup wp-single");
    CHECK(best_date(v) == "2024-09-05T07:30:00+00:00 time");
  }
  SECTION("a static page: og:type article and a WebPage datePublished make no post") {
    auto v = verdict("https://thpt-b.edu.vn/gioi-thieu/", kWpPage);
    CHECK_FALSE(v.article);
    CHECK_FALSE(v.listing);
    CHECK(v.dates.empty());
  }
  SECTION("a category archive: by its URL, and by its markup at any URL") {
    auto v = verdict("https://thpt-b.edu.vn/category/tin-tuc/", wp_archive_items());
    CHECK(v.listing);
    CHECK_FALSE(v.article);
    v = verdict("https://thpt-b.edu.vn/", wp_archive_items());
    CHECK(v.listing);
    CHECK_FALSE(v.article);
    CHECK(v.reason == "listing: 3 <article> elements");
  }
}

TEST_CASE("audit::detect_article on NukeViet 4", "[audit][articles]") {
  SECTION("news detail: the malformed article:published_time yields to the dated microdata") {
    auto v = verdict("https://thcs-a.edu.vn/news/tin-tuc/khai-giang-12.html", kNvDetail);
    CHECK(v.article);
    CHECK(v.reason == "meta article:published_time");
    // Both meta values name 9 September; the one with a time of day comes first.
    CHECK(best_date(v) == "2024-09-09T08:15:00+07:00 meta");
  }
  SECTION("an older theme: #news_detail and the text date under the title") {
    auto v = verdict("http://thcs-a.edu.vn/index.php?language=vi&nv=news&op=tin-tuc/hoi-thi-5", kNvOldDetail);
    CHECK(v.article);
    CHECK(v.reason == "markup nv-detail");
    CHECK(best_date(v) == "2016-09-26T10:30:00+07:00 text");
  }
  SECTION("a category page lists several dated items") {
    auto v = verdict("https://thcs-a.edu.vn/news/tin-tuc/", kNvCategory);
    CHECK_FALSE(v.article);
    CHECK(v.listing);
    CHECK(v.reason == "listing: 3 headings are links");
  }
}

TEST_CASE("audit::detect_article on Webtruong pages", "[audit][articles]") {
  SECTION("a post: the <time> under the heading") {
    auto v = verdict("http://127.0.0.1:8053/tin-tuc/sot-xuat-huyet/", kWtPost);
    CHECK(v.article);
    CHECK(v.reason == "<time> under the main heading");
    CHECK(best_date(v) == "2026-09-16T09:30:00+07:00 time");
  }
  SECTION("a timetable: 'Áp dụng từ ngày' is no publication date") {
    auto v = verdict("http://127.0.0.1:8053/thoi-khoa-bieu/lop/9a4/", kWtTimetable);
    CHECK_FALSE(v.article);
    CHECK(v.reason == "no publication date");
  }
  SECTION("a fee table: the date of the resolution it cites is no publication date") {
    CHECK_FALSE(verdict("http://127.0.0.1:8053/cac-khoan-thu/", kWtFees).article);
  }
  SECTION("a tag page: listing by its URL; at another URL its item's date is under a sub-heading") {
    CHECK(verdict("http://127.0.0.1:8053/the/ban-tru/", kWtTagPage).listing);
    auto v = verdict("http://127.0.0.1:8053/ban-tru/", kWtTagPage);
    CHECK_FALSE(v.article);
  }
}

TEST_CASE("audit::heading_date reads one short line under (or just above) the only <h1>", "[audit][articles]") {
  auto date = [](const std::string& body) {
    auto c = heading_date(extract_page("<html><body><main>" + body + "</main></body></html>"), kTz, kNow);
    return c ? format_found_date(c->date) : std::string("none");
  };
  CHECK(date("<h1>Tin</h1><p>Đăng ngày: 09/09/2024</p><p>Nội dung 01/01/2020.</p>") == "2024-09-09");
  CHECK(date("<p class=date>10:30 | 09/09/2024</p><h1>Tin</h1><p>Nội dung.</p>") == "2024-09-09T10:30:00+07:00");
  CHECK(date("<h1>Tin</h1><p>Lượt xem: 5</p><p>Cập nhật: 9/9/2024 lúc 8h15</p>") == "2024-09-09T08:15:00+07:00");
  CHECK(date("<h1>Tin</h1><p>Thứ Tư, <time datetime='2026-09-16T09:30'>16/09/2026</time></p>") ==
        "2026-09-16T09:30:00+07:00");
  // The body has begun: its first sentence is not the date line.
  CHECK(date("<h1>Tin</h1><p>Sáng thứ Bảy 12/9/2026, toàn trường ra quân.</p>") == "none");
  CHECK(date("<h1>Tin</h1><p>Nhà trường tổ chức hội nghị.</p><p>09/09/2024</p>") == "none");
  // A sentence, a range, a label of something else, a second <h1>, a date past another heading.
  CHECK(date("<h1>Tin</h1><p>Sáng ngày 09/09/2024, tại hội trường nhà trường, Ban giám hiệu đã tổ chức "
             "buổi họp mặt các thầy cô giáo nhân dịp đầu năm học mới với sự có mặt của đông đủ cán bộ.</p>") ==
        "none");
  CHECK(date("<h1>Lịch công tác</h1><p>Tuần 10 (từ 04/11/2024 đến 10/11/2024)</p>") == "none");
  CHECK(date("<h1>Kế hoạch</h1><p>Số: 12/KH-THCS ngày 09/09/2024</p>") == "none");
  CHECK(date("<h1>A</h1><h1>B</h1><p>09/09/2024</p>") == "none");
  CHECK(date("<h1>Tin</h1><h2>Mục lục</h2><p>09/09/2024</p>") == "none");
}

TEST_CASE("audit::shows_author_or_source", "[audit][articles]") {
  CHECK(shows_author_or_source(extract_page(kWtPost)));    // <dt>Tác giả:</dt><dd>…</dd>
  CHECK(shows_author_or_source(extract_page(kNvDetail)));  // "Tác giả: Nguyễn Văn B"
  CHECK(shows_author_or_source(extract_page(kWpSingle)));  // span.author, JSON-LD author
  CHECK_FALSE(shows_author_or_source(extract_page(kWtFees)));
  CHECK(shows_author_or_source(extract_page("<html><body><main><h1>T</h1><p>Nguồn: Báo Vĩnh Phúc</p></main></body></html>")));
  CHECK(shows_author_or_source(extract_page(R"(<html><head><meta name="author" content="Tổ Văn"></head><body></body></html>)")));
}
