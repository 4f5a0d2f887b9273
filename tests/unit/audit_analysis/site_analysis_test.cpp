// plugins/audit/analysis: sections, posting frequency, score (the audit JSON
// is tested in audit_report/audit_json_test.cpp).
#include <catch2/catch.hpp>

#include "audit/analysis/site_analysis.hpp"
#include "core/diagnostic.hpp"
#include "core/vietnamese_fold.hpp"

using namespace wt;
using namespace wt::audit;

namespace {

const std::string kSchemas = std::string(WT_SOURCE_DIR) + "/schemas/";

const wt::regulations::RuleSet& rules(const std::string& id) {
  static std::map<std::string, wt::regulations::RuleSet> cache;
  auto it = cache.find(id);
  if (it == cache.end()) {
    wt::DiagnosticSink sink;
    auto set = wt::regulations::load_rule_set(kSchemas + "rules/" + id + ".yaml", sink);
    REQUIRE(set);
    it = cache.emplace(id, *set).first;
  }
  return it->second;
}

const wt::regulations::Rubric& rubric() {
  static std::optional<wt::regulations::Rubric> r;
  if (!r) {
    wt::DiagnosticSink sink;
    r = wt::regulations::load_rubric(kSchemas + "rubrics/vinh-phuc-2016-2017.yaml", sink);
    REQUIRE(r);
  }
  return *r;
}

const SectionMatch& section(const std::vector<SectionMatch>& all, const std::string& id) {
  for (const auto& s : all)
    if (s.id == id) return s;
  FAIL("no section " << id);
  return all.front();
}

CrawledPage page(std::string url, std::string title, std::vector<CrawledLink> links = {},
                 std::vector<std::string> headings = {}, int status = 200) {
  CrawledPage p;
  p.url = std::move(url);
  p.title = std::move(title);
  p.headings = std::move(headings);
  p.links = std::move(links);
  p.status = status;
  return p;
}

// A NukeViet site without URL rewriting: modules as index.php?nv=...
std::vector<CrawledPage> nukeviet() {
  const std::string b = "http://thcs-a.example.edu.vn/";
  std::vector<CrawledLink> menu = {
      {b + "index.php?nv=about", "Giới thiệu", true},
      {b + "index.php?nv=news", "Tin tức", true},
      {b + "index.php?nv=laws", "Văn bản", true},
      {b + "index.php?nv=page&op=cong-khai", "Công khai", true},
      {b + "index.php?nv=page&op=thu-tuc", "Thủ tục hành chính", true},
      {b + "index.php?nv=contact", "Liên hệ", true},
  };
  auto home_links = menu;
  home_links.push_back({b + "index.php?nv=news&op=hoat-dong/khai-giang-12.html", "Lễ khai giảng năm học mới", false});
  home_links.push_back({b + "index.php?nv=about&op=lich-su-nha-truong.html", "Lịch sử nhà trường", false});
  return {
      page(b, "Trường THCS A - Trang chủ", home_links),
      page(b + "index.php?nv=about", "Giới thiệu - Trường THCS A", menu, {"Giới thiệu chung"}),
      page(b + "index.php?nv=news", "Tin tức - Trường THCS A", menu),
      page(b + "index.php?nv=laws", "Văn bản - Trường THCS A", menu, {"Văn bản pháp quy"}),
      page(b + "index.php?nv=contact", "Liên hệ", menu, {"Thông tin liên hệ"}),
  };
}

// A WordPress site with pretty permalinks and a ul#menu-main.
std::vector<CrawledPage> wordpress() {
  const std::string b = "https://thpt-b.example.edu.vn/";
  std::vector<CrawledLink> menu = {
      {b + "gioi-thieu/", "Giới thiệu", true},
      {b + "category/tin-tuc/", "Tin tức – Sự kiện", true},
      {b + "ban-giam-hieu/", "BAN GIÁM HIỆU", true},
      {b + "thoi-khoa-bieu/", "Thoi khoa bieu", true},  // typed without diacritics
      {b + "lien-he/", "Liên hệ", true},
  };
  auto home_links = menu;
  home_links.push_back({b + "2024/09/05/le-khai-giang/", "Lễ khai giảng", false});
  home_links.push_back({b + "category/cong-van/", "Xem thêm công văn", false});
  return {
      page(b, "THPT B – Just another WordPress site", home_links),
      page(b + "category/tin-tuc/", "Tin tức – Sự kiện – THPT B", menu, {"Tin tức – Sự kiện"}),
      page(b + "thoi-khoa-bieu/", "Thời khoá biểu – THPT B", menu, {"Thời khoá biểu học kỳ I"}),
      page(b + "lien-he/", "Liên hệ – THPT B", menu),
      page(b + "ban-giam-hieu/", "Not found", {}, {}, 404),
  };
}

// Webtruong's site.example (thcs): the menu of its built home page.
std::vector<CrawledPage> site_example() {
  const std::string b = "http://127.0.0.1:8053";
  std::vector<std::pair<std::string, std::string>> items = {
      {"/", "Trang chủ"}, {"/gioi-thieu/", "Giới thiệu"},
      {"/gioi-thieu/lich-su-hinh-thanh-va-phat-trien/", "Lịch sử nhà trường"},
      {"/gioi-thieu/co-cau-to-chuc-chuc-nang-va-nhiem-vu/", "Cơ cấu tổ chức"},
      {"/to-chuc/", "Tổ chức, nhân sự"}, {"/gioi-thieu/ban-giam-hieu/", "Ban giám hiệu"},
      {"/gioi-thieu/ban-bien-tap-website-va-quy-che-hoat-dong/", "Ban biên tập website"},
      {"/tin-tuc/", "Tin tức - Sự kiện"}, {"/thong-bao/", "Thông báo"}, {"/lich-cong-tac/", "Lịch công tác"},
      {"/thoi-khoa-bieu/", "Thời khóa biểu"}, {"/van-ban/", "Văn bản"}, {"/cong-khai/", "Công khai"},
      {"/cac-khoan-thu/", "Các khoản thu"}, {"/tuyen-sinh/", "Tuyển sinh"},
      {"/thu-tuc-hanh-chinh/", "Thủ tục hành chính"}, {"/lien-he/", "Liên hệ"}};
  std::vector<CrawledLink> menu;
  for (const auto& [path, text] : items) menu.push_back({b + path, text, true});
  return {page(b + "/", "Trường THCS Example", menu)};
}

}  // namespace

