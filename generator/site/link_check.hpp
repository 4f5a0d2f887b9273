// Internal links and images that lead nowhere, found before anything is
// written: every <a href> and <img src> of each page's Markdown, the page's
// front matter `image:`, and the site-relative URLs of site.yaml's menus and
// links, looked up among the outputs of the plan and the site's static
// files. Each is an error at the place it is written, so a broken link or a
// missing photo never replaces the published site.
//
//   if (plan_build(site, plan, sink)) check_internal_links(site, plan, sink);
//
// '@/' references are checked where they are resolved (markdown/, the content
// tree); links outside the site (another host, or a root-relative URL outside
// the base path of a site published under a folder) are not looked up.
#pragma once

#include "core/diagnostic.hpp"
#include "site/build_plan.hpp"
#include "site/load_site.hpp"

namespace wt::site {

void check_internal_links(const LoadedSite& site, const BuildPlan& plan, DiagnosticSink& sink);

/// The same for one page of the site: its `image:` and the links and images
/// of `html`, its Markdown as rendered.
void check_page_links(const LoadedSite& site, const BuildPlan& plan, const content::Page& page, const std::string& html,
                      DiagnosticSink& sink);

}  // namespace wt::site
