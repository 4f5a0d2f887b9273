// RSS 2.0 (also RSS 1.0/RDF) and Atom feeds, pure: bytes in, (url, date,
// title) items out. Feeds are the cheapest source of publication dates
// (NukeViet's /news/rss/ lists 30 articles, WordPress's /feed/ 10).
//
//   auto feed = wt::audit::parse_feed(body);
//   for (auto& item : feed.items) item.url, item.date, item.title;
//
// RSS: the item's <link>, else a <guid> that is a URL (isPermaLink not
// "false"); the date from <pubDate> (RFC 822, see parse_rfc822_date), else
// <dc:date>. Atom: the entry's <link rel="alternate"> (or without rel), else
// an <id> that is a URL; the date from <published>, else <updated>. Same body
// handling and limits as sitemaps (gzip with an inflated-size cap, BOM,
// CDATA, at most XmlLimits::max_entries items). Nothing here throws.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/sitemap/sitemap.hpp"
#include "core/date.hpp"

namespace wt::audit {

/// RFC 822/2822 dates as feeds print them: "Mon, 09 Sep 2024 08:15:00 +0700",
/// and the broken forms seen in the wild: one-digit day or hour
/// ("Mon, 9 Sep 2024 8:15:00 +0700"), no weekday, no seconds, full month or
/// weekday names, "+07:00", "GMT+7", named zones (UT, UTC, GMT, Z, ICT, the US
/// zones; military letters count as UTC; unknown names or no zone take
/// `default_tz`), a trailing comment "(ICT)", two-digit years, "09-Sep-2024".
/// Falls back to W3C/ISO datetimes and dd/mm/yyyy [hh:mm] (wt::parse_date),
/// which some CMSs put in pubDate. nullopt for anything else or impossible dates.
std::optional<DateTime> parse_rfc822_date(std::string_view text, int default_tz = 7 * 60);

enum class FeedKind { Rss, Atom };

struct FeedItem {
  std::string url;                ///< Empty when the item has neither link nor URL guid/id.
  std::optional<DateTime> date;   ///< Publication date (see above); nullopt if missing or unparsable.
  std::string title;
};

struct Feed {
  FeedKind kind = FeedKind::Rss;
  std::string title;              ///< Channel/feed title.
  std::vector<FeedItem> items;    ///< In document order.
  std::size_t dropped = 0;        ///< Items past `max_entries`, not kept.
  std::size_t invalid_dates = 0;  ///< Date values present that did not parse.
  std::string error;              ///< Non-empty: nothing usable (not XML, not RSS/Atom, gzip error).
};

Feed parse_feed(std::string_view body, const XmlLimits& limits = {}, int default_tz = 7 * 60);

}  // namespace wt::audit
