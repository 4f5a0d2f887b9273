// SiteConfig: what site.yaml says about a school site, with defaults.
//
//   wt::DiagnosticSink sink;
//   auto cfg = wt::config::parse_site_config(text, "site.yaml", sink);
//   if (!cfg) { sink.print(std::cerr); }
//
// parse_site_config is pure (text in, value out); load_site_config reads the
// file. Unknown keys, wrong types and missing required fields are reported
// with file:line:col; parsing goes on so that every problem is listed.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace wt::config {

/// One menu entry: either a URL or an internal page reference ("@/gioi-thieu/_index.md").
struct MenuEntry {
  std::string name;
  std::string url;       ///< as written (site-relative "/x/" or absolute http(s) URL)
  std::string page;      ///< "@/..." reference, resolved by the content tree
  int weight = 0;
  Position position;     ///< where the entry is written, for link errors
  std::vector<MenuEntry> children;
};

struct Link {
  std::string name;
  std::string url;
};

struct SiteConfig {
  std::string file = "site.yaml";     ///< where it was read, as the user knows it
  std::string text;                   ///< the text it was read from (check looks for placeholders in it)
  std::map<std::string, Position> key_positions;  ///< where each top-level value is written
  std::string name;                   ///< required: full name of the school
  std::string short_name;             ///< default: name
  std::string type = "thcs";          ///< mn | th | thcs | thpt | gdtx | pgd | sgd (regulations/school_type.hpp)
  std::string address, phone, email, province, managing_body, responsible;
  /// Where the home page is published, normalised (config/base_url.hpp):
  /// always ends with '/'; may hold a path ("https://sgd.example.vn/thcs-le-loi/").
  std::string base_url = "http://localhost/";
  std::string description;
  std::string logo;
  std::string language = "vi";
  int timezone_minutes = 7 * 60;      ///< "+07:00"
  std::string theme = "default";
  std::string rules = "tt37-2020";
  std::string rubric;
  int pagination = 10;                ///< items per list page
  int home_latest = 8;                ///< latest posts on the home page
  int feed_limit = 20;                ///< items per feed
  std::vector<MenuEntry> main_menu;   ///< empty: built from the top-level sections
  std::vector<MenuEntry> footer_menu;
  std::vector<Link> links;
  /// Files of static/ (and beside pages) that may carry script (.html, .svg,
  /// .js ...) and are published all the same: paths as published or from the
  /// site folder, with shell wildcards (* ? [...]) that do not cross '/'.
  std::vector<std::string> static_allow;
  /// `approval: required`: every published page names who approved it
  /// (front matter `approved_by`); a warning of `check`, an error of
  /// `build --strict`. Default `off`.
  bool approval_required = false;

  /// The path of base_url: "/" for a site at a host's root, "/thcs-le-loi/"
  /// for one under a path. Every internal address starts with it.
  std::string base_path() const;
};

/// Every top-level key site.yaml may hold.
const std::vector<std::string>& site_config_keys();

std::optional<SiteConfig> parse_site_config(const std::string& text, const std::string& file,
                                            DiagnosticSink& sink);

/// Replaces cfg.base_url with `url` (`build --base-url`), normalised; an
/// error (config.base-url, at "--base-url") when it cannot be a base URL.
bool override_base_url(SiteConfig& cfg, const std::string& url, DiagnosticSink& sink);

std::optional<SiteConfig> load_site_config(const std::filesystem::path& site_dir, DiagnosticSink& sink);

}  // namespace wt::config
