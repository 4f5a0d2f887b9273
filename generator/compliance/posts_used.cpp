#include "compliance/posts_used.hpp"

#include <map>

#include "core/date.hpp"

namespace wt::compliance {
namespace {

PostsUsed year_named(int from_year) {
  PostsUsed p;
  p.from_year = from_year;
  p.since = std::to_string(from_year) + "-06-01";
  p.until = std::to_string(from_year + 1) + "-05-30";
  return p;
}

}  // namespace

int posts_used_year_of(int64_t epoch, int tz) {
  const DateTime d = from_epoch(epoch, tz);
  if (d.month == 5 && d.day == 31) return 0;
  return d.month >= 6 ? d.year : d.year - 1;
}

int current_posts_used_year(int64_t now, int tz) {
  const DateTime d = from_epoch(now, tz);
  return d.month >= 6 ? d.year : d.year - 1;
}

std::vector<PostsUsed> posts_used_by_year(const std::vector<int64_t>& dates, int tz) {
  std::map<int, int> counts;
  for (int64_t d : dates)
    if (int y = posts_used_year_of(d, tz)) ++counts[y];
  std::vector<PostsUsed> out;
  for (const auto& [year, n] : counts) {
    out.push_back(year_named(year));
    out.back().count = n;
  }
  return out;
}

PostsUsed posts_used_now(const std::vector<int64_t>& dates, int64_t now, int tz) {
  PostsUsed p = year_named(current_posts_used_year(now, tz));
  for (int64_t d : dates)
    if (d <= now && posts_used_year_of(d, tz) == p.from_year) ++p.count;
  return p;
}

}  // namespace wt::compliance
