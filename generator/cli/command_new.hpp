// `webtruong new DIR --type TYPE --name "..." [--province P] [--base-url URL]`:
// writes a complete site for the school type into DIR (which must not exist
// or be empty), every required section and data file filled with
// "[CẦN ĐIỀN: ...]" placeholders for the editors. Exit status 0 on success,
// 1 when DIR is not empty or cannot be written, 2 for bad usage.
#pragma once

#include <string>
#include <vector>

namespace wt::cli {

int command_new(const std::vector<std::string>& args);

}  // namespace wt::cli
