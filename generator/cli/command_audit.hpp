// `webtruong audit URL... [options]`: crawls live school websites and scores
// them against a rubric (product.md "The audit").
#pragma once

#include <string>
#include <vector>

namespace wt::cli {

int command_audit(const std::vector<std::string>& args);

}  // namespace wt::cli
