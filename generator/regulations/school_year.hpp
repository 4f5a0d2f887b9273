// The school year's calendar that `check` and `audit` share (issue 14, part
// 4): the posting window of the current school year and the school year
// whose yearly disclosures are due, both in the local day of the site's
// time-zone offset (the site's own, or the audit's --timezone; +07:00 by
// default), never the machine's or UTC's. One rule, so the two tools agree.
//
//   auto w = wt::regulations::school_year_window(now, 7 * 60);   // {"2025-09-05", "2026-03-14"}
//   auto y = wt::regulations::due_school_year(now, 7 * 60, "30/06");  // "2025-2026"
#pragma once

#include <cstdint>
#include <string>

namespace wt::regulations {

/// The posting window: 5 September of the school year that started on the
/// last 5 September, to 31 May, or to today while the year runs (weeks not
/// come yet would understate the rate); days are local days at `tz_minutes`.
struct SchoolYearWindow {
  std::string since, until;  ///< yyyy-mm-dd, both inclusive.
};
SchoolYearWindow school_year_window(int64_t now, int tz_minutes);

/// The same for the local day `year`-`month`-`day`.
SchoolYearWindow school_year_window_of_day(int year, int month, int day);

/// The school year whose disclosures are due: the one whose deadline
/// ("dd/mm", default 30/06 of its first year) passed most recently, as
/// "2025-2026".
std::string due_school_year(int64_t now, int tz_minutes, const std::string& deadline = "30/06");

/// Whether `text` (a page's address, title or heading) names `year`
/// ("2025-2026") in any of the ways schools write it: 2025-2026, 2025 - 2026,
/// 2025_2026, 2025/2026, 2025–2026.
bool names_school_year(const std::string& text, const std::string& year);

}  // namespace wt::regulations
