// Small helpers shared by the modules that read YAML (config, content):
// turning a yaml-cpp Mark into a wt::Position in the user's file.
#pragma once
#include <string>

#include "core/diagnostic.hpp"

namespace wt {

/// Position of a yaml-cpp mark (0-based line, byte column) inside `text`,
/// which starts at line `line_offset` + 1 of `file`.
Position yaml_position(const std::string& file, const std::string& text, int mark_line, int mark_column,
                       int line_offset = 0);

}  // namespace wt
