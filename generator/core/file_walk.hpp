// FolderWalker: listing the folders of a site without ever leaving it.
// It lists through a FileSystem (core/file_system.hpp): the disk, or memory.
//
// A site folder may hold symbolic links, named pipes and devices put there
// by anyone who can add a file. std::filesystem's iterators do not follow
// links themselves, but asking an entry is_directory() or is_regular_file()
// does, and they throw when a folder cannot be listed. FolderWalker lists a
// folder in name order and looks at each entry once, with lstat(): a file or
// folder inside the root (links resolved) is returned; a link that leads
// outside the root, a link loop, a broken link, a named pipe, a socket or a
// device is reported as an error naming the entry ("content/a.md: error:
// this is a link to '/etc/passwd', outside the site folder ...") and left
// out. Nothing is opened. Folder links inside the root are followed; one
// that leads back to a folder the walk is inside is a loop, reported once.
//
//   wt::FolderWalker walk(site_dir, sink);
//   if (auto top = walk.top(site_dir / "data", "data"))
//     for (const auto& f : walk.files(*top, wt::skip_dot_names)) read(f.real);
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace wt {

class FileSystem;

struct WalkEntry {
  std::filesystem::path path;  ///< as found: folder / name
  std::filesystem::path real;  ///< every link resolved; read and copy from here
  std::string rel;             ///< below the top folder, with '/': "tin-tuc/a.md"
  std::string shown;           ///< for diagnostics: "content/tin-tuc/a.md"
  bool is_folder = false;
  bool is_link = false;
};

/// Names to leave out of a walk: skip(name) true means not listed.
using SkipName = std::function<bool(const std::string& name)>;

/// True for names starting with '.' (.git, .DS_Store, .webtruong-output).
bool skip_dot_names(const std::string& name);

class FolderWalker {
 public:
  /// Nothing is returned from outside `root` (resolved here); `root_name`
  /// names it in messages ("the site folder", "the theme folder").
  FolderWalker(const FileSystem& files, const std::filesystem::path& root, DiagnosticSink& sink,
               std::string root_name = "the site folder");
  /// The same, on the disk.
  FolderWalker(const std::filesystem::path& root, DiagnosticSink& sink, std::string root_name = "the site folder");

  const std::filesystem::path& root() const { return root_; }

  /// The folder `dir` as the top of a walk, shown as `shown`. nullopt when it
  /// does not exist or is not a folder (not reported: callers decide), or is
  /// refused (reported: a link outside the root, a loop ...).
  std::optional<WalkEntry> top(const std::filesystem::path& dir, const std::string& shown);

  /// The entries of `folder`, sorted by name, without skipped names and
  /// refused entries. A folder that cannot be listed is an error.
  std::vector<WalkEntry> list(const WalkEntry& folder, const SkipName& skip);

  /// Runs `body` as the walk goes down into `folder`; false (and a loop
  /// error) when the walk is already inside that folder.
  bool descend(const WalkEntry& folder, const std::function<void()>& body);

  /// Every file below `folder`, depth first in name order; skipped folders
  /// are not entered.
  std::vector<WalkEntry> files(const WalkEntry& folder, const SkipName& skip);

 private:
  void files_into(const WalkEntry& folder, const SkipName& skip, std::vector<WalkEntry>& out);
  std::optional<WalkEntry> classify(const std::filesystem::path& path, const std::string& rel,
                                    const std::string& shown);

  const FileSystem& files_;
  std::filesystem::path root_;
  DiagnosticSink& sink_;
  std::string root_name_;
  std::vector<std::filesystem::path> inside_;  ///< real folders the walk is in, outermost first
};

}  // namespace wt
