// Where a build may write its output folder.
//
// The output folder is replaced as a whole at every build, so it must not
// be a folder the build reads or one that holds the site: the site folder
// itself, a folder above it, or anything inside content/, data/, static/,
// layouts/, partials/ or themes/ (an output inside static/ would be copied
// into the next output, which nests deeper at every build). The default
// DIR/public, and any other folder of the site, are allowed. Links are
// resolved before comparing, so a link cannot slip the output inside.
//
//   if (!check_output_location(out_dir, site_dir, sink)) return false;
#pragma once

#include <filesystem>

#include "core/diagnostic.hpp"

namespace wt::output {

/// True when `out_dir` may be replaced by a build of the site in
/// `site_dir`; otherwise an error (output.location) naming the folder.
bool check_output_location(const std::filesystem::path& out_dir, const std::filesystem::path& site_dir,
                           DiagnosticSink& sink);

/// `path` made absolute with every existing link resolved ("a/b/../c" and
/// missing tails kept as written, normalised).
std::filesystem::path resolved_path(const std::filesystem::path& path);

}  // namespace wt::output
