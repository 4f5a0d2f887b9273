#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "audit/html/charset.hpp"
#include "audit/html/page_extract.hpp"

using namespace wt::audit;

namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(WT_TEST_FIXTURES) + "/audit/html/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

PageInfo page_of(const std::string& name) { return extract_page(decode_html(fixture(name)).text); }

std::vector<std::string> nav_hrefs(const PageInfo& p, bool in_nav) {
  std::vector<std::string> out;
  for (const PageLink& l : p.links)
    if (l.in_nav == in_nav) out.push_back(l.href);
  return out;
}

}  // namespace

TEST_CASE("NukeViet article") {
  const PageInfo p = page_of("nukeviet_article.html");
  CHECK(p.title == "Khai giảng năm học mới - Tin tức - Trường THCS Lê Lợi");
  CHECK(p.lang == "vi");
  CHECK(p.description == "Sáng 5/9, nhà trường tổ chức lễ khai giảng.");
  CHECK(p.canonical == "http://thcsleloi.edu.vn/news/tin-tuc/khai-giang-nam-hoc-moi-12.html");
  CHECK_FALSE(p.noindex);
  REQUIRE(p.links.size() == 4);
  // ul#menu_site is a menu; the home link is an image: its alt is its text.
  CHECK(p.links[0].href == "/");
  CHECK(p.links[0].text == "Trang nhất");
  CHECK(p.links[0].in_nav);
  CHECK(p.links[1].text == "Giới thiệu");
  CHECK(p.links[2].text == "Tin tức");
  CHECK(p.links[2].in_nav);
  CHECK(p.links[3].href == "/news/tin-tuc/bai-khac-13.html");
  CHECK(p.links[3].nofollow);
  CHECK_FALSE(p.links[3].in_nav);
  REQUIRE(p.headings.size() == 1);
  CHECK(p.headings[0].level == 1);
  CHECK(p.headings[0].text == "Khai giảng năm học mới");
  // The malformed value is passed on as written (publication_date keeps its leading date).
  REQUIRE(p.meta_dates.size() == 3);
  CHECK(p.meta_dates[0].name == "article:published_time");
  CHECK(p.meta_dates[0].value == "2016-09-26+0708:00:00");
  CHECK(p.meta_dates[1].name == "article:modified_time");
  CHECK(p.meta_dates[1].value == "2016-09-27+0710:30:00");
  CHECK(p.meta_dates[2].name == "datepublished");
  CHECK(p.meta_dates[2].value == "2016-09-27T10:30:00+07:00");
  CHECK(p.json_ld_dates.empty());
  CHECK(p.times.empty());
  CHECK(p.text_root == "body");
  // No menu, no hidden microdata span, no script.
  CHECK(p.text ==
        "Khai giảng năm học mới\nThứ hai - 26/09/2016 08:00\nSáng 5/9, nhà trường tổ chức lễ khai giảng.\n"
        "Tham dự có đại diện phụ huynh.\nBài khác");
}

