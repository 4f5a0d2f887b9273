#include "audit/url/trap_guard.hpp"

#include <optional>

#include "audit/url/url.hpp"

namespace wt::audit {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Percent-decoded and ASCII-lower-cased, for comparisons only.
std::string fold(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '%' && i + 2 < s.size() && is_hex(s[i + 1]) && is_hex(s[i + 2])) {
      c = static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else if (c == '+') {
      c = ' ';
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out += c;
  }
  return out;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    if (end > start) parts.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!is_digit(c)) return false;
  }
  return true;
}

// The number in s, saturated far above any limit; nullopt if not all digits.
std::optional<long> number(std::string_view s) {
  if (!all_digits(s)) return std::nullopt;
  long v = 0;
  for (char c : s) {
    v = v * 10 + (c - '0');
    if (v > 1'000'000'000L) return 1'000'000'000L;
  }
  return v;
}

bool plausible_year(long y) { return y >= 1900 && y <= 2199; }
bool plausible_month(long m) { return m >= 1 && m <= 12; }

// Digit runs of s, as numbers.
std::vector<std::string_view> digit_runs(std::string_view s) {
  std::vector<std::string_view> runs;
  size_t i = 0;
  while (i < s.size()) {
    if (!is_digit(s[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && is_digit(s[j])) ++j;
    runs.push_back(s.substr(i, j - i));
    i = j;
  }
  return runs;
}

// The year of a date-like text made only of digits and - _ . / separators:
// 2024, 2024-09, 2024-09-05, 05-09-2024, 20240905. nullopt otherwise, or
// when `allow_bare_year` is false and the text is a bare 4-digit number.
std::optional<long> date_year(std::string_view s, bool allow_bare_year) {
  if (s.empty()) return std::nullopt;
  for (char c : s) {
    if (!is_digit(c) && c != '-' && c != '_' && c != '.' && c != '/' && c != ' ') return std::nullopt;
  }
  auto runs = digit_runs(s);
  if (runs.size() == 1) {
    auto r = runs[0];
    if (r.size() == 4 && allow_bare_year && plausible_year(*number(r))) return number(r);
    if (r.size() == 6 || r.size() == 8) {  // yyyymm, yyyymmdd
      long y = *number(r.substr(0, 4));
      if (plausible_year(y) && plausible_month(*number(r.substr(4, 2)))) return y;
    }
    return std::nullopt;
  }
  if (runs.size() < 2 || runs.size() > 3) return std::nullopt;
  if (runs.front().size() == 4 && plausible_year(*number(runs.front())) && runs[1].size() <= 2 &&
      plausible_month(*number(runs[1]))) {
    return number(runs.front());
  }
  if (runs.back().size() == 4 && plausible_year(*number(runs.back())) && runs.size() == 3) {
    return number(runs.back());
  }
  return std::nullopt;
}

bool is_calendar_segment(const std::string& seg) {
  if (seg.starts_with("calendar") || seg == "events" || seg == "event") return true;
  return seg == "lich" || seg.starts_with("lich-") || seg.starts_with("lich_");
}

bool is_calendar_key(const std::string& key) {
  static const char* const kKeys[] = {"month", "year", "day",  "date", "week",     "thang",
                                      "nam",   "ngay", "tuan", "cal",  "calendar", "caldate"};
  for (const char* k : kKeys) {
    if (key == k) return true;
  }
  return false;
}

bool is_search_segment(const std::string& seg) {
  std::string base = seg.substr(0, seg.find('.'));
  return base == "search" || base == "tim-kiem" || base == "timkiem" || base == "tim_kiem" ||
         base == "seek";
}

bool is_search_key(const std::string& key) {
  static const char* const kKeys[] = {"q",     "s",       "search",  "keyword",    "keywords",
                                      "query", "tu-khoa", "tukhoa",  "searchword", "search_query"};
  for (const char* k : kKeys) {
    if (key == k) return true;
  }
  return false;
}

bool is_page_key(const std::string& key) {
  return key == "page" || key == "paged" || key == "trang" || key == "pageno" || key == "page_no" ||
         key == "pagenum" || key == "pg";
}

// "page-12", "page_12", "trang-12", "page12" -> 12.
std::optional<long> page_in_segment(const std::string& seg) {
  for (std::string_view word : {std::string_view("page"), std::string_view("trang")}) {
    if (!seg.starts_with(word)) continue;
    std::string_view rest = std::string_view(seg).substr(word.size());
    if (!rest.empty() && (rest[0] == '-' || rest[0] == '_')) rest.remove_prefix(1);
    std::string_view digits = rest.substr(0, rest.find('.'));
    if (auto n = number(digits)) return n;
  }
  return std::nullopt;
}

struct Param {
  std::string_view raw;
  std::string key;    // folded
  std::string value;  // folded
};

}  // namespace

std::string_view trap_verdict_name(TrapVerdict verdict) {
  switch (verdict) {
    case TrapVerdict::Accept: return "accept";
    case TrapVerdict::Duplicate: return "duplicate";
    case TrapVerdict::Invalid: return "invalid";
    case TrapVerdict::TooLong: return "too-long";
    case TrapVerdict::TooManyParams: return "too-many-params";
    case TrapVerdict::TooDeep: return "too-deep";
    case TrapVerdict::RepeatedSegments: return "repeated-segments";
    case TrapVerdict::Calendar: return "calendar";
    case TrapVerdict::Search: return "search";
    case TrapVerdict::Pagination: return "pagination";
    case TrapVerdict::PatternBudget: return "pattern-budget";
  }
  return "invalid";
}

TrapGuard::TrapGuard(int reference_year, TrapLimits limits)
    : reference_year_(reference_year), limits_(limits) {}

TrapVerdict TrapGuard::classify(std::string_view text, std::vector<std::string>* pattern_keys,
                                bool* calendar) {
  if (accepted_.count(std::string(text))) return TrapVerdict::Duplicate;
  auto url = parse_url(text);
  if (!url || !url->has_authority || url->host.empty() ||
      (url->scheme != "http" && url->scheme != "https")) {
    return TrapVerdict::Invalid;
  }
  if (text.size() > limits_.max_url_length) return TrapVerdict::TooLong;

  std::vector<Param> params;
  for (auto raw : split(url->query, '&')) {
    size_t eq = raw.find('=');
    std::string_view value = eq == std::string_view::npos ? std::string_view() : raw.substr(eq + 1);
    params.push_back({raw, fold(raw.substr(0, eq)), fold(value)});
  }
  if (params.size() > limits_.max_query_params) return TrapVerdict::TooManyParams;

  std::vector<std::string> segments;
  for (auto raw : split(url->path, '/')) segments.push_back(fold(raw));
  if (segments.size() > limits_.max_path_depth) return TrapVerdict::TooDeep;

  // Repeated segments.
  std::unordered_map<std::string, int> seen;
  for (const auto& s : segments) {
    if (++seen[s] > limits_.max_segment_repeats) return TrapVerdict::RepeatedSegments;
  }
  for (size_t len = 1; len * 3 <= segments.size(); ++len) {
    for (size_t i = 0; i + 3 * len <= segments.size(); ++i) {
      bool repeated = true;
      for (size_t k = 0; k < 2 * len && repeated; ++k) {
        repeated = segments[i + k] == segments[i + k + len];
      }
      if (repeated) return TrapVerdict::RepeatedSegments;
    }
  }

  // Search result pages.
  for (const auto& s : segments) {
    if (is_search_segment(s)) return TrapVerdict::Search;
  }
  for (const auto& p : params) {
    if (is_search_key(p.key)) return TrapVerdict::Search;
    if (p.key == "op" && (p.value.starts_with("search") || p.value.starts_with("tim-kiem"))) {
      return TrapVerdict::Search;
    }
    if (p.key == "nv" && p.value == "seek") return TrapVerdict::Search;
  }

  // Endless pagination.
  for (size_t i = 0; i < segments.size(); ++i) {
    std::optional<long> page;
    if ((segments[i] == "page" || segments[i] == "trang") && i + 1 < segments.size()) {
      page = number(segments[i + 1]);
    }
    if (!page) page = page_in_segment(segments[i]);
    if (page && *page > limits_.max_page) return TrapVerdict::Pagination;
  }
  for (const auto& p : params) {
    if (!is_page_key(p.key)) continue;
    auto page = number(p.value);
    if (page && *page > limits_.max_page) return TrapVerdict::Pagination;
  }

  // Calendars and dated URLs.
  bool calendar_like = false;
  for (const auto& s : segments) calendar_like = calendar_like || is_calendar_segment(s);
  std::vector<long> years;
  for (const auto& p : params) {
    if (!is_calendar_key(p.key)) continue;
    calendar_like = true;
    for (auto run : digit_runs(p.value)) {
      if (run.size() == 4 && plausible_year(*number(run))) years.push_back(*number(run));
      if (run.size() == 8 && plausible_year(*number(run.substr(0, 4)))) {
        years.push_back(*number(run.substr(0, 4)));
      }
    }
  }
  for (size_t i = 0; i < segments.size(); ++i) {
    const auto& s = segments[i];
    if (auto y = date_year(s, calendar_like)) {
      years.push_back(*y);
    } else if (s.size() == 4 && all_digits(s) && plausible_year(*number(s)) &&
               i + 1 < segments.size() && segments[i + 1].size() <= 2 && all_digits(segments[i + 1]) &&
               plausible_month(*number(segments[i + 1]))) {
      years.push_back(*number(s));  // /2016/09/... (a news archive)
    }
  }
  if (!years.empty()) {
    int back = calendar_like ? limits_.calendar_years_back : limits_.years_back;
    int ahead = calendar_like ? limits_.calendar_years_ahead : limits_.years_ahead;
    for (long y : years) {
      if (y < reference_year_ - back || y > reference_year_ + ahead) return TrapVerdict::Calendar;
    }
    if (calendar_like) {
      if (calendar_urls_ >= limits_.max_calendar_urls) return TrapVerdict::Calendar;
      *calendar = true;
    }
  }

  // Per-pattern budget: URLs differing only in one parameter's value.
  std::string stem = url->scheme + "://" + url->authority() + url->path + "?";
  for (size_t i = 0; i < params.size(); ++i) {
    std::string key = stem;
    for (size_t j = 0; j < params.size(); ++j) {
      if (j) key += '&';
      if (j == i) {
        key += params[j].key;
        key += "=\x01";
      } else {
        key += params[j].raw;
      }
    }
    auto it = pattern_counts_.find(key);
    if (it != pattern_counts_.end() && it->second >= limits_.max_per_pattern) {
      return TrapVerdict::PatternBudget;
    }
    pattern_keys->push_back(std::move(key));
  }
  return TrapVerdict::Accept;
}

TrapVerdict TrapGuard::check(std::string_view normalized_url) {
  std::vector<std::string> keys;
  bool calendar = false;
  TrapVerdict verdict = classify(normalized_url, &keys, &calendar);
  if (verdict == TrapVerdict::Accept) {
    accepted_.insert(std::string(normalized_url));
    for (auto& k : keys) ++pattern_counts_[k];
    if (calendar) ++calendar_urls_;
  }
  ++counts_[static_cast<size_t>(verdict)];
  return verdict;
}

}  // namespace wt::audit
