#include "site/build.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <set>

#include "core/file_system.hpp"
#include "output/build_cache.hpp"
#include "site/link_check.hpp"
#include "output/incremental_writer.hpp"
#include "core/parallel.hpp"
#include "core/thread_pool.hpp"
#include "output/output_writer.hpp"
#include "output/static_copy.hpp"
#include "plugin/plugin.hpp"
#include "core/file_io.hpp"
#include "site/build_hooks.hpp"
#include "site/hashing_file_system.hpp"
#include "site/markdown_cache.hpp"
#include "site/page_cache.hpp"
#include "site/stat_cache.hpp"
#include "site/render_changed.hpp"
#include "site/render_output.hpp"
#include "site/search_outputs.hpp"
#include "site/validate.hpp"
#include "version/build_info.hpp"

namespace fs = std::filesystem;

namespace wt::site {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// Times the phases of one build into its report.
class PhaseTimer {
 public:
  explicit PhaseTimer(BuildReport* report) : report_(report), start_(Clock::now()), last_(start_) {}
  void add(const std::vector<std::pair<std::string, double>>& phases) {
    if (report_) report_->phases.insert(report_->phases.end(), phases.begin(), phases.end());
    last_ = Clock::now();
  }
  void phase(const char* name) {
    if (report_) report_->phases.emplace_back(name, seconds_since(last_));
    last_ = Clock::now();
  }
  double total() const { return seconds_since(start_); }

 private:
  BuildReport* report_;
  Clock::time_point start_, last_;
};

}  // namespace

LoadRequest load_request(const BuildOptions& opt) {
  LoadRequest r;
  r.site_dir = opt.site_dir;
  r.purpose = LoadPurpose::Build;
  r.drafts = opt.drafts;
  r.future = opt.future;
  r.base_url = opt.base_url;
  r.now = opt.now;
  r.theme_dirs = opt.theme_dirs;
  return r;
}

std::vector<WrittenOutput> render_and_write(const LoadedSite& site, const BuildPlan& plan, ThreadPool& pool,
                                            output::OutputWriter& writer, const std::vector<plugin::Plugin*>& plugins,
                                            DiagnosticSink& sink) {
  std::vector<WrittenOutput> written(plan.outputs.size());
  parallel_for(pool, plan.outputs.size(), [&](size_t i) {
    const PlannedOutput& o = plan.outputs[i];
    WrittenOutput& w = written[i];
    w.output = &o;
    if (o.kind == OutputKind::Static) {
      w.written = output::copy_static_file(*site.files, site.static_files[o.index].src, o.rel, writer);
      return;
    }
    auto bytes = render_output(site, o, sink);
    if (!bytes) return;
    if (!plugins.empty()) {
      const plugin::RenderedOutput info = rendered_info(o);
      for (plugin::Plugin* p : plugins) p->on_page_rendered(info, *bytes);
    }
    w.size = bytes->size();
    w.written = writer.write(o.rel, *bytes);
  });
  return written;
}

