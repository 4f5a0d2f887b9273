// The real default theme (themes/default) against a view model holding every
// key of docs/contracts.md.
#include <catch2/catch.hpp>
#include <sstream>

#include "templates/theme.hpp"
#include "unit/templates/base_path_views.hpp"

using namespace wt;
using nlohmann::json;

namespace {

const char* kCommon = R"json({
  "lang": "vi",
  "site": {"name": "Trường THCS Nguyễn Du", "short_name": "THCS Nguyễn Du", "type_name": "Trường trung học cơ sở",
           "address": "Số 12, đường Lê Lợi, Vĩnh Yên", "phone": "0211 3862 123", "email": "c2nguyendu@vinhphuc.edu.vn",
           "province": "Vĩnh Phúc", "managing_body": "Phòng Giáo dục và Đào tạo thành phố Vĩnh Yên",
           "responsible": "Nguyễn Thị Hoa, Hiệu trưởng", "base_url": "https://thcs.example.vn/",
           "base_path": "/", "description": "Cổng thông tin điện tử", "logo": "/images/logo.svg", "year": "2025"},
  "menu": [{"name": "Trang chủ", "url": "/", "active": false, "has_children": false, "children": []},
           {"name": "Tin tức", "url": "/tin-tuc/", "active": true, "has_children": true,
            "children": [{"name": "Thông báo", "url": "/tin-tuc/thong-bao/", "active": false}]}],
  "footer_menu": [{"name": "Sơ đồ trang", "url": "/so-do-trang/"}],
  "links": [{"name": "Sở Giáo dục và Đào tạo Vĩnh Phúc", "url": "https://vinhphuc.edu.vn/"}],
  "page_title": "Khai giảng | THCS Nguyễn Du",
  "canonical": "https://thcs.example.vn/tin-tuc/khai-giang/",
  "rel_url": "/tin-tuc/khai-giang/",
  "meta": {"description": "Lễ khai giảng năm học mới",
           "dc": [{"name": "DC.title", "content": "Khai giảng"}, {"name": "DC.date", "content": "2025-09-05"}],
           "og": [{"property": "og:title", "content": "Khai giảng"}],
           "jsonld": "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"}"},
  "feeds": {"rss": "/rss.xml", "atom": "/atom.xml"},
  "urls": {"home": "/", "sitemap": "/so-do-trang/", "stylesheet": "/css/style.css", "favicon": "/favicon.svg",
           "menu_js": "/js/menu.js", "documents_js": "/js/documents.js"},
  "breadcrumbs": [{"name": "Trang chủ", "url": "/", "current": false},
                  {"name": "Tin tức", "url": "/tin-tuc/", "current": true}],
  "generator": "Webtruong 0.1.0"
})json";

const char* kItem = R"json({"title": "Tin <mới> & hay", "url": "/tin-tuc/a/", "has_date": true, "date": "05/09/2025",
  "date_iso": "2025-09-05T07:30:00+07:00", "summary": "Tóm tắt", "has_image": true,
  "image": {"url": "/tin-tuc/a/anh.jpg", "alt": "Học sinh"}, "has_categories": true,
  "categories": [{"name": "Sự kiện", "url": "/chuyen-muc/su-kien/"}]})json";

const char* kPagination = R"json({"show": true, "current": 2, "total": 3, "has_prev": true, "prev_url": "/tin-tuc/",
  "has_next": true, "next_url": "/tin-tuc/trang/3/",
  "pages": [{"number": 1, "url": "/tin-tuc/", "current": false}, {"number": 2, "url": "/tin-tuc/trang/2/", "current": true},
            {"number": 3, "url": "/tin-tuc/trang/3/", "current": false}]})json";

