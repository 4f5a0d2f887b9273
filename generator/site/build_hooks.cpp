#include "site/build_hooks.hpp"

#include <algorithm>
#include <set>
#include <string>

#include "output/build_cache.hpp"
#include "output/output_writer.hpp"
#include "plugin/plugin.hpp"

namespace fs = std::filesystem;

namespace wt::site {

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

namespace {

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
    const std::string first = rel.substr(0, rel.find('/'));
    if (first == output::kStateDir || first == output::DiskWriter::kMarker)
      return refuse(rel, "is where Webtruong keeps its own files");
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

void finish_build(const BuildPlan& plan, output::OutputWriter& writer, const std::vector<plugin::Plugin*>& plugins,
                  DiagnosticSink& sink) {
  for (plugin::Plugin* p : plugins) {
    PluginOutputs outputs(plan, writer, sink, p->name());
    p->on_build_finished(outputs);
  }
}

}  // namespace wt::site
