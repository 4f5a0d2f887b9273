// Writing an imported data file: never over an existing file unless asked,
// and atomically (a temporary file in the same folder, then a rename), so a
// reader never sees half a file and a failed write leaves nothing behind.
//
//   if (!write_data_file("data/khoan-thu/2025-2026.yaml", yaml, force, sink)) return 1;
#pragma once

#include <filesystem>
#include <string>

#include "core/diagnostic.hpp"

namespace wt::importer {

/// Writes `text` to `path`, creating its folder. Without `force`, an
/// existing file is an error and is left as it was. "-" is the standard
/// output; a device or named pipe is written to, never replaced.
bool write_data_file(const std::filesystem::path& path, const std::string& text, bool force, DiagnosticSink& sink);

}  // namespace wt::importer