json sample_view(const std::string& kind) {
  json v = json::parse(kCommon);
  json item = json::parse(kItem);
  json pagination = json::parse(kPagination);
  v["kind"] = kind;
  if (kind == "home" || kind == "404") v.erase("breadcrumbs");
  if (kind == "home") {
    v["home"] = {{"content", "<p>Chào mừng</p>"},
                 {"latest", {item, item}},
                 {"sections",
                  {{{"title", "Tin tức"}, {"url", "/tin-tuc/"}, {"has_latest", true}, {"latest", {item}}},
                   {{"title", "Văn bản"}, {"url", "/van-ban/"}, {"has_latest", false}, {"latest", json::array()}}}}};
  } else if (kind == "page") {
    json page = item;
    page.update({{"content", "<p>Nội dung <a href=\"https://moet.gov.vn/\">Bộ</a></p><h2 id=\"a\">A</h2>"},
                 {"weekday", "Thứ Sáu"},
                 {"has_updated", true},
                 {"updated", "06/09/2025"},
                 {"updated_iso", "2025-09-06T08:00:00+07:00"},
                 {"author", "Cô Lan"},
                 {"source", "Tổ Văn"},
                 {"has_tags", true},
                 {"tags", {{{"name", "khai giảng"}, {"url", "/the/khai-giang/"}}}},
                 {"has_toc", true},
                 {"toc", {{{"level", 2}, {"id", "a"}, {"text", "A"}}}},
                 {"has_prev", true},
                 {"prev", {{"title", "Bài cũ"}, {"url", "/tin-tuc/cu/"}}},
                 {"has_next", true},
                 {"next", {{"title", "Bài mới"}, {"url", "/tin-tuc/moi/"}}},
                 {"section", {{"title", "Tin tức"}, {"url", "/tin-tuc/"}}}});
    v["page"] = page;
  } else if (kind == "section") {
    v["section"] = {{"title", "Tin tức"},
                    {"content", "<p>Giới thiệu mục</p>"},
                    {"url", "/tin-tuc/"},
                    {"has_pages", true},
                    {"pages", {item, item}},
                    {"has_subsections", true},
                    {"subsections", {{{"title", "Thông báo"}, {"url", "/tin-tuc/thong-bao/"}, {"count", 4}}}},
                    {"pagination", pagination}};
  } else if (kind == "taxonomy") {
    v["taxonomy"] = {{"name", "Chuyên mục"},
                     {"url", "/chuyen-muc/"},
                     {"terms", {{{"name", "Sự kiện"}, {"url", "/chuyen-muc/su-kien/"}, {"count", 3}}}}};
  } else if (kind == "term") {
    v["term"] = {{"name", "Sự kiện"},
                 {"taxonomy_name", "Chuyên mục"},
                 {"taxonomy_url", "/chuyen-muc/"},
                 {"pages", {item}},
                 {"pagination", pagination}};
  } else if (kind == "sitemap") {
    v["sitemap"] = {{"entries",
                     {{{"title", "Trang chủ"}, {"url", "/"}, {"level", 0}},
                      {{"title", "Tin tức"}, {"url", "/tin-tuc/"}, {"level", 1}}}}};
  }
  return v;
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("templates::Theme the default theme renders every layout", "[templates][theme]") {
  DiagnosticSink sink;
  auto theme = templates::Theme::load({WT_SOURCE_DIR "/themes/default"}, sink);
  std::ostringstream diags;
  sink.print(diags);
  INFO(diags.str());
  REQUIRE(theme);
  const std::vector<std::string> kinds = {"404", "home", "page", "section", "sitemap", "taxonomy", "term"};
  // The layouts of the pages built from data are tested in data_layouts_test.cpp.
  const std::vector<std::string> layouts = {"404",          "disclosures", "disclosures_index", "documents",
                                            "fees",         "home",        "organisation",      "page",
                                            // the portal's own pages (portal/portal_pages.hpp, portal/dashboard.hpp)
                                            "portal-404",   "portal-dashboard", "portal-directory", "portal-home",
                                            "portal-news",  "portal-search", "procedure",   "procedures",
                                            "search",  // the results page (site/search_outputs.hpp)
                                            "section", "sitemap",
                                            "taxonomy",     "term",        "timetable",         "timetable_index",
                                            "work_schedule"};
  CHECK(theme->layout_names() == layouts);

  for (const auto& kind : kinds) {
    INFO(kind);
    auto html = theme->render(kind, sample_view(kind), sink);
    REQUIRE(html);
    const std::string& h = *html;
    CHECK(h.rfind("<!DOCTYPE html>\n<html lang=\"vi\">", 0) == 0);
    CHECK(count(h, "<h1") == 1);
    CHECK(count(h, "<main id=\"noi_dung\"") == 1);
    CHECK(count(h, "href=\"#noi_dung\"") == 1);  // skip link
    CHECK(h.find("<nav class=\"site-nav\" aria-label=\"Menu chính\">") != std::string::npos);
    CHECK(h.find("<link rel=\"canonical\" href=\"https://thcs.example.vn/tin-tuc/khai-giang/\">") != std::string::npos);
    CHECK(h.find("<link rel=\"alternate\" type=\"application/rss+xml\"") != std::string::npos);
    CHECK(h.find("<link rel=\"alternate\" type=\"application/atom+xml\"") != std::string::npos);
    CHECK(h.find("<meta name=\"description\" content=\"Lễ khai giảng năm học mới\">") != std::string::npos);
    CHECK(h.find("<meta name=\"DC.date\" content=\"2025-09-05\">") != std::string::npos);
    CHECK(h.find("<meta property=\"og:title\" content=\"Khai giảng\">") != std::string::npos);
    CHECK(h.find("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"}"
                 "</script>") != std::string::npos);
    // TT 37 footer: school, address, phone, email, managing body, person responsible, links.
    for (const char* s :
         {"Số 12, đường Lê Lợi, Vĩnh Yên", "0211 3862 123", "mailto:c2nguyendu@vinhphuc.edu.vn",
          "Cơ quan chủ quản:", "Người chịu trách nhiệm nội dung:", "Liên kết website", "https://vinhphuc.edu.vn/"})
      CHECK(h.find(s) != std::string::npos);
    CHECK(h.find("{{") == std::string::npos);
    CHECK(h.find("<script src=\"http") == std::string::npos);  // no external requests
    CHECK(h.find("<link rel=\"stylesheet\" href=\"http") == std::string::npos);
    bool has_crumbs = kind != "home" && kind != "404";
    CHECK((h.find("aria-label=\"Đường dẫn\"") != std::string::npos) == has_crumbs);
  }

  auto home = *theme->render("home", sample_view("home"), sink);
  CHECK(home.find("<h1 class=\"brand-name\"><a href=\"/\">Trường THCS Nguyễn Du</a></h1>") != std::string::npos);
  CHECK(home.find("Tin mới nhất") != std::string::npos);
  CHECK(home.find("Tin &lt;mới&gt; &amp; hay") != std::string::npos);
  CHECK(home.find("<p>Chào mừng</p>") != std::string::npos);
  CHECK(home.find("<a href=\"/van-ban/\">Văn bản</a>") != std::string::npos);

  auto page = *theme->render("page", sample_view("page"), sink);
  for (const char* s : {"<time datetime=\"2025-09-05T07:30:00+07:00\">05/09/2025</time>", "Thứ Sáu",
                        "<dt>Tác giả:</dt> <dd>Cô Lan</dd>", "<dt>Nguồn:</dt> <dd>Tổ Văn</dd>", "Chuyên mục:", "Thẻ:",
                        "Bài trước", "Bài sau", "rel=\"prev\"", "rel=\"next\"", "<h1>Tin &lt;mới&gt; &amp; hay</h1>",
                        "<a href=\"https://moet.gov.vn/\">Bộ</a>", "href=\"#a\"", "alt=\"Học sinh\""})
    CHECK(page.find(s) != std::string::npos);

  auto section = *theme->render("section", sample_view("section"), sink);
  for (const char* s : {"<nav class=\"pagination\" aria-label=\"Phân trang\">", "aria-current=\"page\"", "Trang trước",
                        "Trang sau", "Xem tiếp", "(4 bài)"})
    CHECK(section.find(s) != std::string::npos);

  auto nf = *theme->render("404", sample_view("404"), sink);
  CHECK(nf.find("<h1>Không tìm thấy trang</h1>") != std::string::npos);
  CHECK(nf.find("Sơ đồ trang") != std::string::npos);
  CHECK_FALSE(sink.has_errors());
}

