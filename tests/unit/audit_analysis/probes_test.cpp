// run_probe and site_address: the built-in crawler checks of the rule sets,
// and find_sections using them.
#include <catch2/catch.hpp>

#include "audit/analysis/probes.hpp"
#include "regulations/rule_set.hpp"
#include "core/diagnostic.hpp"

using namespace wt::audit;

namespace {

CrawledPage good_page(const std::string& url) {
  CrawledPage p;
  p.url = url;
  p.title = "Trang";
  p.headings = {"Trang"};
  p.encoding = "utf-8";
  p.lang = true;
  p.viewport = true;
  p.dublin_core = 6;
  p.images = 2;
  p.links = {{url + "a/", "A", true}};
  return p;
}

bool found(const std::string& probe, const std::vector<CrawledPage>& pages, const std::string& site) {
  auto r = run_probe(probe, pages, site);
  REQUIRE(r);
  return r->found;
}

wt::regulations::RuleSet rules(const std::string& id) {
  wt::DiagnosticSink sink;
  auto set = wt::regulations::load_rule_set(std::string(WT_SOURCE_DIR) + "/schemas/rules/" + id + ".yaml", sink);
  REQUIRE(set);
  return *set;
}

}  // namespace

TEST_CASE("audit::site_address: a local copy goes by the canonical address of its home page", "[audit][probes]") {
  auto home = good_page("http://127.0.0.1:8080/");
  home.canonical = "https://thcs-a.vinhphuc.edu.vn/";
  CHECK(site_address({home}, "http://127.0.0.1:8080/") == "https://thcs-a.vinhphuc.edu.vn/");
  // A live site is its own address, whatever it declares.
  auto live = good_page("http://thcs-b.edu.vn/");
  live.canonical = "https://elsewhere.vn/";
  CHECK(site_address({live}, "http://thcs-b.edu.vn/") == "http://thcs-b.edu.vn/");
  // A copy without a canonical link, or one naming itself, stays where it is.
  CHECK(site_address({good_page("http://192.168.1.5/")}, "http://192.168.1.5/") == "http://192.168.1.5/");
  home.canonical = "http://127.0.0.1:8080/";
  CHECK(site_address({home}, "http://127.0.0.1:8080/") == "http://127.0.0.1:8080/");
}

TEST_CASE("audit::run_probe on the address: domain, https, member_host", "[audit][probes]") {
  const std::vector<CrawledPage> none;
  CHECK(found("domain", none, "http://thcs-a.vinhphuc.edu.vn/"));
  CHECK(found("domain", none, "https://truong.vn/"));
  CHECK_FALSE(found("domain", none, "https://truong-a.com/"));
  CHECK(found("https", none, "https://thcs-a.edu.vn/"));
  CHECK_FALSE(found("https", none, "http://thcs-a.edu.vn/"));
  // Redirected to HTTPS: a crawled page of the same host is https.
  CHECK(found("https", {good_page("https://thcs-a.edu.vn/")}, "http://thcs-a.edu.vn/"));
  CHECK(found("member_host", none, "http://thcs-a.vinhphuc.edu.vn/"));
  CHECK(found("member_host", none, "http://vinhphuc.edu.vn/thcsa/"));
  CHECK_FALSE(found("member_host", none, "http://thcsa.edu.vn/"));
  CHECK_FALSE(found("member_host", none, "https://thcs-a.com.vn/"));
}

TEST_CASE("audit::run_probe member_host: the school's mail on the Sở's domain and a link to its portal",
          "[audit][probes]") {
  auto home = good_page("http://thcsa.edu.vn/");
  home.emails = {"c2thcsa@vinhphuc.edu.vn"};
  CHECK_FALSE(found("member_host", {home}, "http://thcsa.edu.vn/"));  // no link to the portal
  home.links.push_back({"https://vinhphuc.edu.vn/", "Sở GD&ĐT Vĩnh Phúc", false});
  auto r = run_probe("member_host", {home}, "http://thcsa.edu.vn/");
  REQUIRE(r);
  CHECK(r->found);
  CHECK(r->url == "https://vinhphuc.edu.vn/");
  CHECK(r->evidence ==
        "thư điện tử của trường c2thcsa@vinhphuc.edu.vn thuộc vinhphuc.edu.vn, và trang web liên kết tới cổng "
        "https://vinhphuc.edu.vn/");
  // Mail on a public provider proves nothing.
  home.emails = {"thcsa@gmail.com"};
  CHECK_FALSE(found("member_host", {home}, "http://thcsa.edu.vn/"));
}

