// `webtruong serve [DIR] [--port N] [--bind ADDR] [--drafts] [-j N]`:
// builds the site into memory, serves it on 127.0.0.1, rebuilds what an
// edit changed and reloads the open pages (generator/serve/).
#pragma once

#include <string>
#include <vector>

namespace wt::cli {

int command_serve(const std::vector<std::string>& args);

}  // namespace wt::cli
