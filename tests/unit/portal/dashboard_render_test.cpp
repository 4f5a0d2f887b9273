// portal::render_dashboard with the real default theme: the fixture portal,
// hostile names and diagnostics shown as text, the exact Vietnamese labels,
// and the audit columns with their flagged differences.
#include <gumbo.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>

#include "portal/audit_history.hpp"
#include "portal/dashboard.hpp"
#include "support/html_check.hpp"
#include "support/script_check.hpp"
#include "unit/portal/dashboard_fixture.hpp"

using namespace wt;
using namespace wt::portal;
namespace fs = std::filesystem;

namespace {

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::string diagnostics(const DiagnosticSink& sink) {
  std::string out;
  for (const auto& d : sink.sorted()) out += format_diagnostic(d) + "\n";
  return out;
}

const templates::Theme& theme() {
  static DiagnosticSink sink;
  static auto t = templates::Theme::load({WT_SOURCE_DIR "/themes/default"}, sink);
  INFO(diagnostics(sink));
  REQUIRE(t);
  return *t;
}

std::string render(const PortalReport& report, const DashboardOptions& o) {
  DiagnosticSink sink;
  auto html = render_dashboard(report, theme(), o, sink);
  INFO(diagnostics(sink));
  REQUIRE(html);
  CHECK_FALSE(sink.has_errors());
  return *html;
}

/// The <tr> of a member (by its slug) in the page.
std::string row_of(const std::string& html, const std::string& slug) {
  const size_t at = html.find("<tr id=\"truong-" + slug + "\"");
  REQUIRE(at != std::string::npos);
  return html.substr(at, html.find("</tr>", at) - at);
}

std::vector<AuditSnapshot> fixture_audits() {
  const fs::path db = fs::temp_directory_path() / ("wt-dash-render-" + std::to_string(::getpid()) + ".db");
  fs::remove(db);
  REQUIRE(wt_test::run_sql(db, wt_test::fixture_audit_sql()));
  DiagnosticSink sink;
  auto audits = read_latest_audits(db.string(), sink);
  fs::remove(db);
  INFO(diagnostics(sink));
  REQUIRE(audits);
  return *audits;
}

}  // namespace

TEST_CASE("portal::render_dashboard renders the fixture portal without an audit", "[portal][dashboard]") {
  const std::string html = render(wt_test::fixture_report(), {});
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"vi\">", 0) == 0);
  CHECK(count(html, "<h1") == 1);
  CHECK(count(html, "<h1>Bảng theo dõi tuân thủ</h1>") == 1);
  CHECK(count(html, "<title>Bảng theo dõi tuân thủ | Cổng thông tin Sở GDĐT Thử Nghiệm</title>") == 1);
  CHECK(count(html, "<caption id=\"bang_theo_doi_caption\">Tình hình tuân thủ của 6 trường thành viên") == 1);
  CHECK(count(html, "Cập nhật lúc <time datetime=\"2026-03-15T08:00:00+07:00\">15/03/2026 08:00</time>") == 1);
  // One row per member, in portal.yaml order, each a row header with its link.
  CHECK(count(html, "<th scope=\"row\">") == 6);
  CHECK(count(html,
              "<th scope=\"row\"><a href=\"https://sgd.example.vn/thcs-duong-xa/\">Trường THCS Dương Xá</a></th>") ==
        1);
  CHECK(html.find("truong-thcs-duong-xa") < html.find("truong-thcs-hoa-binh"));
  // Headers: every column sortable by the script, requirements with their names for screen readers.
  CHECK(count(html, "<th scope=\"col\" data-sort=") == 14);
  CHECK(count(html,
              "<th scope=\"col\" data-sort=\"number\" class=\"dash-req\" title=\"Lãnh đạo\"><span "
              "aria-hidden=\"true\">2</span><span class=\"visually-hidden\">Lãnh đạo</span></th>") == 1);
  CHECK(count(html, "<th scope=\"col\" data-sort=\"number\">Bài dùng trên cổng (cần 24)</th>") == 1);
  CHECK(count(html, "Ngày đánh giá trực tuyến") == 0);  // no audit columns without --db
  // Summary counts.
  CHECK(count(html, "<div class=\"dash-count dash-count-all\"><dt>Trường thành viên</dt> <dd>6</dd></div>") == 1);
  CHECK(count(html, "<div class=\"dash-count dash-count-ok\"><dt>Dựng thành công</dt> <dd>5</dd></div>") == 1);
  CHECK(count(html, "<div class=\"dash-count dash-count-bad\"><dt>Dựng lỗi</dt> <dd>1</dd></div>") == 1);
  CHECK(count(html, "<dt>Thiếu hoặc cũ yêu cầu</dt> <dd>2</dd>") == 1);
  CHECK(count(html, "<dt>Chưa đủ 24 bài dùng trên cổng năm nay</dt> <dd>1</dd>") == 1);
  // Filters: labelled, hidden until the script runs; the script is a file.
  CHECK(count(html,
              "<form id=\"loc_bang_theo_doi\" class=\"doc-filter dash-filter\" role=\"search\" "
              "aria-label=\"Lọc các trường\" hidden>") == 1);
  CHECK(count(html, "<label for=\"loc_xa\">Xã/phường</label>") == 1);
  CHECK(count(html, "<option value=\"Phường Đống Đa\">Phường Đống Đa</option>") == 1);
  CHECK(count(html, "<option value=\"thcs\">Trường Trung học cơ sở</option>") == 1);
  CHECK(count(html, "<label for=\"loc_van_de\">Chỉ trường có vấn đề</label>") == 1);
  CHECK(count(html, "<script src=\"/js/dashboard.js\" defer></script>") == 1);
  CHECK(count(html, "<script") == 2);  // menu.js and dashboard.js
  CHECK(count(html, " style=") == 0);
  CHECK(count(html, "<style") == 0);
}