TEST_CASE("WordPress post") {
  const PageInfo p = page_of("wordpress_post.html");
  CHECK(p.title == "Hội nghị cán bộ, viên chức – Trường Tiểu học Kim Đồng");
  CHECK(p.lang == "vi-VN");
  CHECK_FALSE(p.noindex);
  CHECK_FALSE(p.nofollow);
  CHECK(nav_hrefs(p, true) == std::vector<std::string>{"https://thkimdong.edu.vn/", "https://thkimdong.edu.vn/gioi-thieu/"});
  CHECK(nav_hrefs(p, false) == std::vector<std::string>{"https://thkimdong.edu.vn/hoi-nghi/", "https://wordpress.org/"});
  CHECK(p.links[3].nofollow);
  CHECK_FALSE(p.links[2].nofollow);
  REQUIRE(p.headings.size() == 3);
  CHECK(p.headings[1].level == 2);
  CHECK(p.headings[1].text == "Nội dung");
  CHECK(p.headings[2].level == 3);
  CHECK(p.headings[2].text == "Kết luận");
  CHECK(p.json_ld_blocks == 2);
  CHECK(p.json_ld_invalid == 1);
  REQUIRE(p.json_ld_dates.size() == 2);
  CHECK(p.json_ld_dates[0].type == "Article");
  CHECK(p.json_ld_dates[0].date_published == "2024-10-05T09:12:00+07:00");
  CHECK(p.json_ld_dates[0].date_modified == "2024-10-06T07:00:00+07:00");
  CHECK(p.json_ld_dates[1].type == "WebPage,ItemPage");
  CHECK(p.json_ld_dates[1].date_modified.empty());
  REQUIRE(p.times.size() == 2);
  CHECK(p.times[0].datetime == "2024-10-05T09:12:00+07:00");
  CHECK(p.times[0].text == "05/10/2024");
  CHECK(p.times[0].classes == "entry-date published");
  CHECK(p.times[1].classes == "updated");
  CHECK(p.text_root == "article");
  CHECK(p.text ==
        "Hội nghị cán bộ, viên chức\nĐăng ngày 05/10/202406/10/2024\nNội dung\n"
        "Ngày 5 tháng 10 năm 2024, trường tổ chức hội nghị.\nKết luận\nHội nghị thành công.");
}

TEST_CASE("Webtruong article built from site.example") {
  const PageInfo p = page_of("webtruong_article.html");
  CHECK(p.title == "Học sinh khối 8 trải nghiệm thực tế tại Vườn quốc gia Tam Đảo | THCS Nguyễn Du");
  CHECK(p.lang == "vi");
  CHECK(p.canonical ==
        "https://thcsnguyendu.vinhphuc.edu.vn/tin-tuc/hoc-sinh-khoi-8-trai-nghiem-thuc-te-tai-vuon-quoc-gia-tam-dao/");
  REQUIRE(p.meta_dates.size() == 2);
  CHECK(p.meta_dates[0].name == "dc.date");
  CHECK(p.meta_dates[0].value == "2026-04-03");
  CHECK(p.meta_dates[1].name == "article:published_time");
  CHECK(p.meta_dates[1].value == "2026-04-03T18:00:00+07:00");
  REQUIRE(p.json_ld_dates.size() == 1);
  CHECK(p.json_ld_dates[0].type == "NewsArticle");
  CHECK(p.json_ld_dates[0].date_published == "2026-04-03T18:00:00+07:00");
  REQUIRE(p.times.size() == 1);
  CHECK(p.times[0].datetime == "2026-04-03T18:00:00+07:00");
  CHECK(p.times[0].text == "03/04/2026");
  REQUIRE(p.headings.size() == 5);
  CHECK(p.headings[0].text == "Học sinh khối 8 trải nghiệm thực tế tại Vườn quốc gia Tam Đảo");
  CHECK(p.headings[1].text == "Học mà chơi, chơi mà học");
  // Every menu entry is in_nav; "Công khai" and "Tuyển sinh" are there.
  size_t menu = 0;
  bool cong_khai = false;
  for (const PageLink& l : p.links) {
    if (l.in_nav) ++menu;
    if (l.href == "/cong-khai/") {
      cong_khai = true;
      CHECK(l.text == "Công khai");
      CHECK(l.in_nav);
    }
  }
  CHECK(cong_khai);
  CHECK(menu == 43);  // all but the skip link, the kicker, the category, the 3 tags and the mailto
  CHECK(p.text_root == "main");
  CHECK(p.text.rfind("Tin tức - Sự kiện\nHọc sinh khối 8 trải nghiệm thực tế tại Vườn quốc gia Tam Đảo\nThứ Sáu, 03/04/2026\n", 0) == 0);
  CHECK(p.text.find("Trang chủ") == std::string::npos);  // breadcrumbs are a nav
}

TEST_CASE("windows-1258 page is matched in NFC") {
  const PageInfo p = page_of("windows1258_meta.html");
  CHECK(p.title == "Công khai chất lượng giáo dục");
  REQUIRE(p.headings.size() == 1);
  CHECK(p.headings[0].text == "Công khai chất lượng giáo dục");
  CHECK(p.text_root == "main");
  CHECK(p.text ==
        "Công khai chất lượng giáo dục\nThứ Hai, 09/09/2024 - 08:15. Trường Tiểu học Nguyễn Trãi thông báo kết quả năm học.");
}

