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
// (`.webtruong/markdown`), written by the same commit, versioned and
// checksummed; one that cannot be read is ignored (everything is rendered).
//
//   MarkdownCache md(salt);
//   md.load(old_text);                       // the previous build's, if any
//   request.markdown_cache = &md;            // load_site reuses and collects
//   ... writer.write(kMarkdownCacheFile, md.encode());
//
// Thread safety: lookup() and keep() may be called from many threads at once.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content_hash.hpp"
#include "core/diagnostic.hpp"
#include "markdown/markdown.hpp"

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

  explicit MarkdownCache(std::string salt) : salt_(std::move(salt)) {}

  /// Reads a previous build's cache; false (and nothing read) when it is
  /// not whole, of another version or of another salt.
  bool load(std::string_view text);
  /// The text of the entries kept by this build.
  std::string encode() const;

  /// The key of a body with these options.
  ContentHash key(std::string_view body, const std::string& source, int line_offset,
                  const markdown::Options& options) const;

  /// Renders through the cache: the previous entry of `key` when `resolver`
  /// answers its questions the same (its diagnostics reported again to
  /// `sink`), else markdown::render. The result is kept for encode().
  markdown::Rendered render(const ContentHash& key, std::string_view body, const std::string& source,
                            int line_offset, const markdown::LinkResolver* resolver, const markdown::Options& options,
                            DiagnosticSink& sink);

  /// Entries reused and rendered by this build.
  size_t reused() const { return reused_; }
  size_t rendered() const { return rendered_; }
  /// True when encode() would differ from what load() read.
  bool changed() const { return rendered_ > 0 || reused_ != previous_.size(); }
  /// A cache for the next build of this process whose previous entries are
  /// those this build kept: what load(encode()) gives, without the encoding
  /// (the dev server keeps its cache in memory between rebuilds).
  std::unique_ptr<MarkdownCache> successor() const;

 private:
  std::string salt_;
  std::map<ContentHash, std::shared_ptr<const Entry>> previous_;
  mutable std::mutex mutex_;
  std::map<ContentHash, std::shared_ptr<const Entry>> next_;
  size_t reused_ = 0, rendered_ = 0;
};

}  // namespace wt::site
