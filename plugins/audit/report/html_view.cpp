// html_report_view: the audit as the view model of the report templates
// (themes/default/reports/). Deciding what the report shows happens here;
// how it looks is the template's business.
#include <algorithm>

#include "audit/report/format.hpp"
#include "audit/report/report.hpp"
#include "core/date.hpp"
#include "regulations/school_type.hpp"

namespace wt::audit {
namespace {

using report_detail::number;
using report_detail::kNotMeasured;

/// "2024-09-05" -> "05/09/2024"; anything else unchanged.
std::string vn_date(const std::string& iso) {
  if (auto d = parse_date(iso.substr(0, 10))) return format_vn_date(*d);
  return iso;
}

/// 3.69 -> "3,69": Vietnamese decimal comma.
std::string vn_number(double v) {
  std::string s = number(v);
  std::replace(s.begin(), s.end(), '.', ',');
  return s;
}

nlohmann::json score_view(const SiteScore& score) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& l : score.items)
    items.push_back({{"id", l.id},
                     {"measured", l.measured},
                     {"points", l.measured ? vn_number(l.points) : std::string(kNotMeasured)},
                     {"max", vn_number(l.max)},
                     {"evidence", l.evidence}});
  return {{"rubric", score.rubric}, {"total", vn_number(score.total)}, {"max", vn_number(score.max)},
          {"items", std::move(items)}};
}

nlohmann::json sections_view(const std::vector<SectionMatch>& sections) {
  nlohmann::json out = nlohmann::json::array();
  // Required ones, and those found without being required (noted so).
  for (const auto& m : sections) {
    if (!m.applies && !m.found) continue;
    out.push_back({{"id", m.id},
                   {"name", m.name.empty() ? m.id : m.name},
                   {"found", m.found},
                   {"required", m.applies},
                   {"url", m.found ? m.url : ""},
                   {"evidence", m.evidence}});
  }
  return out;
}

nlohmann::json history_view(const HistoryResult* past) {
  nlohmann::json out = nlohmann::json::array();
  if (!past) return out;
  for (const auto& e : past->entries)
    out.push_back({{"date", vn_date(e.started_at)},
                   {"pages", e.pages},
                   {"posts", e.posts},
                   {"in_window", e.in_window},
                   {"per_week", vn_number(report_detail::cut_per_week(e.per_week))},
                   {"total", vn_number(e.total)},
                   {"max", vn_number(e.max)}});
  return out;
}

/// What a failed site's entry still shows, in Vietnamese.
std::string measured_vi(const std::vector<std::string>& parts) {
  static const std::pair<const char*, const char*> kNames[] = {
      {"pages", "số trang"}, {"sections", "các mục bắt buộc"}, {"posts", "số bài đăng"}, {"score", "điểm"}};
  std::string out;
  for (const auto& p : parts)
    for (const auto& [id, name] : kNames)
      if (p == id) out += (out.empty() ? "" : ", ") + std::string(name);
  return out.empty() ? "không đo được gì" : out + " (tính trên các trang đã đọc được)";
}

nlohmann::json error_view(const SiteError& e) {
  const std::string kind = e.kind == "cap-reached"      ? "Dừng vì chạm giới hạn bộ nhớ"
                           : e.kind == "internal-error" ? "Lỗi nội bộ khi xử lý trang web này"
                                                        : "Không thu thập được trang web";
  return {{"kind", e.kind}, {"title", kind}, {"what", e.what}, {"where", e.where}, {"measured", measured_vi(e.measured)}};
}

nlohmann::json refused_view(const CrawlNotes& crawl) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : crawl.refused) out.push_back({{"url", r.url}, {"reason", r.reason}});
  return out;
}

nlohmann::json limits_view(const CrawlNotes& crawl) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& l : crawl.limits) out.push_back({{"cap", l.cap}, {"note", describe_cap(l)}});
  return out;
}

}  // namespace

nlohmann::json html_report_view(const std::vector<SiteResult>& sites, const HtmlOptions& options,
                                const std::vector<HistoryResult>& history) {
  nlohmann::json summary = nlohmann::json::array(), views = nlohmann::json::array();
  for (size_t i = 0; i < sites.size(); ++i) {
    const SiteResult& s = sites[i];
    const std::string anchor = "site-" + std::to_string(i + 1);
    const std::string per_week = vn_number(report_detail::cut_per_week(s.posts.per_week));
    summary.push_back({{"anchor", anchor},
                       {"url", s.url},
                       {"pages", s.pages},
                       {"posts", s.posts.count},
                       {"in_window", s.posts.in_window},
                       {"per_week", per_week},
                       {"total", vn_number(s.score.total)},
                       {"max", vn_number(s.score.max)},
                       {"failed", s.error.has_value()}});
    nlohmann::json weeks = nlohmann::json::array();
    for (const auto& w : posts_per_week(s.posts))
      weeks.push_back({{"week", w.week}, {"monday", vn_date(w.monday)}, {"posts", w.posts}});
    nlohmann::json crawl = {{"requests", s.crawl.requests},
                            {"robots_blocked", s.crawl.robots_blocked},
                            {"robots_status", s.crawl.robots_status}};
    if (s.crawl.crawl_delay_ms > 0) crawl["crawl_delay"] = vn_number(s.crawl.crawl_delay_ms / 1000.0);
    crawl["robots_truncated"] = s.crawl.robots_truncated;
    crawl["refused"] = refused_view(s.crawl);
    crawl["refused_count"] = s.crawl.refused_count;
    const int more = s.crawl.refused_count - static_cast<int>(s.crawl.refused.size());
    crawl["refused_more"] = more > 0 ? std::to_string(more) : "";  // "" hides the line
    crawl["has_refused"] = s.crawl.refused_count > 0;
    crawl["limits"] = limits_view(s.crawl);
    crawl["has_limits"] = !s.crawl.limits.empty();
    nlohmann::json past = history_view(i < history.size() ? &history[i] : nullptr);
    views.push_back({{"anchor", anchor},
                     {"n", i + 1},
                     {"url", s.url},
                     {"school_type", s.school_type.empty() ? "chưa rõ" : regulations::school_type_name(s.school_type)},
                     {"school_type_guessed", s.school_type_source == "guessed"},
                     {"pages", s.pages},
                     {"posts", s.posts.count},
                     {"in_window", s.posts.in_window},
                     {"per_week", per_week},
                     {"since", vn_date(s.posts.since)},
                     {"until", vn_date(s.posts.until)},
                     {"score", score_view(s.score)},
                     {"sections", sections_view(s.sections)},
                     {"chart_svg", posts_chart_svg(s.posts, "chart-" + std::to_string(i + 1))},
                     {"weeks", std::move(weeks)},
                     {"crawl", std::move(crawl)},
                     {"history", past},
                     {"error", s.error ? error_view(*s.error) : nlohmann::json(nullptr)},
                     {"has_history", past.size() > 1}});
  }
  return {{"title", options.title},
          {"generated_at", options.generated_at},
          {"rubric_title", options.rubric_title},
          {"site_count", sites.size()},
          {"summary", std::move(summary)},
          {"sites", std::move(views)}};
}

}  // namespace wt::audit
