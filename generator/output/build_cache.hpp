// BuildCache: what the last build wrote into an output folder, so the next
// build renders and rewrites only what changed (issue 12).
//
// It lives inside the output folder, in `.webtruong/cache` (kStateDir), so a
// full build's whole-folder exchange carries the output and its cache
// together and they can never disagree. Nothing there is published: static
// copies, sitemaps and feeds never list dot-folders, and the generated
// nginx configuration denies them.
//
// For each output path it keeps the cache key of its inputs (site/plan_inputs),
// the hash of the bytes written, and the size and modification time of the
// file (to notice a file changed behind the cache's back). The file is text,
// versioned by its first line and closed by a checksum of everything above:
//
//   webtruong build cache 1
//   build 3f2a9c0d1b7e4a55
//   2 outputs
//   <key:32 hex> <bytes:32 hex> <size> <mtime ns> index.html
//   <key:32 hex> <bytes:32 hex> <size> <mtime ns> tin-tuc/a/index.html
//   checksum <32 hex>
//
// read_build_cache() refuses (saying why) a cache that is missing, not of
// this version, truncated, with a wrong checksum, of another build of
// webtruong, naming a file that is not in the folder or one whose size or
// modification time changed: the build is then a full one.
//
//   std::string why;
//   auto cache = wt::output::read_build_cache(out_dir, build_id, &why);
//   if (!cache) full_build();  // why: "its checksum is wrong"
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/content_hash.hpp"

namespace wt::output {

/// The folder of an output folder that holds Webtruong's own state (the
/// cache, the journal, files being written). Never published.
inline constexpr const char* kStateDir = ".webtruong";
/// The cache, relative to the output folder.
inline constexpr const char* kCacheFile = ".webtruong/cache";

/// Size and modification time of a file, to see that nobody changed it.
struct FileStamp {
  uint64_t size = 0;
  int64_t mtime_ns = 0;
  bool operator==(const FileStamp&) const = default;
};

/// The stamp of the regular file `path` (not following a link); nullopt
/// when it is missing or not a regular file.
std::optional<FileStamp> stamp_of(const std::filesystem::path& path);

struct CachedOutput {
  ContentHash key;    ///< of its inputs, as the build that wrote it computed it
  ContentHash bytes;  ///< of the bytes in the file
  FileStamp stamp;    ///< of the file in the output folder
  bool operator==(const CachedOutput&) const = default;
};

struct BuildCache {
  std::string build_id;                         ///< the webtruong that wrote it (version/build_info.hpp)
  std::map<std::string, CachedOutput> outputs;  ///< by path in the output folder
  bool operator==(const BuildCache&) const = default;
};

/// The text of the cache file.
std::string encode_build_cache(const BuildCache& cache);

/// The cache in `text`; nullopt and `why` ("its checksum is wrong", ...) when
/// it is not a whole, well-formed cache of this version.
std::optional<BuildCache> decode_build_cache(std::string_view text, std::string* why);

/// The cache of the output folder `out_dir`, when it can be trusted for a
/// build by `build_id`; otherwise nullopt and `why`, e.g.
/// "there is no build cache", "it was written by another build of webtruong (build 0123456789abcdef)",
/// "the output 'tin-tuc/a/index.html' was changed since the last build".
std::optional<BuildCache> read_build_cache(const std::filesystem::path& out_dir, const std::string& build_id,
                                           std::string* why);

}  // namespace wt::output
