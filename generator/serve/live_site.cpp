#include "serve/live_site.hpp"

#include <algorithm>

#include "core/clock.hpp"

#include "output/output_writer.hpp"
#include "plugin/plugin.hpp"
#include "site/build.hpp"
#include "site/build_hooks.hpp"
#include "site/build_plan.hpp"
#include "site/link_check.hpp"
#include "site/cache_log.hpp"
#include "site/hashing_file_system.hpp"
#include "site/markdown_cache.hpp"
#include "site/page_cache.hpp"
#include "site/page_update.hpp"
#include "site/plan_inputs.hpp"
#include "site/search_outputs.hpp"
#include "site/validate.hpp"

namespace fs = std::filesystem;

namespace wt::serve {

// The last build that succeeded: what it read the site through, loaded and
// planned, and the hashes of its inputs (which point into the two).
struct LiveSite::Kept {
  std::unique_ptr<site::HashingFileSystem> files;
  std::unique_ptr<site::LoadedSite> site;
  site::BuildPlan plan;
  std::unique_ptr<site::InputHashes> hashes;
  std::vector<Diagnostic> diagnostics;  ///< what it reported (warnings), sorted
};

namespace {

using KeptBuild = LiveSite::Kept;

using Clock = std::chrono::steady_clock;

fs::path absolute_normal(const fs::path& p) {
  std::error_code ec;
  fs::path a = fs::absolute(p, ec).lexically_normal();
  std::string s = a.string();
  if (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

std::vector<fs::path> absolute_all(const std::vector<fs::path>& dirs) {
  std::vector<fs::path> out;
  for (const auto& d : dirs) out.push_back(absolute_normal(d));
  return out;
}

LiveOptions normalized(LiveOptions o) {
  o.site_dir = absolute_normal(o.site_dir);
  o.theme_dirs = absolute_all(o.theme_dirs.empty() ? site::default_theme_dirs() : o.theme_dirs);
  return o;
}

site::BuildOptions build_options(const LiveOptions& o) {
  site::BuildOptions b;
  b.site_dir = o.site_dir;
  b.drafts = o.drafts;
  b.base_url = o.base_url;
  b.now = o.now;
  b.theme_dirs = o.theme_dirs;
  b.plugins = o.plugins;
  return b;
}

bool same_errors(const std::vector<ShownDiagnostic>& a, const std::vector<ShownDiagnostic>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const ShownDiagnostic& x, const ShownDiagnostic& y) {
    return format_for_terminal(x) == format_for_terminal(y);
  });
}

// Load, validate, plan and render what changed: build_site's phases, with
// the states, the parsed files and the Markdown of the previous build kept
// in memory. What it loads and plans, and the hashes of the inputs, are
// left in `kept` (the caller keeps them when the build succeeds).
//
// `index` is the search index the plan publishes: the last one built, when
// there is one (a rebuild's pages go to open tabs without waiting for the
// index: LiveSite::refresh_search_index brings it up to date afterwards);
// else it is built here, and handed back.
bool build_changes(const site::BuildOptions& opt, ThreadPool& pool, site::PageCache& pages,
                   site::MarkdownCache& markdown, const site::OutputStates& before, output::MemoryWriter& writer,
                   DiagnosticSink& sink, site::ChangeSet* change, KeptBuild& kept,
                   std::shared_ptr<const search::IndexFiles>& index) {
  site::LoadRequest request = site::load_request(opt);
  request.markdown_cache = &markdown;
  request.parsed_files = &pages;
  // Most rebuilds render a few outputs: list items are built when a list
  // shows them (render_changed builds them all when most outputs are stale).
  request.prepare_list_items = false;
  kept.site = site::load_site(request, *kept.files, pool, sink);
  const site::LoadedSite& loaded = *kept.site;
  if (!loaded.config_ok) return false;
  if (!opt.plugins.empty()) {
    const plugin::LoadedSiteInfo info = site::loaded_info(loaded);
    for (plugin::Plugin* p : opt.plugins) p->on_content_loaded(info);
  }
  site::validate_site(loaded, opt.strict, sink);
  if (!loaded.theme_ok || site::build_failed(sink, opt.strict)) return false;
  // The search index on the pool (plan_build would build it on one thread).
  if (!index) index = site::build_search_index(loaded, &pool);
  if (!site::plan_build(loaded, kept.plan, sink, index)) return false;
  site::check_internal_links(loaded, kept.plan, sink);
  if (site::build_failed(sink, opt.strict)) return false;
  kept.hashes = std::make_unique<site::InputHashes>(loaded, kept.plan, site::cache_salt(opt));
  return site::render_changed(loaded, kept.plan, *kept.hashes, before, pool, writer, opt.plugins, sink, change) &&
         !site::build_failed(sink, opt.strict);
}

// The site-relative names of `paths` ("content/tin-tuc/a.md") when every
// one is a Markdown file of content/, else nullopt.
std::optional<std::vector<std::string>> content_sources(const std::vector<fs::path>& paths, const fs::path& site_dir) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    const std::string rel = p.lexically_normal().lexically_relative(site_dir).generic_string();
    if (rel.rfind("content/", 0) != 0 || !rel.ends_with(".md") || rel.find("/../") != std::string::npos)
      return std::nullopt;
    out.push_back(rel);
  }
  return out;
}