TEST_CASE("portal::render_dashboard shows statuses as marks with words, not colour alone", "[portal][dashboard]") {
  const std::string html = render(wt_test::fixture_report(), {});
  const std::string duong_xa = row_of(html, "thcs-duong-xa");
  CHECK(count(duong_xa,
              "<td class=\"st-cell\" data-value=\"3\"><span class=\"st st-ok\" title=\"Lãnh đạo: đạt\" "
              "aria-hidden=\"true\">✓</span><span class=\"visually-hidden\">đạt</span></td>") == 1);
  CHECK(count(duong_xa,
              "<span class=\"st st-missing\" title=\"Thời khóa biểu: thiếu\" aria-hidden=\"true\">✗</span>"
              "<span class=\"visually-hidden\">thiếu</span>") == 1);
  CHECK(count(duong_xa, "data-problem=\"1\"") == 1);
  CHECK(count(duong_xa, "<td data-value=\"3.5000\">3,5</td>") == 1);
  CHECK(count(duong_xa, "<td data-value=\"0.7500\">15/20</td>") == 1);
  CHECK(count(duong_xa, "<td data-value=\"30\">30/24</td>") == 1);  // the year from 01/06/2025
  CHECK(count(duong_xa, "<span class=\"dash-window\">05/09/2025 – 15/03/2026</span>") == 1);
  const std::string dong_da = row_of(html, "th-dong-da");
  CHECK(count(dong_da, "<span class=\"visually-hidden\">cũ</span>") == 1);
  CHECK(count(dong_da, "class=\"dash-short\">10/24<span class=\"visually-hidden\"> (chưa đủ)</span>") == 1);
  const std::string dong_anh = row_of(html, "thcs-dong-anh");
  CHECK(count(dong_anh, "<span class=\"visually-hidden\">không áp dụng</span>") == 1);
  CHECK(count(dong_anh, "data-problem=\"0\"") == 1);
  CHECK(count(row_of(html, "thpt-le-loi"), "<abbr title=\"Trường Trung học phổ thông\">THPT</abbr>") == 1);
}