TEST_CASE("audit::run_probe on the pages: shares of pages and posts", "[audit][probes]") {
  const std::string b = "http://thcs-a.edu.vn/";
  std::vector<CrawledPage> pages = {good_page(b), good_page(b + "x/"), good_page(b + "y/"), good_page(b + "z/")};
  for (const char* p : {"viewport", "dublin_core", "charset", "accessibility", "wcag"}) {
    INFO(p);
    CHECK(found(p, pages, b));
  }
  pages[1].viewport = pages[2].viewport = pages[3].viewport = false;
  CHECK_FALSE(found("viewport", pages, b));  // 1 of 4
  pages[0].encoding = "windows-1258";
  CHECK_FALSE(found("charset", pages, b));   // 3 of 4 < 95 %
  pages[2].images_without_alt = 1;
  CHECK_FALSE(found("wcag", pages, b));
  CHECK_FALSE(found("accessibility", pages, b));  // 7 of 8 images with an alt: below 90 %
  // Pages answered 404 are not measured.
  pages[3].status = 404;
  // author_source counts posts only.
  CHECK_FALSE(found("author_source", pages, b));  // no posts at all
  pages[1].kind = pages[2].kind = PageKind::Article;
  pages[1].author = true;
  CHECK(found("author_source", pages, b));        // 1 of 2
  CHECK(found("post_dates", pages, b));
  CHECK(run_probe("no_such_probe", pages, b) == std::nullopt);  // not known: no verdict
}

TEST_CASE("audit::find_sections uses the probes of the rule set", "[audit][probes][sections]") {
  auto home = good_page("http://127.0.0.1:9000/");
  home.canonical = "https://thcs-a.vinhphuc.edu.vn/";
  auto found = find_sections({home}, rules("tt37-2020"), "thcs", "http://127.0.0.1:9000/");
  auto get = [&](const std::string& id) -> const SectionMatch& {
    for (const auto& s : found)
      if (s.id == id) return s;
    FAIL("no " << id);
    return found.front();
  };
  CHECK(get("https").found);
  CHECK(get("https").evidence ==
        "kiểm tra https: dùng HTTPS: https://thcs-a.vinhphuc.edu.vn/ (theo liên kết canonical của trang chủ)");
  CHECK(get("member_portal").found);
  CHECK(get("mobile").found);
  CHECK(get("metadata_dc").found);
  CHECK_FALSE(get("source_attrib").found);
  CHECK(get("source_attrib").evidence == "kiểm tra author_source: 0/0 bài ghi tác giả hoặc nguồn");
}

TEST_CASE("audit::find_sections knows NukeViet's module names as URL words", "[audit][sections]") {
  // An icon menu: no text, only the modules' URLs.
  CrawledPage home;
  home.url = "http://thcs-a.edu.vn/";
  home.links = {{"http://thcs-a.edu.vn/laws/", "", true}, {"http://thcs-a.edu.vn/about/", "", true}};
  auto found = find_sections({home}, rules("tt37-2020"), "thcs");
  for (const auto& s : found) {
    if (s.id == "legal_docs") CHECK(s.url == "http://thcs-a.edu.vn/laws/");
    if (s.id == "intro_structure") CHECK(s.url == "http://thcs-a.edu.vn/about/");
  }
}

