// copy_file_to: one file copied as it is (a static file published into the
// output), by copy_file_range(2) where the file systems allow it (the
// kernel may clone or share the blocks), else by reads and writes. Used by
// both writers of the output folder (output_writer.hpp, incremental_writer.hpp).
//
//   if (!wt::output::copy_file_to("/site/static/a.pdf", tmp / "a.pdf", sink)) return false;
#pragma once

#include <filesystem>

#include "core/diagnostic.hpp"

namespace wt::output {

/// Copies the regular file `src` to `dest` (created or truncated; a link
/// there is not followed). Reports the file's read error or output.copy at
/// `src` and returns false when it fails.
bool copy_file_to(const std::filesystem::path& src, const std::filesystem::path& dest, DiagnosticSink& sink);

}  // namespace wt::output