TEST_CASE("portal::render_dashboard shows hostile names and diagnostics as text", "[portal][dashboard]") {
  const std::string html = render(wt_test::fixture_report(), {});
  CHECK(count(html, "<script>alert") == 0);
  CHECK(count(html, "<img src=x") == 0);
  CHECK(count(html, "Trường Tiểu học Đống Đa &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;") == 1);
  const std::string failed = row_of(html, "mn-anh-duong");
  CHECK(count(failed, "class=\"dash-failed\"") == 1);
  CHECK(count(failed, "<strong class=\"dash-build-failed\">Dựng lỗi</strong>") == 1);
  CHECK(count(failed,
              "<li><code>content/tin-tuc/a.md:4:7: error: &#39;date&#39; không phải ngày hợp lệ: "
              "&quot;30/02/2024&quot; [content.front-matter.date]</code></li>") == 1);
  CHECK(count(failed,
              "<li><code>content/b.md:1:1: error: &lt;img src=x onerror=alert(1)&gt; &amp; more "
              "[content.front-matter]</code></li>") == 1);
  CHECK(count(failed, "<li><code>") == 3);  // the first three
  CHECK(count(failed, "<li>và 1 lỗi khác</li>") == 1);
  CHECK(count(failed, "<span class=\"visually-hidden\">không có kết quả</span>") == 5);
  // Only the theme's own head and its two script files: nothing of the members runs.
  auto problems = wt_test::script_problems(html, wt_test::kWholePage);
  // The filter form and js/dashboard.js are the page's own.
  CHECK(problems == std::vector<std::string>{"element <form>", "element <script>"});
}

TEST_CASE("portal::render_dashboard puts the latest audit beside each member, differences flagged",
          "[portal][dashboard]") {
  const auto audits = fixture_audits();
  DashboardOptions o;
  o.audits = &audits;
  const std::string html = render(wt_test::fixture_report(), o);
  CHECK(count(html, "<th scope=\"col\" data-sort=") == 19);
  CHECK(count(html, "<th scope=\"col\" data-sort=\"number\">Khác biệt</th>") == 1);
  CHECK(count(html, "<dt>Khác biệt với đánh giá trực tuyến</dt> <dd>3</dd>") == 1);
  CHECK(count(html, "<dt>Chưa có đánh giá trực tuyến</dt> <dd>2</dd>") == 1);

  const std::string duong_xa = row_of(html, "thcs-duong-xa");
  CHECK(count(duong_xa, "<td data-value=\"1772326800\"><time datetime=\"2026-03-01\">01/03/2026</time></td>") == 1);
  CHECK(count(duong_xa, "<td data-value=\"3.4000\">3,4</td>") == 1);
  CHECK(count(duong_xa, "<td data-value=\"0.7000\">14/20</td>") == 1);
  CHECK(count(duong_xa, "<td data-value=\"0.8000\">4/5</td>") == 1);
  CHECK(count(duong_xa,
              "<li class=\"dash-diff dash-diff-check-only\"><span class=\"dash-flag\" aria-hidden=\"true\">⚠"
              "</span> “Lãnh đạo”: đạt khi kiểm tra, đánh giá trực tuyến không tìm thấy</li>") == 1);
  CHECK(count(duong_xa,
              "<li class=\"dash-diff dash-diff-audit-only\"><span class=\"dash-flag\" aria-hidden=\"true\">⚠"
              "</span> “Thời khóa biểu”: đánh giá trực tuyến tìm thấy, kiểm tra báo thiếu</li>") == 1);

  const std::string le_loi = row_of(html, "thpt-le-loi");
  CHECK(count(le_loi, "Bài mỗi tuần: kiểm tra 5, đánh giá trực tuyến 1</li>") == 1);
  CHECK(count(le_loi, "Điểm: kiểm tra 18/20, đánh giá trực tuyến 8/20</li>") == 1);
  CHECK(count(le_loi, "Đánh giá trực tuyến đã cũ: 73 ngày trước (quá 30 ngày)</li>") == 1);

  const std::string failed = row_of(html, "mn-anh-duong");
  CHECK(count(failed, "<span class=\"dash-audit-failed\">lỗi</span>") == 1);
  CHECK(count(failed,
              "Đánh giá trực tuyến không đo được trang này: fetch: connection refused (at "
              "https://sgd.example.vn/mn-anh-duong/)</li>") == 1);

  CHECK(count(row_of(html, "th-dong-da"), "<td data-value=\"0\">Không</td>") == 1);
  const std::string hoa_binh = row_of(html, "thcs-hoa-binh");  // the portal's home page is not its audit
  CHECK(count(hoa_binh, "<td data-value=\"-1\" class=\"dash-no-audit\">Chưa có</td>") == 1);
  CHECK(count(hoa_binh, "data-problem=\"0\"") == 1);
}

