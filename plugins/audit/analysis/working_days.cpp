#include "audit/analysis/working_days.hpp"

#include <cstdint>

#include "core/date.hpp"

namespace wt::audit {

std::optional<int> working_days_between(std::string_view from, std::string_view to) {
  auto a = parse_date(from, 0), b = parse_date(to, 0);
  if (!a || !b) return std::nullopt;
  const int64_t day_a = a->epoch() / 86400, day_b = b->epoch() / 86400;
  if (day_b < day_a) {
    auto back = working_days_between(to, from);
    return back ? std::optional<int>(-*back) : std::nullopt;
  }
  // 1970-01-01 was a Thursday: weekday 0 = Monday.
  auto weekday = [](int64_t day) { return static_cast<int>(((day % 7) + 7 + 3) % 7); };
  int count = 0;
  for (int64_t d = day_a + 1; d <= day_b; ++d)
    if (weekday(d) < 5) ++count;
  return count;
}

}  // namespace wt::audit
