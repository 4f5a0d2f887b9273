// The portal's compliance dashboard (issue 12, part 2): one page,
// bang-theo-doi/index.html, with a table of every member of the portal: its
// build, each requirement of its `check`, its posts, its projected score,
// its posts used on the portal this year, and, when the portal is given an
// audit history (`--db`), the latest audit of its live site beside them with
// the differences flagged (portal/dashboard_diff.hpp says which).
//
// The page is the theme's layout portal-dashboard.mustache with the theme's
// header and footer; the table is plain HTML that reads without JavaScript,
// and js/dashboard.js (the theme's portal/static/, portal_static.hpp) adds sorting and filters. The
// view model the layout sees is dashboard_view(); render_dashboard() renders
// it. The portal build owns the rest of the page's frame ("chrome": site,
// menu, urls, feeds ...); without one, portal_chrome() makes it from the
// report.
//
//   DashboardOptions o;
//   o.audits = &audits;                     // read_latest_audits(), when --db
//   auto html = render_dashboard(report, theme, o, sink);   // -> OUT/www/bang-theo-doi/index.html
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "portal/audit_history.hpp"
#include "portal/dashboard_diff.hpp"
#include "portal/portal_report.hpp"
#include "templates/theme.hpp"

namespace wt::portal {

/// Where the dashboard is published under the portal's base path.
constexpr const char* kDashboardPath = "/bang-theo-doi/";
/// The theme's layout of the dashboard.
constexpr const char* kDashboardLayout = "portal-dashboard";

struct DashboardOptions {
  /// The latest audits (read_latest_audits); nullptr when no audit history was given.
  const std::vector<AuditSnapshot>* audits = nullptr;
  DiffTolerances tolerances;
  /// "Now" for the age of audits and the current posts-used year, unix
  /// seconds; 0: the report's generated_at.
  int64_t now = 0;
  /// The portal's frame of the page (the keys the theme's head, header and
  /// footer partials read: lang, site, menu, urls, feeds, footer_menu, links,
  /// generator, meta); its keys replace those of portal_chrome(report).
  nlohmann::json chrome = nlohmann::json::object();
};

/// A frame for the page made from the report alone: the portal's name,
/// links to its home page, the theme's stylesheet and scripts under the
/// base path of report.base_url.
nlohmann::json portal_chrome(const PortalReport& report);

/// The whole view model of the dashboard page (frame and "dashboard").
nlohmann::json dashboard_view(const PortalReport& report, const DashboardOptions& options);

/// The dashboard page, rendered with the theme's portal-dashboard layout;
/// nullopt when the theme has no such layout or it fails (reported to `sink`).
std::optional<std::string> render_dashboard(const PortalReport& report, const templates::Theme& theme,
                                            const DashboardOptions& options, DiagnosticSink& sink);

}  // namespace wt::portal
