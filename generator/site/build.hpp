// build_site: one whole build of a school site, in the order of its phases:
//
//   load      site/load_site.hpp     configuration, theme, content, data, regulations, Markdown
//   validate  site/validate.hpp      layouts, menus, --strict compliance
//   plan      site/build_plan.hpp    every output with its kind and inputs; no two at one path
//   render    site/render_output.hpp every planned output, in parallel on the pool ...
//   write     output/                ... each written (or copied) as soon as it is rendered
//
// No phase reaches back into an earlier one. Plugins see the build through
// their build hooks (plugin/plugin.hpp): content loaded, each output
// rendered, build finished.
//
//   wt::ThreadPool pool(wt::default_jobs());
//   wt::site::BuildOptions opt;
//   opt.site_dir = "site.example"; opt.out_dir = "site.example/public";
//   wt::DiagnosticSink sink;
//   wt::site::BuildReport report;
//   bool ok = wt::site::build_site(opt, wt::real_file_system(), pool, sink, &report);
//
// The output is written to a temporary folder and swapped into place only
// when the build has no error; otherwise the previous output is untouched.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "core/content_hash.hpp"
#include "core/diagnostic.hpp"
#include "site/build_plan.hpp"
#include "site/load_site.hpp"

namespace wt {
class FileSystem;
class ThreadPool;
}  // namespace wt

namespace wt::output {
class OutputWriter;
}

namespace wt::plugin {
class Plugin;
}

namespace wt::site {

struct BuildOptions {
  std::filesystem::path site_dir = ".";
  std::filesystem::path out_dir;       ///< default: site_dir/public
  bool drafts = false;
  bool future = false;
  bool strict = false;                 ///< warnings count as errors
  std::string base_url;                ///< overrides site.yaml's base_url
  int64_t now = 0;                     ///< 0: the clock (or $SOURCE_DATE_EPOCH)
  std::vector<std::filesystem::path> theme_dirs;  ///< where installed themes live; empty: the defaults
  std::vector<plugin::Plugin*> plugins;           ///< whose build hooks are called (not owned)
};

struct BuildReport {
  size_t pages = 0;          ///< HTML pages rendered
  size_t files = 0;          ///< all files written or copied
  size_t drafts_skipped = 0, future_skipped = 0, expired_skipped = 0;
  double seconds = 0;
  /// Wall time of each phase, in execution order ("config and theme", ..., "plan", ...).
  std::vector<std::pair<std::string, double>> phases;
  std::filesystem::path out_dir;
  /// Set when a failed build could put neither the new output nor the
  /// previous one back in place: where the previous output now is.
  std::filesystem::path previous_output_moved_to;
};

/// One output as the build wrote it.
struct WrittenOutput {
  const PlannedOutput* output = nullptr;
  bool written = false;  ///< false when it failed (reported)
  size_t size = 0;       ///< bytes; 0 for static copies
};

/// The LoadRequest of a build with these options.
LoadRequest load_request(const BuildOptions& options);

/// Builds to disk, atomically: the site is read from `files`, work runs on
/// `pool`. Returns false (and leaves the previous output) when any error
/// was reported.
bool build_site(const BuildOptions& options, const FileSystem& files, ThreadPool& pool, DiagnosticSink& sink,
                BuildReport* report);

/// Builds into `writer` (memory: tests, the dev server). Returns false on any error.
bool build_site_to(const BuildOptions& options, const FileSystem& files, ThreadPool& pool,
                   output::OutputWriter& writer, DiagnosticSink& sink, BuildReport* report);

/// Renders every output of `plan` on `pool` and writes it to `writer`,
/// calling the plugins' on_page_rendered hooks. One WrittenOutput per
/// planned output, in plan order.
std::vector<WrittenOutput> render_and_write(const LoadedSite& site, const BuildPlan& plan, ThreadPool& pool,
                                            output::OutputWriter& writer, const std::vector<plugin::Plugin*>& plugins,
                                            DiagnosticSink& sink);

}  // namespace wt::site
