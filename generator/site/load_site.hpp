// load_site: everything a build or a check reads, loaded once, in one
// value: the configuration, the theme, the content tree, the data, the
// regulations (rule sets and rubric, each file read once per run), the
// compliance report, the Markdown of every page rendered, the static files
// to publish and the view models' shared state. `build` and `check` both
// call it; the dev server and the portal will keep a LoadedSite and render
// single outputs from it (site/render_output.hpp).
//
//   wt::ThreadPool pool(jobs);
//   wt::DiagnosticSink sink;
//   auto site = wt::site::load_site({.site_dir = "site.example"}, wt::real_file_system(), pool, sink);
//   if (!site->config_ok) return 1;
//
// Every input is read through the FileSystem (the disk, or memory), except
// Webtruong's own schemas and rule sets. Problems are reported to the sink
// and loading goes on where it can, so one run lists every problem; the
// LoadedSite then holds what could be read. Nothing is written.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "compliance/checker.hpp"
#include "config/site_config.hpp"
#include "content/content_tree.hpp"
#include "core/diagnostic.hpp"
#include "data/data_set.hpp"
#include "render/data_views.hpp"
#include "render/view_model.hpp"
#include "images/variant_store.hpp"
#include "markdown/markdown.hpp"
#include "site/site_check.hpp"
#include "site/site_images.hpp"
#include "site/static_files.hpp"
#include "templates/theme.hpp"

namespace wt {
class FileSystem;
class ThreadPool;
}  // namespace wt

namespace wt::site {

class MarkdownCache;

/// What a command needs loaded. `check` needs no theme, no Markdown and no
/// static files, and words a missing schemas/ folder as `check` does.
enum class LoadPurpose { Build, Check };

struct LoadRequest {
  std::filesystem::path site_dir = ".";
  LoadPurpose purpose = LoadPurpose::Build;
  bool drafts = false;
  bool future = false;
  std::string base_url;  ///< overrides site.yaml's base_url
  int64_t now = 0;       ///< 0: the clock (or $SOURCE_DATE_EPOCH)
  std::vector<std::filesystem::path> theme_dirs;  ///< where installed themes live; empty: the defaults
  std::filesystem::path schemas_dir;               ///< empty: find_schemas_dir()
  /// Markdown rendered by an earlier build, reused where the text is the
  /// same, and this build's collected (site/markdown_cache.hpp); not owned.
  MarkdownCache* markdown_cache = nullptr;
  /// Content files as earlier builds parsed them (site/page_cache.hpp); not owned.
  content::ParsedFileCache* parsed_files = nullptr;
  /// Builds the list item of every page up front (a build that renders most
  /// pages); false: each item is built when a list shows it (an incremental
  /// build, which renders few).
  bool prepare_list_items = true;
  /// Where encoded photos are kept between builds (images/variant_store.hpp);
  /// empty: the site folder's .webtruong-cache/images/ on disk, memory otherwise.
  std::shared_ptr<images::VariantStore> image_store;
};

/// A site, loaded. Owns everything its parts point to; not copyable or
/// movable (views and the tree point into it), so it lives in a unique_ptr.
struct LoadedSite {
  LoadedSite() = default;
  LoadedSite(const LoadedSite&) = delete;
  LoadedSite& operator=(const LoadedSite&) = delete;

  LoadRequest request;
  const FileSystem* files = nullptr;  ///< what it was read from
  int64_t now = 0;

  bool config_ok = false;       ///< false: nothing else was loaded
  config::SiteConfig cfg;
  std::string config_text;      ///< site.yaml as read (configuration inputs are hashed from it)

  bool theme_ok = false;        ///< the theme was found, loaded and has every layout a site needs
  std::filesystem::path theme_dir;   ///< the theme folder (empty when not found)
  std::filesystem::path theme_root;  ///< what theme files may not leave
  std::unique_ptr<templates::Theme> theme;

  std::unique_ptr<content::ContentTree> tree;
  std::filesystem::path schemas_dir;
  data::DataSet data;

  std::optional<regulations::Regulations> regulations;  ///< rule sets and rubric, each read once
  std::optional<compliance::Report> compliance;  ///< the site checked against its regulations
  nlohmann::json compliance_map;                 ///< published as compliance.json (build)
  std::vector<render::ChecklistEntry> checklist;  ///< TT 09/2024 items for the site's type

  render::RenderedPages rendered;  ///< Markdown of every published page
  /// The pages each page's Markdown links to with "@/" (content paths), sorted.
  std::map<const content::Page*, std::vector<std::string>> links;
  std::vector<StaticFile> static_files;
  SiteImages images;  ///< the photos pages show (site/site_images.hpp)
  std::unique_ptr<images::VariantEncoder> image_encoder;  ///< encodes their variants (Image outputs)
  std::vector<render::DataPage> data_pages;
  std::vector<std::string> data_page_urls;  ///< sorted, unique
  std::unique_ptr<render::ViewBuilder> views;

  /// Wall time of each loading step, in order ("config and theme", ...).
  std::vector<std::pair<std::string, double>> phases;

  /// `path` relative to the site folder when it is inside it, else as it is.
  std::string shown(const std::filesystem::path& path) const;
};

/// Loads the site `request.site_dir` from `files`, parsing and rendering on
/// the threads of `pool`.
std::unique_ptr<LoadedSite> load_site(const LoadRequest& request, const FileSystem& files, ThreadPool& pool,
                                      DiagnosticSink& sink);

/// How the site's page bodies are rendered (markdown/markdown.hpp).
markdown::Options markdown_options(const LoadedSite& site);

/// Directories searched for installed themes, in order.
std::vector<std::filesystem::path> default_theme_dirs();

/// The generator named in every page (<meta name="generator">).
inline constexpr const char* kGenerator = "Webtruong 0.1.0";

}  // namespace wt::site
