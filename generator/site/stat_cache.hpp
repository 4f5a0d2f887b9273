// StatCache: the stat fast path of incremental builds, as ninja and git
// do it. For every input file a build read or hashed it records the
// file's size, modification and change times (nanoseconds), inode and
// device with the content hash of its bytes; the next build takes the
// hash of a file whose stat is the same without reading it.
//
// A stat is trusted only when every field is the same and the file was
// last changed (mtime or ctime) well before the build that recorded it
// began: a file changed within the file system's time granularity of that
// moment could have changed again, after it was read, with the same stat
// ("racy git"), so it is read and hashed again (and the table rewritten,
// after which it is trusted). The granularity is taken as 2 s for a time
// with no fraction of a second (file systems that keep whole seconds, or
// FAT's two), else 50 ms (the kernel's coarse clock ticks in at most
// 10 ms). ctime catches `touch -m` to an old time. A file whose stat
// changed but whose bytes did not still counts as unchanged: keys are the
// hash of the bytes.
//
// Kept in the output folder as `.webtruong/stats`, versioned, checksummed
// and salted with the build id: a table that cannot be trusted whole is
// ignored (every file read). It is rewritten only when a stat changed.
//
//   StatCache stats(salt);
//   stats.load(text);                              // the previous build's table
//   if (auto st = file_stat(path); st) stats.known(key, *st);   // the hash, or nullopt
//   stats.record(key, *st, hash);                  // what this build saw
//   if (stats.changed()) write(kStatCacheFile, stats.encode(build_started_ns));
//
// known() and record() may be called from many threads at once.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "core/content_hash.hpp"

namespace wt::site {

/// The table, relative to the output folder.
inline constexpr const char* kStatCacheFile = ".webtruong/stats";

/// What stat() says of a regular file (links followed).
struct FileStat {
  uint64_t size = 0, inode = 0, device = 0;
  int64_t mtime_ns = 0, ctime_ns = 0;
  bool operator==(const FileStat&) const = default;
};

/// The stat of the regular file at `path`; nullopt for anything else.
std::optional<FileStat> file_stat(const std::filesystem::path& path);

/// The real-time clock, in nanoseconds since the epoch.
int64_t now_ns();

class StatCache {
 public:
  /// A file changed this close to the start of the build that recorded it is read again.
  static constexpr int64_t kRacyCoarseNs = 2000000000, kRacyFineNs = 50000000;

  explicit StatCache(std::string salt) : salt_(std::move(salt)) {}

  /// Reads the previous build's table; false (nothing trusted) when it is
  /// not whole, of another version or of another salt.
  bool load(std::string_view text);
  /// This build's table; `started_ns` is now_ns() taken before its first stat.
  std::string encode(int64_t started_ns) const;

  /// The hash the previous table holds for `path` when `st` is its stat and trustworthy.
  std::optional<ContentHash> known(const std::string& path, const FileStat& st) const;
  /// True when the table read holds `path` (else known() is nullopt
  /// whatever its stat: a full build need not stat it to ask).
  bool holds(const std::string& path) const { return previous_.count(path) != 0; }
  /// Notes that `path`, whose stat is `st`, holds bytes hashing to `hash`.
  void record(const std::string& path, const FileStat& st, const ContentHash& hash);

  /// True when this build's table differs from the previous one (a file
  /// added, gone, changed, or read again because its stat was racy).
  bool changed() const;
  size_t trusted() const { return trusted_; }  ///< files known without a read

 private:
  struct Entry {
    FileStat stat;
    ContentHash hash;
    bool operator==(const Entry&) const = default;
  };
  std::string salt_;
  int64_t started_ns_ = 0;  ///< when the build that wrote the table began
  std::map<std::string, Entry> previous_;
  mutable std::mutex mutex_;
  std::map<std::string, Entry> next_;
  mutable size_t trusted_ = 0;
  mutable bool racy_ = false;  ///< a stat was the same but too recent to trust
};

}  // namespace wt::site
