#include "compliance/waiting_list.hpp"

#include <algorithm>
#include <tuple>

#include "core/date.hpp"

namespace wt::compliance {
namespace {

// Days from 1970-01-01 of the calendar day of `d` (its own fields).
int64_t day_number(const DateTime& d) {
  DateTime midnight{d.year, d.month, d.day, 0, 0, 0, 0, false};
  return midnight.epoch() / 86400;
}

}  // namespace

std::vector<Waiting> waiting_list(const std::vector<WaitingFact>& facts, int64_t now, int tz_minutes) {
  struct Keyed {
    Waiting w;
    int64_t since;
  };
  std::vector<Keyed> keyed;
  const int64_t today = day_number(from_epoch(now, tz_minutes));
  for (const auto& f : facts) {
    Keyed k{{f.source, f.title, "", "", "", -1}, INT64_MAX};
    if (f.since) {
      const DateTime d = from_epoch(*f.since, tz_minutes);
      k.w.since = format_vn_date(d);
      k.w.since_iso = format_iso_date(d);
      k.w.dated_by = f.from_file ? "file" : "date";
      k.w.days = static_cast<int>(std::max<int64_t>(0, today - day_number(d)));
      k.since = *f.since;
    }
    keyed.push_back(std::move(k));
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    return std::tie(a.since, a.w.file) < std::tie(b.since, b.w.file);
  });
  std::vector<Waiting> out;
  for (auto& k : keyed) out.push_back(std::move(k.w));
  return out;
}

}  // namespace wt::compliance
