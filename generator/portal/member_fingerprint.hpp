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
// input is what the member's own incremental build does): a member whose
// file changed with neither its size nor its times changing would be
// skipped, which a real edit cannot do.
//
// What the portal needs of a member it skips is its MemberReport, kept
// with the fingerprint in the member's folder (kMemberStateFile, never
// published) together with the stamp of the member's build cache: a folder
// changed since (another build, a copy by `portal merge`) no longer
// matches and the member is built again.
//
//   const std::string shared = shared_inputs_stamp(theme_dirs);
//   ContentHash fp = member_fingerprint(m, url, portal, shared, now);
//   if (auto s = read_member_state(folder); s && s->fingerprint == fp.hex() && ...) skip;
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/content_hash.hpp"
#include "output/build_cache.hpp"
#include "portal/portal_config.hpp"
#include "portal/portal_report.hpp"

namespace wt::portal {

/// In a member's published folder: its fingerprint, cache stamp and report.
inline constexpr const char* kMemberStateFile = ".webtruong/portal-member.json";

/// The stamp of every member's shared inputs: the build id, the themes of
/// `theme_dirs` (empty: the installed ones) and the regulation schemas.
std::string shared_inputs_stamp(const std::vector<std::filesystem::path>& theme_dirs);

/// The fingerprint of `m`'s inputs when published at `url`; nullopt when it
/// cannot be trusted (its folder cannot be listed, or holds a link to a folder).
std::optional<ContentHash> member_fingerprint(const PortalMember& m, const std::string& url, const PortalConfig& portal,
                                              const std::string& shared, int64_t now);

struct MemberState {
  std::string fingerprint;   ///< ContentHash::hex()
  output::FileStamp cache;   ///< of the member's build cache when the report was made
  MemberReport report;
};

/// The state kept in `folder`, nullopt when missing or unreadable.
std::optional<MemberState> read_member_state(const std::filesystem::path& folder);

/// Writes it (a temporary file renamed into place). false when it could not.
bool write_member_state(const std::filesystem::path& folder, const MemberState& state);

}  // namespace wt::portal
