// Publication dates of crawled articles: meta values and Vietnamese page text.
//
// Pure functions, no HTML parsing: the caller hands in attribute values
// (article:published_time, JSON-LD datePublished, <time datetime>) and the
// visible text of a page. Vietnamese dates are always day-first; text may be
// NFC or NFD, with or without diacritics ("Thứ Hai" / "Thu Hai"). NukeViet's
// malformed article:published_time ("2016-09-26+0708:00:00",
// "2024-09-09T08:15:00+07:00+07:00", "09/09/2024T08:15") keeps only its
// leading date (crawler-notes.md §4). Offsets are in minutes from UTC.
//
//   auto d = wt::audit::parse_meta_date("2024-09-09T08:15:00+07:00", 420);
//   wt::audit::format_found_date(*d) == "2024-09-09T08:15:00+07:00"
//   auto v = wt::audit::find_vietnamese_dates("Thứ Hai, 09/09/2024 - 08:15", 420, now);
//   v[0].text == "09/09/2024 - 08:15", v[0].offset == 10
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace wt::audit {

/// Where a date was found, best first (the order of product.md's audit
/// contract); a date in the page's URL comes last.
enum class DateSource { Sitemap, Feed, Meta, JsonLd, Time, Text, Url };

/// "sitemap", "feed", "meta", "json-ld", "time", "text", "url".
std::string_view date_source_name(DateSource source);
/// The inverse of date_source_name; nullopt for any other name.
std::optional<DateSource> parse_date_source(std::string_view name);

struct FoundDate {
  DateTime date;          ///< Midnight in the default offset when !has_time.
  bool has_time = false;
  size_t offset = 0;      ///< Byte offset of `text` in the scanned input (0 for meta values).
  std::string text;       ///< The matched bytes, as they appear in the input.
};

struct Candidate {
  DateSource source = DateSource::Text;
  FoundDate date;
};

/// Earliest date accepted anywhere (as htmldate's MIN_DATE).
inline constexpr int kMinYear = 1995;

/// A meta/JSON-LD/<time> value: ISO 8601 with or without seconds, fraction,
/// offset or Z, 'T' or a space; dd/mm/yyyy [hh:mm[:ss]]. A malformed value
/// whose leading date is valid gives that date without a time (month first,
/// "05/29/2007", when the day-first reading has no such month); else the
/// first date written with a month name ("December 1, 2016", word_dates.hpp),
/// or month and day first and the year last ("Mon Aug 03 12:45:00 EDT 2015",
/// Java's Date.toString, C's asctime), without a time. nullopt for anything else and for years before kMinYear.
std::optional<FoundDate> parse_meta_date(std::string_view value, int default_tz);

/// Every date in visible text, in order: d/m/yyyy with '/', '-' or '.' (m/d/yyyy
/// when the second number cannot be a month, "9/21/2016"), an
/// optional time after (" - 08:15", ", 8:15", " lúc 8h15", "08:00:00 AM",
/// "(GMT+7)") or before ("10:30 | 09/09/2024"); yyyy-mm-dd; "ngày 9 tháng 9
/// năm 2024", "26 tháng 9, 2016", "Tháng Chín 26, 2016". Rejects impossible
/// dates, dates before kMinYear or later than `now_epoch` + 1 day, and digits
/// that belong to longer numbers (phones, versions, document numbers).
std::vector<FoundDate> find_vietnamese_dates(std::string_view text, int default_tz, int64_t now_epoch);
/// The same with `now` read from the system clock.
std::vector<FoundDate> find_vietnamese_dates(std::string_view text, int default_tz);

/// The candidate from the best source (sitemap > feed > meta > json-ld >
/// time > text); among equals, the first in `candidates`.
std::optional<Candidate> best_candidate(const std::vector<Candidate>& candidates);
std::optional<FoundDate> best_publication_date(const std::vector<Candidate>& candidates);

/// "2024-09-09T08:15:00+07:00" with a time, "2024-09-09" without.
std::string format_found_date(const FoundDate& found);

}  // namespace wt::audit
