// The view model: the ONLY thing templates see (docs/contracts.md lists
// every key). ViewBuilder turns the content tree, site config and rendered
// Markdown into nlohmann::json objects, one per output page. It decides all
// formatting (dates as dd/mm/yyyy, absolute URLs, metadata), so themes only
// place values.
#pragma once

#include <map>
#include <mutex>
#include <unordered_map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "config/site_config.hpp"
#include "content/content_tree.hpp"
#include "markdown/markdown.hpp"
#include "render/data_views.hpp"

namespace wt {
class ThreadPool;
}
namespace wt::images {
class ImageSet;
}

namespace wt::render {

/// Markdown output of one page, filled before views are built.
using RenderedPages = std::map<const content::Page*, markdown::Rendered>;

struct Crumb {
  std::string name, url;
};

class ViewBuilder {
 public:
  ViewBuilder(const config::SiteConfig& cfg, const content::ContentTree& tree, const RenderedPages& rendered,
              std::string generator);

  /// Absolute URL of a site-relative one ("/a/" -> "https://host/a/",
  /// "https://sgd.example.vn/thcs-le-loi/a/" under a path).
  std::string absolute(const std::string& rel_url) const;
  /// The published form of a site-relative URL, what pages link to: "/a/"
  /// under the base path ("/thcs-le-loi/a/"); other URLs as they are
  /// (core/base_path.hpp). Every URL the view model gives templates went
  /// through it, except rel_url.
  std::string url(const std::string& rel_url) const;
  /// The site's base path: "/" or "/thcs-le-loi/".
  const std::string& base_path() const { return base_path_; }
  /// "/tin-tuc/" (page 1) or "/tin-tuc/trang/3/".
  static std::string pager_url(const std::string& base, int page_no);

  nlohmann::json page(const content::Page& p) const;
  /// The photos processed for this build: pages show them as <picture>
  /// (images/picture_html.hpp). Not owned; nullptr: none.
  void set_images(const images::ImageSet* set) { images_ = set; }
  nlohmann::json home(int latest_count) const;
  nlohmann::json section(const content::Section& s, int page_no, int total_pages) const;
  nlohmann::json taxonomy(const content::Taxonomy& tax) const;
  nlohmann::json term(const content::Taxonomy& tax, const content::Term& t, int page_no, int total_pages,
                      int per_page) const;
  nlohmann::json sitemap() const;
  /// A page built from data (render/data_views.hpp), with the intro HTML of
  /// the matching content section.
  nlohmann::json data_page(const DataPage& page, const std::string& intro_html) const;
  /// The home page's `home.data` block (links to the latest data pages).
  void set_home_data(nlohmann::json data) { home_data_ = std::move(data); }
  /// Pages of the HTML site map that are not content pages: (title, url).
  void set_sitemap_extras(std::vector<std::pair<std::string, std::string>> extras) { sitemap_extras_ = std::move(extras); }
  nlohmann::json not_found() const;
  /// The search results page (tim-kiem/): the page itself is empty, js/search.js fills it.
  nlohmann::json search_page() const;

  /// Builds the list item of every page once, on the threads of `pool`, so
  /// the many list pages (sections, terms, home) copy it instead of
  /// rebuilding it. Call before rendering; item() works without it, only slower.
  void prepare(ThreadPool& pool);

  /// Drops what prepare() built for `p`, whose body changed since (the dev
  /// server keeps a loaded site between edits): item() builds it anew.
  void forget(const content::Page& p);

  /// List item of a page (title, url, date, summary, image, categories).
  nlohmann::json item(const content::Page& p) const;
  std::string summary_of(const content::Page& p) const;

 private:
  /// The page's HTML with its photos as <picture>; the first one loads at
  /// once unless the page has a cover photo (`cover`).
  std::string with_pictures(const content::Page& p, const std::string& html, bool cover) const;
  nlohmann::json build_item(const content::Page& p) const;
  nlohmann::json term_links(const content::Taxonomy& tax, const std::vector<std::string>& names) const;
  nlohmann::json common(const std::string& kind, const std::string& title, const std::string& rel_url,
                        const std::vector<Crumb>& crumbs, const std::string& description) const;
  nlohmann::json pagination(const std::string& base, int page_no, int total_pages) const;
  std::vector<Crumb> crumbs_for(const content::Section* s) const;
  nlohmann::json menu_json(const std::string& rel_url) const;
  std::string image_url(const content::Page& p) const;
  std::string page_jsonld(const content::Page& p, const std::string& description) const;
  std::string home_jsonld() const;
  nlohmann::json dublin_core(const std::string& title, const std::string& rel_url,
                             const std::string& description, const content::Page* p) const;

  const config::SiteConfig& cfg_;
  const content::ContentTree& tree_;
  const RenderedPages& rendered_;
  const images::ImageSet* images_ = nullptr;
  std::string generator_;
  std::string base_;               ///< base_url without the trailing '/'
  std::string base_path_;          ///< "/" or "/thcs-le-loi/"
  nlohmann::json site_;            ///< built once
  nlohmann::json urls_, feeds_;    ///< built once
  nlohmann::json footer_menu_, links_;
  struct ResolvedMenu {
    std::string name, url;
    std::vector<ResolvedMenu> children;
  };
  std::vector<ResolvedMenu> menu_;
  std::unordered_map<const content::Page*, nlohmann::json> items_;  ///< filled by prepare()
  std::unordered_map<const content::Page*, nlohmann::json> tags_;   ///< filled by prepare()
  nlohmann::json home_data_;
  std::vector<std::pair<std::string, std::string>> sitemap_extras_;
  mutable std::mutex menu_mutex_;
  mutable std::unordered_map<std::string, nlohmann::json> menu_cache_;  ///< by active-entry pattern
};

/// Resolves "@/..." menu targets and builds the default menu when site.yaml
/// has none. Broken menu targets are reported against site.yaml.
void check_menus(const config::SiteConfig& cfg, const content::ContentTree& tree, DiagnosticSink& sink);

}  // namespace wt::render
