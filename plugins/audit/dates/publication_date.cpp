#include "audit/dates/publication_date.hpp"

#include <chrono>
#include <limits>
#include <utility>

#include "audit/dates/word_dates.hpp"
#include "core/vietnamese_fold.hpp"

namespace wt::audit {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
bool is_date_sep(char c) { return c == '/' || c == '-' || c == '.'; }

// The text folded one byte per code point (wt::fold_bytes: lower-case,
// marks dropped, spaces and dashes unified, anything else '\x01'), with the
// byte offset in the original text of every folded byte, in a buffer of
// this thread (reused: this runs over the text of every page).
const FoldedBytes& fold_view(std::string_view text) {
  thread_local FoldedBytes f;
  fold_bytes(text, f);
  return f;
}

bool has_ascii_digit(std::string_view text) {
  for (char c : text)
    if (c >= '0' && c <= '9') return true;
  return false;
}

// A match in the folded view: [start, end) and the fields read.
struct Match {
  size_t start = 0, end = 0;
  DateTime d;
};

// Reads between min_digits and max_digits digits, and fails when more follow.
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

bool starts_word(std::string_view s, size_t j, std::string_view word) {
  if (s.substr(j, word.size()) != word) return false;
  size_t e = j + word.size();
  return e == s.size() || !is_alpha(s[e]);
}

size_t skip_spaces(std::string_view s, size_t j) {
  while (j < s.size() && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r')) ++j;
  return j;
}

// h:mm[:ss] or 8h15, then optional AM/PM/SA/CH and "(GMT+7)".
bool read_time(std::string_view s, size_t j, DateTime& d, size_t& end) {
  int h = 0, mi = 0, sec = 0;
  if (!read_number(s, j, 1, 2, h)) return false;
  if (j >= s.size() || (s[j] != ':' && s[j] != 'h')) return false;
  char sep = s[j++];
  if (!read_number(s, j, 2, 2, mi)) return false;
  if (sep == ':' && j + 1 < s.size() && s[j] == ':' && is_digit(s[j + 1])) {
    ++j;
    if (!read_number(s, j, 2, 2, sec)) return false;
  }
  if (h > 23 || mi > 59 || sec > 59) return false;
  size_t k = skip_spaces(s, j);
  for (std::string_view mark : {"am", "sa", "pm", "ch"}) {
    if (starts_word(s, k, mark)) {
      if (h < 1 || h > 12) return false;
      bool pm = mark == "pm" || mark == "ch";
      if (pm && h != 12) h += 12;
      if (!pm && h == 12) h = 0;
      j = k + 2;
      break;
    }
  }
  if (j < s.size() && is_alnum(s[j])) return false;
  // Optional zone: "(GMT+7)", "GMT+07:00", "(UTC+7)".
  k = skip_spaces(s, j);
  bool paren = k < s.size() && s[k] == '(';
  size_t z = k + (paren ? 1 : 0);
  if (s.substr(z, 3) == "gmt" || s.substr(z, 3) == "utc") {
    z += 3;
    int sign = z < s.size() && s[z] == '+' ? 1 : (z < s.size() && s[z] == '-' ? -1 : 0);
    int oh = 0, om = 0;
    if (sign != 0) {
      ++z;
      if (read_number(s, z, 1, 2, oh)) {
        if (z < s.size() && s[z] == ':') {
          ++z;
          if (!read_number(s, z, 2, 2, om)) om = -1;
        }
        if (oh <= 14 && om >= 0 && om < 60 && (!paren || (z < s.size() && s[z] == ')'))) {
          d.offset_minutes = sign * (oh * 60 + om);
          j = z + (paren ? 1 : 0);
        }
      }
    }
  }
  d.hour = h;
  d.minute = mi;
  d.second = sec;
  d.has_time = true;
  end = j;
  return true;
}

// A time after a date: " - 08:15", ", 8:15", " | 08:15", " lúc 8h15".
bool read_time_after(std::string_view s, size_t j, DateTime& d, size_t& end) {
  size_t k = j;
  for (int n = 0; n < 2; ++n) {
    size_t t = skip_spaces(s, k);
    if (t < s.size() && (s[t] == '-' || s[t] == ',' || s[t] == '|')) k = t + 1;
    else if (starts_word(s, t, "luc")) k = t + 3;
    else break;
  }
  k = skip_spaces(s, k);
  if (k == j && k < s.size() && s[k] != 't') return false;  // needs a separator
  if (k < s.size() && s[k] == 't' && k == j) ++k;             // ISO 'T'
  if (k - j > 12 || k >= s.size() || !is_digit(s[k])) return false;
  return read_time(s, k, d, end);
}

// A time just before a date: "10:30 | 09/09/2024".
bool read_time_before(std::string_view s, size_t start, size_t floor, DateTime& d, size_t& time_start) {
  size_t k = start;
  while (k > floor && s[k - 1] == ' ') --k;
  if (k > floor && (s[k - 1] == '|' || s[k - 1] == '-' || s[k - 1] == ',')) --k;
  while (k > floor && s[k - 1] == ' ') --k;
  if (k == start) return false;
  for (size_t b = k >= floor + 14 ? k - 14 : floor; b + 4 <= k; ++b) {
    if (!is_digit(s[b]) || (b > 0 && (is_alnum(s[b - 1]) || s[b - 1] == ':'))) continue;
    DateTime t = d;
    size_t e = 0;
    if (read_time(s, b, t, e) && e <= k) {
      size_t tail = skip_spaces(s, e);
      if (tail == k || e == k) {
        d = t;
        time_start = b;
        return true;
      }
    }
  }
  return false;
}

// Digits that belong to a longer token: "0211.3862", "KH-09", "v1.2".
bool bad_lead(std::string_view s, size_t i) {
  if (i == 0) return false;
  if (is_alnum(s[i - 1])) return true;
  return is_date_sep(s[i - 1]) && i >= 2 && is_alnum(s[i - 2]);
}

bool bad_tail(std::string_view s, size_t j) {
  if (j >= s.size()) return false;
  if (is_alnum(s[j])) return true;
  return is_date_sep(s[j]) && j + 1 < s.size() && is_alnum(s[j + 1]);
}

// d/m/yyyy, d-m-yyyy, d.m.yyyy (one separator throughout).
bool match_dmy(std::string_view s, size_t i, Match& m) {
  size_t j = i;
  char sep = 0;
  if (!read_number(s, j, 1, 2, m.d.day) || j >= s.size() || !is_date_sep(s[j])) return false;
  sep = s[j++];
  if (!read_number(s, j, 1, 2, m.d.month) || j >= s.size() || s[j] != sep) return false;
  ++j;
  if (!read_number(s, j, 4, 4, m.d.year)) return false;
  // 9/21/2016: no month 21, so the page writes month first (the only reading).
  if (m.d.month > 12 && m.d.day <= 12) std::swap(m.d.day, m.d.month);
  m.start = i;
  m.end = j;
  size_t e = 0;
  if (read_time_after(s, j, m.d, e)) m.end = e;
  else if (bad_tail(s, j)) return false;
  return true;
}

// yyyy-mm-dd or yyyy/mm/dd, optionally with a time ('T' or a space).
bool match_ymd(std::string_view s, size_t i, Match& m) {
  size_t j = i;
  if (!read_number(s, j, 4, 4, m.d.year) || j >= s.size() || (s[j] != '-' && s[j] != '/')) return false;
  char sep = s[j++];
  if (!read_number(s, j, 1, 2, m.d.month) || j >= s.size() || s[j] != sep) return false;
  ++j;
  if (!read_number(s, j, 1, 2, m.d.day)) return false;
  m.start = i;
  m.end = j;
  size_t e = 0;
  if (read_time_after(s, j, m.d, e)) m.end = e;
  else if (bad_tail(s, j)) return false;
  return true;
}

// Month words as NukeViet and dateparser's vi locale print them (folded).
bool read_month_word(std::string_view s, size_t& j, int& month) {
  static const std::pair<std::string_view, int> kWords[] = {
      {"muoi mot", 11}, {"muoi hai", 12}, {"m. mot", 11}, {"m. hai", 12}, {"m.mot", 11},
      {"m.hai", 12},    {"muoi", 10},     {"gieng", 1},   {"chap", 12},   {"mot", 1},
      {"hai", 2},       {"ba", 3},        {"tu", 4},      {"bon", 4},     {"nam", 5},
      {"sau", 6},       {"bay", 7},       {"tam", 8},     {"chin", 9}};
  for (const auto& [word, value] : kWords) {
    if (starts_word(s, j, word)) {
      j += word.size();
      month = value;
      return true;
    }
  }
  return false;
}

bool read_month(std::string_view s, size_t& j, int& month) {
  if (j < s.size() && is_digit(s[j])) return read_number(s, j, 1, 2, month);
  return read_month_word(s, j, month);
}

// "9 tháng 9 năm 2024", "26 tháng 9, 2016", with "ngày" in front if present.
bool match_long(std::string_view s, size_t i, Match& m) {
  size_t j = i;
  if (!read_number(s, j, 1, 2, m.d.day)) return false;
  size_t k = skip_spaces(s, j);
  if (k == j || !starts_word(s, k, "thang")) return false;
  j = skip_spaces(s, k + 5);
  if (j == k + 5 || !read_month(s, j, m.d.month)) return false;
  k = skip_spaces(s, j);
  if (starts_word(s, k, "nam")) {
    j = skip_spaces(s, k + 3);
    if (j == k + 3) return false;
  } else if (k < s.size() && (s[k] == ',' || s[k] == '/')) {
    j = skip_spaces(s, k + 1);
  } else {
    return false;
  }
  if (!read_number(s, j, 4, 4, m.d.year) || (j < s.size() && is_alnum(s[j]))) return false;
  m.start = i;
  m.end = j;
  // "ngày 9 tháng 9 năm 2024": take "ngày" into the match.
  size_t b = i;
  while (b > 0 && s[b - 1] == ' ') --b;
  if (b > 0 && s[b - 1] == ':') --b;
  if (b >= 4 && s.substr(b - 4, 4) == "ngay" && (b == 4 || !is_alpha(s[b - 5]))) m.start = b - 4;
  return true;
}

// "Tháng Chín 26, 2016".
bool match_month_first(std::string_view s, size_t i, Match& m) {
  size_t j = skip_spaces(s, i + 5);
  if (j == i + 5 || !read_month_word(s, j, m.d.month)) return false;
  size_t k = skip_spaces(s, j);
  if (k == j || !read_number(s, k, 1, 2, m.d.day)) return false;
  k = skip_spaces(s, k);
  if (k >= s.size() || s[k] != ',') return false;
  k = skip_spaces(s, k + 1);
  if (!read_number(s, k, 4, 4, m.d.year) || (k < s.size() && is_alnum(s[k]))) return false;
  m.start = i;
  m.end = k;
  return true;
}

bool plausible(const DateTime& d, int64_t now_epoch) {
  return d.year >= kMinYear && is_valid_calendar_date(d.year, d.month, d.day) &&
         d.epoch() <= now_epoch + 86400;
}

void trim_space(std::string_view& v) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (!v.empty() && space(v.front())) v.remove_prefix(1);
  while (!v.empty() && space(v.back())) v.remove_suffix(1);
}

}  // namespace

