// Dates written with month names or CJK characters, in the languages the
// audit meets besides Vietnamese: "March 15, 2024", "Mar. 15th, 2024",
// "15 March 2024", "15th of March, 2024", "15. März 2024", "15 mars 2024",
// "15 de marzo de 2024", "2024年3月15日", "2024년 3월 15일". Pure, one pass.
//
// Only the day is read, never a time of day: the day as the page writes it
// (a byline's local day; nothing is converted). find_text_dates merges these
// with find_vietnamese_dates, in text order: what a page's bylines and date
// lines are searched with.
//
//   auto d = wt::audit::find_word_dates("Published 15. März 2024", 420, now);
//   format_iso_date(d[0].date) == "2024-03-15", d[0].text == "15. März 2024"
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "audit/dates/publication_date.hpp"

namespace wt::audit {

/// Every date with a month name (English, German, French, Spanish,
/// Portuguese, Italian, Dutch) or in CJK form, in text order. Rejects
/// impossible days, years before kMinYear and dates later than `now_epoch`
/// plus a day; digits that belong to longer numbers are not read.
std::vector<FoundDate> find_word_dates(std::string_view text, int default_tz, int64_t now_epoch);

/// The first day written with a month name and no year ("Posted Nov 18,
/// 8:19 PM", "18. Nov"), as {month, day}; {0, 0} when there is none. For
/// short texts whose year is known from elsewhere (a <time>'s datetime).
std::pair<int, int> find_month_day(std::string_view text);

/// find_vietnamese_dates and find_word_dates together, in text order.
std::vector<FoundDate> find_text_dates(std::string_view text, int default_tz, int64_t now_epoch);

}  // namespace wt::audit
