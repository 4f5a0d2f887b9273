#include "audit/dates/word_dates.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "core/vietnamese_fold.hpp"

namespace wt::audit {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }

// Month names, folded (lower-case, marks dropped: "märz" is "marz").
// Longer names first where one is a prefix of another ("june" before "jun").
const std::pair<std::string_view, int> kMonths[] = {
    // English
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6}, {"july", 7},
    {"august", 8}, {"september", 9}, {"sept", 9}, {"october", 10}, {"november", 11}, {"december", 12},
    // German, Dutch
    {"januar", 1}, {"janner", 1}, {"januari", 1}, {"februar", 2}, {"februari", 2}, {"maerz", 3}, {"marz", 3},
    {"maart", 3}, {"mai", 5}, {"mei", 5}, {"juni", 6}, {"juli", 7}, {"augustus", 8}, {"oktober", 10},
    {"dezember", 12},
    // French
    {"janvier", 1}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"juin", 6}, {"juillet", 7}, {"aout", 8},
    {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"decembre", 12},
    // Spanish, Portuguese, Italian
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6}, {"julio", 7},
    {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12},
    {"janeiro", 1}, {"fevereiro", 2}, {"marco", 3}, {"maio", 5}, {"junho", 6}, {"julho", 7}, {"setembro", 9},
    {"outubro", 10}, {"novembro", 11}, {"dezembro", 12}, {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4},
    {"maggio", 5}, {"giugno", 6}, {"luglio", 7}, {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12},
    // Abbreviations (a '.' may follow)
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9},
    {"oct", 10}, {"okt", 10}, {"nov", 11}, {"dec", 12}, {"dez", 12}};

// The month name starting at j (a whole word, then an optional '.').
bool read_month_name(std::string_view s, size_t& j, int& month) {
  if (j > 0 && is_alpha(s[j - 1])) return false;
  size_t best = 0;
  int value = 0;
  for (const auto& [word, m] : kMonths) {
    if (word.size() <= best || s.substr(j, word.size()) != word) continue;
    size_t e = j + word.size();
    if (e < s.size() && is_alpha(s[e])) continue;
    best = word.size();
    value = m;
  }
  if (!best) return false;
  j += best;
  if (j < s.size() && s[j] == '.') ++j;
  month = value;
  return true;
}

bool read_number(std::string_view s, size_t& j, int min_digits, int max_digits, int& out) {
  size_t k = j;
  int v = 0;
  while (k < s.size() && is_digit(s[k])) {
    if (static_cast<int>(k - j) == max_digits) return false;
    v = v * 10 + (s[k] - '0');
    ++k;
  }
  if (static_cast<int>(k - j) < min_digits) return false;
  j = k;
  out = v;
  return true;
}

size_t skip_spaces(std::string_view s, size_t j) {
  while (j < s.size() && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r')) ++j;
  return j;
}

// A day number and its ordinal suffix or German dot: "15", "15th", "1st", "15.".
bool read_day(std::string_view s, size_t& j, int& day) {
  if (j > 0 && (is_alnum(s[j - 1]) || s[j - 1] == '.' || s[j - 1] == '/' || s[j - 1] == ':')) return false;
  if (!read_number(s, j, 1, 2, day)) return false;
  for (std::string_view suffix : {"st", "nd", "rd", "th", "er"}) {
    if (s.substr(j, 2) == suffix && (j + 2 >= s.size() || !is_alpha(s[j + 2]))) {
      j += 2;
      return true;
    }
  }
  if (j < s.size() && s[j] == '.') ++j;
  return j >= s.size() || !is_alnum(s[j]);
}

// A year that ends a date: four digits not followed by a letter or digit.
bool read_year(std::string_view s, size_t& j, int& year) {
  if (!read_number(s, j, 4, 4, year)) return false;
  return j >= s.size() || !is_alnum(s[j]);
}

// Skips a joining word: "of" (15th of March), "de" (15 de marzo de 2024).
size_t skip_joiner(std::string_view s, size_t j) {
  size_t k = skip_spaces(s, j);
  for (std::string_view w : {"of", "de", "del"})
    if (s.substr(k, w.size()) == w && k + w.size() < s.size() && s[k + w.size()] == ' ') return k + w.size();
  return j;
}

// "March 15, 2024", "Mar. 15th 2024".
bool match_month_day_year(std::string_view s, size_t i, DateTime& d, size_t& end) {
  size_t j = i;
  if (!read_month_name(s, j, d.month)) return false;
  size_t k = skip_spaces(s, j);
  if (k == j || !read_day(s, k, d.day)) return false;
  if (k < s.size() && s[k] == ',') ++k;
  size_t y = skip_spaces(s, k);
  if (y == k && (k >= s.size() || s[k - 1] != ',')) return false;
  if (!read_year(s, y, d.year)) return false;
  end = y;
  return true;
}

// "15 March 2024", "15. März 2024", "15th of March, 2024", "15 de marzo de 2024".
bool match_day_month_year(std::string_view s, size_t i, DateTime& d, size_t& end) {
  size_t j = i;
  if (!read_day(s, j, d.day)) return false;
  size_t k = skip_spaces(s, skip_joiner(s, j));
  if (k == j || !read_month_name(s, k, d.month)) return false;
  size_t after = k;
  if (k < s.size() && s[k] == ',') ++k;
  k = skip_joiner(s, k);
  size_t y = skip_spaces(s, k);
  if (y == after) return false;
  if (!read_year(s, y, d.year)) return false;
  end = y;
  return true;
}

bool plausible(const DateTime& d, int64_t now_epoch) {
  return d.year >= kMinYear && is_valid_calendar_date(d.year, d.month, d.day) && d.epoch() <= now_epoch + 86400;
}

// UTF-8 of 年 月 日 and 년 월 일.
bool cjk_mark(std::string_view s, size_t& j, std::string_view a, std::string_view b) {
  j = skip_spaces(s, j);
  if (s.substr(j, a.size()) == a) j += a.size();
  else if (s.substr(j, b.size()) == b) j += b.size();
  else return false;
  j = skip_spaces(s, j);
  return true;
}

// 2024年3月15日, 2024년 3월 15일 (in the raw text: the fold drops these).
void find_cjk_dates(std::string_view s, int tz, int64_t now, std::vector<FoundDate>& out) {
  static constexpr std::string_view kYear = "\xE5\xB9\xB4", kMonth = "\xE6\x9C\x88", kDay = "\xE6\x97\xA5";
  static constexpr std::string_view kYearKo = "\xEB\x85\x84", kMonthKo = "\xEC\x9B\x94", kDayKo = "\xEC\x9D\xBC";
  for (size_t i = 0; i + 4 < s.size(); ++i) {
    if (!is_digit(s[i]) || (i > 0 && is_digit(s[i - 1]))) continue;
    DateTime d;
    d.offset_minutes = tz;
    size_t j = i;
    if (!read_number(s, j, 4, 4, d.year) || !cjk_mark(s, j, kYear, kYearKo) ||
        !read_number(s, j, 1, 2, d.month) || !cjk_mark(s, j, kMonth, kMonthKo) ||
        !read_number(s, j, 1, 2, d.day)) {
      while (i + 1 < s.size() && is_digit(s[i + 1])) ++i;
      continue;
    }
    j = skip_spaces(s, j);
    size_t e = j;
    if (s.substr(j, kDay.size()) == kDay) e = j + kDay.size();
    else if (s.substr(j, kDayKo.size()) == kDayKo) e = j + kDayKo.size();
    else continue;
    if (plausible(d, now)) out.push_back(FoundDate{d, false, i, std::string(s.substr(i, e - i))});
    i = e - 1;
  }
}

}  // namespace

