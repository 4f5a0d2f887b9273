// `webtruong portal nginx [PORTAL_DIR] [-o FILE] [--out OUT] [--listen ADDR]
// [--server-name HOST] [--base-url URL]`: the nginx configuration of a
// built portal (hosting/portal_hosting.hpp, docs/hosting.md).
#pragma once

#include <string>
#include <vector>

namespace wt::cli {

int command_portal_nginx(const std::vector<std::string>& args);

}  // namespace wt::cli