TEST_CASE("fold_for_match folds diacritics, case and punctuation", "[audit][sections]") {
  CHECK(fold_for_match("Thời Khoá-Biểu!") == "thoi khoa bieu");
  CHECK(fold_for_match("  ĐOÀN   Đội ") == "doan doi");
  CHECK(fold_for_match("Tin tức – Sự kiện") == "tin tuc su kien");
  CHECK(fold_for_match("") == "");
}

TEST_CASE("NukeViet: menu links under index.php?nv=", "[audit][sections]") {
  auto found = find_sections(nukeviet(), rules("tt37-2020"), "thcs");
  const std::string b = "http://thcs-a.example.edu.vn/";
  CHECK(section(found, "news").found);
  CHECK(section(found, "news").url == b + "index.php?nv=news");
  CHECK(section(found, "news").evidence.find("liên kết trên menu “Tin tức”") != std::string::npos);
  CHECK(section(found, "legal_docs").url == b + "index.php?nv=laws");
  CHECK(section(found, "contact").url == b + "index.php?nv=contact");
  CHECK(section(found, "disclosure_section").url == b + "index.php?nv=page&op=cong-khai");
  // tt37 asks a TTHC list of phòng and sở only; tt53 of schools too. Not
  // required, it is still reported found (issue 14, part 3).
  CHECK_FALSE(section(found, "tthc_list").applies);
  CHECK(section(found, "tthc_list").found);
  CHECK(section(found, "tthc_list").url == b + "index.php?nv=page&op=thu-tuc");
  auto tt53 = find_sections(nukeviet(), rules("tt53-2012"), "thcs");
  CHECK(section(tt53, "tthc_list").url == b + "index.php?nv=page&op=thu-tuc");
  CHECK(section(found, "intro_structure").url == b + "index.php?nv=about");
  // A plain (non-menu) link is enough when nothing better exists.
  CHECK(section(found, "intro_history").found);
  CHECK(section(found, "intro_history").url == b + "index.php?nv=about&op=lich-su-nha-truong.html");
  // Missing sections are reported as not found, without a URL.
  CHECK_FALSE(section(tt53, "timetable").found);
  CHECK(section(tt53, "timetable").url.empty());
  CHECK_FALSE(section(found, "leaders").found);
  // Not required of a THCS school and not found: listed, and said so.
  for (const auto& s : found)
    if (!s.applies && !s.found) CHECK(s.evidence == "không áp dụng cho thcs");
}

