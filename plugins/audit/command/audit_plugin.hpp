// The crawler audit as a plugin of the generator: it adds `webtruong audit`
// (plugin.hpp), which crawls live school websites of any CMS, finds their
// required sections and post dates, scores them against a rubric and writes
// the audit JSON, CSV, an HTML report (from the theme's report templates)
// and a SQLite history.
//
//   auto p = wt::audit::make_audit_plugin();
//   for (auto& c : p->commands()) ...;           // {"audit", ..., run_audit}
//   int status = wt::audit::run_audit({"https://thcs-a.edu.vn/", "--html", "r.html"}, host);
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "plugin/plugin.hpp"

namespace wt::audit {

std::unique_ptr<plugin::Plugin> make_audit_plugin();

/// `webtruong audit ARGS...`: 0 done (every report written), 1 a file could
/// not be read or written or no site could be crawled, 2 bad usage.
int run_audit(const std::vector<std::string>& args, const plugin::PluginHost& host);

}  // namespace wt::audit
