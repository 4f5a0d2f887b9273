// posting_stats: distinct dated articles, those inside the window, per week.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <set>

#include "audit/analysis/site_analysis.hpp"
#include "core/date.hpp"

namespace wt::audit {

namespace {

// Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil).
int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string ymd(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

std::pair<std::string, std::string> default_window(int year, int month, int day) {
  int start = (month > 9 || (month == 9 && day >= 5)) ? year : year - 1;
  // A school year still running is measured up to today, as `check` does:
  // dividing by weeks that have not come yet would understate the rate.
  std::string until = ymd(start + 1, 5, 31), today = ymd(year, month, day);
  return {ymd(start, 9, 5), std::min(until, today)};
}

PostingStats posting_stats(const std::vector<PostItem>& items, std::string since, std::string until) {
  if (since.empty() || until.empty()) {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    auto [s, u] = default_window(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
    if (since.empty()) since = s;
    if (until.empty()) until = u;
  }
  PostingStats st;
  st.since = since;
  st.until = until;
  auto from = parse_date(since), to = parse_date(until);
  int64_t first = from ? days_from_civil(from->year, from->month, from->day) : 0;
  int64_t last = to ? days_from_civil(to->year, to->month, to->day) : -1;

  std::set<std::string> seen;
  for (const auto& item : items) {
    if (item.date.empty() || seen.count(item.url)) continue;
    auto d = parse_date(item.date);
    if (!d) continue;
    seen.insert(item.url);
    st.items.push_back(item);
    ++st.count;
    int64_t day = days_from_civil(d->year, d->month, d->day);  // the article's own local date
    if (day >= first && day <= last) ++st.in_window;
  }
  int64_t days = last - first + 1;
  st.per_week = days > 0 ? static_cast<double>(st.in_window) / (static_cast<double>(days) / 7.0) : 0;
  return st;
}

}  // namespace wt::audit
