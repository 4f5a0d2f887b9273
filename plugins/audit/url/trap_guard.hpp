// Crawler traps: decides, URL by URL, whether a normalised URL may go into
// the frontier, so that a crawl of a hostile or merely odd site ends. It
// rejects
//   - repeated path segments: the same segment 3 times or more, or a run of
//     segments repeated 3 times in a row (a/b/a/b/a/b), and paths deeper
//     than max_path_depth (relative-link loops, Heritrix's PathologicalPath);
//   - URLs longer than max_url_length or with more than max_query_params
//     query parameters;
//   - calendars: a URL carrying a date (year/month/day path segments such as
//     /2031/05/, or a date-like query value) whose year lies outside the
//     window around reference_year; on a calendar-like URL (a "calendar",
//     "lich..." or "events" segment, or a month=/year=/date=/day=/week= query)
//     the window is narrow and such URLs share a budget;
//   - search result pages (?q=, ?s=, ?keyword=, /search, /tim-kiem,
//     op=search, NukeViet's nv=seek), which are skipped but counted;
//   - pagination beyond max_page (page=N, paged=N, /page/N/, /trang/N/,
//     page-N);
//   - more than max_per_pattern URLs that differ only in the value of one
//     query parameter (checked for each parameter).
// Ordinary query URLs pass: NukeViet's index.php?nv=news&op=<article> pages
// differ only in op, which is why the per-pattern budget is generous.
// Nothing here reads the clock: the caller gives the reference year.
//
//   TrapGuard guard(2024);
//   if (guard.check(url) == TrapVerdict::Accept) frontier.push(url);
//   guard.count(TrapVerdict::Search)  // search pages seen and skipped
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace wt::audit {

struct TrapLimits {
  size_t max_url_length = 2000;
  size_t max_query_params = 12;
  size_t max_path_depth = 20;
  int max_segment_repeats = 2;      ///< One segment may appear this many times.
  long max_page = 500;              ///< Highest page number followed.
  int years_back = 30;              ///< Dated URLs (news archives) window.
  int years_ahead = 1;
  int calendar_years_back = 1;      ///< Window on calendar-like URLs.
  int calendar_years_ahead = 1;
  size_t max_calendar_urls = 100;   ///< Dated calendar-like URLs accepted.
  size_t max_per_pattern = 1000;    ///< URLs differing in one query value.
};

enum class TrapVerdict {
  Accept,
  Duplicate,  ///< Already accepted once.
  Invalid,    ///< Not a parseable http(s) URL.
  TooLong,
  TooManyParams,
  TooDeep,
  RepeatedSegments,
  Calendar,
  Search,
  Pagination,
  PatternBudget,
};
inline constexpr size_t kTrapVerdictCount = 11;

// A stable name for reports: "accept", "duplicate", "too-long",
// "too-many-params", "too-deep", "repeated-segments", "calendar", "search",
// "pagination", "pattern-budget", "invalid".
std::string_view trap_verdict_name(TrapVerdict verdict);

class TrapGuard {
 public:
  explicit TrapGuard(int reference_year, TrapLimits limits = {});

  // Classifies a normalised URL; on Accept the URL is recorded (it counts
  // against the budgets, and a second check returns Duplicate).
  TrapVerdict check(std::string_view normalized_url);

  // How many checks returned `verdict`.
  size_t count(TrapVerdict verdict) const { return counts_[static_cast<size_t>(verdict)]; }

  const TrapLimits& limits() const { return limits_; }

 private:
  TrapVerdict classify(std::string_view url, std::vector<std::string>* pattern_keys, bool* calendar);

  int reference_year_;
  TrapLimits limits_;
  std::array<size_t, kTrapVerdictCount> counts_{};
  std::unordered_set<std::string> accepted_;
  std::unordered_map<std::string, size_t> pattern_counts_;
  size_t calendar_urls_ = 0;
};

}  // namespace wt::audit
