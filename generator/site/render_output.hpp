// render_output: the bytes of one planned output, from the loaded site
// alone. The build renders every output of its plan with it, in parallel;
// the dev server and incremental builds render only those whose inputs
// changed. Nothing is written and nothing in the site is changed: many
// threads may render outputs of one LoadedSite at once.
//
//   auto html = wt::site::render_output(*site, *plan.find("tin-tuc/a/index.html"), sink);
#pragma once

#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "site/build_plan.hpp"
#include "site/load_site.hpp"

namespace wt::site {

/// The bytes of `output`. nullopt when its template fails (reported to
/// `sink`) or, for a static file, when it cannot be read.
std::optional<std::string> render_output(const LoadedSite& site, const PlannedOutput& output, DiagnosticSink& sink);

/// True for the kinds made from a layout of the theme (HTML pages).
bool is_templated(OutputKind kind);

}  // namespace wt::site
