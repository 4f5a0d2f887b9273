// to_html: the audit as one self-contained Vietnamese HTML document.
#include "audit/report/format.hpp"
#include "audit/report/html_escape.hpp"
#include "audit/report/report.hpp"

namespace wt::audit {
namespace {

using report_detail::esc;
using report_detail::number;

const char* kCss =
    "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;margin:1.5rem;color:#1a1a1a;"
    "line-height:1.45}\n"
    "table{border-collapse:collapse;margin:0.5rem 0 1.5rem}\n"
    "caption{text-align:left;font-weight:600;padding:0.25rem 0}\n"
    "th,td{border:1px solid #999;padding:0.25rem 0.5rem;text-align:left;vertical-align:top}\n"
    "thead th{background:#e8eef5}\n"
    "td.num{text-align:right}\n"
    ".yes{color:#0a5c1f;font-weight:600}.no{color:#a30000;font-weight:600}\n"
    "section.site{border-top:2px solid #335;margin-top:2rem}\n"
    "svg .bar{fill:#2b5d9c}svg .axis{stroke:#333}svg text{font-size:10px;fill:#333}\n"
    "figure{margin:0.5rem 0}\n";

std::string link(const std::string& url) {
  return "<a href=\"" + esc(url) + "\">" + esc(url) + "</a>";
}

std::string num_cell(const std::string& text) { return "<td class=\"num\">" + text + "</td>"; }

void summary(std::string& out, const std::vector<SiteResult>& sites) {
  out += "<table>\n<caption>Tổng hợp " + std::to_string(sites.size()) + " trang web</caption>\n";
  out += "<thead><tr><th scope=\"col\">Trang web</th><th scope=\"col\">Số trang</th><th scope=\"col\">Số bài</th>"
         "<th scope=\"col\">Bài trong năm học</th><th scope=\"col\">Bài/tuần</th><th scope=\"col\">Điểm</th>"
         "<th scope=\"col\">Tối đa</th></tr></thead>\n<tbody>\n";
  for (size_t i = 0; i < sites.size(); ++i) {
    const auto& s = sites[i];
    out += "<tr><th scope=\"row\"><a href=\"#site-" + std::to_string(i + 1) + "\">" + esc(s.url) + "</a></th>" +
           num_cell(std::to_string(s.pages)) + num_cell(std::to_string(s.posts.count)) +
           num_cell(std::to_string(s.posts.in_window)) +
           num_cell(number(report_detail::cut_per_week(s.posts.per_week))) + num_cell(number(s.score.total)) +
           num_cell(number(s.score.max)) + "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

void score_sheet(std::string& out, const SiteResult& s) {
  out += "<table>\n<caption>Bảng điểm";
  if (!s.score.rubric.empty()) out += " (" + esc(s.score.rubric) + ")";
  out += ": " + number(s.score.total) + "/" + number(s.score.max) + "</caption>\n";
  out += "<thead><tr><th scope=\"col\">Tiêu chí</th><th scope=\"col\">Điểm</th><th scope=\"col\">Tối đa</th>"
         "<th scope=\"col\">Căn cứ</th></tr></thead>\n<tbody>\n";
  for (const auto& l : s.score.items) {
    out += "<tr><th scope=\"row\">" + esc(l.id) + "</th>" + num_cell(l.measured ? number(l.points) : "chưa đo") +
           num_cell(number(l.max)) + "<td>" + esc(l.evidence) + "</td></tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

void sections(std::string& out, const SiteResult& s) {
  out += "<table>\n<caption>Các mục bắt buộc</caption>\n";
  out += "<thead><tr><th scope=\"col\">Mục</th><th scope=\"col\">Có/Không</th><th scope=\"col\">Địa chỉ</th>"
         "<th scope=\"col\">Căn cứ</th></tr></thead>\n<tbody>\n";
  for (const auto& m : s.sections) {
    if (!m.applies) continue;
    out += "<tr><th scope=\"row\">" + esc(m.name.empty() ? m.id : m.name) + "</th>";
    out += m.found ? "<td class=\"yes\">Có</td>" : "<td class=\"no\">Không</td>";
    out += "<td>" + (m.found ? link(m.url) : std::string()) + "</td><td>" + esc(m.evidence) + "</td></tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

void chart(std::string& out, const SiteResult& s, size_t index) {
  const std::string id = "chart-" + std::to_string(index + 1);
  out += "<figure>\n" + posts_chart_svg(s.posts, id) + "\n";
  out += "<figcaption>Số bài đăng mỗi tuần (" + esc(s.posts.since) + " – " + esc(s.posts.until) +
         "); số liệu ở bảng dưới.</figcaption>\n</figure>\n";
  out += "<table>\n<caption>Số bài đăng theo tuần</caption>\n";
  out += "<thead><tr><th scope=\"col\">Tuần</th><th scope=\"col\">Từ thứ Hai</th><th scope=\"col\">Số bài</th>"
         "</tr></thead>\n<tbody>\n";
  for (const auto& w : posts_per_week(s.posts))
    out += "<tr><th scope=\"row\">" + esc(w.week) + "</th><td>" + esc(w.monday) + "</td>" +
           num_cell(std::to_string(w.posts)) + "</tr>\n";
  out += "</tbody>\n</table>\n";
}

}  // namespace

std::string to_html(const std::vector<SiteResult>& sites, const HtmlOptions& options) {
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>" + esc(options.title) + "</title>\n<style>\n" + kCss + "</style>\n</head>\n<body>\n<main>\n";
  out += "<h1>" + esc(options.title) + "</h1>\n";
  if (!options.generated_at.empty()) out += "<p>Thời điểm kiểm tra: " + esc(options.generated_at) + "</p>\n";
  summary(out, sites);
  for (size_t i = 0; i < sites.size(); ++i) {
    const auto& s = sites[i];
    out += "<section class=\"site\" id=\"site-" + std::to_string(i + 1) + "\" aria-labelledby=\"site-" +
           std::to_string(i + 1) + "-h\">\n";
    out += "<h2 id=\"site-" + std::to_string(i + 1) + "-h\">" + esc(s.url) + "</h2>\n";
    out += "<p>" + std::to_string(s.pages) + " trang, " + std::to_string(s.posts.count) + " bài có ngày đăng, " +
           std::to_string(s.posts.in_window) + " bài trong năm học.</p>\n";
    out += "<h3>Bảng điểm</h3>\n";
    score_sheet(out, s);
    out += "<h3>Các mục bắt buộc</h3>\n";
    sections(out, s);
    out += "<h3>Tần suất đăng bài</h3>\n";
    chart(out, s, i);
    out += "</section>\n";
  }
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace wt::audit