TEST_CASE("WordPress: nav beats plain links, diacritic-free text, broken targets ignored", "[audit][sections]") {
  auto found = find_sections(wordpress(), rules("tt53-2012"), "thpt");
  const std::string b = "https://thpt-b.example.edu.vn/";
  CHECK(section(found, "timetable").found);
  CHECK(section(found, "timetable").url == b + "thoi-khoa-bieu/");
  CHECK(section(found, "timetable").evidence.find("“Thoi khoa bieu”") != std::string::npos);
  CHECK(section(found, "news").url == b + "category/tin-tuc/");
  // "Xem thêm công văn" (words inside, plain link) still finds legal_docs.
  CHECK(section(found, "legal_docs").found);
  CHECK(section(found, "legal_docs").url == b + "category/cong-van/");
  CHECK(section(found, "legal_docs").score < 100);
  // The only leaders link answers 404.
  CHECK_FALSE(section(found, "leaders").found);
  CHECK_FALSE(section(found, "disclosure_section").found);
  CHECK(section(found, "disclosure_section").evidence ==
        "không có menu, liên kết, tiêu đề trang, đề mục hay địa chỉ nào khớp; kiểm tra archive_years: không nêu năm học nào");
  // Its address is <school>.<sở>.edu.vn: inside the sở's portal (probe member_host).
  CHECK(section(found, "member_portal").found);
  CHECK(section(found, "member_portal").evidence.rfind("kiểm tra member_host: ", 0) == 0);
}

TEST_CASE("an exact menu phrase beats a substring and a URL word", "[audit][sections]") {
  const std::string b = "http://x.example/";
  auto pages = std::vector<CrawledPage>{page(b, "Home",
      {{b + "a", "Tin tức nổi bật trong tuần", false}, {b + "tin-tuc/", "Xem", true}, {b + "b", "TIN TỨC", true}})};
  auto found = find_sections(pages, rules("tt37-2020"), "th");
  CHECK(section(found, "news").url == b + "b");
  CHECK(section(found, "news").score == 120);
}

TEST_CASE("headings and page titles count, no match gives no URL", "[audit][sections]") {
  const std::string b = "http://y.example/";
  auto pages = std::vector<CrawledPage>{page(b + "p/1", "Trang 1", {}, {"Thời khoá biểu"}),
                                        page(b + "p/2", "Lịch công tác tuần 12")};
  auto tt53 = find_sections(pages, rules("tt53-2012"), "thcs");
  CHECK(section(tt53, "timetable").url == b + "p/1");
  CHECK(section(tt53, "timetable").evidence.rfind("đề mục", 0) == 0);
  auto found = find_sections(pages, rules("tt37-2020"), "thcs");
  CHECK_FALSE(section(found, "work_schedule").applies);  // tt37: phòng and sở only
  CHECK(section(find_sections(pages, rules("tt37-2020"), "pgd"), "work_schedule").url == b + "p/2");
  CHECK_FALSE(section(found, "news").found);
  CHECK(find_sections({}, rules("tt37-2020"), "thcs").size() == rules("tt37-2020").requirements.size());
}

TEST_CASE("site.example: every section of its menu is found", "[audit][sections]") {
  auto found = find_sections(site_example(), rules("tt37-2020"), "thcs");
  const std::string b = "http://127.0.0.1:8053";
  CHECK(section(found, "news").url == b + "/tin-tuc/");
  CHECK(section(found, "legal_docs").url == b + "/van-ban/");
  CHECK(section(find_sections(site_example(), rules("tt53-2012"), "thcs"), "timetable").url == b + "/thoi-khoa-bieu/");
  CHECK(section(found, "disclosure_section").url == b + "/cong-khai/");
  CHECK(section(found, "leaders").url == b + "/gioi-thieu/ban-giam-hieu/");
  CHECK(section(found, "contact").url == b + "/lien-he/");
  CHECK_FALSE(section(found, "work_schedule").applies);
  CHECK(section(find_sections(site_example(), rules("tt53-2012"), "thcs"), "tthc_list").url ==
        b + "/thu-tuc-hanh-chinh/");
  CHECK(section(found, "intro_history").url == b + "/gioi-thieu/lich-su-hinh-thanh-va-phat-trien/");
  CHECK(section(found, "intro_structure").found);
}

