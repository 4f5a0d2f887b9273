// The portal's one search over all its members: the index the portal's
// results page (tim-kiem/) and the search box of its pages read, built by
// search::build_index as a site's is (docs/search.md, "The portal").
//
// Its documents are, in this order (the order of equal results):
//   - each school, as the directory shows it (title: its name; text: its
//     type, commune/ward, managing body and contact data; link: its home);
//   - every page of every member, as the member's own index lists it
//     (member_search.hpp): title, date, excerpt, and as section the
//     school's name before the page's own section ("Trường THCS A · Tin
//     tức"); standing pages first, then dated pages newest first across
//     all members (a day's pages in portal.yaml order).
// A page's title is searched as a title; its school, section and excerpt
// as its text. The full text of a page is not: it is what the school's own
// search finds (the portal's index would otherwise be made again from all
// members' pages whenever one page of one member changed).
//
// Members are read from their folders in `root`, the portal's output being
// made (www/<path>/, hosts/<host>/), so a whole build and `portal merge`
// give the same bytes. A member whose folder holds no index brings only its
// directory entry; one whose index is damaged is named in a warning.
//
//   auto files = portal_search_files(report, staging_dir, &pool, sink);
//   for (auto& [rel, bytes] : files) out["www/search/" + rel] = bytes;
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "portal/portal_report.hpp"
#include "search/document.hpp"

namespace wt {
class ThreadPool;
}

namespace wt::portal {

/// Where the portal publishes its index and its results page, under www/.
inline constexpr const char* kSearchDir = "search/";
inline constexpr const char* kSearchPage = "tim-kiem/";

/// The member's folder in the portal's output: "hosts/<host>/" or
/// "www/<path>/" (its URL after the portal's base URL); "" when its report
/// names none that is safe to read (no "..", no empty segment).
std::string member_folder(const MemberReport& m, const std::string& portal_base_url);

/// The documents of the portal's index, in the order above.
std::vector<search::Document> portal_search_documents(const PortalReport& report, const std::filesystem::path& root,
                                                      DiagnosticSink& sink);

/// The files of the index ("manifest.json", "w/0.json", ...), to publish
/// under www/search/.
std::map<std::string, std::string> portal_search_files(const PortalReport& report, const std::filesystem::path& root,
                                                       ThreadPool* pool, DiagnosticSink& sink);

}  // namespace wt::portal
