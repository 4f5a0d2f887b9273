// What an auditor hands `webtruong audit` besides URLs: the list of sites
// (--list) and the values a crawl cannot measure (--input), each read with
// errors at file:line:col.
//
// Site list: one site a line, optionally followed by its school type
// (blank, tab, comma or semicolon between); '#' starts a comment.
//
//   # schools.txt
//   https://thcs-nguyendu.vinhphuc.edu.vn/   thcs
//   thpt-a.edu.vn, thpt
//
// Input file: CSV (',' or ';', a header row) or JSON. The first CSV column
// names the site ("url", "site" or "website"); every other column is a
// rubric input measure (e.g. visits_per_day, posts_to_portal); empty cells
// mean "not measured". JSON: {"<site>": {"visits_per_day": 120, ...}, ...}.
// Numbers may use Vietnamese grouping ("1.200" is one thousand two hundred).
//
//   wt::DiagnosticSink sink;
//   auto sites = wt::audit::read_site_list(text, "schools.txt", sink);
//   auto inputs = wt::audit::read_score_inputs(text, "inputs.csv", host, sink);  // host reads the CSV
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "audit/analysis/site_analysis.hpp"
#include "core/diagnostic.hpp"
#include "plugin/plugin.hpp"

namespace wt::audit {

struct ListedSite {
  std::string url;   ///< As written, with http:// added when no scheme was given.
  std::string type;  ///< "" when the line names none.
};

/// Errors (an unknown school type, a URL that is not http(s)) go to `sink`;
/// the other lines are still returned.
std::vector<ListedSite> read_site_list(const std::string& text, const std::string& file, DiagnosticSink& sink);

/// By site_key() of each site. nullopt when the file cannot be used at all.
/// CSV is read by the host's CSV reader (PluginHost::read_csv).
std::optional<std::map<std::string, ScoreInputs>> read_score_inputs(const std::string& text,
                                                                    const std::string& file,
                                                                    const plugin::PluginHost& host,
                                                                    DiagnosticSink& sink);

/// The key sites are matched by: host lower-cased without "www." and
/// without the default port, then the path without its trailing slash.
/// "HTTPS://www.THCS-A.edu.vn:443/" and "thcs-a.edu.vn" give "thcs-a.edu.vn".
std::string site_key(const std::string& url);

}  // namespace wt::audit
