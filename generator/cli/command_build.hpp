// `webtruong build [DIR] [-o OUT] [--drafts] [--future] [--strict]
//  [--base-url URL] [-j N]`: builds a site folder into static files.
#pragma once

#include <string>
#include <vector>

namespace wt::cli {

int command_build(const std::vector<std::string>& args);

}  // namespace wt::cli