std::string_view date_source_name(DateSource source) {
  switch (source) {
    case DateSource::Sitemap: return "sitemap";
    case DateSource::Feed: return "feed";
    case DateSource::Meta: return "meta";
    case DateSource::JsonLd: return "json-ld";
    case DateSource::Time: return "time";
    case DateSource::Text: return "text";
    case DateSource::Url: return "url";
  }
  return "text";
}

std::optional<DateSource> parse_date_source(std::string_view name) {
  for (DateSource s : {DateSource::Sitemap, DateSource::Feed, DateSource::Meta, DateSource::JsonLd,
                       DateSource::Time, DateSource::Text, DateSource::Url})
    if (date_source_name(s) == name) return s;
  return std::nullopt;
}

std::optional<FoundDate> parse_meta_date(std::string_view value, int default_tz) {
  trim_space(value);
  if (value.empty()) return std::nullopt;
  if (auto d = parse_date(value, default_tz)) {
    if (d->year < kMinYear) return std::nullopt;
    return FoundDate{*d, d->has_time, 0, std::string(value)};
  }
  // Malformed (NukeViet's date('Y-m-dTH:i:s') and friends): keep the leading date.
  DateTime d;
  d.offset_minutes = default_tz;
  size_t j = 0;
  bool ok = false;
  if (value.size() >= 10 && value[4] == '-') {
    ok = read_number(value, j, 4, 4, d.year) && value[j] == '-' && ++j &&
         read_number(value, j, 2, 2, d.month) && j < value.size() && value[j] == '-' && ++j &&
         read_number(value, j, 2, 2, d.day);
  } else {
    ok = read_number(value, j, 1, 2, d.day) && j < value.size() && is_date_sep(value[j]);
    if (ok) {
      char sep = value[j++];
      ok = read_number(value, j, 1, 2, d.month) && j < value.size() && value[j] == sep && ++j &&
           read_number(value, j, 4, 4, d.year);
      if (ok && d.month > 12 && d.day <= 12) std::swap(d.day, d.month);  // 05/29/2007: month first
    }
  }
  if (ok && d.year >= kMinYear && is_valid_calendar_date(d.year, d.month, d.day))
    return FoundDate{d, false, 0, std::string(value.substr(0, j))};
  // "December 1, 2016": a meta value is not dated by the crawl time.
  auto words = find_word_dates(value, default_tz, std::numeric_limits<int32_t>::max());
  if (words.empty()) {
    // "Mon Aug 03 12:45:00 EDT 2015" (Java's Date.toString, C's asctime):
    // the month and day first, the year last; the day only.
    auto [month, day] = find_month_day(value);
    size_t e = value.size();
    if (month == 0 || e < 4) return std::nullopt;
    size_t b = e - 4;
    d = DateTime{};
    d.offset_minutes = default_tz;
    size_t k = b;
    if ((b > 0 && value[b - 1] != ' ') || !read_number(value, k, 4, 4, d.year) || k != e) return std::nullopt;
    d.month = month;
    d.day = day;
    if (d.year < kMinYear || !is_valid_calendar_date(d.year, d.month, d.day)) return std::nullopt;
    return FoundDate{d, false, 0, std::string(value)};
  }
  words.front().offset = 0;
  return words.front();
}

