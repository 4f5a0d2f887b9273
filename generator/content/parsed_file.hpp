// ParsedFile: one content file as its bytes parse (NFC, front matter split
// and checked), with what parsing reported; and ParsedFileCache, the seam
// through which a build hands content/ parses it kept from an earlier build
// (site/page_cache.hpp), so a file that did not change is neither read nor
// parsed again.
//
//   auto parsed = wt::content::parse_content_file(bytes, "content/tin-tuc/a.md", tz, false);
//   if (!parsed.split) ...  // not a page: parsed.diagnostics say why
//
// The parse of a file depends on its bytes, its source name, whether it is
// a section's _index.md and the site's time zone, and on nothing else.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "content/front_matter.hpp"
#include "core/diagnostic.hpp"
#include "core/file_io.hpp"

namespace wt {
class FileSystem;
}

namespace wt::content {

struct ParsedFile {
  bool split = false;   ///< UTF-8 with a front matter: a page (valid or not)
  bool valid = false;   ///< its front matter has no error
  FrontMatter fm;       ///< default when not valid
  std::string body;     ///< Markdown after the front matter
  int body_line_offset = 0;
  std::vector<Diagnostic> diagnostics;  ///< what parsing reported, in order
};

/// Parses the bytes of the content file `source` ("content/tin-tuc/a.md").
ParsedFile parse_content_file(const std::string& bytes, const std::string& source, int timezone_minutes,
                              bool is_section_index);

/// Gives the parse of a content file, from an earlier build when it knows
/// the file did not change. Called from many threads at once.
class ParsedFileCache {
 public:
  virtual ~ParsedFileCache() = default;
  /// The parse of `file` (read through `files`); nullptr, with `error`
  /// set, when it cannot be read.
  virtual std::shared_ptr<const ParsedFile> parse(const FileSystem& files, const std::filesystem::path& file,
                                                  const std::string& source, int timezone_minutes,
                                                  bool is_section_index, FileError* error) = 0;
};

/// Reads `file` through `files` and parses it, or nullptr with `error`.
std::shared_ptr<const ParsedFile> read_and_parse(const FileSystem& files, const std::filesystem::path& file,
                                                 const std::string& source, int timezone_minutes,
                                                 bool is_section_index, FileError* error);

}  // namespace wt::content
