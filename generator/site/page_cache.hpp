// PageCache: the content files of a site as the previous builds parsed
// them (front matter, body, what parsing reported), so an incremental build
// neither reads nor parses a post that did not change. It is the
// content::ParsedFileCache of a build (content/parsed_file.hpp).
//
// An entry is keyed by the hash of the file's bytes with its source name,
// whether it is a section's _index.md, the site's time zone and the salt
// (the build id: a new parser never reuses an old one's parse). The hash
// comes from the stat fast path when it can (site/hashing_file_system.hpp:
// the file is then not read at all), else from reading the file; either
// way an entry is only ever the parse of those very bytes.
//
// Kept in the output folder as `.webtruong/pages`, an append-only log of
// checksummed records (site/cache_log.hpp); an entry that does not decode
// whole is ignored and the file parsed again.
//
//   PageCache pages(&hashing_files, salt);
//   pages.log().open(out / kPageCacheFile);
//   content_options.parsed_files = &pages;
//
// parse() may be called from many threads at once.
#pragma once

#include <atomic>
#include <string>

#include "content/parsed_file.hpp"
#include "site/cache_log.hpp"

namespace wt::site {

class HashingFileSystem;

/// The cache, relative to the output folder.
inline constexpr const char* kPageCacheFile = ".webtruong/pages";

class PageCache final : public content::ParsedFileCache {
 public:
  /// `hashing` (may be null) gives hashes without reads; not owned.
  PageCache(const HashingFileSystem* hashing, std::string salt)
      : hashing_(hashing), salt_(salt), log_("webtruong pages 2", std::move(salt)) {}

  std::shared_ptr<const content::ParsedFile> parse(const FileSystem& files, const std::filesystem::path& file,
                                                   const std::string& source, int timezone_minutes,
                                                   bool is_section_index, FileError* error) override;

  /// The log the entries are read from and kept in.
  CacheLog& log() { return log_; }
  size_t reused() const { return reused_; }  ///< files taken from the cache
  size_t parsed() const { return parsed_; }  ///< files parsed

 private:
  ContentHash key(const ContentHash& bytes, const std::string& source, int timezone_minutes, bool index) const;
  std::shared_ptr<const content::ParsedFile> find(const ContentHash& key);

  const HashingFileSystem* hashing_;
  std::string salt_;
  CacheLog log_;
  std::atomic<size_t> reused_{0}, parsed_{0};
};

/// The encoding of a parse in the cache, and back (nullopt when it does not decode whole).
std::string encode_parsed_file(const content::ParsedFile& parsed);
std::optional<content::ParsedFile> decode_parsed_file(std::string_view payload);

}  // namespace wt::site
