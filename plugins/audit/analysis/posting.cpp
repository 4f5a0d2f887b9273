// posting_stats: distinct dated articles, those inside the window, per week.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <set>

#include "audit/analysis/site_analysis.hpp"
#include "core/date.hpp"
#include "regulations/school_year.hpp"

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

}  // namespace

std::pair<std::string, std::string> default_window(int year, int month, int day) {
  // The rule `check` uses too (regulations/school_year.hpp).
  auto w = regulations::school_year_window_of_day(year, month, day);
  return {w.since, w.until};
}

PostingStats posting_stats(const std::vector<PostItem>& items, std::string since, std::string until,
                           int tz_minutes) {
  if (since.empty() || until.empty()) {
    // Today is the local day of the site's offset, not the machine's.
    auto w = regulations::school_year_window(static_cast<int64_t>(std::time(nullptr)), tz_minutes);
    if (since.empty()) since = w.since;
    if (until.empty()) until = w.until;
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