TEST_CASE("unclosed tags") {
  const PageInfo p = page_of("unclosed.html");
  CHECK(p.title == "Thông báo");
  REQUIRE(p.links.size() == 2);
  CHECK(p.links[0].href == "/a");
  CHECK(p.links[0].text == "Một");
  // As browsers do, the unclosed <a> takes in what follows.
  CHECK(p.links[1].href == "/b");
  CHECK(p.links[1].text == "Hai Ô 1 Ô 2 Hết đậm nghiêng");
  CHECK(p.text == "Lịch học\nMột\nHai\nÔ 1\nÔ 2\nHết đậm nghiêng");
  CHECK_FALSE(p.depth_capped);
}

TEST_CASE("deep nesting is bounded in depth and time") {
  for (const char* tag : {"div", "b", "span", "font"}) {
    std::string html = "<title>Sâu</title><body>";
    for (int i = 0; i < 100000; ++i) html += std::string("<") + tag + ">x";
    html += "<a href=/deep>Sâu</a>";
    const auto start = std::chrono::steady_clock::now();
    const PageInfo p = extract_page(html);
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    INFO(tag << " took " << seconds << " s");
    CHECK(seconds < 10.0);
    CHECK(p.title == "Sâu");
    CHECK(p.depth_capped);
    CHECK(p.text.size() <= 200 * 1024);
  }
  // Shallow enough: the link is found.
  std::string html;
  for (int i = 0; i < 300; ++i) html += "<div>";
  html += "<a href=/ok>Được</a>";
  const PageInfo p = extract_page(html);
  REQUIRE(p.links.size() == 1);
  CHECK(p.links[0].text == "Được");
  CHECK_FALSE(p.depth_capped);
}

TEST_CASE("huge attribute values and huge text") {
  const std::string big(1 << 20, 'a');
  const std::string html = "<title>T</title><meta name=description content=\"" + big + "\"><a href=\"/" + big +
                           "\">Dài</a><a href=\"/ngan\" title=\"" + big + "\">Ngắn</a><main><p>" +
                           std::string(300 * 1024, 'x') + "</p></main>";
  const PageInfo p = extract_page(html);
  CHECK(p.description.empty());
  REQUIRE(p.links.size() == 1);
  CHECK(p.links[0].href == "/ngan");
  CHECK(p.links[0].text == "Ngắn");
  CHECK(p.text.size() == 200 * 1024);
  CHECK(p.text_truncated);
}

TEST_CASE("text cap does not split a UTF-8 sequence") {
  ExtractOptions opt;
  opt.max_text_bytes = 4;
  const PageInfo p = extract_page("<body><p>aaáá</p>", opt);
  CHECK(p.text == "aaá");
  CHECK(p.text_truncated);
}

TEST_CASE("invalid UTF-8 input") {
  const PageInfo p = extract_page("<title>a\xFF\xFE b</title><a href='/x\xC3'>Li\xE1\xBBnk</a>");
  CHECK(p.title == "a\xEF\xBF\xBD\xEF\xBF\xBD b");
  REQUIRE(p.links.size() == 1);
  CHECK(p.links[0].href == "/x\xEF\xBF\xBD");
  CHECK(p.links[0].text == "Li\xEF\xBF\xBDnk");
}

