// HashingFileSystem: a FileSystem that remembers the content hash of every
// file read through it, so keying the outputs (site/plan_inputs.hpp) does
// not read every content file, data file and template a second time: on a
// site of 10,000 posts that second read was a tenth of a rebuild where
// nothing changed. The hash is of the bytes the build read, which are the
// bytes it rendered from. Static files, which are copied and not read, are
// hashed once (for their key and to compare their bytes).
//
//   wt::site::HashingFileSystem files(wt::real_file_system());
//   auto site = load_site(request, files, pool, sink);   // reads, and hashes what it reads
//   files.hash(path);                                    // no read when it was read above
//
// With a StatCache (site/stat_cache.hpp) it is also the stat fast path:
// a file on disk whose stat the previous build recorded, unchanged and not
// racy, has that build's hash without being read (known_hash(), hash()),
// and every file read or hashed has its stat recorded for the next build.
//
// Thread-safe as FileSystem is: reads and hashes may run on many threads.
#pragma once

#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/file_system.hpp"
#include "site/stat_cache.hpp"

namespace wt::site {

class HashingFileSystem final : public FileSystem {
 public:
  /// `stats` (not owned, may be null) is consulted and filled.
  explicit HashingFileSystem(const FileSystem& inner, StatCache* stats = nullptr) : inner_(inner), stats_(stats) {}

  std::filesystem::path real_root(const std::filesystem::path& dir) const override { return inner_.real_root(dir); }
  PathCheck check_path(const std::filesystem::path& path, const std::filesystem::path& root,
                       std::string_view root_name) const override {
    return inner_.check_path(path, root, root_name);
  }
  EntryStatus status(const std::filesystem::path& path) const override { return inner_.status(path); }
  bool list(const std::filesystem::path& dir, std::vector<ListedEntry>* out, std::string* error) const override {
    return inner_.list(dir, out, error);
  }
  std::optional<std::filesystem::path> disk_path(const std::filesystem::path& path) const override {
    return inner_.disk_path(path);
  }
  /// Reads through the inner file system and remembers the hash of what it read.
  std::optional<std::string> read(const std::filesystem::path& path, FileError* error,
                                  uint64_t max_bytes) const override;
  /// The hash of what read() read or hash() hashed, else the inner file system's.
  std::optional<ContentHash> hash(const std::filesystem::path& path) const override;
  /// The hash of `path` when it is known without reading it: read or
  /// hashed before, or its stat unchanged since the previous build.
  std::optional<ContentHash> known_hash(const std::filesystem::path& path) const;

 private:
  static std::string key(const std::filesystem::path& path) {
    std::error_code ec;
    return std::filesystem::absolute(path, ec).lexically_normal().string();
  }
  void remember(const std::string& key, const ContentHash& h) const;
  void note_stat(const std::string& key, const std::optional<FileStat>& before, const std::filesystem::path& path,
                 const ContentHash& h) const;

  const FileSystem& inner_;
  StatCache* stats_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, ContentHash> hashes_;
};

}  // namespace wt::site
