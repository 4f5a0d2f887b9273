// The publication day written in a page's address, as news and blog systems
// put it: /2024/03/15/slug, /2024-03-15-slug, /20240315/slug, slug-20240315,
// ?date=2024-03-15 is not read (a query is a filter, not the page's day).
// Pure. The day as written: no time of day, no conversion.
//
//   auto d = wt::audit::url_date("https://example.org/2024/03/15/a-post/", 420, now);
//   format_iso_date(d->date) == "2024-03-15"
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "audit/dates/publication_date.hpp"

namespace wt::audit {

/// The first date of the URL's path: three segments /yyyy/mm/dd (the day's
/// segment may go on with "-slug" or ".html"), yyyy-mm-dd or yyyymmdd as a
/// token between non-digits. Impossible days, years before kMinYear and
/// dates later than `now_epoch` plus a day are not dates. nullopt when none.
std::optional<FoundDate> url_date(std::string_view url, int default_tz, int64_t now_epoch);

}  // namespace wt::audit
