// The waiting list of the ban biên tập: every page with `status: review`,
// since when it waits and for how many days, oldest first. `check` prints
// it (text and JSON) so that nothing waits for approval forgotten.
//
//   auto list = wt::compliance::waiting_list(facts.waiting, facts.now, facts.timezone_minutes);
//
// A page waits since its front matter `date`, else since its file was last
// changed; days are calendar days in the site's time zone between that day
// and today (0 for a page sent for review today, or dated in the future).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wt::compliance {

/// A page waiting for review, as the content tree found it.
struct WaitingFact {
  std::string source;            ///< "content/tin-tuc/a.md"
  std::string title;
  std::optional<int64_t> since;  ///< seconds since the epoch; nullopt: not known
  bool from_file = false;        ///< since = the file's modification time (no `date`)
};

/// One line of the waiting list.
struct Waiting {
  std::string file, title;
  std::string since;             ///< "20/11/2026"; empty when not known
  std::string since_iso;         ///< "2026-11-20"; empty when not known
  std::string dated_by;          ///< "date" (front matter) | "file" (modification time) | "" (not known)
  int days = -1;                 ///< days waited; -1 when not known
};

/// The waiting list, oldest first; pages whose date is not known last, by file.
std::vector<Waiting> waiting_list(const std::vector<WaitingFact>& facts, int64_t now, int tz_minutes);

}  // namespace wt::compliance
