// `webtruong portal build [PORTAL_DIR] [-o OUT] [--shard K/N] [-j N] [--db FILE]
//  [--base-url URL]` and `webtruong portal merge -o OUT SHARD_OUT...`: every
// member site of a sở's portal.yaml plus the portal's own pages
// (portal/portal_build.hpp, docs/portal.md); `webtruong portal nginx` is
// cli/command_portal_nginx.hpp.
#pragma once

#include <string>
#include <vector>

namespace wt::cli {

int command_portal(const std::vector<std::string>& args);

}  // namespace wt::cli