TEST_CASE("robots meta, canonical, rel tokens, whitespace and NFC") {
  const PageInfo p = extract_page(
      "<html lang=' vi '><head><meta name='ROBOTS' content='NOINDEX,follow'>"
      "<link rel='Canonical' href=' /goc '></head><body>"
      "<nav><a href='\n/a\t' rel='Nofollow external'>  Tin\xC2\xA0\n  tu\xCC\x9B\xCC\x81" "c </a></nav>"
      "<div role=main><h2>  Hai   dòng </h2><p>Một<br>hai</p><script>x</script><div style='display: none'>ẩn</div></div>");
  CHECK(p.lang == "vi");
  CHECK(p.noindex);
  CHECK_FALSE(p.nofollow);
  CHECK(p.canonical == "/goc");
  REQUIRE(p.links.size() == 1);
  CHECK(p.links[0].href == "/a");
  CHECK(p.links[0].text == "Tin tức");  // composed, NBSP collapsed
  CHECK(p.links[0].nofollow);
  CHECK(p.links[0].in_nav);
  CHECK(p.headings[0].level == 2);
  CHECK(p.headings[0].text == "Hai dòng");
  CHECK(p.text_root == "role=main");
  CHECK(p.text == "Hai dòng\nMột\nhai");
  CHECK(extract_page("<meta name=robots content=none>").nofollow);
}

TEST_CASE("JSON-LD tolerance") {
  const PageInfo p = extract_page(
      "<script type='application/ld+json'><!-- {\"@type\":\"BlogPosting\",\"headline\":\"a\nb\","
      "\"datePublished\":\"2024-09-09\"} --></script>"
      "<script type='application/ld+json; charset=utf-8'>[{\"@graph\":[{\"@type\":\"NewsArticle\","
      "\"datePublished\":[\"2023-01-02\"]}]}]</script>"
      "<script type='application/ld+json'>{not json</script>"
      "<script type='application/ld+json'></script>"
      "<script type='text/javascript'>{\"datePublished\":\"1999-01-01\"}</script>");
  CHECK(p.json_ld_blocks == 3);
  CHECK(p.json_ld_invalid == 1);
  REQUIRE(p.json_ld_dates.size() == 2);
  CHECK(p.json_ld_dates[0].type == "BlogPosting");
  CHECK(p.json_ld_dates[0].date_published == "2024-09-09");
  CHECK(p.json_ld_dates[1].type == "NewsArticle");
  CHECK(p.json_ld_dates[1].date_published == "2023-01-02");
}

TEST_CASE("date metas") {
  const PageInfo p = extract_page(
      "<meta property='og:updated_time' content='2024-09-10T10:00:00+07:00'>"
      "<meta name='DC.date.issued' content='2024-09-09'>"
      "<meta name='pubdate' content='20240909'>"
      "<meta name='keywords' content='2024'>"
      "<meta itemprop='datePublished' content='2024-09-08'>");
  REQUIRE(p.meta_dates.size() == 4);
  CHECK(p.meta_dates[0].name == "og:updated_time");
  CHECK(p.meta_dates[1].name == "dc.date.issued");
  CHECK(p.meta_dates[1].value == "2024-09-09");
  CHECK(p.meta_dates[2].name == "pubdate");
  CHECK(p.meta_dates[3].name == "datepublished");
}

TEST_CASE("empty and garbage input") {
  CHECK(extract_page("").links.empty());
  const PageInfo p = extract_page(std::string("\0\0<<<>>>&&&;</a></div>\x80", 24));
  CHECK(p.title.empty());
  CHECK(p.links.empty());
}

TEST_CASE("article markup, listing markup and the facts the probes read") {
  const PageInfo nv = page_of("nukeviet_article.html");
  CHECK(nv.markers == std::vector<std::string>{"schema-article", "nv-detail"});
  CHECK(nv.articles == 0);
  const PageInfo wp = page_of("wordpress_post.html");
  CHECK(wp.markers == std::vector<std::string>{"wp-single", "wp-post"});
  CHECK(wp.articles == 1);
  CHECK(wp.body_classes == "post-template-default single single-post");
  const PageInfo wt = page_of("webtruong_article.html");
  CHECK(wt.viewport == "width=device-width, initial-scale=1");
  CHECK(wt.dublin_core == 9);  // title creator publisher date description identifier language type format
  CHECK(wt.images >= 1);
  CHECK(wt.images_without_alt == 0);

  const PageInfo list = extract_page(R"(<html><head><meta property="og:type" content="Website">
<link rel="next" href="/page/2/"><meta name="author" content="Tổ Văn"></head><body>
<article class="post"><h2><a href="/a/">A</a></h2><p>x</p></article>
<article class="post"><h2>B <span><a href="/b/">xem</a></span></h2><article>nested</article></article>
<h3>Plain</h3><table><tr><th>1</th><td>2</td></tr></table><img src="/i.png"></body></html>)");
  CHECK(list.og_type == "website");
  CHECK(list.pagination);
  CHECK(list.author);
  CHECK(list.articles == 2);  // the nested one is part of the second
  REQUIRE(list.headings.size() == 3);
  CHECK(list.headings[0].linked);
  CHECK(list.headings[1].linked);
  CHECK_FALSE(list.headings[2].linked);
  CHECK(list.table_cells == 2);
  CHECK(list.paragraphs == 1);
  CHECK(list.images == 1);
  CHECK(list.images_without_alt == 1);
  // A link with no text is named by its aria-label, then its title.
  const PageInfo icons = extract_page(R"(<a href="/s" aria-label="Tìm kiếm"><i class="fa"></i></a><a href="/p" title="In"></a>)");
  REQUIRE(icons.links.size() == 2);
  CHECK(icons.links[0].text == "Tìm kiếm");
  CHECK(icons.links[1].text == "In");
}

