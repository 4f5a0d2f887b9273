// Plain text of Markdown trees, for summaries and the table of contents
// (internal to the markdown module).
//
//   detail::PlainText pt;
//   pt.visit_subtree(paragraph);                       // or pt.visit(ev, node) while iterating
//   std::string s = detail::truncate_words(to_nfc(pt.text()), 300);
//
// Plain text = text and code literals; soft/hard breaks and block boundaries
// become one space; images, raw HTML and footnote references are left out;
// white space runs are collapsed and the ends trimmed.
#pragma once

#include <cmark-gfm.h>

#include <string>
#include <string_view>

namespace wt::markdown::detail {

class PlainText {
 public:
  /// Feeds one iterator event (as from cmark_iter_next) into the text.
  void visit(cmark_event_type ev, cmark_node* node);
  /// Feeds every event of `node`'s subtree.
  void visit_subtree(cmark_node* node);
  /// The text so far, white space collapsed and trimmed.
  std::string text() const;

 private:
  std::string raw_;
  int image_depth_ = 0;
};

/// Collapses runs of ASCII white space into one space and trims both ends.
std::string collapse_whitespace(std::string_view text);

/// The first `max_code_points` code points of `text`, white space collapsed
/// (for quoting input in messages; never cuts inside a UTF-8 sequence).
std::string excerpt(std::string_view text, size_t max_code_points);

/// `text` unchanged when it has at most `max_code_points` code points; else cut
/// at the last space within the limit (or at the limit when the first word is
/// longer), trailing spaces and ",;:" removed, and "…" appended. Never cuts
/// inside a UTF-8 sequence.
std::string truncate_words(std::string_view text, size_t max_code_points);

}  // namespace wt::markdown::detail
