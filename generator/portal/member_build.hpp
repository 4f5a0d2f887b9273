// build_member: one member site of a portal, built where the portal
// publishes it, and what the portal learns of it (its MemberReport).
//
// The member is built as `webtruong build` builds it (site::build_site,
// incremental when its folder holds a build cache it can trust, with the
// base URL of where it is published: the portal's base URL plus its path,
// or https://<host>/) straight into its folder of the portal's output
// ("www/<slug>/" or "hosts/<host>/"): only its changed files are replaced,
// under its own journal, and a failed build leaves the folder as it was.
// Its facts come from the site its build loaded (the content and data
// `webtruong check` reads: the member is loaded once), checked against the
// portal's rubric, so a member's `check` and its line on the dashboard
// agree. A member whose fingerprint (member_fingerprint.hpp) is the one
// the portal's state file kept for its folder (portal_state.hpp) is not
// built at all: its kept report is returned, and its kept entry is the next.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "portal/portal_config.hpp"
#include "portal/portal_report.hpp"
#include "portal/portal_state.hpp"

namespace wt {
class ThreadPool;
}

namespace wt::portal {

struct MemberOptions {
  int64_t now = 0;                                ///< the portal build's clock
  std::vector<std::filesystem::path> theme_dirs;  ///< empty: the installed themes
  bool full = false;                              ///< build it in full, whatever its folder keeps
  std::string shared;                             ///< shared_inputs_stamp(theme_dirs)
};

/// How a member's build went, beside its report.
struct MemberBuildInfo {
  bool skipped = false;      ///< its inputs had not changed: nothing was built
  bool incremental = false;  ///< built by an incremental build
  size_t files = 0;          ///< files its build wrote
  /// What the portal's state file keeps of it next; slug "" when nothing
  /// (not built, or its fingerprint could not be taken).
  MemberStateEntry state;
};

/// Where a member's output goes inside the portal's output folder:
/// "www/<path>/" or "hosts/<host>/".
std::string member_prefix(const PortalMember& m);

/// Its home page as published: base_url + path, or "https://<host>/".
std::string member_url(const PortalMember& m, const PortalConfig& portal);

/// Builds `m` into `folder` (its member_prefix(m) in the output being
/// made). Returns its report: built, or not built with its diagnostics
/// ("file:line:col: error: ...", files as the member's site folder names
/// them, sorted), and the folder left as it was. `kept`: what the portal's
/// state file kept for this folder, if anything.
MemberReport build_member(const PortalMember& m, const PortalConfig& portal, const MemberOptions& options,
                          ThreadPool& pool, const std::filesystem::path& folder, MemberBuildInfo* info = nullptr,
                          const MemberStateEntry* kept = nullptr);

}  // namespace wt::portal
