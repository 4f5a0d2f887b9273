// The audit of many sites, wired: the crawl (crawl/crawler.hpp) hands each
// site's CrawlData to the analysis (analysis/site_analysis.hpp) as soon as
// the site's crawl is over, and the pages are released; the reports
// (report/) then show the results. The only place where crawl and analysis
// meet.
//
//   auto results = wt::audit::audit_sites({"http://127.0.0.1:8053/"}, setup, options);
//   for (auto& r : results) json["sites"].push_back(wt::audit::to_json(r));
#pragma once

#include <string>
#include <vector>

#include "audit/analysis/site_analysis.hpp"
#include "audit/crawl/crawler.hpp"

namespace wt::audit {

/// crawl_sites with the libcurl client built from `options`, each site
/// analysed as soon as its crawl is over; `per_site[i]` (when given)
/// belongs to `seeds[i]`. An exception while analysing a site becomes that
/// site's "internal-error".
std::vector<SiteResult> audit_sites(const std::vector<std::string>& seeds, const AuditSetup& setup,
                                    const CrawlOptions& options, const std::vector<SiteOverrides>& per_site = {});

}  // namespace wt::audit
