// SiteShape: what of a site folder the CMS forms are made for: the folders
// of content/ that hold pages (each becomes a collection of posts), the
// pages at the top of content/ (each becomes one form), and whether the
// site uses data/ (all seven kinds get their forms either way: a new site
// starts its data in the CMS).
//
//   DiagnosticSink sink;
//   SiteShape shape = read_site_shape("site.example", real_file_system(), sink);
//   shape.sections[0].folder == "thoi-khoa-bieu"; shape.sections[0].title == "Thời khóa biểu"
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/file_system.hpp"

namespace wt::cms {

struct ContentSection {
  std::string folder;  ///< relative to content/, '/' between levels: "tin-tuc", "gioi-thieu/to-chuc"
  std::string title;   ///< the title of its _index.md; the folder name when it has none
  bool dated = true;   ///< its pages are listed by date (no sort_by, or sort_by: date)
  bool has_index = false;  ///< holds an _index.md (the section page itself, a form of its own)
};

struct SinglePage {
  /// "_index.md", "lien-he.md": a Markdown file at the top of content/; or the
  /// "thoi-khoa-bieu/_index.md" of a section whose list the build makes from data/
  /// and that holds no page of its own (its data has its own forms).
  std::string file;
  std::string title;  ///< its title; the file's name when it has none
};

struct SiteShape {
  std::vector<ContentSection> sections;  ///< sorted by folder
  std::vector<SinglePage> single_pages;  ///< those at the top of content/ first, each group sorted
};

/// The shape of the site in `site_dir`. A folder that cannot be listed is
/// reported to `sink`; links and dot-names are not followed.
SiteShape read_site_shape(const std::filesystem::path& site_dir, const FileSystem& files, DiagnosticSink& sink);

}  // namespace wt::cms
