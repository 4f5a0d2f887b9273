// SiteFacts: what `check` needs to know about a site, gathered once from the
// config, the content tree and the data set. The checker works on facts
// only, so its tests build facts by hand.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/placeholder.hpp"
#include "compliance/waiting_list.hpp"
#include "core/diagnostic.hpp"

namespace wt::config {
struct SiteConfig;
}
namespace wt::content {
class ContentTree;
}
namespace wt::data {
struct DataSet;
}

namespace wt::compliance {

struct PageFact {
  std::string title, url, source;
  std::string folded_title;  ///< lower case, without diacritics (filled by gather_facts, or by the checker)
  bool post = false;         ///< A dated news post: its title does not make a section (a post that
                             ///< mentions "sổ điểm" is not a results page).
};

/// What a dated post carries, for post_field / post_flag requirements.
struct PostFact {
  std::string source_file;
  bool has_author = false, has_source = false, portal = false;
};

struct DataFact {
  std::string kind;     ///< "disclosures", ...
  std::string file;     ///< "data/cong-khai/2025-2026.yaml"
  std::string url;      ///< the page built from it
  nlohmann::json value;
};

/// The text that marks a placeholder left by `webtruong new`.
inline constexpr const char* kPlaceholderMarker = ::wt::kPlaceholderMarker;  // core/placeholder.hpp

struct SiteFacts {
  std::string school_type = "thcs";
  std::string config_file = "site.yaml";      ///< where the fields below were read
  std::map<std::string, Position> field_positions;  ///< where each field is written in it
  std::map<std::string, std::string> fields;    ///< site.yaml fields: name, address, phone, email ...
  std::map<std::string, std::string> sections;  ///< section slug -> URL (every depth)
  std::vector<PageFact> pages;
  std::vector<DataFact> data;
  std::vector<int64_t> post_dates;              ///< dated pages (news), seconds since the epoch
  std::vector<PostFact> posts;                  ///< the same pages' fields
  std::vector<int64_t> portal_post_dates;       ///< dates of the posts marked `portal: true` (3.1d)
  std::vector<Position> images_without_alt;     ///< Markdown images written ![](...)
  std::set<std::string> features;               ///< what the generator builds: sitemap, feeds ...
  std::vector<Position> placeholders;           ///< where placeholders are still written
  std::vector<WaitingFact> waiting;             ///< pages with status: review, in source order
  int64_t now = 0;
  int timezone_minutes = 7 * 60;
};

/// Facts of a loaded site. `data` may be null (no data/ folder).
SiteFacts gather_facts(const config::SiteConfig& cfg, const content::ContentTree& tree, const data::DataSet* data,
                       int64_t now);

/// A title folded for comparison: lower case, without diacritics (đ -> d).
std::string fold_title(const std::string& title);

/// The page a data document is published on ("/cong-khai/2025-2026/").
std::string data_url(const std::string& kind, const nlohmann::json& value, const std::string& file);

}  // namespace wt::compliance
