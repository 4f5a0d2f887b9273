#include "site/build.hpp"

#include <chrono>

#include "core/file_system.hpp"
#include "core/parallel.hpp"
#include "core/thread_pool.hpp"
#include "output/output_writer.hpp"
#include "output/static_copy.hpp"
#include "plugin/plugin.hpp"
#include "site/render_output.hpp"
#include "site/validate.hpp"

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
    for (plugin::Plugin* p : plugins) p->on_page_rendered(o, *bytes);
    if (!plugins.empty()) w.hash = hash_bytes(*bytes);
    w.size = bytes->size();
    w.written = writer.write(o.rel, *bytes);
  });
  return written;
}

bool build_site_to(const BuildOptions& opt, const FileSystem& files, ThreadPool& pool, output::OutputWriter& writer,
                   DiagnosticSink& sink, BuildReport* report) {
  PhaseTimer timer(report);
  // load
  auto site = load_site(load_request(opt), files, pool, sink);
  timer.add(site->phases);
  if (!site->config_ok) return false;
  for (plugin::Plugin* p : opt.plugins) p->on_content_loaded(*site);
  // validate
  validate_site(*site, opt.strict, sink);
  timer.phase("validate");
  if (!site->theme_ok || build_failed(sink, opt.strict)) return false;
  // plan: nothing is rendered when two outputs would share a path
  BuildPlan plan;
  const bool planned = plan_build(*site, plan, sink);
  timer.phase("plan");
  if (!planned || build_failed(sink, opt.strict)) return false;
  // render and write
  auto written = render_and_write(*site, plan, pool, writer, opt.plugins, sink);
  timer.phase("render and write");
  for (plugin::Plugin* p : opt.plugins) p->on_build_finished(BuildResult{*site, plan, written});
  if (report) {
    for (const auto& w : written)
      if (w.written && is_templated(w.output->kind)) ++report->pages;
    report->drafts_skipped = site->tree->skipped_drafts;
    report->future_skipped = site->tree->skipped_future;
    report->expired_skipped = site->tree->skipped_expired;
    report->seconds = timer.total();
  }
  return !build_failed(sink, opt.strict);
}

bool build_site(const BuildOptions& options, const FileSystem& files, ThreadPool& pool, DiagnosticSink& sink,
                BuildReport* report) {
  BuildOptions opt = options;
  if (opt.out_dir.empty()) opt.out_dir = opt.site_dir / "public";
  output::DiskWriterOptions wo;
  wo.site_dir = opt.site_dir;
  output::DiskWriter writer(opt.out_dir, sink, wo);
  if (!writer.begin()) return false;
  bool ok = build_site_to(opt, files, pool, writer, sink, report);
  if (!ok || build_failed(sink, opt.strict)) {
    writer.abort();
    return false;
  }
  auto t = Clock::now();
  if (!writer.commit()) {
    if (report && writer.previous_output() == output::PreviousOutput::Moved)
      report->previous_output_moved_to = writer.moved_to();
    return false;
  }
  if (report) {
    report->phases.emplace_back("commit", seconds_since(t));
    report->files = writer.files_written();
    report->out_dir = opt.out_dir;
  }
  return true;
}

}  // namespace wt::site
