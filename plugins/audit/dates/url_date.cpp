#include "audit/dates/url_date.hpp"

#include <string>

namespace wt::audit {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// n digits at p, as a number; -1 when not all digits.
int digits(std::string_view s, size_t p, size_t n) {
  if (p + n > s.size()) return -1;
  int v = 0;
  for (size_t i = p; i < p + n; ++i) {
    if (!is_digit(s[i])) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

// The path of a URL: after scheme://host, before ? and #.
std::string_view path_of(std::string_view url) {
  size_t from = 0;
  if (size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    from = url.find('/', scheme + 3);
    if (from == std::string_view::npos) return {};
  }
  size_t end = url.find_first_of("?#", from);
  return url.substr(from, end == std::string_view::npos ? std::string_view::npos : end - from);
}

std::optional<FoundDate> make(int y, int m, int d, int tz, int64_t now, std::string_view text) {
  DateTime t;
  t.year = y;
  t.month = m;
  t.day = d;
  t.offset_minutes = tz;
  if (y < kMinYear || !is_valid_calendar_date(y, m, d) || t.epoch() > now + 86400) return std::nullopt;
  return FoundDate{t, false, 0, std::string(text)};
}

}  // namespace

std::optional<FoundDate> url_date(std::string_view url, int default_tz, int64_t now_epoch) {
  const std::string_view p = path_of(url);
  for (size_t i = 0; i < p.size(); ++i) {
    if (!is_digit(p[i]) || (i > 0 && is_digit(p[i - 1]))) continue;
    // /yyyy/mm/dd: whole segments for the year and month, the day followed by
    // the end, '/', '-', '_' or '.'.
    if (i > 0 && p[i - 1] == '/' && i + 10 <= p.size() && p[i + 4] == '/' && p[i + 7] == '/') {
      int y = digits(p, i, 4), m = digits(p, i + 5, 2), d = digits(p, i + 8, 2);
      bool end = i + 10 == p.size() || p[i + 10] == '/' || p[i + 10] == '-' || p[i + 10] == '_' || p[i + 10] == '.';
      if (y >= 0 && m >= 0 && d >= 0 && end)
        if (auto f = make(y, m, d, default_tz, now_epoch, p.substr(i, 10))) return f;
    }
    // yyyy-mm-dd as a token.
    if (i + 10 <= p.size() && p[i + 4] == '-' && p[i + 7] == '-' && (i + 10 == p.size() || !is_digit(p[i + 10]))) {
      int y = digits(p, i, 4), m = digits(p, i + 5, 2), d = digits(p, i + 8, 2);
      if (y >= 0 && m >= 0 && d >= 0)
        if (auto f = make(y, m, d, default_tz, now_epoch, p.substr(i, 10))) return f;
    }
    // yyyymmdd: exactly eight digits.
    if (i + 8 <= p.size() && digits(p, i, 8) >= 0 && (i + 8 == p.size() || !is_digit(p[i + 8])))
      if (auto f = make(digits(p, i, 4), digits(p, i + 4, 2), digits(p, i + 6, 2), default_tz, now_epoch,
                        p.substr(i, 8)))
        return f;
  }
  return std::nullopt;
}

}  // namespace wt::audit
