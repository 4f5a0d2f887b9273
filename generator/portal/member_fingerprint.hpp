// The fast path of an incremental portal build: a member whose inputs did
// not change since the build that published its folder is not built again.
//
// Its fingerprint hashes what its build reads and where it is published:
// the name, size, modification and change times of every file of its
// source folder (its own public/ and build leftovers left out), the same of
// the installed themes and regulation schemas, this webtruong's build id,
// its portal.yaml entry, its address, the portal's rubric and the day
// (Vietnam time) of the build's clock: what a member's pages and its check
// say of "now" (posts per week, the school year) is refreshed by the first
// build of each day. The fingerprint is not of the bytes (reading every
// input is what the member's own incremental build does), with one
// exception: files stamped (modified or changed) less than kRacyMarginNs
// (2 s) before the fingerprint was taken, or later: such a file could
// be written again within the same tick of the file system's clock without
// its stamps changing (git's "racily clean" entries), so its contents are
// hashed into the fingerprint too, and the portal keeps its name
// (Fingerprint::racy) so that the next build hashes its contents again.
// Unchanged files that are old enough are never read.
//
// What the portal needs of a member it skips is its MemberReport, kept
// with the fingerprint in the portal's state file (portal_state.hpp)
// together with the stamp of the member's build cache: a folder changed
// since (another build, a copy by `portal merge`) no longer matches and the
// member is built again.
//
//   const std::string shared = shared_inputs_stamp(theme_dirs);
//   ContentHash now_;
//   auto fp = member_fingerprint(m, url, portal, shared, now, kept.racy, wall_clock_ns(), &now_);
//   if (fp && now_.hex() == kept.fingerprint && ...) skip;   // else build, keep *fp
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/content_hash.hpp"
#include "portal/portal_config.hpp"

namespace wt::portal {

/// Files stamped this close to the fingerprint (or later) are hashed by content.
inline constexpr int64_t kRacyMarginNs = 2'000'000'000;

/// The stamp of every member's shared inputs: the build id, the themes of
/// `theme_dirs` (empty: the installed ones) and the regulation schemas.
std::string shared_inputs_stamp(const std::vector<std::filesystem::path>& theme_dirs);

struct Fingerprint {
  ContentHash hash;
  std::vector<std::string> racy;  ///< files (relative to the source folder, sorted) whose contents it covers
  bool operator==(const Fingerprint&) const = default;
};

/// The real clock in nanoseconds, as file stamps are.
int64_t wall_clock_ns();

/// The fingerprint of `m`'s inputs when published at `url`, taken at
/// `clock_ns` (what to keep: covering the contents of every file stamped
/// within kRacyMarginNs of `clock_ns`), and in `compare` the same covering
/// the contents of `recheck` too (the racy files of the kept fingerprint it
/// is compared with: equal to it when nothing changed). nullopt when it
/// cannot be trusted (the folder cannot be listed, or holds a link to a folder).
std::optional<Fingerprint> member_fingerprint(const PortalMember& m, const std::string& url, const PortalConfig& portal,
                                              const std::string& shared, int64_t now,
                                              const std::vector<std::string>& recheck, int64_t clock_ns,
                                              ContentHash* compare = nullptr);

}  // namespace wt::portal
