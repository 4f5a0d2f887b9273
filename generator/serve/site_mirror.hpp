// SiteMirror: the files a build of the site reads, held in memory (a
// MemoryFileSystem at the same absolute paths as on disk), so that each
// rebuild of `webtruong serve` reads from memory and only the files an edit
// touched are read from disk again.
//
// It holds the site folder (without its dot-names, such as .git/ and
// .webtruong/, and without public/, the output of `webtruong build`) and
// the folders of installed themes. refresh() takes the paths the watcher
// (serve/watcher.hpp) saw change: a file is read again or removed, a
// folder read again whole (a folder moved in, or created with files the
// watcher could not see yet). What is read obeys the rules of a build:
// regular files only, up to the input size limit, links only when they
// stay inside the site (or the theme) folder.
//
//   SiteMirror mirror(site_dir, site::default_theme_dirs());
//   mirror.load();
//   site::load_site(request, mirror.files(), pool, sink);
//   mirror.refresh({site_dir / "content/tin-tuc/a.md"});
//
// Not thread-safe: load() and refresh() may not run while a build reads files().
#pragma once

#include <filesystem>
#include <vector>

#include "core/file_system.hpp"

namespace wt::serve {

class SiteMirror {
 public:
  /// `site_dir` and `theme_dirs` absolute and normal.
  SiteMirror(std::filesystem::path site_dir, std::vector<std::filesystem::path> theme_dirs);

  /// Reads everything anew; the number of files held.
  size_t load();
  /// Reads each of `changed` again from disk (see above).
  void refresh(const std::vector<std::filesystem::path>& changed);
  /// True for paths of the site folder a build never reads: dot-names and public/.
  bool ignored(const std::filesystem::path& path) const;

  const MemoryFileSystem& files() const { return files_; }
  const std::filesystem::path& site_dir() const { return site_dir_; }
  const std::vector<std::filesystem::path>& theme_dirs() const { return theme_dirs_; }

 private:
  void remove_below(const std::filesystem::path& path);
  void read_one(const std::filesystem::path& path);
  std::filesystem::path root_of(const std::filesystem::path& path) const;

  std::filesystem::path site_dir_;
  std::vector<std::filesystem::path> theme_dirs_;
  MemoryFileSystem files_;
};

}  // namespace wt::serve