TEST_CASE("a site search box, in the markup of each CMS") {
  // NukeViet 4: the header search posts q to the seek module.
  CHECK(extract_page("<form action=\"/seek/\" method=\"get\"><input type=\"text\" name=\"q\" maxlength=\"60\">"
                     "<button>Tìm</button></form>")
            .search_form);
  // WordPress: role=search and s.
  CHECK(extract_page("<form role=\"search\" method=\"get\" action=\"/\"><input type=\"text\" name=\"s\"></form>")
            .search_form);
  // input type=search in a form that submits.
  CHECK(extract_page("<form action=\"/tim-kiem/\"><input type=\"search\" name=\"tu-khoa\"></form>").search_form);
  // A script's filter of one table (no action, or hidden until scripts run) is not a site search.
  CHECK_FALSE(extract_page("<input type=\"search\" id=\"loc\" placeholder=\"Lọc văn bản\">").search_form);
  CHECK_FALSE(extract_page("<form class=\"doc-filter\" role=\"search\" hidden><input type=\"search\" name=\"q\"></form>")
                  .search_form);
  // A contact form is not a search box.
  CHECK_FALSE(extract_page("<form action=\"/lien-he/\"><input name=\"email\"><textarea name=\"noi_dung\"></textarea>"
                           "</form>")
                  .search_form);
}

TEST_CASE("the page footer's text, not an article's footer") {
  auto p = extract_page(
      "<body><main><article><h1>Tin</h1><p>Nội dung</p><footer>Tác giả: Ban biên tập</footer></article></main>"
      "<footer class=\"site-footer\"><p>Trường THCS A</p><p>Địa chỉ: số 12 Lê Lợi</p>"
      "<p>Điện thoại: 0211 3862 123</p></footer></body>");
  CHECK(p.footer_text == "Trường THCS A\nĐịa chỉ: số 12 Lê Lợi\nĐiện thoại: 0211 3862 123");
  // NukeViet themes: <div id="footer">.
  auto nv = extract_page("<body><div id=\"footer\"><div class=\"footer\">Chịu trách nhiệm: Hiệu trưởng</div></div></body>");
  CHECK(nv.footer_text == "Chịu trách nhiệm: Hiệu trưởng");  // the nested .footer is not read twice
}

TEST_CASE("SVG and MathML that make Debian's gumbo abort are read without it aborting") {
  // gumbo 0.10.1: "close_current_cell: Assertion ... failed" on both, which
  // took the whole audit down (core/html_foreign.hpp).
  for (const char* html : {"<!DOCTYPE html><html><body><table><svg><td><desc><select></table>"
                           "<a href=\"/b.html\">b</a></body></html>",
                           "<html><body><table><math><select><mi><select><tr>"
                           "<a href=\"/c.html\">c</a></body></html>"}) {
    PageInfo p = extract_page(html);
    REQUIRE(p.links.size() == 1);
    CHECK((p.links[0].href == "/b.html" || p.links[0].href == "/c.html"));
  }
}