TEST_CASE("portal::render_dashboard uses the portal's frame and base path", "[portal][dashboard]") {
  auto report = wt_test::fixture_report();
  report.base_url = "https://example.gov.vn/giao-duc/";
  DashboardOptions o;
  o.chrome["site"] = {{"name", "Cổng Giáo dục"}, {"managing_body", "Sở Giáo dục và Đào tạo"}};
  const std::string html = render(report, o);
  CHECK(count(html, "<script src=\"/giao-duc/js/dashboard.js\" defer></script>") == 1);
  CHECK(count(html, "<link rel=\"stylesheet\" href=\"/giao-duc/css/style.css\">") == 1);
  CHECK(count(html, "<link rel=\"canonical\" href=\"https://example.gov.vn/giao-duc/bang-theo-doi/\">") == 1);
  CHECK(count(html, "<p class=\"brand-parent\">Sở Giáo dục và Đào tạo</p>") == 1);
  CHECK(count(html, "<p class=\"brand-name\"><a href=\"/giao-duc/\">Cổng Giáo dục</a></p>") == 1);
}

TEST_CASE("portal::render_dashboard reports a theme without the layout", "[portal][dashboard]") {
  const fs::path dir = fs::temp_directory_path() / ("wt-dash-theme-" + std::to_string(::getpid()));
  fs::create_directories(dir / "layouts");
  { std::ofstream(dir / "layouts" / "page.mustache") << "<p>{{x}}</p>\n"; }
  DiagnosticSink load_sink;
  auto t = templates::Theme::load({dir}, load_sink);
  fs::remove_all(dir);
  REQUIRE(t);
  DiagnosticSink sink;
  CHECK_FALSE(render_dashboard(wt_test::fixture_report(), *t, {}, sink));
  CHECK(diagnostics(sink) ==
        "layouts/portal-dashboard.mustache: error: the theme has no layout 'portal-dashboard' for the compliance "
        "dashboard\n");
}

namespace {

// What gumbo (an HTML5 parser) finds wrong in `html`, and ids used twice.
std::vector<std::string> html5_problems(const std::string& html) {
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::vector<std::string> problems;
  // gumbo's GumboError is not public: the count says whether the page parses cleanly.
  if (out->errors.length > 0) problems.push_back(std::to_string(out->errors.length) + " parse errors");
  std::set<std::string> ids;
  std::vector<const GumboNode*> todo = {out->root};
  while (!todo.empty()) {
    const GumboNode* n = todo.back();
    todo.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    if (const GumboAttribute* id = gumbo_get_attribute(&n->v.element.attributes, "id"))
      if (!ids.insert(id->value).second) problems.push_back(std::string("id used twice: ") + id->value);
    for (unsigned i = 0; i < n->v.element.children.length; ++i)
      todo.push_back(static_cast<const GumboNode*>(n->v.element.children.data[i]));
  }
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return problems;
}

}  // namespace

TEST_CASE("portal::render_dashboard writes valid HTML5 whose links resolve", "[portal][dashboard]") {
  const auto audits = fixture_audits();
  DashboardOptions o;
  o.audits = &audits;
  const std::string html = render(wt_test::fixture_report(), o);
  CHECK(html5_problems(html).empty());
  CHECK(html5_problems(render(wt_test::fixture_report(), {})).empty());

  // Published as the portal does: the page, the theme's static files, and the
  // portal's own pages it links to (stand-ins here: the portal build writes them).
  const fs::path www = fs::temp_directory_path() / ("wt-dash-www-" + std::to_string(::getpid()));
  fs::remove_all(www);
  fs::create_directories(www / "bang-theo-doi");
  fs::copy(fs::path(WT_SOURCE_DIR) / "themes/default/static", www, fs::copy_options::recursive);
  fs::copy(fs::path(WT_SOURCE_DIR) / "themes/default/portal/static", www,
           fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  std::ofstream(www / "bang-theo-doi" / "index.html") << html;
  std::ofstream(www / "index.html") << "<!DOCTYPE html><html lang=\"vi\"><title>Cổng</title><h1>Cổng</h1></html>";
  for (const char* f : {"rss.xml", "atom.xml", "sitemap.xml"}) std::ofstream(www / f) << "<x/>";
  // The members' pages are other sites: absolute links are not followed.
  const auto report = wt::test::check_html_site(www, "https://portal.invalid");
  fs::remove_all(www);
  std::string problems;
  for (const auto& p : report.problems) problems += p + "\n";
  INFO(problems);
  CHECK(report.pages == 2);
  CHECK(report.links_checked >= 8);
  CHECK(report.problems.empty());
}
