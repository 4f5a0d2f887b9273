// Front matter: the YAML header of a Markdown file, between two `---` lines.
//
//   auto doc = wt::content::split_front_matter(text, "content/tin-tuc/a.md", sink);
//   auto fm  = wt::content::parse_front_matter(*doc, "content/tin-tuc/a.md", tz, sink);
//
// Keys are checked against the list in docs/contracts.md: an unknown key is an
// error with a "did you mean" suggestion, a wrong type or an impossible date is
// an error at the value's line and column in the original file.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/diagnostic.hpp"

namespace wt::content {

struct SplitDocument {
  std::string yaml;        ///< front matter text, without the fences
  int yaml_line_offset = 1;///< lines before the YAML text in the file (the opening fence)
  std::string body;        ///< Markdown after the closing fence
  int body_line_offset = 0;///< lines before the body in the file
};

/// Where a page is in the approval workflow of the ban biên tập. A page
/// without `status` is published; `draft: true` means Draft.
enum class Status { Published, Review, Draft };

/// "published", "review", "draft": the word front matter uses.
const char* status_name(Status s);

/// The status a front matter value names: the English words, or the
/// Vietnamese aliases "đã duyệt", "chờ duyệt", "nháp" (any case, NFC);
/// nullopt for anything else.
std::optional<Status> parse_status(const std::string& value);

struct FrontMatter {
  std::string title;
  std::optional<DateTime> date, updated, publish_date, expiry_date;
  bool draft = false;         ///< `draft: true` as written (status says what it means)
  Status status = Status::Published;  ///< from `status`, else `draft`
  std::string approved_by;    ///< "Nguyễn Thị Hoa (Trưởng ban biên tập)"; empty when not written
  Position status_position;   ///< where `status` (or else `draft: true`) is written; file "" when neither
  bool portal = false;
  bool toc = false;
  std::vector<std::string> categories, tags, aliases;
  std::vector<Position> alias_positions;
  std::string summary, description, author, source, image, image_alt, slug, layout, sort_by;
  int weight = 0;
  int paginate = 0;
  Position title_position;
  Position image_position;    ///< where `image` is written (a missing photo is an error there)

  /// Every field the same (the dev server keeps a page whose front matter did not change).
  bool operator==(const FrontMatter&) const = default;
};

/// Every key a front matter may hold.
const std::vector<std::string>& front_matter_keys();

/// Splits "---\nyaml\n---\nbody". A file without front matter is an error
/// (every page needs at least a title); an unclosed fence is an error at line 1.
std::optional<SplitDocument> split_front_matter(const std::string& text, const std::string& file,
                                                DiagnosticSink& sink);

/// Parses and checks the YAML of `doc`. `is_section_index` allows the keys of
/// _index.md (sort_by, paginate). Returns nullopt when any error was reported.
std::optional<FrontMatter> parse_front_matter(const SplitDocument& doc, const std::string& file,
                                              int timezone_minutes, bool is_section_index,
                                              DiagnosticSink& sink);

}  // namespace wt::content
