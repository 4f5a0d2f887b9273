// Sitemaps (sitemaps.org 0.9, Google news extension), pure: bytes in, URLs
// and dates out, no network. The crawler fetches /sitemap.xml or the URLs
// listed in robots.txt, hands the body here, and queues the child sitemaps of
// an index itself (bounding the depth and count as it likes).
//
//   auto sm = wt::audit::parse_sitemap(body);          // gzip or plain XML
//   if (!sm.error.empty()) report(sm.error);
//   for (auto& e : sm.entries) e.loc, e.lastmod, e.publication_date;
//
// Bodies that start with the gzip magic (1f 8b) are inflated first, and the
// inflated size is capped (50 MiB, Google's limit): a gzip bomb stops as soon
// as it passes the cap, with an error. At most 50,000 entries are kept per
// file; the rest are counted in `dropped`. Tolerated: a UTF-8/UTF-16 BOM, a
// missing or foreign xmlns (elements are matched by local name), whitespace
// around <loc>, entity-escaped `&amp;`, CDATA. Image, video and xhtml:link
// children are ignored. Anything that is not an XML <urlset> or
// <sitemapindex> is rejected with a message in `error`. Nothing here throws.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace wt::audit {

/// Limits shared by sitemaps and feeds.
struct XmlLimits {
  std::size_t max_bytes = 50u * 1024 * 1024;  ///< Body size after inflating.
  std::size_t max_entries = 50'000;           ///< URLs (or child sitemaps, items) per file.
};

/// How much of a W3C datetime was written ("2024" is Year: 1 January).
enum class DatePrecision { Year, Month, Day, Time };

struct W3cDate {
  DateTime date;  ///< Missing month/day are 1; without a time, midnight at the default offset.
  DatePrecision precision = DatePrecision::Day;
};

/// W3C datetime (https://www.w3.org/TR/NOTE-datetime): YYYY, YYYY-MM,
/// YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss[.s+]]TZD with TZD = Z, +hh:mm. Also
/// tolerated: a space instead of 'T', +hhmm or +hh, no TZD (then
/// `default_tz`, minutes east of UTC). nullopt for anything else or for dates
/// that do not exist.
std::optional<W3cDate> parse_w3c_datetime(std::string_view text, int default_tz = 7 * 60);

/// Returns `body` as is, or inflated when it starts with the gzip magic
/// (concatenated members are joined). Sets `error` and returns "" when the
/// result would exceed `max_bytes` or the gzip data is corrupt or truncated.
std::string inflate_if_gzip(std::string_view body, std::size_t max_bytes, std::string& error);

enum class SitemapKind { UrlSet, Index };

struct SitemapEntry {
  std::string loc;                           ///< Trimmed, entities decoded.
  std::optional<W3cDate> lastmod;
  std::optional<W3cDate> publication_date;   ///< <news:news><news:publication_date>.
  std::string news_title;                    ///< <news:news><news:title>, if any.
};

struct Sitemap {
  SitemapKind kind = SitemapKind::UrlSet;
  /// Pages of a <urlset>, or child sitemaps of a <sitemapindex>, in document order.
  std::vector<SitemapEntry> entries;
  std::size_t dropped = 0;        ///< Entries past `max_entries`, not kept.
  std::size_t missing_loc = 0;    ///< <url>/<sitemap> without a usable <loc>, skipped.
  std::size_t invalid_dates = 0;  ///< lastmod/publication_date values that did not parse.
  std::string error;              ///< Non-empty: nothing usable (entries is empty).
};

Sitemap parse_sitemap(std::string_view body, const XmlLimits& limits = {}, int default_tz = 7 * 60);

}  // namespace wt::audit
