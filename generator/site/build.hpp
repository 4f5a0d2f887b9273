// build_site: one build of a school site, in the order of its phases:
//
//   load      site/load_site.hpp      configuration, theme, content, data, regulations, Markdown
//   validate  site/validate.hpp       layouts, menus, --strict compliance
//   plan      site/build_plan.hpp     every output with its kind and inputs; no two at one path
//   render    site/render_changed.hpp the planned outputs whose inputs changed, in parallel on the pool ...
//   write     output/                 ... each written (or copied) when its bytes changed
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
// On disk a build is incremental when the output folder holds a build
// cache it can trust (output/build_cache.hpp): only outputs whose inputs
// changed are rendered, only files whose bytes changed are replaced, one
// by one under a journal (output/incremental_writer.hpp), and outputs no
// longer planned are removed; unchanged files are not touched. Otherwise
// (no output yet, no cache, a cache of another webtruong or one that does
// not match the folder, or `full`) it is a full build: the output is
// written to a temporary folder and swapped into place whole. Either way
// the output changes only when the build has no error. The portal calls
// build_site for each member (out_dir = its folder of the portal's output,
// base_url = its address); the dev server keeps OutputStates in memory and
// calls render_changed itself.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
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
  bool full = false;                   ///< ignore the build cache: a full build (--full)
  std::string build_id;                ///< empty: this binary's (version/build_info.hpp); tests set others
  /// Called once the site is loaded and validated, before it is planned:
  /// the portal reads each member's facts from the site its build loaded
  /// instead of loading it a second time.
  std::function<void(const LoadedSite&)> loaded;
  /// Test seam of incremental builds: output::IncrementalWriterOptions::after_step.
  std::function<bool(size_t steps_done)> after_commit_step;
};

struct BuildReport {
  size_t pages = 0;          ///< HTML pages rendered
  size_t files = 0;          ///< files written or copied (a full build: all, with the marker file)
  size_t drafts_skipped = 0, review_skipped = 0, future_skipped = 0, expired_skipped = 0;
  /// What `check` finds missing or stale, by requirement id (the build's one-line summary).
  std::vector<std::string> missing_requirements, stale_requirements;
  double seconds = 0;
  /// Wall time of each phase, in execution order ("config and theme", ..., "plan", ...).
  std::vector<std::pair<std::string, double>> phases;
  std::filesystem::path out_dir;
  bool incremental = false;  ///< true: only what changed was rendered and written
  std::string full_reason;   ///< why a disk build was a full one: "there is no build cache", ...
  bool cache_refused = false;  ///< a cache was there but could not be trusted (full_reason says why)
  size_t rendered = 0;       ///< outputs rendered (or copied) again
  size_t removed = 0;        ///< outputs removed (no longer planned)
  size_t unchanged = 0;      ///< outputs whose file was not touched
  size_t markdown_rendered = 0, markdown_reused = 0;  ///< page bodies rendered, and taken from the cache
  size_t files_parsed = 0, files_reused = 0;  ///< content files parsed, and taken from the cache (site/page_cache.hpp)
  size_t files_stat_trusted = 0;              ///< input files known unchanged by their stat alone (not read)
  /// Set when an incremental build failed while it replaced files: the
  /// output is partly changed; the next build completes it from the journal.
  bool output_partly_changed = false;
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

/// Builds to disk (incrementally when it can, see above): the site is read
/// from `files`, work runs on `pool`. Returns false (and leaves the
/// previous output) when any error was reported.
bool build_site(const BuildOptions& options, const FileSystem& files, ThreadPool& pool, DiagnosticSink& sink,
                BuildReport* report);

/// Builds into `writer` (memory: tests, the dev server). Returns false on any error.
bool build_site_to(const BuildOptions& options, const FileSystem& files, ThreadPool& pool,
                   output::OutputWriter& writer, DiagnosticSink& sink, BuildReport* report);

/// What goes into every cache key besides the inputs (site/plan_inputs.hpp):
/// the build id and the settings that change outputs without being inputs.
std::string cache_salt(const BuildOptions& options);

/// Renders every output of `plan` on `pool` and writes it to `writer`,
/// calling the plugins' on_page_rendered hooks. One WrittenOutput per
/// planned output, in plan order.
std::vector<WrittenOutput> render_and_write(const LoadedSite& site, const BuildPlan& plan, ThreadPool& pool,
                                            output::OutputWriter& writer, const std::vector<plugin::Plugin*>& plugins,
                                            DiagnosticSink& sink);

}  // namespace wt::site
