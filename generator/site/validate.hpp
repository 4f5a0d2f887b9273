// validate_site: the checks a build makes on a loaded site before it plans
// anything: every page's layout exists in the theme, menu entries point to
// pages, and (with --strict) no requirement of the regulations is missing
// or stale. Problems go to the sink; the build goes no further when it
// holds an error (or, with --strict, a warning).
#pragma once

#include "core/diagnostic.hpp"
#include "site/load_site.hpp"

namespace wt::site {

/// Reports what the loaded site cannot be built with.
void validate_site(const LoadedSite& site, bool strict, DiagnosticSink& sink);

/// True when the build must stop: an error, or with `strict` a warning.
bool build_failed(const DiagnosticSink& sink, bool strict);

}  // namespace wt::site