// What a build of the disk would save and the next one open: this build's
// new records appended, or, once most of the log is records no build used
// lately, only the records this build used or made (so memory does not grow
// with the edits). After a failed build the log stays as it is: that build
// may not have used what the next one needs.
void keep_for_next_build(site::CacheLog& log) { log.carry_over(); }

}  // namespace

const std::string* Snapshot::find(const std::string& rel) const {
  auto it = files.find(rel);
  return it == files.end() ? nullptr : it->second.get();
}

LiveSite::LiveSite(LiveOptions options, ThreadPool& pool)
    : options_(normalized(std::move(options))),
      pool_(pool),
      mirror_(options_.site_dir, options_.theme_dirs),
      current_(std::make_shared<Snapshot>()) {
  const std::string salt = site::cache_salt(build_options(options_));
  pages_ = std::make_unique<site::PageCache>(nullptr, salt);  // no stats: the files are in memory
  markdown_ = std::make_unique<site::MarkdownCache>(salt);
}

LiveSite::~LiveSite() = default;

RebuildReport LiveSite::start() {
  mirror_.load();
  return rebuild();
}

RebuildReport LiveSite::update(const ChangeBatch& batch, const std::function<bool()>& interrupted) {
  if (batch.overflowed) mirror_.load();
  else mirror_.refresh(batch.paths);
  if (!batch.overflowed) {
    if (auto report = update_bodies(batch.paths)) {
      if (index_behind_) report->index_written = refresh_search_index(interrupted);
      return *report;
    }
  }
  return rebuild(interrupted);
}

std::vector<ShownDiagnostic> LiveSite::shown(const std::vector<Diagnostic>& diagnostics) const {
  std::vector<ShownDiagnostic> out;
  for (const auto& d : diagnostics) {
    ShownDiagnostic s{d, {}};
    if (d.position.line > 0 && !d.position.file.empty()) {
      const fs::path file = fs::path(d.position.file).is_absolute() ? fs::path(d.position.file)
                                                                     : options_.site_dir / d.position.file;
      // Only what the mirror holds (the site and its themes) is ever shown.
      if (auto text = mirror_.files().get(file)) s.source_line = printable_line(line_of(*text, d.position.line));
    }
    out.push_back(std::move(s));
  }
  return out;
}

RebuildReport LiveSite::rebuild(const std::function<bool()>& interrupted) {
  const auto start = Clock::now();
  RebuildReport report;
  const site::BuildOptions opt = build_options(options_);
  auto kept = std::make_unique<Kept>();
  kept->files = std::make_unique<site::HashingFileSystem>(mirror_.files());
  DiagnosticSink sink;
  output::MemoryWriter writer;
  site::ChangeSet change;
  const size_t parsed_before = pages_->parsed(), rendered_before = markdown_->rendered();
  std::shared_ptr<const search::IndexFiles> index = index_;  // null on the first build: built now
  const bool index_stale = index != nullptr;
  report.ok = build_changes(opt, pool_, *pages_, *markdown_, states_, writer, sink, &change, *kept, index);
  report.parsed = pages_->parsed() - parsed_before;
  report.markdown_rendered = markdown_->rendered() - rendered_before;
  kept->diagnostics = sink.sorted();
  report.diagnostics = shown(kept->diagnostics);
  auto next = next_snapshot(report, change, writer);
  report.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  publish(std::move(next));
  // The site before this build is freed after open pages were told to
  // reload (on a large site that takes a while).
  std::swap(kept_, kept);
  kept.reset();
  if (!report.ok) {
    kept_.reset();  // an edit of page bodies after a failure builds the whole site
    return report;
  }
  if (index_stale) {
    index_behind_ = true;
    report.index_written = refresh_search_index(interrupted);
  } else {
    index_ = std::move(index);
  }
  keep_for_next_build(pages_->log());
  keep_for_next_build(markdown_->log());
  return report;
}

