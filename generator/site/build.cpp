#include "site/build.hpp"

#include <algorithm>
#include <chrono>
#include <set>

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

// What the build hooks of plugins see (plugin/build_events.hpp).
plugin::LoadedSiteInfo loaded_info(const LoadedSite& site) {
  plugin::LoadedSiteInfo info;
  info.site_dir = site.request.site_dir;
  info.name = site.cfg.name;
  info.base_url = site.cfg.base_url;
  info.base_path = site.cfg.base_path();
  info.pages = site.tree ? site.tree->pages.size() : 0;
  return info;
}

plugin::RenderedOutput rendered_info(const PlannedOutput& o) {
  plugin::RenderedOutput r;
  r.rel = o.rel;
  r.kind = kind_name(o.kind);
  r.source = o.source;
  if (o.kind == OutputKind::Page && o.page) {
    r.url = o.page->url;
    r.title = o.page->fm.title;
  }
  return r;
}

// A plugin's own files join the output; none may replace a planned output
// or leave the output folder.
class PluginOutputs : public plugin::FinishedBuild {
 public:
  PluginOutputs(const BuildPlan& plan, output::OutputWriter& writer, DiagnosticSink& sink, std::string plugin)
      : writer_(writer), sink_(sink), plugin_(std::move(plugin)) {
    for (const auto& o : plan.outputs) outputs_.push_back(o.rel);
    std::sort(outputs_.begin(), outputs_.end());
  }
  const std::vector<std::string>& outputs() const override { return outputs_; }
  bool add_output(const std::string& rel, const std::string& bytes) override {
    const fs::path path(rel);
    bool inside = !rel.empty() && path.is_relative() && rel.find('\\') == std::string::npos;
    for (const auto& part : path) inside = inside && part != ".." && part != ".";
    if (!inside || rel.back() == '/') return refuse(rel, "is not a file path inside the output folder");
    if (std::binary_search(outputs_.begin(), outputs_.end(), rel) || !added_.insert(rel).second)
      return refuse(rel, "is already written by the build");
    return writer_.write(rel, bytes);
  }

 private:
  bool refuse(const std::string& rel, const std::string& why) {
    sink_.error({"plugin " + plugin_, 0, 0}, "plugin.output", "the file '" + rel + "' it adds " + why);
    return false;
  }
  std::vector<std::string> outputs_;
  std::set<std::string> added_;
  output::OutputWriter& writer_;
  DiagnosticSink& sink_;
  std::string plugin_;
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

bool build_site_to(const BuildOptions& opt, const FileSystem& files, ThreadPool& pool, output::OutputWriter& writer,
                   DiagnosticSink& sink, BuildReport* report) {
  PhaseTimer timer(report);
  // load
  auto site = load_site(load_request(opt), files, pool, sink);
  timer.add(site->phases);
  if (!site->config_ok) return false;
  if (!opt.plugins.empty()) {
    const plugin::LoadedSiteInfo info = loaded_info(*site);
    for (plugin::Plugin* p : opt.plugins) p->on_content_loaded(info);
  }
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
  for (plugin::Plugin* p : opt.plugins) {
    PluginOutputs outputs(plan, writer, sink, p->name());
    p->on_build_finished(outputs);
  }
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
