// MarkdownCache: the Markdown of each page as the previous build rendered
// it, so an incremental build renders again only the pages whose text
// changed. Rendering every body is a large part of loading a site of
// 10,000 posts; an edit changes one.
//
// An entry is keyed by what the renderer reads: the body, the file it
// comes from and where the body starts in it, the renderer's options and
// the salt (the build id: a new renderer never reuses an old one's HTML).
// The renderer also asks the site about "@/" links: each question and its
// answer are kept with the entry, and the entry is used only when the site
// of this build answers every one the same (a page renamed or gone changes
// the answer). The diagnostics the render reported are kept and reported
// again, so a reused page says what it said.
//
// It is kept in the output folder beside the build cache
// (`.webtruong/markdown`), an append-only log of checksummed records
// (site/cache_log.hpp): a build appends the entries it rendered, and the
// log is compacted when most of it is entries no longer used. One that
// cannot be read is ignored (everything is rendered).
//
//   MarkdownCache md(salt);
//   md.log().open(out / kMarkdownCacheFile);  // the previous builds', if any
//   request.markdown_cache = &md;             // load_site reuses and collects
//   ... then md.log() is appended to, or written whole
//
// Thread safety: render() may be called from many threads at once.
#pragma once

#include <atomic>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content_hash.hpp"
#include "core/diagnostic.hpp"
#include "markdown/markdown.hpp"
#include "site/cache_log.hpp"

namespace wt::site {

/// The cache, relative to the output folder.
inline constexpr const char* kMarkdownCacheFile = ".webtruong/markdown";

class MarkdownCache {
 public:
  /// One question the renderer asked the LinkResolver, and its answer.
  struct Question {
    bool why = false;                   ///< why_unresolved() (else resolve())
    std::string target;
    std::optional<std::string> answer;  ///< resolve(): nullopt when it did not resolve
    bool operator==(const Question&) const = default;
  };
  struct Entry {
    markdown::Rendered rendered;
    std::vector<Diagnostic> diagnostics;
    std::vector<Question> questions;
  };

  explicit MarkdownCache(std::string salt) : salt_(salt), log_("webtruong markdown 2", std::move(salt)) {}

  /// The log the entries are read from and kept in.
  CacheLog& log() { return log_; }

  /// The key of a body with these options.
  ContentHash key(std::string_view body, const std::string& source, int line_offset,
                  const markdown::Options& options) const;

  /// Renders through the cache: the previous entry of `key` when `resolver`
  /// answers its questions the same (its diagnostics reported again to
  /// `sink`), else markdown::render, whose result is put in the log.
  markdown::Rendered render(const ContentHash& key, std::string_view body, const std::string& source,
                            int line_offset, const markdown::LinkResolver* resolver, const markdown::Options& options,
                            DiagnosticSink& sink);

  /// Entries reused and rendered by this build.
  size_t reused() const { return reused_; }
  size_t rendered() const { return rendered_; }
  /// True when this build rendered an entry the log does not hold.
  bool changed() const { return rendered_ > 0; }

 private:
  std::optional<Entry> find(const ContentHash& key);

  std::string salt_;
  CacheLog log_;
  std::atomic<size_t> reused_{0}, rendered_{0};
};

}  // namespace wt::site
