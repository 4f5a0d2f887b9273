// `webtruong nginx [SITE_DIR] [-o FILE] [--out PUBLIC_DIR] [--server-name HOST]
//  [--listen ADDR] [--base-url URL]`: prints (or writes) the nginx
// configuration that serves one built site (hosting/site_hosting.hpp).
#pragma once

#include <string>
#include <vector>

namespace wt::cli {

int command_nginx(const std::vector<std::string>& args);

}  // namespace wt::cli
