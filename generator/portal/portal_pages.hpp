// The portal's own pages, rendered from its PortalReport alone (so that a
// whole build and `portal merge` of its shards give the same bytes):
//
//   index.html                     latest news of all members, `portal: true` first
//   tin-tuc/ (trang/N/)            every `portal: true` post, newest first, paged
//   truong-hoc/                    the directory: by managing body, then commune/ward
//   bang-theo-doi/                 the compliance dashboard (portal/dashboard.hpp), with the
//                                  latest audits beside when an audit history is given
//   tim-kiem/                      the results of the search over all members (the index
//                                  itself, search/, is portal_search.hpp's); every page's
//                                  header has the search box
//   404.html, robots.txt
//   sitemap.xml                    a sitemap index: sitemap-cong.xml (these pages) and
//                                  the sitemap.xml of each member built under a path
//   bao-cao/tin-bai-dung-tren-cong.csv   posts used per member and year (posts_csv.hpp)
//
// Paths are relative to www/, the root of the portal's host. The layouts
// are the theme's portal-*.mustache (themes/default/layouts/).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "portal/audit_history.hpp"
#include "portal/portal_report.hpp"

namespace wt::templates {
class Theme;
}

namespace wt::portal {

/// Posts on the news list per page.
inline constexpr size_t kNewsPerPage = 10;
/// Posts on the home page.
inline constexpr size_t kHomePosts = 12;

/// Every page of the portal, by path under www/. Empty (with errors in
/// `sink`) when a layout is missing or fails.
std::map<std::string, std::string> render_portal_pages(const PortalReport& report, const templates::Theme& theme,
                                                       const std::vector<AuditSnapshot>* audits, DiagnosticSink& sink);

/// The members' posts for the home page: `portal: true` first, then newest,
/// then in portal.yaml order; at most `limit`.
struct CreditedPost {
  const PortalPost* post;
  const MemberReport* member;
};
std::vector<CreditedPost> home_posts(const PortalReport& report, size_t limit);

}  // namespace wt::portal
