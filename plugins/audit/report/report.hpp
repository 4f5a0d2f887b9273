// Crawler audit (issue 4, part 8 "Reports"): the results of one audit (one
// SiteResult per site) as a CSV sheet, and as the view model of the
// Vietnamese HTML report whose templates live in the theme
// (themes/default/reports/), with a posts-per-week chart in inline SVG.
// Pure: the caller renders and writes the files.
//
//   std::ofstream csv("audit.csv", std::ios::binary);
//   wt::audit::write_csv(csv, results);
//   auto view = wt::audit::html_report_view(results, {.generated_at = "01/06/2025 08:00"});
//   auto html = host.render_report("audit", view, "", sink);   // plugin/plugin.hpp
//
// SQLite history (--db) is in history.hpp.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/analysis/site_analysis.hpp"
#include "audit/report/history.hpp"

namespace wt::audit {

/// RFC 4180 (CRLF, fields quoted when they hold , " CR or LF), UTF-8 with a
/// BOM so Excel shows Vietnamese. Header then one row per site:
///   url,pages,posts,in_window,per_week,total,max,item:<id>...,section:<id>...,error,refused
/// `error` is "<kind>: <what> (at <where>)" for a site that failed (SiteError),
/// `refused` each refusal "<reason>: <url>", separated by "; " (then "(N more)").
/// Rubric item ids and requirement ids each in order of first appearance
/// across the sites (stable for a rubric and rule set). An item cell holds its
/// points ("" when not measured or absent); a section cell 1 (found) or 0,
/// "" when not applicable or absent. per_week is cut to 2 decimals as in the
/// audit JSON.
void write_csv(std::ostream& out, const std::vector<SiteResult>& sites);
std::string to_csv(const std::vector<SiteResult>& sites);

/// One ISO 8601 week of the posting window.
struct WeekCount {
  std::string week;    ///< "2024-W36"
  std::string monday;  ///< "2024-09-02"
  int posts = 0;       ///< Dated articles in the window published that week.
};

/// Every ISO week from the week of posts.since to the week of posts.until,
/// with the count of items dated in the window (by their own local date).
/// Empty when the window is missing or invalid.
std::vector<WeekCount> posts_per_week(const PostingStats& posts);

/// Inline <svg role="img"> with a <title>, one <rect class="bar"> per week,
/// axes and labels. `id` makes the title/desc ids unique in a page.
std::string posts_chart_svg(const PostingStats& posts, const std::string& id = "chart");

struct HtmlOptions {
  std::string title = "Báo cáo kiểm tra trang web trường học";
  std::string generated_at;  ///< Shown under the title when not empty ("01/06/2025 08:00").
  std::string rubric_title;  ///< The rubric's own title, shown with the score sheets.
};

/// The view model of the report layout "audit" (themes/default/reports/,
/// rendered by PluginHost::render_report): a summary row per site, then per
/// site its score sheet, required sections (found or not, with their URLs),
/// the posts-per-week chart (inline SVG, in `chart_svg`) with the table
/// behind it, how the crawl went (`crawl`: robots.txt, refusals with their
/// URL and reason, caps reached), `error` when the site failed (kind,
/// Vietnamese title, what, where, what was still measured), and past crawls
/// from `history[i]` (from --db) when given. Dates dd/mm/yyyy, decimals with
/// a comma.
nlohmann::json html_report_view(const std::vector<SiteResult>& sites, const HtmlOptions& options = {},
                                const std::vector<HistoryResult>& history = {});

}  // namespace wt::audit
