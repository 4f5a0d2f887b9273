// posts_per_week and posts_chart_svg: posting frequency by ISO 8601 week.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>

#include "audit/report/format.hpp"
#include "audit/report/html_escape.hpp"
#include "audit/report/report.hpp"
#include "core/date.hpp"

namespace wt::audit {
namespace {

// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civil_from_days(int64_t z, int& y, int& m, int& d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

int64_t monday_of(int64_t day) {  // 1970-01-01 was a Thursday (weekday 3, Monday = 0)
  int64_t wd = ((day % 7) + 7 + 3) % 7;
  return day - wd;
}

std::string iso_week_label(int64_t monday) {
  int y, m, d;
  civil_from_days(monday + 3, y, m, d);  // the week's Thursday decides its year
  int week = static_cast<int>((monday + 3 - days_from_civil(y, 1, 1)) / 7 + 1);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", y, week);
  return buf;
}

std::string iso_date(int64_t day) {
  int y, m, d;
  civil_from_days(day, y, m, d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::optional<int64_t> local_day(const std::string& text) {
  auto d = wt::parse_date(text);
  if (!d) return std::nullopt;
  return days_from_civil(d->year, d->month, d->day);
}

}  // namespace

std::vector<WeekCount> posts_per_week(const PostingStats& posts) {
  auto since = local_day(posts.since), until = local_day(posts.until);
  std::vector<WeekCount> weeks;
  if (!since || !until || *until < *since) return weeks;
  const int64_t first = monday_of(*since);
  for (int64_t m = first; m <= *until; m += 7) weeks.push_back({iso_week_label(m), iso_date(m), 0});
  for (const auto& item : posts.items) {
    auto day = local_day(item.date);
    if (!day || *day < *since || *day > *until) continue;
    weeks[static_cast<size_t>((monday_of(*day) - first) / 7)].posts++;
  }
  return weeks;
}

std::string posts_chart_svg(const PostingStats& posts, const std::string& id) {
  using report_detail::esc;
  const auto weeks = posts_per_week(posts);
  int top = 1;
  for (const auto& w : weeks) top = std::max(top, w.posts);
  const int bar = 12, gap = 2, left = 44, right = 10, upper = 16, plot = 160, lower = 54;
  const int width = left + static_cast<int>(weeks.size()) * (bar + gap) + right;
  const int height = upper + plot + lower;
  const int base = upper + plot;
  std::string title = "Số bài đăng mỗi tuần từ " + posts.since + " đến " + posts.until;
  std::string out;
  out += "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + std::to_string(width) + "\" height=\"" +
         std::to_string(height) + "\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) +
         "\" aria-labelledby=\"" + esc(id) + "-title " + esc(id) + "-desc\">\n";
  out += "<title id=\"" + esc(id) + "-title\">" + esc(title) + "</title>\n";
  out += "<desc id=\"" + esc(id) + "-desc\">" + std::to_string(weeks.size()) + " tuần, tổng " +
         std::to_string(posts.in_window) + " bài, trung bình " +
         report_detail::number(report_detail::cut_per_week(posts.per_week)) + " bài mỗi tuần.</desc>\n";
  // Axes and y labels (0 and the highest week).
  out += "<line class=\"axis\" x1=\"" + std::to_string(left) + "\" y1=\"" + std::to_string(upper) + "\" x2=\"" +
         std::to_string(left) + "\" y2=\"" + std::to_string(base) + "\"/>\n";
  out += "<line class=\"axis\" x1=\"" + std::to_string(left) + "\" y1=\"" + std::to_string(base) + "\" x2=\"" +
         std::to_string(width - right) + "\" y2=\"" + std::to_string(base) + "\"/>\n";
  out += "<text x=\"" + std::to_string(left - 4) + "\" y=\"" + std::to_string(base) + "\" text-anchor=\"end\">0</text>\n";
  out += "<text x=\"" + std::to_string(left - 4) + "\" y=\"" + std::to_string(upper + 4) + "\" text-anchor=\"end\">" +
         std::to_string(top) + "</text>\n";
  out += "<text x=\"4\" y=\"" + std::to_string(upper - 4) + "\">Số bài</text>\n";
  for (size_t i = 0; i < weeks.size(); ++i) {
    const auto& w = weeks[i];
    const int x = left + gap + static_cast<int>(i) * (bar + gap);
    const int h = w.posts * plot / top;
    out += "<rect class=\"bar\" x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(base - h) + "\" width=\"" +
           std::to_string(bar) + "\" height=\"" + std::to_string(h) + "\"><title>" + esc(w.week) + ": " +
           std::to_string(w.posts) + " bài</title></rect>\n";
    if (i % 4 == 0) {  // a week label every 4 weeks, turned to fit
      const int lx = x + bar / 2, ly = base + 10;
      out += "<text class=\"week\" x=\"" + std::to_string(lx) + "\" y=\"" + std::to_string(ly) +
             "\" text-anchor=\"end\" transform=\"rotate(-60 " + std::to_string(lx) + " " + std::to_string(ly) + ")\">" +
             esc(w.week.substr(5)) + "</text>\n";
    }
  }
  out += "<text x=\"" + std::to_string(left) + "\" y=\"" + std::to_string(height - 4) + "\">Tuần (ISO 8601)</text>\n";
  out += "</svg>";
  return out;
}

}  // namespace wt::audit
