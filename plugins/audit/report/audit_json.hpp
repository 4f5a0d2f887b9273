// The audit JSON (product.md "The audit"): one object per site of an audit,
// written by `webtruong audit --json` (or to standard output) and kept in
// the SQLite history (history.hpp).
//
//   nlohmann::ordered_json out = {{"sites", nlohmann::ordered_json::array()}};
//   for (const auto& r : results) out["sites"].push_back(wt::audit::to_json(r));
#pragma once

#include <nlohmann/json.hpp>

#include "audit/analysis/site_analysis.hpp"

namespace wt::audit {

/// One element of the audit JSON's "sites" array, keys in product.md's
/// order (url, pages, sections, posts, score), then "crawl", then "error"
/// when the site failed. Sections not applicable to the school type are
/// left out; per_week is cut to 2 decimals.
nlohmann::ordered_json to_json(const SiteResult& site);

/// The error object of a failed site: {"kind", "what", "where", "measured"}.
nlohmann::ordered_json to_json(const SiteError& error);

}  // namespace wt::audit
