// What the build hooks of plugins see (plugin/build_events.hpp), made from
// the build's own types, and the call of on_build_finished with the
// plugins' own files checked: none may replace a planned output or leave
// the output folder. Shared by the full build (build.cpp) and the
// incremental one (render_changed.cpp).
//
//   for (plugin::Plugin* p : plugins) p->on_content_loaded(loaded_info(site));
#pragma once

#include <vector>

#include "core/diagnostic.hpp"
#include "plugin/build_events.hpp"
#include "site/build_plan.hpp"
#include "site/load_site.hpp"

namespace wt::output {
class OutputWriter;
}
namespace wt::plugin {
class Plugin;
}

namespace wt::site {

plugin::LoadedSiteInfo loaded_info(const LoadedSite& site);
plugin::RenderedOutput rendered_info(const PlannedOutput& output);

/// Calls every plugin's on_build_finished; the files they add are written
/// to `writer` (refused, with plugin.output, when they are not file paths
/// inside the output folder or are planned outputs).
void finish_build(const BuildPlan& plan, output::OutputWriter& writer, const std::vector<plugin::Plugin*>& plugins,
                  DiagnosticSink& sink);

}  // namespace wt::site
