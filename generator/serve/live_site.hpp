// LiveSite: the site as `webtruong serve` shows it: built into memory, and
// built again after each batch of edits, rendering only the outputs whose
// inputs changed (site/render_changed.hpp, keyed by site/plan_inputs.hpp).
//
// Its state is a Snapshot, replaced whole after each build and shared
// (std::shared_ptr) with the threads answering requests, so a request
// always sees one build, never half of one. A Snapshot holds the files of
// the last build that succeeded; while the latest build fails it also
// holds that build's errors, and every page answers them (serve/error_page.hpp).
// Its generation goes up each time what a browser sees changes (a file
// written or removed, errors appearing, changing or going away); event
// streams wait on it (wait_change) to tell open pages to reload.
//
// The search index is the slow part of a rebuild of a large site (every
// page's text is read again): a rebuild publishes its pages with the last
// index, then builds the new one and puts its files in place without a new
// generation (open pages are not reloaded for it; the next search reads it).
// A save that comes meanwhile interrupts it: the next rebuild goes first.
//
// The site as the last successful build loaded and planned it is kept
// (with the hashes of its inputs), so that the most common edit, a page's
// text and nothing else, is applied to it in place (site/page_update.hpp)
// and renders only the outputs that depend on that page
// (site/render_changed.hpp render_dependents): no load, no plan, no keying
// of every output. Any other edit builds as above.
//
//   LiveSite live(options, pool);
//   auto first = live.start();               // reads the site into memory, builds it
//   for (;;) live.update(watcher.wait(...)); // one thread builds
//   auto snap = live.snapshot();             // any thread reads
//
// Thread safety: start() and update() run on one thread (the builder);
// snapshot(), wait_change() and close() may be called from any thread.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "serve/error_page.hpp"
#include "serve/site_mirror.hpp"
#include "serve/watcher.hpp"
#include "site/render_changed.hpp"

namespace wt {
class ThreadPool;
}
namespace wt::plugin {
class Plugin;
}
namespace wt::output {
class MemoryWriter;
}
namespace wt::site {
class MarkdownCache;
class PageCache;
struct BuildOptions;
struct LoadedSite;
}
namespace wt::search {
struct IndexFiles;
}

namespace wt::serve {

struct LiveOptions {
  std::filesystem::path site_dir;                  ///< made absolute and normal by LiveSite
  std::vector<std::filesystem::path> theme_dirs;   ///< installed themes; empty: site::default_theme_dirs()
  bool drafts = false;
  std::string base_url;                            ///< the server's own address: "http://127.0.0.1:8080/"
  std::vector<plugin::Plugin*> plugins;            ///< not owned
  int64_t now = 0;                                 ///< 0: the clock (tests fix it)
};

struct Snapshot {
  uint64_t generation = 0;
  /// The last build that succeeded, by output path ("tin-tuc/a/index.html").
  std::map<std::string, std::shared_ptr<const std::string>> files;
  /// The errors of the latest build; empty when it succeeded.
  std::vector<ShownDiagnostic> errors;
  std::string error_html;  ///< error_page(errors), when there are errors
  bool failed() const { return !errors.empty(); }
  const std::string* find(const std::string& rel) const;
};

struct RebuildReport {
  bool ok = false;
  bool changed = false;         ///< the generation went up
  size_t rendered = 0, written = 0, removed = 0;
  /// Content files parsed and page bodies rendered by this build (the
  /// others were taken from the caches kept in memory).
  size_t parsed = 0, markdown_rendered = 0;
  /// Files of the search index replaced after the pages went out (the index
  /// of the edited site, built once open pages were told to reload).
  size_t index_written = 0;
  /// Only page bodies changed: the kept site was updated in place, not
  /// loaded and planned again.
  bool bodies_only = false;
  double seconds = 0;
  std::vector<ShownDiagnostic> diagnostics;  ///< errors and warnings, sorted, with their source lines
};

class LiveSite {
 public:
  LiveSite(LiveOptions options, ThreadPool& pool);
  ~LiveSite();

  /// The base URL pages are built with (before start(): the server's
  /// address is known once its port is bound).
  void set_base_url(std::string url) { options_.base_url = std::move(url); }
  /// Reads the site into memory and builds it.
  RebuildReport start();
  /// Reads the files of `batch` again (everything when it overflowed) and builds.
  /// When `interrupted` says true while the search index is being rebuilt
  /// (another save waits), the old index stays and the next update builds it.
  RebuildReport update(const ChangeBatch& batch, const std::function<bool()>& interrupted = {});

  std::shared_ptr<const Snapshot> snapshot() const;
  /// Waits until the generation is not `since`, `timeout` passed or close()
  /// was called; the generation then.
  uint64_t wait_change(uint64_t since, std::chrono::milliseconds timeout) const;
  /// Wakes every wait_change() and makes them return at once from now on.
  void close();
  bool closed() const;

  const SiteMirror& mirror() const { return mirror_; }

  struct Kept;  ///< the last build that succeeded, loaded and planned (live_site.cpp)

 private:
  RebuildReport rebuild(const std::function<bool()>& interrupted = {});
  std::optional<RebuildReport> update_bodies(const std::vector<std::filesystem::path>& paths);
  /// The snapshot after a build that succeeded (`writer`: its new bytes) or
  /// failed (`report.diagnostics`: why), with report.changed set.
  std::shared_ptr<Snapshot> next_snapshot(RebuildReport& report, site::ChangeSet& change,
                                          output::MemoryWriter& writer);
  size_t refresh_search_index(const std::function<bool()>& interrupted);
  std::vector<ShownDiagnostic> shown(const std::vector<Diagnostic>& diagnostics) const;
  void publish(std::shared_ptr<const Snapshot> next);

  LiveOptions options_;
  ThreadPool& pool_;
  SiteMirror mirror_;
  site::OutputStates states_;                     ///< of the files in the current snapshot
  // The load caches of the incremental engine (site/page_cache.hpp,
  // site/markdown_cache.hpp), kept in memory from one build to the next:
  // after a build that succeeded each log holds that build's records only.
  std::unique_ptr<site::PageCache> pages_;         ///< content files as parsed
  std::unique_ptr<site::MarkdownCache> markdown_;  ///< page bodies as rendered
  std::shared_ptr<const search::IndexFiles> index_;  ///< the search index of the current snapshot
  bool index_behind_ = false;  ///< the site changed since index_ was built
  std::unique_ptr<Kept> kept_;  ///< the last build that succeeded, loaded and planned; null after a failure

  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  std::shared_ptr<const Snapshot> current_;
  bool closed_ = false;
};

}  // namespace wt::serve