TEST_CASE("default window is the current school year", "[audit][posts]") {
  CHECK(default_window(2024, 9, 5) == std::pair<std::string, std::string>{"2024-09-05", "2024-09-05"});
  CHECK(default_window(2026, 11, 24) == std::pair<std::string, std::string>{"2026-09-05", "2026-11-24"});
  CHECK(default_window(2024, 9, 4) == std::pair<std::string, std::string>{"2023-09-05", "2024-05-31"});
  CHECK(default_window(2025, 3, 1) == std::pair<std::string, std::string>{"2024-09-05", "2025-03-01"});
  CHECK(default_window(2025, 7, 1) == std::pair<std::string, std::string>{"2024-09-05", "2025-05-31"});
  auto st = posting_stats({});
  CHECK(st.since.size() == 10);
  CHECK(st.since.substr(4) == "-09-05");
  CHECK(st.until.size() == 10);
  CHECK(st.until >= st.since);  // 31 May, or today while the school year runs
}

TEST_CASE("posting_stats counts distinct dated articles and per week", "[audit][posts]") {
  std::vector<PostItem> items = {
      {"http://x/a", "2024-09-05T07:30:00+07:00", "json-ld"},
      {"http://x/a", "2024-09-06", "text"},             // same article again
      {"http://x/b", "2025-05-31T23:00:00+07:00", "feed"}, // last day, local date
      {"http://x/c", "2024-09-04", "meta"},             // before the window
      {"http://x/d", "", "text"},                       // no date: not counted
      {"http://x/e", "26/09/2016", "text"},
      {"http://x/f", "not a date", "text"},
  };
  auto st = posting_stats(items, "2024-09-05", "2025-05-31");
  CHECK(st.count == 4);
  CHECK(st.in_window == 2);
  REQUIRE(st.items.size() == 4);
  CHECK(st.items[0].source == "json-ld");
  // 2024-09-05 .. 2025-05-31 inclusive is 269 days.
  CHECK(st.per_week == Approx(2.0 / (269.0 / 7.0)));

  std::vector<PostItem> week;
  for (int d = 1; d <= 7; ++d) week.push_back({"u" + std::to_string(d), "2024-10-0" + std::to_string(d), "time"});
  auto w = posting_stats(week, "2024-10-01", "2024-10-07");
  CHECK(w.in_window == 7);
  CHECK(w.per_week == Approx(7.0));
  auto two = posting_stats(week, "2024-10-01", "2024-10-14");
  CHECK(two.per_week == Approx(3.5));
}

TEST_CASE("score_site mirrors check: requirements, posts per week, inputs", "[audit][score]") {
  // The rubric's requirement ids come from tt53-2012.
  auto sections = find_sections(site_example(), rules("tt53-2012"), "thcs");
  std::vector<PostItem> items;
  for (int i = 0; i < 120; ++i) items.push_back({"p" + std::to_string(i), "2024-10-01", "feed"});
  auto posts = posting_stats(items, "2024-09-05", "2025-05-31");  // 120 / (269/7) = 3.12
  auto s = score_site(sections, posts, rubric(), "thcs");
  REQUIRE(s.items.size() == 4);
  CHECK(s.max == 20);
  CHECK(s.items[0].id == "3.1a");
  CHECK(s.items[0].points == 0);  // member_portal and others cannot be crawled from the menu
  CHECK(s.items[0].evidence.find("thiếu:") != std::string::npos);
  CHECK(s.items[1].id == "3.1b");
  CHECK(s.items[1].points == 0);  // its menu has no student results link
  CHECK(s.items[1].evidence.rfind("có 3/4 mục (thiếu: student_results)", 0) == 0);
  CHECK(s.items[2].id == "3.1c");
  CHECK(s.items[2].points == 10);  // posts >= 3 a week, visits skipped
  CHECK(s.items[2].evidence.find("3,12 bài/tuần") != std::string::npos);
  CHECK(s.items[2].evidence.find("chưa đo") != std::string::npos);
  CHECK(s.items[3].id == "3.1d");
  CHECK_FALSE(s.items[3].measured);
  CHECK(s.items[3].points == 0);
  CHECK(s.total == 10);
  auto pages = site_example();
  pages[0].links.push_back({"http://127.0.0.1:8053/tra-cuu-diem/", "Tra cứu điểm", false});
  sections = find_sections(pages, rules("tt53-2012"), "thcs");
  s = score_site(sections, posts, rubric(), "thcs");
  CHECK(s.items[1].points == 2);  // legal_docs_timely, news, timetable, student_results
  CHECK(s.total == 12);

  ScoreInputs in;
  in.values["visits_per_day"] = 120;
  in.values["posts_to_portal"] = 30;
  auto with = score_site(sections, posts, rubric(), "thcs", in);
  CHECK(with.items[2].points == 0);  // visits below 300
  CHECK(with.items[3].measured);
  CHECK(with.items[3].points == 5);
  in.values["visits_per_day"] = 300;
  CHECK(score_site(sections, posts, rubric(), "thcs", in).total == 17);

  auto few = posting_stats({{"a", "2024-10-01", "feed"}}, "2024-09-05", "2025-05-31");
  CHECK(score_site(sections, few, rubric(), "thcs").items[2].points == 0);
  CHECK(score_site(sections, posts, rubric(), "pgd").items.size() == 3);
}

