// `webtruong check [DIR] [--format text|json] [--strict]`: validates the
// site and reports each requirement of its rule sets as ok / missing /
// stale / not applicable, the posting frequency, the projected rubric score
// and the pages waiting for review. Writes nothing. Exit status 0 when
// everything applicable is ok, 1 when the input has errors (with --strict:
// or warnings) or something is missing or stale, 2 for bad usage.
#pragma once

#include <string>
#include <vector>

namespace wt::cli {

int command_check(const std::vector<std::string>& args);

}  // namespace wt::cli
