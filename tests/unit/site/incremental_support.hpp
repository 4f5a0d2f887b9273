// What the tests of incremental builds share: a small site held in memory
// (tests/fixtures/sites/basic, two data files of data-pages, a layout and a
// partial of its own, the default theme), built to a folder on disk or in
// full in memory; and an output folder on disk read back whole, with the
// size and modification time of every file.
//
//   test::SmallSite site;
//   test::OutputFolder out;
//   site.build_to_disk(out.path(), pool, &report);
//   CHECK(test::OutputFolder::bytes_of(out.snapshot()) == site.build_in_memory(pool));
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/file_system.hpp"
#include "core/thread_pool.hpp"
#include "output/build_cache.hpp"
#include "site/build.hpp"

namespace wt::test {

class SmallSite {
 public:
  SmallSite();

  /// The file `rel` of the site ("content/a.md").
  void put(const std::string& rel, std::string text);
  void remove(const std::string& rel);
  bool has(const std::string& rel) const;
  std::string get(const std::string& rel) const;
  /// The files below the folder `rel` ending in `ext`, relative to the site, sorted.
  std::vector<std::string> below(const std::string& rel, const std::string& ext) const;

  /// The options of its builds (into `out`).
  site::BuildOptions options(const std::filesystem::path& out) const;
  /// build_site into `out`; the diagnostics are printed to `diagnostics()`.
  bool build_to_disk(const std::filesystem::path& out, ThreadPool& pool, site::BuildReport* report,
                     const std::function<void(site::BuildOptions&)>& adjust = {});
  /// A full build in memory: every output with its bytes (empty when it fails).
  std::map<std::string, std::string> build_in_memory(ThreadPool& pool) const;
  const std::string& diagnostics() const { return diagnostics_; }

  MemoryFileSystem& files() { return files_; }

 private:
  std::filesystem::path root_;
  MemoryFileSystem files_;
  std::string diagnostics_;
};

class OutputFolder {
 public:
  OutputFolder();
  ~OutputFolder();
  OutputFolder(const OutputFolder&) = delete;
  OutputFolder& operator=(const OutputFolder&) = delete;

  /// The output folder (not made: the first build makes it).
  const std::filesystem::path& path() const { return out_; }

  struct File {
    std::string bytes;
    output::FileStamp stamp;
    bool operator==(const File&) const = default;
  };
  /// Every file below path() but Webtruong's own (the marker and .webtruong/).
  std::map<std::string, File> snapshot() const;
  static std::map<std::string, std::string> bytes_of(const std::map<std::string, File>& files);

 private:
  std::filesystem::path root_, out_;
};

}  // namespace wt::test
