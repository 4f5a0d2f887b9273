// Posts used on the sở portal (rubric criterion 3.1d of seed 000): a
// school's `portal: true` posts counted per year "tính từ 01 tháng 6 năm
// trước đến 30 tháng 5 năm sau", in the site's time zone.
//
// Taken literally, as the rubric (schemas/rubrics/vinh-phuc-2016-2017.yaml,
// ambiguity 6) reads it: a year runs from 1 June 00:00:00 to 30 May
// 23:59:59, and a post dated 31 May is in no year. `check` scores 3.1d
// from the current year; the portal exports every year (docs/portal.md).
//
//   auto years = wt::compliance::posts_used_by_year(dates, 7 * 60);
//   auto now = wt::compliance::posts_used_year(dates, now, 7 * 60);  // {from_year, count, since, until}
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace wt::compliance {

struct PostsUsed {
  int from_year = 0;        ///< counted from 1 June from_year to 30 May from_year + 1
  int count = 0;
  std::string since, until;  ///< "2025-06-01", "2026-05-30"
};

/// The year a post dated `epoch` counts in (its from_year), or 0 when it is
/// dated 31 May (in no year).
int posts_used_year_of(int64_t epoch, int tz_minutes);

/// The year `now` is in: the one that began on the last 1 June (on 31 May,
/// the one that ended the day before).
int current_posts_used_year(int64_t now, int tz_minutes);

/// Counts of `dates` per year, ascending by from_year; years without a post
/// are left out.
std::vector<PostsUsed> posts_used_by_year(const std::vector<int64_t>& dates, int tz_minutes);

/// The count of `dates` in the year `now` is in (posts after `now` are not
/// counted).
PostsUsed posts_used_now(const std::vector<int64_t>& dates, int64_t now, int tz_minutes);

}  // namespace wt::compliance