// An edit of page bodies only, applied to the kept site (see the header);
// nullopt when the edit is something else, or went wrong on the way (then
// the kept site, which may be half updated, is dropped): the caller builds.
std::optional<RebuildReport> LiveSite::update_bodies(const std::vector<fs::path>& paths) {
  if (!kept_ || !index_ || std::any_of(options_.plugins.begin(), options_.plugins.end(),
                                       [](const plugin::Plugin* p) { return p->uses_build_hooks(); }))
    return std::nullopt;
  const auto start = Clock::now();
  // An editor's temporary files ("4913", "a.md~"), gone again by now, that
  // the last build never read: no input, nothing to build for them.
  std::vector<fs::path> touched = paths;
  std::erase_if(touched, [&](const fs::path& p) {
    return mirror_.files().status(p).type == EntryStatus::Type::Missing && !kept_->files->known_hash(p);
  });
  auto sources = content_sources(touched, options_.site_dir);
  if (!sources) return std::nullopt;
  // A file saved with the bytes the last build read is no edit.
  std::erase_if(*sources, [&](const std::string& source) {
    const auto before = kept_->hashes->known("file:" + source);
    const auto bytes = mirror_.files().hash(options_.site_dir / source);
    return before && bytes && *before == *bytes;
  });
  // What the last build said about these files would change with their text.
  for (const auto& d : kept_->diagnostics)
    if (std::find(sources->begin(), sources->end(), d.position.file) != sources->end()) return std::nullopt;
  std::optional<std::vector<std::string>> inputs = std::vector<std::string>();
  if (!sources->empty()) {
    const int64_t now = options_.now != 0 ? options_.now : now_seconds();
    inputs = site::update_page_bodies(*kept_->site, kept_->plan, *sources, now);
    if (!inputs) return std::nullopt;
  }
  DiagnosticSink sink;
  output::MemoryWriter writer;
  site::ChangeSet change;
  if (!site::render_dependents(*kept_->site, kept_->plan, *kept_->hashes, *inputs, states_, pool_, writer, sink,
                               &change) ||
      !sink.sorted().empty()) {
    kept_.reset();
    return std::nullopt;
  }
  RebuildReport report;
  report.ok = true;
  report.bodies_only = true;
  report.parsed = report.markdown_rendered = sources->size();
  report.diagnostics = shown(kept_->diagnostics);
  auto next = next_snapshot(report, change, writer);
  report.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  publish(std::move(next));
  if (report.changed) index_behind_ = true;
  return report;
}

std::shared_ptr<Snapshot> LiveSite::next_snapshot(RebuildReport& report, site::ChangeSet& change,
                                                  output::MemoryWriter& writer) {
  auto previous = snapshot();
  auto next = std::make_shared<Snapshot>();
  next->generation = previous->generation;
  next->files = previous->files;  // after a failure the last good build stays, behind the error page
  if (report.ok) {
    for (const auto& rel : change.removed) next->files.erase(rel);
    for (auto& [rel, bytes] : writer.files()) next->files[rel] = std::make_shared<const std::string>(std::move(bytes));
    states_ = std::move(change.states);
    report.rendered = change.rendered.size();
    report.written = change.written.size();
    report.removed = change.removed.size();
    report.changed = previous->failed() || !change.written.empty() || !change.removed.empty();
  } else {
    for (const auto& d : report.diagnostics)
      if (d.diagnostic.severity == Severity::Error) next->errors.push_back(d);
    if (next->errors.empty())  // failed without an error: a plugin's or --strict's warnings
      next->errors = report.diagnostics;
    report.changed = !previous->failed() || !same_errors(previous->errors, next->errors);
  }
  if (report.changed) ++next->generation;
  if (next->failed()) next->error_html = error_page(next->errors, next->generation);
  return next;
}

// After a rebuild whose pages were published with the last search index:
// the index of the site as it now is, and, when it differs, its files put
// in the kept plan (site/build_plan.hpp replace_search_index) and rendered
// (only the search files depend on it), in place in the snapshot without a
// new generation: open pages do not reload twice for one edit, and the
// next search they run reads the new index.
size_t LiveSite::refresh_search_index(const std::function<bool()>& interrupted) {
  if (!kept_) return 0;
  const site::BuildOptions opt = build_options(options_);
  auto fresh = site::build_search_index(*kept_->site, &pool_, interrupted);
  if (!fresh) return 0;  // interrupted: the next rebuild goes first, and builds it again
  index_behind_ = false;
  if (index_ && fresh->files == index_->files) return 0;
  DiagnosticSink sink;
  output::MemoryWriter writer;
  site::ChangeSet change;
  if (!site::replace_search_index(kept_->plan, fresh) ||
      !site::render_dependents(*kept_->site, kept_->plan, *kept_->hashes, {"list:search"}, states_, pool_, writer,
                               sink, &change) ||
      site::build_failed(sink, opt.strict)) {
    kept_.reset();  // the next edit plans the site again, and builds the index again
    index_behind_ = true;
    return 0;
  }
  auto next = std::make_shared<Snapshot>(*snapshot());
  for (const auto& rel : change.removed) next->files.erase(rel);
  for (auto& [rel, bytes] : writer.files()) next->files[rel] = std::make_shared<const std::string>(std::move(bytes));
  states_ = std::move(change.states);
  index_ = std::move(fresh);
  publish(std::move(next));
  return change.written.size() + change.removed.size();
}

std::shared_ptr<const Snapshot> LiveSite::snapshot() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return current_;
}

void LiveSite::publish(std::shared_ptr<const Snapshot> next) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    current_ = std::move(next);
  }
  changed_.notify_all();
}

uint64_t LiveSite::wait_change(uint64_t since, std::chrono::milliseconds timeout) const {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait_for(lock, timeout, [&] { return closed_ || current_->generation != since; });
  return current_->generation;
}

void LiveSite::close() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
  }
  changed_.notify_all();
}

bool LiveSite::closed() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return closed_;
}

}  // namespace wt::serve
