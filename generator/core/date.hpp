// Dates as editors write them, and as pages, feeds and sitemaps print them.
//
// Accepted input: 2024-09-05, 2024-09-05T07:30, 2024-09-05 07:30:00,
// 2024-09-05T07:30:00+07:00 (or Z), 05/09/2024 and 05/09/2024 07:30
// (dd/mm/yyyy, the Vietnamese order). A date without an offset is in the
// site's time zone (Việt Nam, +07:00, unless configured).
//
//   auto d = wt::parse_date("05/09/2024 07:30", 7 * 60);
//   wt::format_vn_date(*d)   == "05/09/2024"
//   wt::format_rfc3339(*d)   == "2024-09-05T07:30:00+07:00"
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wt {

struct DateTime {
  int year = 1970, month = 1, day = 1;
  int hour = 0, minute = 0, second = 0;
  int offset_minutes = 7 * 60;  ///< Offset from UTC of the wall-clock fields.
  bool has_time = false;

  /// Seconds since 1970-01-01T00:00:00Z.
  int64_t epoch() const;
  bool operator<(const DateTime& o) const { return epoch() < o.epoch(); }
  /// The same fields (the same instant written the same way).
  bool operator==(const DateTime& o) const = default;
};

/// Parses the formats above; nullopt for anything else, including dates that
/// do not exist (31/02). `default_offset` applies when the text has none.
std::optional<DateTime> parse_date(std::string_view text, int default_offset_minutes = 7 * 60);

/// The same instant expressed at `offset_minutes` (e.g. to print in site time).
DateTime from_epoch(int64_t epoch, int offset_minutes);

std::string format_vn_date(const DateTime& d);       ///< "05/09/2024"
std::string format_vn_datetime(const DateTime& d);   ///< "05/09/2024 07:30"
std::string format_iso_date(const DateTime& d);      ///< "2024-09-05"
std::string format_rfc3339(const DateTime& d);       ///< "2024-09-05T07:30:00+07:00"
std::string format_rfc822(const DateTime& d);        ///< "Thu, 05 Sep 2024 07:30:00 +0700"
/// Vietnamese weekday name: "Thứ Năm".
std::string vn_weekday(const DateTime& d);

bool is_valid_calendar_date(int year, int month, int day);

}  // namespace wt
