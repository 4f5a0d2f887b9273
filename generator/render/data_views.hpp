// Views of the pages built from structured data (docs/data.md,
// docs/contracts.md "View model of the pages built from data"): which pages
// the data gives, and what each page's layout sees. Amounts are formatted
// "1.500.000 đ", dates dd/mm/yyyy; the disclosure checklist comes from the
// tt09-2024 rule set for the site's school type.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "data/data_set.hpp"

namespace wt::render {

/// One item of the TT 09/2024 checklist of a school type.
struct ChecklistEntry {
  std::string category;  ///< general | finance | ...
  std::string name;      ///< Vietnamese name
  std::string source;    ///< legal article
};

/// A page the data gives: its layout, its address, and the keys its layout
/// sees besides the common ones (org, disclosure, procedure ...).
/// `url` and `crumbs` are site-relative (where the page is written); every
/// URL inside `data` is as published, under the site's base path
/// (core/base_path.hpp), ready for the layout.
struct DataPage {
  std::string layout;
  std::string url;         ///< "/cong-khai/2025-2026/"
  std::string title;
  std::string section;     ///< content section whose _index.md is the intro ("cong-khai"), or ""
  std::vector<std::pair<std::string, std::string>> crumbs;  ///< (name, url) between home and the page
  nlohmann::json data;
  /// The data files it shows ("data/cong-khai/2025-2026.yaml"), sorted:
  /// those of its kind (a page lists the other years or classes too).
  std::vector<std::string> sources = {};
  /// True when it shows the TT 09/2024 checklist (the rule sets decide it).
  bool uses_checklist = false;
};

/// Every page of the data set. `now` picks the current week, timetable and
/// year; `base_path` ("/" or "/thcs-le-loi/", SiteConfig::base_path()) is
/// put in front of the site-relative URLs of the views.
std::vector<DataPage> data_pages(const data::DataSet& data, const std::vector<ChecklistEntry>& checklist,
                                 int64_t now, int timezone_minutes, const std::string& base_path);

/// The `home.data` block of the home page, its URLs under `base_path`.
nlohmann::json home_data(const data::DataSet& data, int64_t now, int timezone_minutes, const std::string& base_path);

}  // namespace wt::render
