// build_portal and merge_portal: `webtruong portal build` and `webtruong
// portal merge`.
//
// OUT/ is laid out as:
//
//   OUT/www/                  the root of the portal's host: its own pages
//                             (portal_pages.hpp) and each path member under its path
//   OUT/hosts/<host>/         the root of each member on its own host name
//   OUT/.webtruong/portal_report.json   the PortalReport (merge and the dashboard read it)
//   OUT/.webtruong/cache      the portal's own files, for the next incremental build
//
// When OUT holds a cache of this webtruong the build is incremental: each
// member is built by site::build_site into its own folder (its own cache
// and journal), or skipped when its fingerprint did not change
// (member_fingerprint.hpp); the portal's files whose bytes changed are
// replaced, and the folders of members no longer in portal.yaml removed,
// under the portal's journal (output::IncrementalWriter). Otherwise, or
// with `full`, OUT is made anew in a temporary folder (output::DiskWriter),
// every member built in full into it, and swapped in whole.
//
// Members build in parallel on the one ThreadPool (build_member, one call
// each). A member that cannot be built is named, its own diagnostics are
// printed prefixed with its slug, it is marked `built: false` in the report
// and its folder from the previous OUT, if any, stays (or is copied into a new OUT):
// every other member and the portal are published, and the build fails
// (exit 1). A shard (--shard K/N) builds only its members and writes no
// portal pages; merge checks that its shards are of one portal.yaml and
// cover every member once, copies their member folders and renders the
// portal pages from the merged report, so N shards and one merge give the
// bytes of one build.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "portal/portal_config.hpp"
#include "portal/portal_report.hpp"
#include "portal/shard.hpp"

namespace wt {
class ThreadPool;
}

namespace wt::portal {

inline constexpr const char* kReportPath = ".webtruong/portal_report.json";

struct PortalBuildOptions {
  std::filesystem::path portal_dir = ".";
  std::filesystem::path out_dir;                  ///< default: portal_dir/public
  std::optional<Shard> shard;                     ///< only these members, no portal pages
  std::string base_url;                           ///< overrides portal.yaml's base_url
  std::filesystem::path db;                       ///< --db: the audit history, for the dashboard
  int64_t now = 0;                                ///< 0: the clock (or $SOURCE_DATE_EPOCH)
  std::vector<std::filesystem::path> theme_dirs;  ///< empty: the installed themes
  bool full = false;                              ///< --full: ignore the caches, swap in a new folder whole
  /// Test seam of incremental builds: output::IncrementalWriterOptions::after_step
  /// of the portal's own files (false stops the commit as a kill would).
  std::function<bool(size_t steps_done)> after_commit_step;
};

struct PortalResult {
  PortalReport report;
  size_t built = 0, failed = 0;  ///< members of this build (or shard)
  bool config_ok = false;        ///< false: portal.yaml was broken, nothing was built
  bool written = false;          ///< the new output is in place
  bool incremental = false;      ///< OUT was changed file by file (else swapped in whole)
  std::string full_reason;       ///< why it was a full build: "there is no previous output", ...
  size_t skipped = 0;            ///< members built that were unchanged and not built again
  size_t portal_files = 0;       ///< the portal's own files rewritten by an incremental build
  /// The portal's own files were rendered (false: an incremental build
  /// whose members' reports, audits and themes were those of its cache).
  bool portal_rendered = false;
  /// An incremental build stopped while it replaced the portal's files: the
  /// next build completes them from the journal.
  bool output_partly_changed = false;
};

/// Builds the portal of `options.portal_dir`. Member diagnostics go to
/// `members_out` ("<slug>: file:line:col: error: ..."), the portal's own to
/// `sink`. Returns false when anything failed (exit 1).
bool build_portal(const PortalBuildOptions& options, ThreadPool& pool, DiagnosticSink& sink, std::ostream& members_out,
                  PortalResult* result);

/// Assembles `shards` (the OUT folders of `portal build --shard K/N`, K = 1..N)
/// into `out_dir`. Returns false (nothing written) when they do not fit together.
/// `db`: the audit history shown on the dashboard, as `portal build --db`.
bool merge_portal(const std::vector<std::filesystem::path>& shards, const std::filesystem::path& out_dir,
                  const std::vector<std::filesystem::path>& theme_dirs, DiagnosticSink& sink, PortalResult* result,
                  const std::filesystem::path& db = {});

}  // namespace wt::portal
