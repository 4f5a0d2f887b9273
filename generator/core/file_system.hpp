// FileSystem: the read side of everything a build takes in (site.yaml,
// content, data, the theme, static files), behind one interface, so a
// build can run from disk or from memory (the dev server, tests, a portal
// holding its sites' files), and so every input has a content hash that
// caches can be keyed by.
//
// RealFileSystem is the disk, through the checked reads of core/file_io.hpp:
// named pipes, sockets and devices are refused before they are opened,
// files over a size limit are refused, and check_path() resolves links and
// refuses any that leads outside the allowed folder. FolderWalker
// (core/file_walk.hpp) lists folders through the same interface.
// MemoryFileSystem holds regular files and the folders they imply; it has
// no links and no special files, so nothing in it can lead outside a root.
//
//   wt::MemoryFileSystem files;
//   files.add("/site/site.yaml", "name: Trường THCS A\n");
//   auto text = files.read("/site/site.yaml", &error);
//   wt::ContentHash h = *files.hash("/site/site.yaml");
//
// Thread safety: the const functions may be called from several threads at
// once; MemoryFileSystem's add() and remove() may not run at the same time
// as anything else.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/content_hash.hpp"
#include "core/file_io.hpp"

namespace wt {

/// What a name is, its link not followed (lstat()).
struct EntryStatus {
  enum class Type { File, Folder, Link, Special, Missing, Unreadable };
  Type type = Type::Missing;
  unsigned mode = 0;  ///< st_mode, for Special (special_file_error() words it)
  std::string error;  ///< why, for Unreadable: "Permission denied"
};

/// One entry of a folder listing.
struct ListedEntry {
  std::string name;
  EntryStatus status;
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;

  /// `dir` with every link resolved (or made absolute when it cannot be):
  /// the roots given to check_path().
  virtual std::filesystem::path real_root(const std::filesystem::path& dir) const = 0;

  /// What `path` is once links are resolved, and whether it stays inside
  /// `root` (see core/file_io.hpp check_path()). Nothing is opened.
  virtual PathCheck check_path(const std::filesystem::path& path, const std::filesystem::path& root,
                               std::string_view root_name = "the site folder") const = 0;

  /// What `path` itself is, a link not followed.
  virtual EntryStatus status(const std::filesystem::path& path) const = 0;

  /// The entries of the folder `dir`, in no particular order. false, with a
  /// message in `error` ("Permission denied"), when it cannot be listed.
  virtual bool list(const std::filesystem::path& dir, std::vector<ListedEntry>* out, std::string* error) const = 0;

  /// The bytes of the regular file `path` (links followed: check the path
  /// first), at most `max_bytes`. nullopt and `error` (when not null) when
  /// it is not a regular file, is larger, or cannot be read.
  virtual std::optional<std::string> read(const std::filesystem::path& path, FileError* error,
                                          uint64_t max_bytes = kMaxInputFileBytes) const = 0;

  /// The content hash of the regular file `path`; nullopt when it cannot be read.
  virtual std::optional<ContentHash> hash(const std::filesystem::path& path) const;

  /// Where the file's bytes are on disk, for copying them without reading
  /// them into memory; nullopt for files that are not on a disk.
  virtual std::optional<std::filesystem::path> disk_path(const std::filesystem::path&) const { return std::nullopt; }

  /// True when `path` is a folder (links followed).
  bool is_folder(const std::filesystem::path& path) const;
  /// True when `path` is a regular file (links followed).
  bool is_file(const std::filesystem::path& path) const;
};

/// The disk.
class RealFileSystem final : public FileSystem {
 public:
  std::filesystem::path real_root(const std::filesystem::path& dir) const override;
  PathCheck check_path(const std::filesystem::path& path, const std::filesystem::path& root,
                       std::string_view root_name) const override;
  EntryStatus status(const std::filesystem::path& path) const override;
  bool list(const std::filesystem::path& dir, std::vector<ListedEntry>* out, std::string* error) const override;
  std::optional<std::string> read(const std::filesystem::path& path, FileError* error,
                                  uint64_t max_bytes) const override;
  std::optional<std::filesystem::path> disk_path(const std::filesystem::path& path) const override { return path; }
};

/// check_path() then read() of the resolved path (core/file_io.hpp's
/// read_file_inside, through `files`).
std::optional<std::string> read_file_inside(const FileSystem& files, const std::filesystem::path& path,
                                            const std::filesystem::path& root, FileError* error,
                                            uint64_t max_bytes = kMaxInputFileBytes);

/// The one RealFileSystem of the process (it holds no state).
const FileSystem& real_file_system();

/// Files held in memory, by path. Paths are made absolute (against the
/// current folder) and normal, so "site/a.md" and "./site/a.md" are one file.
class MemoryFileSystem final : public FileSystem {
 public:
  /// Adds or replaces the file `path`; its folders come into being with it.
  void add(const std::filesystem::path& path, std::string bytes);
  /// Removes the file `path`; false when there was none.
  bool remove(const std::filesystem::path& path);
  /// The bytes of `path`, or nullopt (no checks: for tests and callers that edit).
  std::optional<std::string> get(const std::filesystem::path& path) const;
  /// Every file, by normal absolute path.
  const std::map<std::string, std::string>& files() const { return files_; }
  /// Copies every regular file below the folder `dir` on disk into memory,
  /// at the same (absolute) paths: names starting with '.' are left out, and
  /// so is what FolderWalker refuses (links out of `dir`, pipes, devices).
  /// The number of files copied.
  size_t add_from_disk(const std::filesystem::path& dir);

  std::filesystem::path real_root(const std::filesystem::path& dir) const override;
  PathCheck check_path(const std::filesystem::path& path, const std::filesystem::path& root,
                       std::string_view root_name) const override;
  EntryStatus status(const std::filesystem::path& path) const override;
  bool list(const std::filesystem::path& dir, std::vector<ListedEntry>* out, std::string* error) const override;
  std::optional<std::string> read(const std::filesystem::path& path, FileError* error,
                                  uint64_t max_bytes) const override;

 private:
  static std::string key(const std::filesystem::path& path);
  std::map<std::string, std::string> files_;  ///< by key()
  std::map<std::string, int> folders_;        ///< key() of every folder holding a file -> files below it
};

}  // namespace wt
