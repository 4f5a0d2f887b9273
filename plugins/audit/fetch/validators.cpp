#include "audit/fetch/validators.hpp"

#include <array>
#include <cctype>

namespace wt::audit {
namespace {

bool digits(std::string_view s, size_t at, size_t n, int* value) {
  int v = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    v = v * 10 + (s[i] - '0');
  }
  *value = v;
  return true;
}

int days_in(int month, int year) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[static_cast<size_t>(month - 1)];
}

}  // namespace

bool valid_etag(std::string_view v) {
  if (v.size() > kMaxValidatorBytes) return false;
  if (v.substr(0, 2) == "W/") v.remove_prefix(2);
  if (v.size() < 2 || v.front() != '"' || v.back() != '"') return false;
  for (size_t i = 1; i + 1 < v.size(); ++i) {
    const auto c = static_cast<unsigned char>(v[i]);
    if (c < 0x21 || c == 0x22 || c > 0x7e) return false;
  }
  return true;
}

bool valid_http_date(std::string_view v) {
  // "Sun, 06 Nov 1994 08:49:37 GMT": 29 bytes exactly.
  static constexpr std::array<std::string_view, 7> kDays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  static constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (v.size() != 29 || v.substr(3, 2) != ", " || v[7] != ' ' || v[11] != ' ' || v[16] != ' ' || v[19] != ':' ||
      v[22] != ':' || v.substr(25) != " GMT")
    return false;
  bool day_ok = false;
  for (auto d : kDays) day_ok = day_ok || v.substr(0, 3) == d;
  int month = 0;
  for (size_t i = 0; i < kMonths.size(); ++i)
    if (v.substr(8, 3) == kMonths[i]) month = static_cast<int>(i) + 1;
  int day = 0, year = 0, h = 0, m = 0, s = 0;
  if (!day_ok || month == 0 || !digits(v, 5, 2, &day) || !digits(v, 12, 4, &year) || !digits(v, 17, 2, &h) ||
      !digits(v, 20, 2, &m) || !digits(v, 23, 2, &s))
    return false;
  return year >= 1970 && day >= 1 && day <= days_in(month, year) && h < 24 && m < 60 && s < 61;
}

}  // namespace wt::audit