// Issue 14, part 4: TT 37 and TT 09 both name disclosure_section; audited
// with both, the site's sections hold it once (the HTML report showed the
// row twice), found by either.
TEST_CASE("analyse_site: a requirement named by two rule sets is one section", "[audit][sections]") {
  wt::regulations::RuleSet both;
  for (const char* id : {"tt37-2020", "tt09-2024"})
    for (const auto& q : rules(id).requirements) both.requirements.push_back(q);
  CrawlData data;
  data.seed = "http://thcs-a.example.edu.vn/";
  data.pages = nukeviet();
  data.html_ok = static_cast<int>(data.pages.size());
  AuditSetup setup;
  setup.rules = &both;
  setup.school_type = "thcs";
  const auto result = analyse_site(data, setup);
  int disclosure = 0;
  for (const auto& s : result.sections)
    if (s.id == "disclosure_section") {
      ++disclosure;
      CHECK(s.found);
    }
  CHECK(disclosure == 1);
}

// Issue 14, part 4: a school-year requirement (disclosures due by 30/06) is
// evidenced by the current school year's page, not last year's, whatever
// comes first on the page.
TEST_CASE("find_sections: a school-year requirement takes the current school year's page", "[audit][sections]") {
  const std::string b = "http://thcs-a.example.edu.vn/";
  std::vector<CrawledLink> links = {
      {b + "cong-khai/2025-2026/", "Thông tin chung về cơ sở giáo dục năm học 2025-2026", true},
      {b + "cong-khai/2026-2027/", "Thông tin chung về cơ sở giáo dục năm học 2026 - 2027", true},
  };
  const std::vector<CrawledPage> pages = {page(b, "Trường THCS A", links)};
  auto now = find_sections(pages, rules("tt09-2024"), "thcs", b, SiteFacts{"", "2026-2027", {}});
  CHECK(section(now, "disc_general").url == b + "cong-khai/2026-2027/");
  auto last_year = find_sections(pages, rules("tt09-2024"), "thcs", b, SiteFacts{"", "2025-2026", {}});
  CHECK(section(last_year, "disc_general").url == b + "cong-khai/2025-2026/");
  // Only last year's page: still found (check says stale, by its own data).
  auto only_old = find_sections({page(b, "Trường THCS A", {links[0]})}, rules("tt09-2024"), "thcs", b,
                                SiteFacts{"", "2026-2027", {}});
  CHECK(section(only_old, "disc_general").found);
}

// Issue 14, part 4: student results need a results page. A news post that
// mentions "sổ điểm" does not count, fetched or not: its title in a list,
// a link to a post a feed listed, a list page's headings.
TEST_CASE("find_sections: student results need a page of their own, not a post", "[audit][sections]") {
  const std::string b = "http://thcs-a.example.edu.vn/";
  CrawledPage list = page(b + "tin-tuc/", "Tin tức", {{b + "tin-tuc/so-diem-12/", "Triển khai sổ điểm điện tử", false}},
                          {"Triển khai sổ điểm điện tử"});
  list.kind = PageKind::Listing;
  CrawledPage post = page(b + "tin-tuc/so-diem-12/", "Triển khai sổ điểm điện tử");
  post.kind = PageKind::Article;
  std::vector<CrawledPage> pages = {
      page(b, "Trường THCS A", {{b + "tin-tuc/", "Tin tức", true}, {b + "tin-tuc/bang-diem-13/", "Bảng điểm học kỳ I", false}}),
      list, post};
  SiteFacts facts{"", "", {b + "tin-tuc/bang-diem-13/"}};
  auto found = find_sections(pages, rules("tt53-2012"), "thcs", b, facts);
  INFO(section(found, "student_results").evidence << " at " << section(found, "student_results").url);
  CHECK_FALSE(section(found, "student_results").found);
  pages.push_back(page(b + "tra-cuu-diem/", "Tra cứu điểm"));
  found = find_sections(pages, rules("tt53-2012"), "thcs", b, facts);
  CHECK(section(found, "student_results").found);
  CHECK(section(found, "student_results").url == b + "tra-cuu-diem/");
}