TEST_CASE("templates::Theme the default theme leaves out empty optional parts", "[templates][theme]") {
  DiagnosticSink sink;
  auto theme = templates::Theme::load({WT_SOURCE_DIR "/themes/default"}, sink);
  REQUIRE(theme);
  json v = sample_view("page");
  v["links"] = json::array();
  v["meta"]["jsonld"] = "";
  v["page"].update({{"author", ""},
                    {"source", ""},
                    {"has_prev", false},
                    {"has_next", false},
                    {"has_image", false},
                    {"has_toc", false}});
  auto h = *theme->render("page", v, sink);
  CHECK(h.find("Liên kết website") == std::string::npos);
  CHECK(h.find("application/ld+json") == std::string::npos);
  CHECK(h.find("Tác giả") == std::string::npos);
  CHECK(h.find("Nguồn:") == std::string::npos);
  CHECK(h.find("prev-next") == std::string::npos);
  CHECK(h.find("Mục lục") == std::string::npos);
}

TEST_CASE("templates::Theme the default theme writes no root-relative address of its own", "[templates][theme]") {
  // A site under a path of a portal: every address a layout writes comes
  // from the view model, which has put it under the base path.
  DiagnosticSink sink;
  auto theme = templates::Theme::load({WT_SOURCE_DIR "/themes/default"}, sink);
  REQUIRE(theme);
  const std::string base = "/thcs-le-loi/";
  for (const std::string kind : {"404", "home", "page", "section", "sitemap", "taxonomy", "term"}) {
    INFO(kind);
    json v = test::under_path(sample_view(kind), base);
    CHECK(v["urls"]["stylesheet"] == "/thcs-le-loi/css/style.css");
    CHECK(v["rel_url"] == "/tin-tuc/khai-giang/");
    auto html = theme->render(kind, v, sink);
    REQUIRE(html);
    CHECK(test::outside_path(*html, base) == std::vector<std::string>{});
    CHECK(html->find("<link rel=\"stylesheet\" href=\"/thcs-le-loi/css/style.css\">") != std::string::npos);
    CHECK(html->find("<script src=\"/thcs-le-loi/js/menu.js\" defer></script>") != std::string::npos);
    CHECK(html->find("<a href=\"/thcs-le-loi/\">Trường THCS Nguyễn Du</a>") != std::string::npos);
    // The check sees what a layout would write at the root.
    CHECK_FALSE(test::outside_path(*theme->render(kind, sample_view(kind), sink), base).empty());
  }
  auto nf = *theme->render("404", test::under_path(sample_view("404"), base), sink);
  CHECK(nf.find("<li><a href=\"/thcs-le-loi/\">Về Trang chủ</a></li>") != std::string::npos);
  CHECK(nf.find("<li><a href=\"/thcs-le-loi/so-do-trang/\">Xem Sơ đồ trang</a></li>") != std::string::npos);
  CHECK_FALSE(sink.has_errors());
}