namespace {

// The load phase's caches of one build to disk, in the output folder's
// .webtruong/, and the inputs read through them: what the load reads is not
// read again to key the outputs, and on disk an unchanged stat means
// unchanged bytes (site/hashing_file_system.hpp).
struct LoadCaches {
  LoadCaches(const FileSystem& inputs, const std::string& salt)
      : started_ns(now_ns()), stats(salt), files(inputs, &stats), pages(&files, salt), markdown(salt) {}
  int64_t started_ns;  ///< before the first stat (site/stat_cache.hpp: the racy rule)
  StatCache stats;
  HashingFileSystem files;
  PageCache pages;
  MarkdownCache markdown;
};

// Load, validate and plan: what every build does before it renders. false
// when the build cannot go on (reported).
bool prepare(const BuildOptions& opt, const FileSystem& files, ThreadPool& pool, DiagnosticSink& sink,
             PhaseTimer& timer, std::unique_ptr<LoadedSite>& site, BuildPlan& plan, LoadCaches* caches = nullptr,
             bool prepare_list_items = true) {
  LoadRequest request = load_request(opt);
  if (caches) {
    request.markdown_cache = &caches->markdown;
    request.parsed_files = &caches->pages;
  }
  request.prepare_list_items = prepare_list_items;
  site = load_site(request, files, pool, sink);
  timer.add(site->phases);
  if (!site->config_ok) return false;
  if (!opt.plugins.empty()) {
    const plugin::LoadedSiteInfo info = loaded_info(*site);
    for (plugin::Plugin* p : opt.plugins) p->on_content_loaded(info);
  }
  validate_site(*site, opt.strict, sink);
  timer.phase("validate");
  if (!site->theme_ok || build_failed(sink, opt.strict)) return false;
  if (opt.loaded) opt.loaded(*site);
  // The search index (its files are planned outputs).
  auto search_index = build_search_index(*site, &pool);
  timer.phase("search index");
  // Nothing is rendered when two outputs would share a path.
  const bool planned = plan_build(*site, plan, sink, std::move(search_index));
  if (planned) check_internal_links(*site, plan, sink);
  timer.phase("plan");
  return planned && !build_failed(sink, opt.strict);
}

void count_skipped(const LoadedSite& site, BuildReport* report) {
  report->drafts_skipped = site.tree->skipped_drafts;
  report->review_skipped = site.tree->skipped_review;
  report->future_skipped = site.tree->skipped_future;
  report->expired_skipped = site.tree->skipped_expired;
  report->missing_requirements.clear();
  report->stale_requirements.clear();
  if (site.compliance)
    for (const auto& r : site.compliance->results) {
      if (r.status == compliance::Status::Missing) report->missing_requirements.push_back(r.id);
      if (r.status == compliance::Status::Stale) report->stale_requirements.push_back(r.id);
    }
}

// How many of `rels` (sorted) are HTML pages of the plan.
size_t templated_among(const BuildPlan& plan, const std::vector<std::string>& rels) {
  size_t n = 0;
  for (const auto& o : plan.outputs)
    if (is_templated(o.kind) && std::binary_search(rels.begin(), rels.end(), o.rel)) ++n;
  return n;
}

// The cache of what `change` says is in the folder: stamps of files just
// written from the writer, of the others from the previous cache.
template <typename Writer>
output::BuildCache next_cache(const std::string& build_id, const ChangeSet& change, const Writer& writer,
                              const output::BuildCache* previous) {
  output::BuildCache cache;
  cache.build_id = build_id;
  for (const auto& [rel, state] : change.states) {
    auto stamp = writer.stamp(rel);
    if (!stamp && previous) stamp = previous->outputs.at(rel).stamp;
    cache.outputs[rel] = {state.key, state.bytes, stamp.value_or(output::FileStamp())};
  }
  return cache;
}

std::string build_id_of(const BuildOptions& opt) {
  return opt.build_id.empty() ? version::build_info().id : opt.build_id;
}

void fill_cache_counts(const LoadCaches& caches, BuildReport* report) {
  report->markdown_rendered = caches.markdown.rendered();
  report->markdown_reused = caches.markdown.reused();
  report->files_parsed = caches.pages.parsed();
  report->files_reused = caches.pages.reused();
  report->files_stat_trusted = caches.stats.trusted();
}

// Appends the records this build made to the log `rel` of the output
// folder, or stages it whole (compacted) for the commit. True when the log
// was staged whole (the commit has something to write).
bool save_log(const CacheLog& log, const char* rel, output::IncrementalWriter& writer) {
  struct stat st {};
  const fs::path dir = writer.out_dir() / ".webtruong";
  const bool real_dir = ::lstat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
  if (real_dir && !log.should_compact() && log.append(writer.out_dir() / rel, nullptr)) return false;
  writer.write(rel, log.compacted());
  return true;
}

// Has the log `rel` of a full build written into the new folder as its
// records are made (site/cache_log.hpp), rather than held until the end.
bool stream_log(CacheLog& log, const char* rel, output::DiskWriter& writer) {
  const int fd = writer.open_new(rel);
  if (fd < 0) return false;
  if (!log.stream_to(fd)) writer.write_failed(rel);
  return true;
}

void finish_log(CacheLog& log, const char* rel, output::DiskWriter& writer) {
  if (!log.finish()) writer.write_failed(rel);
}

// A full build to disk: a new folder, with its cache, swapped in whole.
bool build_full(const BuildOptions& opt, LoadCaches& caches, ThreadPool& pool, DiagnosticSink& sink,
                BuildReport* report) {
  output::DiskWriterOptions wo;
  wo.site_dir = opt.site_dir;
  output::DiskWriter writer(opt.out_dir, sink, wo);
  if (!writer.begin()) return false;
  if (!stream_log(caches.markdown.log(), kMarkdownCacheFile, writer) ||
      !stream_log(caches.pages.log(), kPageCacheFile, writer)) {
    writer.abort();
    return false;
  }
  PhaseTimer timer(report);
  std::unique_ptr<LoadedSite> site;
  BuildPlan plan;
  ChangeSet change;
  bool ok = prepare(opt, caches.files, pool, sink, timer, site, plan, &caches) &&
            render_changed(*site, plan, {}, cache_salt(opt), pool, writer, opt.plugins, sink, &change);
  timer.phase("render and write");
  if (!ok || build_failed(sink, opt.strict)) {
    writer.abort();
    return false;
  }
  const size_t files_written = writer.files_written();
  writer.write(output::kCacheFile, output::encode_build_cache(next_cache(build_id_of(opt), change, writer, nullptr)));
  finish_log(caches.markdown.log(), kMarkdownCacheFile, writer);
  finish_log(caches.pages.log(), kPageCacheFile, writer);
  writer.write(kStatCacheFile, caches.stats.encode(caches.started_ns));
  auto t = Clock::now();
  if (!writer.commit()) {
    if (report && writer.previous_output() == output::PreviousOutput::Moved)
      report->previous_output_moved_to = writer.moved_to();
    return false;
  }
  if (report) {
    report->phases.emplace_back("commit", seconds_since(t));
    report->pages = templated_among(plan, change.written);
    report->files = files_written;
    report->rendered = change.rendered.size();
    fill_cache_counts(caches, report);
    report->out_dir = opt.out_dir;
    count_skipped(*site, report);
    report->seconds = timer.total();
  }
  return true;
}

// An incremental build into the folder `writer` has begun, described by `cache`.
bool build_changes(const BuildOptions& opt, LoadCaches& caches, ThreadPool& pool, DiagnosticSink& sink,
                   BuildReport* report, output::IncrementalWriter& writer, const output::BuildCache& cache) {
  PhaseTimer timer(report);
  std::unique_ptr<LoadedSite> site;
  BuildPlan plan;
  OutputStates before;
  for (const auto& [rel, o] : cache.outputs) before[rel] = {o.key, o.bytes};
  ChangeSet change;
  // Only speed-ups: what cannot be read or trusted is ignored (read, parsed, rendered again).
  const fs::path& out = writer.out_dir();
  if (auto text = read_regular_file(out / kStatCacheFile, nullptr, uint64_t{1} << 31)) caches.stats.load(*text);
  caches.pages.log().open(out / kPageCacheFile);
  caches.markdown.log().open(out / kMarkdownCacheFile);
  timer.phase("caches read");
  bool ok = prepare(opt, caches.files, pool, sink, timer, site, plan, &caches, false) &&
            render_changed(*site, plan, before, cache_salt(opt), pool, writer, opt.plugins, sink, &change);
  timer.phase("render and write");
  if (!ok || build_failed(sink, opt.strict)) {
    writer.abort();
    return false;
  }
  for (const auto& rel : change.removed) writer.remove(rel);
  const bool logs_written = save_log(caches.pages.log(), kPageCacheFile, writer) |
                            save_log(caches.markdown.log(), kMarkdownCacheFile, writer);
  if (caches.stats.changed()) writer.write(kStatCacheFile, caches.stats.encode(caches.started_ns));
  const output::BuildCache next = next_cache(cache.build_id, change, writer, &cache);
  auto t = Clock::now();
  if (change.written.empty() && change.removed.empty() && next == cache && !logs_written && !caches.stats.changed()) {
    writer.abort();  // nothing to change, not even the cache
  } else if (!writer.commit(output::encode_build_cache(next))) {
    if (report) report->output_partly_changed = writer.journal_pending();
    return false;
  }
  if (report) {
    report->phases.emplace_back("commit", seconds_since(t));
    report->incremental = true;
    report->pages = templated_among(plan, change.written);
    report->files = change.written.size();
    report->rendered = change.rendered.size();
    report->removed = change.removed.size();
    report->unchanged = change.states.size() - change.written.size();
    fill_cache_counts(caches, report);
    report->out_dir = opt.out_dir;
    count_skipped(*site, report);
    report->seconds = timer.total();
  }
  return true;
}

}  // namespace

