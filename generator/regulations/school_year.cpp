#include "regulations/school_year.hpp"

#include <algorithm>
#include <cstdio>
#include <cctype>
#include <cstdlib>

#include "core/date.hpp"

namespace wt::regulations {
namespace {

std::string ymd(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

SchoolYearWindow school_year_window_of_day(int year, int month, int day) {
  const int start = (month > 9 || (month == 9 && day >= 5)) ? year : year - 1;
  const std::string until = ymd(start + 1, 5, 31), today = ymd(year, month, day);
  return {ymd(start, 9, 5), std::min(until, today)};
}

SchoolYearWindow school_year_window(int64_t now, int tz_minutes) {
  const DateTime today = from_epoch(now, tz_minutes);
  return school_year_window_of_day(today.year, today.month, today.day);
}

std::string due_school_year(int64_t now, int tz_minutes, const std::string& deadline) {
  const DateTime today = from_epoch(now, tz_minutes);
  int day = 30, month = 6;
  if (deadline.size() == 5) {
    day = std::atoi(deadline.substr(0, 2).c_str());
    month = std::atoi(deadline.substr(3, 2).c_str());
  }
  const bool passed = today.month > month || (today.month == month && today.day > day);
  const int start = passed ? today.year : today.year - 1;
  return std::to_string(start) + "-" + std::to_string(start + 1);
}

bool names_school_year(const std::string& text, const std::string& year) {
  if (year.size() != 9) return false;
  const std::string first = year.substr(0, 4), second = year.substr(5, 4);
  for (size_t at = text.find(first); at != std::string::npos; at = text.find(first, at + 1)) {
    if (at > 0 && std::isdigit(static_cast<unsigned char>(text[at - 1]))) continue;
    size_t p = at + 4;
    // Separators: blanks, '-', '_', '/', '.', and the en dash (E2 80 93).
    bool sep = false;
    while (p < text.size()) {
      if (text[p] == ' ' || text[p] == '-' || text[p] == '_' || text[p] == '/' || text[p] == '.') {
        ++p;
        sep = true;
      } else if (text.compare(p, 3, "\xE2\x80\x93") == 0) {
        p += 3;
        sep = true;
      } else {
        break;
      }
    }
    if (!sep || text.compare(p, 4, second) != 0) continue;
    if (p + 4 < text.size() && std::isdigit(static_cast<unsigned char>(text[p + 4]))) continue;
    return true;
  }
  return false;
}

}  // namespace wt::regulations
