// BuildPlan: every file a build will write, made before anything is
// rendered, each with its kind and the inputs it depends on.
//
// An input is named by a string:
//
//   file:content/tin-tuc/a.md       a file of the site folder (content, data,
//                                   static, the site's own layouts/partials)
//   theme:layouts/page.mustache     a file of an installed theme (outside the site)
//   config:name                     a top-level key of site.yaml ("config:menus")
//   list:section:tin-tuc:2          a value computed from many files: which
//                                   pages a list shows and at what address,
//                                   the menus, the terms, the newest year ...
//   tool:regulations, tool:schemas  Webtruong's own rule sets and data schemas
//
// Each list names the inputs it is computed from (BuildPlan::list_sources),
// and site/plan_inputs.hpp gives each input a content hash (a list's hash is
// that of its value), so a cache can key an output by the hashes of its
// inputs and re-render only what changed (the portal, the dev server).
// What an output shows of another page (its title, date, summary) comes from
// that page's file, a direct input; what depends on the site as a whole
// (which pages are on list page 3, the addresses of the pages linked to)
// comes from a list. tests/unit/site/dependency_test.cpp edits every input
// of site.example in turn and checks that each output whose bytes change
// names it.
//
// Planning also checks that no two outputs share a path (build.output-clash,
// site/output_plan.hpp): then nothing is rendered.
//
//   BuildPlan plan = plan_build(site, sink);
//   for (const PlannedOutput& o : plan.outputs) writer.write(o.rel, *render_output(site, o, sink));
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "render/site_feeds.hpp"
#include "search/index_builder.hpp"
#include "site/load_site.hpp"

namespace wt::site {

enum class OutputKind {
  Page,         ///< a content page
  SectionList,  ///< page N of a section's list
  Taxonomy,     ///< the list of categories or tags
  Term,         ///< page N of a category or tag
  DataPage,     ///< a page built from data/
  Home,
  SiteMap,      ///< the HTML site map (so-do-trang/)
  NotFound,     ///< 404.html
  Feed,         ///< rss.xml or atom.xml, of the site or a section
  Sitemap,      ///< sitemap.xml
  Robots,       ///< robots.txt
  Compliance,   ///< compliance.json
  Alias,        ///< the redirect page at an old address
  Static,       ///< a file copied as it is
  SearchPage,   ///< tim-kiem/index.html, the search results page
  SearchIndex,  ///< a file of the search index (search/manifest.json, search/w/3.json ...)
  Image,        ///< one size and format of a photo pages show (site/site_images.hpp)
};

/// "page", "section-list", ... (for reports and tests).
const char* kind_name(OutputKind kind);

struct PlannedOutput {
  std::string rel;       ///< where it is written: "tin-tuc/a/index.html"
  OutputKind kind = OutputKind::Page;
  std::string source;    ///< what makes it, as the user knows it (clash messages)
  Position position;
  std::vector<std::string> inputs;  ///< its own inputs, sorted, unique
  /// Inputs it shares with other outputs (the configuration keys every page
  /// shows, its layout's files), sorted: one copy for them all.
  std::shared_ptr<const std::vector<std::string>> shared_inputs;

  // What renders it (pointers into the LoadedSite it was planned from).
  std::string layout;                          ///< templated kinds
  const content::Page* page = nullptr;         ///< Page; Alias: the target
  const content::Section* section = nullptr;   ///< SectionList; a section's Feed
  const content::Taxonomy* taxonomy = nullptr; ///< Taxonomy, Term
  const content::Term* term = nullptr;         ///< Term
  int page_no = 1, total_pages = 1;            ///< SectionList, Term
  size_t index = 0;  ///< DataPage: in site.data_pages; Static: in site.static_files; Image: in site.images.set.variants()
  render::FeedFormat feed_format = render::FeedFormat::Rss;
  /// SearchIndex: the index built while planning (every file of it).
  std::shared_ptr<const search::IndexFiles> search_index;

  /// True when `input` is one of its inputs (own or shared).
  bool names(const std::string& input) const;
  /// Every input, own and shared, sorted.
  std::vector<std::string> all_inputs() const;
};

/// A value computed from many inputs, which outputs name as "list:...".
struct ListInput {
  /// The inputs its value is computed from (files, configuration keys,
  /// other lists), sorted.
  std::vector<std::string> sources;
  /// Its value, as text: equal texts mean equal lists (see plan_inputs.hpp).
  std::function<std::string()> value;
};

struct BuildPlan {
  std::vector<PlannedOutput> outputs;  ///< in planning order
  std::map<std::string, ListInput> lists;

  /// The output written at `rel`, or nullptr.
  const PlannedOutput* find(const std::string& rel) const;
  /// True when `output` names `input`, or a list computed from it.
  bool depends_on(const PlannedOutput& output, const std::string& input) const;
  /// The outputs that name `input` themselves (not through a list).
  std::vector<const PlannedOutput*> direct_dependents(const std::string& input) const;
};

/// Plans every output of the loaded site (a Build load). Reports
/// build.output-clash for every path two outputs would share; false then,
/// and nothing may be rendered. The files of the search index are known
/// only once it is built: `search_index` is the index of `site`
/// (site/search_outputs.hpp build_search_index, on the build's threads);
/// when null it is built here, on one thread.
bool plan_build(const LoadedSite& site, BuildPlan& plan, DiagnosticSink& sink,
                std::shared_ptr<const search::IndexFiles> search_index = nullptr);

/// Puts the files of `index` (a newer index of the same site) in place of
/// the plan's search index files and list:search, as plan_build would plan
/// them (the dev server, once the index of an edited site is built). false,
/// with the plan unchanged, when a file of it would clash with another
/// output: plan the site again, which reports it.
bool replace_search_index(BuildPlan& plan, std::shared_ptr<const search::IndexFiles> index);

}  // namespace wt::site