std::vector<FoundDate> find_word_dates(std::string_view text, int default_tz, int64_t now_epoch) {
  std::vector<FoundDate> out;
  if (std::none_of(text.begin(), text.end(), is_digit)) return out;
  thread_local FoldedBytes f;
  fold_bytes(text, f);
  const std::string_view s = f.text;
  for (size_t i = 0; i < s.size();) {
    const bool letter = is_alpha(s[i]) && (i == 0 || !is_alpha(s[i - 1]));
    const bool digit = is_digit(s[i]) && (i == 0 || !is_digit(s[i - 1]));
    if (!letter && !digit) {
      ++i;
      continue;
    }
    DateTime d;
    d.offset_minutes = default_tz;
    size_t end = 0;
    const bool found = letter ? match_month_day_year(s, i, d, end) : match_day_month_year(s, i, d, end);
    if (!found) {
      ++i;
      continue;
    }
    if (plausible(d, now_epoch)) {
      size_t b = f.offsets[i], e = f.offsets[end];
      out.push_back(FoundDate{d, false, b, std::string(text.substr(b, e - b))});
    }
    i = end;
  }
  find_cjk_dates(text, default_tz, now_epoch, out);
  std::stable_sort(out.begin(), out.end(), [](const FoundDate& a, const FoundDate& b) { return a.offset < b.offset; });
  return out;
}

std::pair<int, int> find_month_day(std::string_view text) {
  if (std::none_of(text.begin(), text.end(), is_digit)) return {0, 0};
  thread_local FoldedBytes f;
  fold_bytes(text, f);
  const std::string_view s = f.text;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!is_alnum(s[i]) || (i > 0 && is_alnum(s[i - 1]))) continue;
    int month = 0, day = 0;
    size_t j = i;
    if (is_alpha(s[i])) {  // "Nov 18", "Nov. 18th"
      if (!read_month_name(s, j, month)) continue;
      size_t k = skip_spaces(s, j);
      if (k == j || !read_day(s, k, day)) continue;
    } else {  // "18 Nov", "18. November"
      if (!read_day(s, j, day)) continue;
      size_t k = skip_spaces(s, j);
      if (k == j || !read_month_name(s, k, month)) continue;
    }
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return {month, day};
  }
  return {0, 0};
}

std::vector<FoundDate> find_text_dates(std::string_view text, int default_tz, int64_t now_epoch) {
  std::vector<FoundDate> out = find_vietnamese_dates(text, default_tz, now_epoch);
  std::vector<FoundDate> words = find_word_dates(text, default_tz, now_epoch);
  // A date both read (none today, but kept safe): the earlier finder's wins.
  for (auto& w : words) {
    bool overlap = std::any_of(out.begin(), out.end(), [&](const FoundDate& v) {
      return w.offset < v.offset + v.text.size() && v.offset < w.offset + w.text.size();
    });
    if (!overlap) out.push_back(std::move(w));
  }
  std::stable_sort(out.begin(), out.end(), [](const FoundDate& a, const FoundDate& b) { return a.offset < b.offset; });
  return out;
}

}  // namespace wt::audit
