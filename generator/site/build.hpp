// build_site: one whole build of a school site, in the order of its phases:
// config -> theme -> content -> markdown -> views and templates -> write.
// No phase reaches back into an earlier one.
//
//   wt::site::BuildOptions opt;
//   opt.site_dir = "site.example"; opt.out_dir = "site.example/public";
//   wt::DiagnosticSink sink;
//   wt::site::BuildReport report;
//   bool ok = wt::site::build_site(opt, sink, &report);
//
// The output is written to a temporary folder and swapped into place only
// when the build has no error; otherwise the previous output is untouched.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostic.hpp"

namespace wt::output {
class OutputWriter;
}

namespace wt::site {

struct BuildOptions {
  std::filesystem::path site_dir = ".";
  std::filesystem::path out_dir;       ///< default: site_dir/public
  bool drafts = false;
  bool future = false;
  bool strict = false;                 ///< warnings count as errors
  std::string base_url;                ///< overrides site.yaml's base_url
  int jobs = 0;                        ///< 0: one per core
  int64_t now = 0;                     ///< 0: the clock (or $SOURCE_DATE_EPOCH)
  std::vector<std::filesystem::path> theme_dirs;  ///< where installed themes live; empty: the defaults
};

struct BuildReport {
  size_t pages = 0;          ///< HTML pages rendered
  size_t files = 0;          ///< all files written or copied
  size_t drafts_skipped = 0, future_skipped = 0, expired_skipped = 0;
  double seconds = 0;
  /// Wall time of each phase, in execution order ("content", "markdown", ...).
  std::vector<std::pair<std::string, double>> phases;
  std::filesystem::path out_dir;
  /// Set when a failed build could put neither the new output nor the
  /// previous one back in place: where the previous output now is.
  std::filesystem::path previous_output_moved_to;
};

/// Builds to disk, atomically. Returns false (and leaves the previous output)
/// when any error was reported.
bool build_site(const BuildOptions& options, DiagnosticSink& sink, BuildReport* report);

/// Builds into `writer` (memory, tests). Returns false on any error.
bool build_site_to(const BuildOptions& options, output::OutputWriter& writer, DiagnosticSink& sink,
                   BuildReport* report);

/// Directories searched for installed themes, in order.
std::vector<std::filesystem::path> default_theme_dirs();

}  // namespace wt::site
