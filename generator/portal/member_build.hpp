// build_member: one member site of a portal, built where the portal
// publishes it, and what the portal learns of it (its MemberReport).
//
// The member is built as `webtruong build` builds it (site::build_site_to,
// with the base URL of where it is published: the portal's base URL plus
// its path, or https://<host>/), into memory first; only a build without
// error is handed to the portal's writer, under `prefix` ("www/<slug>/" or
// "hosts/<host>/"). Its facts come from the load `webtruong check` does,
// checked against the portal's rubric, so a member's `check` and its line
// on the dashboard agree. A failed member hands nothing to the writer: the
// portal keeps its previously published folder (portal_build.cpp).
//
// This is the one function a portal calls per member; switch it to an
// incremental build here.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "portal/portal_config.hpp"
#include "portal/portal_report.hpp"

namespace wt {
class ThreadPool;
}
namespace wt::output {
class OutputWriter;
}

namespace wt::portal {

struct MemberOptions {
  int64_t now = 0;                                ///< the portal build's clock
  std::vector<std::filesystem::path> theme_dirs;  ///< empty: the installed themes
};

/// Where a member's output goes inside the portal's output folder:
/// "www/<path>/" or "hosts/<host>/".
std::string member_prefix(const PortalMember& m);

/// Its home page as published: base_url + path, or "https://<host>/".
std::string member_url(const PortalMember& m, const PortalConfig& portal);

/// Builds `m` and writes its files under member_prefix(m) in `writer` when
/// the build has no error. Returns its report: built, or not built with
/// its diagnostics ("file:line:col: error: ...", files as the member's site
/// folder names them, sorted).
MemberReport build_member(const PortalMember& m, const PortalConfig& portal, const MemberOptions& options,
                          ThreadPool& pool, output::OutputWriter& writer);

}  // namespace wt::portal
