// ContentTree: every page, section, taxonomy and alias of a site, assembled
// from content/ with permalinks, sorting and publication filters applied.
//
//   wt::content::LoadOptions opt{.site_dir = dir, .now = time(nullptr)};
//   auto tree = wt::content::load_content(opt, config, sink);
//
// Loading parses every file (in parallel, `jobs` threads); assembling gives
// each page a unique slug within its section, sorts lists, gathers taxonomy
// terms and checks aliases. Nothing here renders or writes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/site_config.hpp"
#include "content/page.hpp"

namespace wt {
class FileSystem;
class ThreadPool;
}  // namespace wt

namespace wt::content {

class ParsedFileCache;

struct LoadOptions {
  std::filesystem::path site_dir;
  bool drafts = false;       ///< include pages with status draft or review (a preview: serve, build --drafts)
  bool future = false;       ///< include pages whose publish date is after `now`
  bool expired = false;      ///< include pages whose expiry date is before `now`
  int64_t now = 0;           ///< seconds since the epoch
  const FileSystem* files = nullptr;  ///< where content/ is read from; nullptr: the disk
  ThreadPool* pool = nullptr;         ///< parses files in parallel; nullptr: one after the other
  /// Parses kept by an earlier build (content/parsed_file.hpp); nullptr: every file read and parsed.
  ParsedFileCache* parsed_files = nullptr;
};

/// A page waiting for the ban biên tập (`status: review`), for `check`.
struct WaitingPage {
  std::string source;         ///< "content/tin-tuc/a.md"
  std::string title;
  /// Since when it waits: its front matter `date`, else the time its file was
  /// last changed (from_file); nullopt when neither is known (a file in memory).
  std::optional<int64_t> since;
  bool from_file = false;
};

class ContentTree {
 public:
  std::vector<std::unique_ptr<Page>> pages;        ///< published pages, source order
  std::vector<std::unique_ptr<Section>> sections;  ///< sections[0] is the root
  Taxonomy categories{"categories", "Chuyên mục", "chuyen-muc", "/chuyen-muc/", {}, {}};
  Taxonomy tags{"tags", "Thẻ", "the", "/the/", {}, {}};
  std::vector<Alias> aliases;
  /// Pages whose front matter has errors: never published, but their
  /// Markdown is still checked so one build reports every problem.
  std::vector<std::unique_ptr<Page>> invalid;
  std::vector<const Page*> dated;                  ///< pages with a date, newest first
  size_t skipped_drafts = 0, skipped_review = 0, skipped_future = 0, skipped_expired = 0;
  /// The first instant after LoadOptions::now at which a page's date,
  /// publish_date or expiry_date falls (a page published or withdrawn, a
  /// post counted): a tree loaded later than that may differ. INT64_MAX: none.
  int64_t next_change = INT64_MAX;
  /// Every page with `status: review`, published in this tree or not, in source order.
  std::vector<WaitingPage> waiting;

  Section& root() const { return *sections.front(); }
  /// The page that "@/<content_path>" names ("tin-tuc/a.md", "gioi-thieu/_index.md",
  /// "gioi-thieu/" and "gioi-thieu" name the section page), or nullptr.
  const Page* find(const std::string& content_path) const;
  /// Site-relative URL for "@/..." targets (fragment kept), sections without _index.md included.
  std::optional<std::string> resolve(const std::string& target) const;

  /// Why a page of content/ is not published: content path -> reason
  /// ("is a draft (draft: true)", "is waiting for review (status: review)", ...),
  /// for clear broken-link messages.
  std::map<std::string, std::string> unpublished;

  std::map<std::string, Page*> by_content_path;
  std::map<std::string, Section*> by_dir;
};

/// Reads content/ of `opt.site_dir` into a ContentTree. Errors (bad front
/// matter, clashing aliases ...) go to `sink`; the tree is still returned with
/// what could be read, so later stages can report their own errors too.
std::unique_ptr<ContentTree> load_content(const LoadOptions& opt, const config::SiteConfig& cfg,
                                          DiagnosticSink& sink);

/// "/a/b/" -> "a/b/index.html"; "/a/b.html" -> "a/b.html". Empty when the path
/// is unsafe (".." or "." segments, backslashes, control characters) or empty.
std::string alias_output_path(const std::string& alias);

}  // namespace wt::content
