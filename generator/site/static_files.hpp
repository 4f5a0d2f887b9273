// Static files: what a build copies as it is, and which of them may be
// published.
//
// They come from the theme's static/, then the site's static/ (which wins,
// file by file), then the files beside pages in section folders and page
// bundles. A file a browser would run as a page or a script on the school's
// origin (one school's file would then act on every school of a portal) is
// refused unless site.yaml lists it under static_allow: .html .htm .xhtml
// .xht .shtml .svg .svgz .js .mjs .xsl .xslt, and .xml .rss .atom files that
// name a stylesheet (<?xml-stylesheet ...?>) or hold XHTML or SVG elements,
// which browsers run as well. The theme's own files (its js/ and css/) are
// trusted. Nothing is read from outside the site or theme folder.
//
//   auto files = wt::site::collect_static_files({site_dir, theme_dir, theme_root, &tree, &cfg.static_allow}, sink);
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "content/content_tree.hpp"
#include "core/diagnostic.hpp"

namespace wt {
class FileSystem;
}

namespace wt::site {

struct StaticFile {
  std::string rel;            ///< where it is published: "bieu-mau/don.pdf"
  std::filesystem::path src;  ///< where it is read from
  std::string source;         ///< as the user knows it: "static/bieu-mau/don.pdf"
};

struct StaticSources {
  const FileSystem* files = nullptr;  ///< where they are listed and read; nullptr: the disk
  std::filesystem::path site_dir;
  std::filesystem::path theme_dir;   ///< the theme folder (its static/ is trusted); empty: none
  std::filesystem::path theme_root;  ///< what theme files may not leave: the site folder for a theme inside it
  const content::ContentTree* tree = nullptr;
  const std::vector<std::string>* allow = nullptr;  ///< site.yaml static_allow
};

/// Why the file `name`, whose bytes are at `real`, can run script when
/// served from the site ("" when it cannot): ".svg files can", "this XML file
/// names a stylesheet".
std::string script_risk(const std::string& name, const std::filesystem::path& real);
/// The same, reading the file from `files`.
std::string script_risk(const FileSystem& files, const std::string& name, const std::filesystem::path& real);

/// True when an entry of `allow` matches `rel` (as published) or `source`
/// (from the site folder); * ? [...] do not cross '/'.
bool static_allowed(const std::vector<std::string>& allow, const std::string& rel, const std::string& source);

/// Every static file to publish, theme files first. Refused files
/// (static.script, links out of the site, pipes ...) are reported and left
/// out. The same `rel` may come twice (static/ and a section folder): the
/// output plan reports that.
std::vector<StaticFile> collect_static_files(const StaticSources& in, DiagnosticSink& sink);

}  // namespace wt::site
