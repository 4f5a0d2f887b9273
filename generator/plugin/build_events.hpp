// What a plugin's build hooks see (plugin.hpp): plain values owned by the
// plugin API, so that a plugin built on core/, regulations/ and plugin/
// alone (module_includes_test) can follow a build. A search index, say:
//
//   void on_page_rendered(const plugin::RenderedOutput& out, std::string& bytes) override {
//     if (out.kind == "page") collect(out.url, out.title, bytes);   // several threads at once
//   }
//   void on_build_finished(plugin::FinishedBuild& build) override {
//     build.add_output("tim-kiem/chi-muc.json", index_json());     // written with the rest, atomically
//   }
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace wt::plugin {

/// The site once loaded, before it is validated and planned.
struct LoadedSiteInfo {
  std::filesystem::path site_dir;
  std::string name;        ///< the school's full name (site.yaml `name`)
  std::string base_url;    ///< "https://sgd.example.vn/thcs-le-loi/", normalised
  std::string base_path;   ///< "/" or "/thcs-le-loi/": what every internal URL starts with
  size_t pages = 0;        ///< content pages that will be published (posts included)
};

/// One output just rendered, before it is written.
struct RenderedOutput {
  std::string rel;     ///< where it is written in the output: "tin-tuc/a/index.html"
  std::string kind;    ///< "page", "section", "feed", "sitemap", "data", "alias", ... (site/build_plan.cpp kind_name)
  std::string url;     ///< site-relative address of a content page ("/tin-tuc/a/"); "" for other outputs
  std::string title;   ///< a content page's title; "" for other outputs
  std::string source;  ///< what makes it, as the user knows it: "content/tin-tuc/a.md", "data/to-chuc.yaml"
};

/// The end of a build, before the new output replaces the old one.
class FinishedBuild {
 public:
  virtual ~FinishedBuild() = default;
  /// Every output written, relative paths, sorted.
  virtual const std::vector<std::string>& outputs() const = 0;
  /// Adds a file of the plugin's to the output (`rel` relative, no "..",
  /// not one of outputs()). False, with an error reported for the site,
  /// when it cannot be written; the build then fails and the previous
  /// output stays.
  virtual bool add_output(const std::string& rel, const std::string& bytes) = 0;
};

}  // namespace wt::plugin
