// The dates a list page shows (issue 14, part 2): the day of each article
// it lists, read from the article's card, and the newest day it shows at
// all. The crawl ranks what a list leads to by them (link_rank.hpp): an
// article a list dates before the posting window is never a post the audit
// counts, so it is fetched last; one dated inside the window goes first.
//
// A card is found in the page's text (one line per block, as extract_page
// gives it): the line that is a link's own text (its title, eight bytes or
// more), then a date on one of the three lines under it, before the next
// title; else a date on the line just above it (themes that print the date
// first). Only dates written in full are read (find_text_dates: Vietnamese
// and other languages), none later than a day after `now`; a link in a menu
// has no card.
//
//   auto days = wt::audit::card_days(page, 420, now);  // days[i] for page.links[i]
//   std::string newest = wt::audit::newest_listed_day(page, 420, now);
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "audit/html/page_extract.hpp"

namespace wt::audit {

/// Per link of `page` (same index as page.links): "yyyy-mm-dd" its card
/// shows, "" when it has none.
std::vector<std::string> card_days(const PageInfo& page, int default_tz, int64_t now_epoch);

/// The latest day (yyyy-mm-dd) among the page's <time>s and the dates of its
/// text, none later than a day after `now`; "" when it shows none.
std::string newest_listed_day(const PageInfo& page, int default_tz, int64_t now_epoch);

}  // namespace wt::audit