TEST_CASE("audit::run_probe: outbound links, print links, archives by school year", "[audit][probes]") {
  const std::string site = "https://thcs-a.phutho.edu.vn/";
  CrawledPage home = good_page(site);
  home.links = {{"https://www.thcs-a.phutho.edu.vn/tin-tuc/", "Tin tức", true},  // its own www twin
                {"https://facebook.com/thcsa", "Facebook", false}};
  CHECK_FALSE(found("outbound_links", {home}, site));
  home.links.push_back({"https://phutho.edu.vn/", "Sở Giáo dục và Đào tạo", false});  // the Sở: a parent domain
  auto r = run_probe("outbound_links", {home}, site);
  REQUIRE(r);
  CHECK(r->found);
  CHECK(r->url == "https://phutho.edu.vn/");

  CrawledPage post = good_page(site + "tin-tuc/le-khai-giang/");
  CHECK_FALSE(found("print_control", {post}, site));
  post.links.push_back({site + "news/print/le-khai-giang-12.html", "", false});  // NukeViet's print view
  CHECK(found("print_control", {post}, site));
  CrawledPage wp = good_page(site + "2024/09/09/khai-giang/");
  wp.links.push_back({"javascript:window.print()", "In bài", false});
  CHECK(found("print_control", {wp}, site));

  CrawledPage disclosures = good_page(site + "cong-khai/");
  disclosures.links = {{site + "cong-khai/2025-2026/", "Năm học 2025-2026", false}};
  r = run_probe("archive_years", {disclosures}, site);
  REQUIRE(r);
  CHECK_FALSE(r->found);  // one year is not an archive
  CHECK(r->evidence == "1 năm học: 2025-2026");
  disclosures.headings.push_back("Công khai năm học 2024 - 2025");
  disclosures.links.push_back({site + "van-ban/", "Kế hoạch 2020-2030", false});  // not a school year
  r = run_probe("archive_years", {disclosures}, site);
  REQUIRE(r);
  CHECK(r->found);
  CHECK(r->evidence == "2 năm học: 2024-2025, 2025-2026");
}

TEST_CASE("audit::run_probe search_form: a page with a search box", "[audit][probes]") {
  const std::string site = "https://pgd-a.phutho.edu.vn/";
  CrawledPage home = good_page(site), other = good_page(site + "tin-tuc/");
  CHECK_FALSE(found("search_form", {home, other}, site));
  other.search_form = true;
  auto r = run_probe("search_form", {home, other}, site);
  REQUIRE(r);
  CHECK(r->found);
  CHECK(r->url == site + "tin-tuc/");
}

TEST_CASE("audit::run_probe contact_fields and footer_fields", "[audit][probes]") {
  const std::string site = "https://thcs-a.phutho.edu.vn/";
  CrawledPage home = good_page(site), contact = good_page(site + "lien-he/");
  contact.contact_address = contact.contact_phone = true;
  CHECK_FALSE(found("contact_fields", {home, contact}, site));  // no e-mail yet
  contact.contact_email = true;
  auto r = run_probe("contact_fields", {home, contact}, site);
  REQUIRE(r);
  CHECK(r->found);
  CHECK(r->url == site + "lien-he/");

  for (auto* p : {&home, &contact}) p->footer_address = p->footer_phone = p->footer_email = true;
  CHECK_FALSE(found("footer_fields", {home, contact}, site));  // nobody named responsible
  home.footer_responsible = true;
  CHECK_FALSE(found("footer_fields", {home, contact}, site));  // the unit not named
  home.footer_unit = true;
  CHECK(found("footer_fields", {home, contact}, site));        // 1 of 2 pages: half
}

TEST_CASE("audit::run_probe english_pages: a page in English", "[audit][probes]") {
  const std::string site = "https://phutho.edu.vn/";
  CrawledPage home = good_page(site), en = good_page(site + "en/about/");
  home.language = "vi";
  CHECK_FALSE(found("english_pages", {home}, site));
  en.language = "en";
  auto r = run_probe("english_pages", {home, en}, site);
  REQUIRE(r);
  CHECK(r->found);
  CHECK(r->url == site + "en/about/");
}

TEST_CASE("audit::run_probe sitemap_xml: what the crawl read, not the pages", "[audit][probes]") {
  const std::string site = "https://thcs-a.phutho.edu.vn/";
  CHECK_FALSE(found("sitemap_xml", {good_page(site)}, site));
  SiteFacts facts{site + "sitemap.xml", "", {}};
  auto r = run_probe("sitemap_xml", {good_page(site)}, site, facts);
  REQUIRE(r);
  CHECK(r->found);
  CHECK(r->url == site + "sitemap.xml");
}

TEST_CASE("audit::run_probe archive_years reads the ways school years are written", "[audit][probes]") {
  const std::string site = "https://thcs-a.phutho.edu.vn/";
  CrawledPage p = good_page(site + "cong-khai/");
  p.headings = {"Năm học 2023–2024", "Năm học 2022/2023", "Số 12020-2021", "Mã 2019-20201"};
  auto r = run_probe("archive_years", {p}, site);
  REQUIRE(r);
  CHECK(r->evidence == "2 năm học: 2022-2023, 2023-2024");  // en dash and slash; digits glued to others are not years
}