std::string cache_salt(const BuildOptions& opt) {
  std::string salt = "build " + build_id_of(opt) + (opt.drafts ? " drafts" : "") + (opt.future ? " future" : "");
  for (const plugin::Plugin* p : opt.plugins) salt += " plugin:" + p->name();
  return salt;
}

bool build_site_to(const BuildOptions& opt, const FileSystem& files, ThreadPool& pool, output::OutputWriter& writer,
                   DiagnosticSink& sink, BuildReport* report) {
  PhaseTimer timer(report);
  std::unique_ptr<LoadedSite> site;
  BuildPlan plan;
  if (!prepare(opt, files, pool, sink, timer, site, plan)) return false;
  auto written = render_and_write(*site, plan, pool, writer, opt.plugins, sink);
  timer.phase("render and write");
  finish_build(plan, writer, opt.plugins, sink);
  if (report) {
    for (const auto& w : written)
      if (w.written && is_templated(w.output->kind)) ++report->pages;
    count_skipped(*site, report);
    report->seconds = timer.total();
  }
  return !build_failed(sink, opt.strict);
}

bool build_site(const BuildOptions& options, const FileSystem& inputs, ThreadPool& pool, DiagnosticSink& sink,
                BuildReport* report) {
  BuildOptions opt = options;
  if (opt.out_dir.empty()) opt.out_dir = opt.site_dir / "public";
  BuildReport ignored;
  if (!report) report = &ignored;
  LoadCaches caches(inputs, cache_salt(opt));
  if (opt.full) {
    report->full_reason = "a full build was asked for";
    return build_full(opt, caches, pool, sink, report);
  }
  output::IncrementalWriter writer(opt.out_dir, sink, {opt.site_dir, opt.after_commit_step});
  switch (writer.begin()) {
    case output::IncrementalWriter::Begin::Failed: return false;
    case output::IncrementalWriter::Begin::NoOutput: report->full_reason = "there is no previous output"; break;
    case output::IncrementalWriter::Begin::Ready: {
      auto cache = output::read_build_cache(writer.out_dir(), build_id_of(opt), &report->full_reason);
      if (cache) return build_changes(opt, caches, pool, sink, report, writer, *cache);
      report->cache_refused = report->full_reason != "there is no build cache";
      writer.abort();
      break;
    }
  }
  return build_full(opt, caches, pool, sink, report);
}

}  // namespace wt::site
