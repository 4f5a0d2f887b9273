// PortalState: what an incremental portal build needs to know of each
// member it may skip, in one file of the portal's output
// (OUT/.webtruong/portal-state, never published), instead of one JSON file
// per member folder.
//
// For each member folder ("www/<path>/" or "hosts/<host>/") it keeps the
// slug, the fingerprint of the member's inputs (member_fingerprint.hpp),
// the stamp of the member's build cache when its report was made, and its
// MemberReport in a compact binary encoding (encode_member_report): a
// member whose fingerprint is unchanged contributes these bytes as they
// are, and they are decoded without any parsing of text.
//
// The file is versioned by its first line and closed by a checksum of
// everything before it:
//
//   webtruong portal state 1\n
//   <u32 count> then per member: <str folder> <str slug> <str fingerprint>
//                                <u64 cache size> <i64 cache mtime ns>
//                                <u32 n> <str racy file> x n   <str report>
//   checksum <32 hex>\n
//
// (<str> is a u32 length and the bytes; integers little-endian.) A file
// that is missing, of another version, truncated or with a wrong checksum
// is ignored as a whole (decode_portal_state says why): every member is
// then built by its own incremental build. A kept report that does not
// decode makes its member built again.
//
//   PortalState s = read_portal_state(out_dir).value_or(PortalState{});
//   if (auto* e = s.find("www/thcs-a/"); e && e->fingerprint == fp.hex()) ...
//   write: encode_portal_state(s) as one of the portal's outputs (kStatePath)
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "output/build_cache.hpp"
#include "portal/portal_report.hpp"

namespace wt::portal {

/// The state file, relative to the portal's output folder.
inline constexpr const char* kStatePath = ".webtruong/portal-state";

struct MemberStateEntry {
  std::string slug;
  std::string fingerprint;  ///< ContentHash::hex() of its inputs; "" when it must not be trusted
  output::FileStamp cache;  ///< of the member's build cache when its report was made
  std::vector<std::string> racy;  ///< files whose contents the fingerprint covers (member_fingerprint.hpp)
  std::string report;       ///< encode_member_report(its report)
  bool operator==(const MemberStateEntry&) const = default;
};

struct PortalState {
  std::map<std::string, MemberStateEntry> members;  ///< by member folder ("www/<path>/", "hosts/<host>/")
  bool operator==(const PortalState&) const = default;
};

/// The compact binary form of a member's report, and back (nullopt when the
/// bytes are not a whole report of this encoding).
std::string encode_member_report(const MemberReport& report);
std::optional<MemberReport> decode_member_report(std::string_view bytes);

std::string encode_portal_state(const PortalState& state);
/// nullopt, with `why` ("its checksum is wrong", ...), when `bytes` is not a
/// whole state file of this version.
std::optional<PortalState> decode_portal_state(std::string_view bytes, std::string* why);

/// The state in `out_dir` (its kStatePath), nullopt when missing or refused.
std::optional<PortalState> read_portal_state(const std::filesystem::path& out_dir, std::string* why = nullptr);

}  // namespace wt::portal
