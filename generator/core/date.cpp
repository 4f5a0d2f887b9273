#include "core/date.hpp"

#include <cstdio>

namespace wt {
namespace {

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar
// (Howard Hinnant's days_from_civil).
int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

void civil_from_days(int64_t z, int& y, int& m, int& d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t yy = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yy + (m <= 2));
}

// A tiny cursor over the text; every reader returns false on mismatch.
struct Cursor {
  std::string_view s;
  size_t i = 0;
  bool done() const { return i == s.size(); }
  bool digits(int count, int& out) {
    if (i + count > s.size()) return false;
    int v = 0;
    for (int k = 0; k < count; ++k) {
      char c = s[i + k];
      if (c < '0' || c > '9') return false;
      v = v * 10 + (c - '0');
    }
    i += count;
    out = v;
    return true;
  }
  // 1 or 2 digits (for dd/mm and d/m).
  bool small_number(int& out) {
    if (digits(2, out)) return true;
    return digits(1, out);
  }
  bool lit(char c) {
    if (i < s.size() && s[i] == c) { ++i; return true; }
    return false;
  }
};

bool parse_time(Cursor& c, DateTime& d) {
  if (!c.small_number(d.hour) || !c.lit(':') || !c.digits(2, d.minute)) return false;
  if (c.lit(':')) {
    if (!c.digits(2, d.second)) return false;
    if (c.lit('.')) {  // fractional seconds: ignored
      int dummy;
      while (c.digits(1, dummy)) {}
    }
  }
  d.has_time = true;
  return d.hour < 24 && d.minute < 60 && d.second < 61;
}

bool parse_offset(Cursor& c, DateTime& d) {
  if (c.done()) return true;
  if (c.lit('Z') || c.lit('z')) { d.offset_minutes = 0; return true; }
  int sign = c.lit('+') ? 1 : (c.lit('-') ? -1 : 0);
  if (sign == 0) return false;
  int h, m = 0;
  if (!c.digits(2, h)) return false;
  c.lit(':');
  if (!c.done() && !c.digits(2, m)) return false;
  d.offset_minutes = sign * (h * 60 + m);
  return h < 24 && m < 60;
}

}  // namespace

bool is_valid_calendar_date(int year, int month, int day) {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int max = kDays[month - 1];
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && leap) max = 29;
  return day <= max;
}

int64_t DateTime::epoch() const {
  return days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second -
         offset_minutes * 60;
}

std::optional<DateTime> parse_date(std::string_view text, int default_offset_minutes) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  DateTime d;
  d.offset_minutes = default_offset_minutes;
  Cursor c{text};
  if (text.size() >= 5 && text[4] == '-') {  // ISO 8601
    if (!c.digits(4, d.year) || !c.lit('-') || !c.digits(2, d.month) || !c.lit('-') ||
        !c.digits(2, d.day))
      return std::nullopt;
    if (!c.done()) {
      if (!(c.lit('T') || c.lit('t') || c.lit(' '))) return std::nullopt;
      if (!parse_time(c, d)) return std::nullopt;
      while (c.lit(' ')) {}
      if (!parse_offset(c, d)) return std::nullopt;
    }
  } else {  // dd/mm/yyyy [hh:mm[:ss]]
    if (!c.small_number(d.day) || !c.lit('/') || !c.small_number(d.month) || !c.lit('/') ||
        !c.digits(4, d.year))
      return std::nullopt;
    if (!c.done()) {
      if (!c.lit(' ')) return std::nullopt;
      while (c.lit(' ')) {}
      if (!parse_time(c, d)) return std::nullopt;
    }
  }
  if (!c.done() || !is_valid_calendar_date(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

DateTime from_epoch(int64_t epoch, int offset_minutes) {
  int64_t local = epoch + offset_minutes * 60;
  int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  int64_t secs = local - days * 86400;
  DateTime d;
  civil_from_days(days, d.year, d.month, d.day);
  d.hour = static_cast<int>(secs / 3600);
  d.minute = static_cast<int>(secs % 3600 / 60);
  d.second = static_cast<int>(secs % 60);
  d.offset_minutes = offset_minutes;
  d.has_time = true;
  return d;
}

std::string format_vn_date(const DateTime& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d.day, d.month, d.year);
  return buf;
}

std::string format_vn_datetime(const DateTime& d) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d %02d:%02d", d.day, d.month, d.year, d.hour, d.minute);
  return buf;
}

std::string format_iso_date(const DateTime& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string format_rfc3339(const DateTime& d) {
  char buf[64];
  int off = d.offset_minutes;
  char sign = off < 0 ? '-' : '+';
  if (off < 0) off = -off;
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", d.year, d.month, d.day,
                d.hour, d.minute, d.second, sign, off / 60, off % 60);
  return buf;
}

static int weekday_index(const DateTime& d) {  // 0 = Sunday
  int64_t days = days_from_civil(d.year, d.month, d.day);
  return static_cast<int>(((days % 7) + 11) % 7);
}

std::string format_rfc822(const DateTime& d) {
  static const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  int off = d.offset_minutes;
  char sign = off < 0 ? '-' : '+';
  if (off < 0) off = -off;
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d", kDays[weekday_index(d)],
                d.day, kMonths[d.month - 1], d.year, d.hour, d.minute, d.second, sign, off / 60, off % 60);
  return buf;
}

std::string vn_weekday(const DateTime& d) {
  static const char* kNames[] = {"Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"};
  return kNames[weekday_index(d)];
}

}  // namespace wt