std::vector<FoundDate> find_vietnamese_dates(std::string_view text, int default_tz, int64_t now_epoch) {
  std::vector<FoundDate> out;
  // Every date has digits, and only ASCII digits fold to digits.
  if (!has_ascii_digit(text)) return out;
  const FoldedBytes& f = fold_view(text);
  const std::string_view s = f.text;
  size_t i = 0, last_end = 0;
  while (i < s.size()) {
    // A date starts with a digit or the word "thang" (Tháng Chín 26, 2016).
    const bool digit = is_digit(s[i]);
    if (!digit && !(s[i] == 't' && (i == 0 || !is_alpha(s[i - 1])) && starts_word(s, i, "thang"))) {
      ++i;
      continue;
    }
    Match m;
    m.d.offset_minutes = default_tz;
    bool found = false, numeric = false;
    if (!digit) {
      found = match_month_first(s, i, m);
    } else if (!bad_lead(s, i)) {
      if (match_ymd(s, i, m) || match_dmy(s, i, m)) found = numeric = true;
      else {
        m = Match{};
        m.d.offset_minutes = default_tz;
        found = match_long(s, i, m);
      }
    }
    if (!found) {
      // Skip the rest of a digit run so its tail is never read as a new number.
      if (is_digit(s[i])) while (i < s.size() && is_digit(s[i])) ++i;
      else ++i;
      continue;
    }
    if (numeric && !m.d.has_time) {
      size_t ts = 0;
      if (read_time_before(s, m.start, last_end, m.d, ts)) m.start = ts;
    }
    if (plausible(m.d, now_epoch)) {
      size_t b = f.offsets[m.start], e = f.offsets[m.end];
      out.push_back(FoundDate{m.d, m.d.has_time, b, std::string(text.substr(b, e - b))});
    }
    i = last_end = m.end;
  }
  return out;
}

std::vector<FoundDate> find_vietnamese_dates(std::string_view text, int default_tz) {
  auto now = std::chrono::duration_cast<std::chrono::seconds>(
                 std::chrono::system_clock::now().time_since_epoch())
                 .count();
  return find_vietnamese_dates(text, default_tz, static_cast<int64_t>(now));
}

std::optional<Candidate> best_candidate(const std::vector<Candidate>& candidates) {
  const Candidate* best = nullptr;
  for (const Candidate& c : candidates)
    if (!best || static_cast<int>(c.source) < static_cast<int>(best->source)) best = &c;
  if (!best) return std::nullopt;
  return *best;
}

std::optional<FoundDate> best_publication_date(const std::vector<Candidate>& candidates) {
  auto best = best_candidate(candidates);
  if (!best) return std::nullopt;
  return best->date;
}

std::string format_found_date(const FoundDate& found) {
  return found.has_time ? format_rfc3339(found.date) : format_iso_date(found.date);
}

}  // namespace wt::audit
