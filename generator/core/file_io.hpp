// Reading whole files: the one place that turns a path into bytes.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace wt {

/// The file's bytes, or nullopt when it cannot be read.
std::optional<std::string> read_file(const std::filesystem::path& path);

}  // namespace wt
