// A bound on what an HTML5 tree builder will do with a text, computed before
// the text is parsed (internal to the markdown module).
//
//   if (auto excess = detail::check_html_budget(html)) report(excess->offset, excess->message);
//   else parse_html_fragment(html);
//
// The HTML5 parsing algorithm (gumbo follows it) walks the stack of open
// elements for most tags, and re-creates every "active formatting element"
// (<b>, <i>, <a>, <font>...) left open by misnested markup at each new text
// or tag: 10,000 unclosed <div> cost gumbo half a second, 2,000 misnested
// <b id=N> followed by 2,000 <div>x</div> cost it 2.3 GB. Browsers live with
// this; a build serving hundreds of schools cannot.
//
// check_html_budget() tokenizes the text as the HTML tokenizer does (tags,
// attributes and their quotes, comments, raw text) and follows the tree
// builder's stack with a simplified model that never closes an element the
// real algorithm keeps open: where the model is unsure, it keeps the element
// (a start tag inside a comment or a script that the real tokenizer might
// read differently counts; an end tag there does not). Its depth (open
// elements plus formatting elements that could be re-created) therefore
// stays at or above the real parser's, up to the <tbody>/<tr> a table adds by
// itself. The limits are far above what a page written by hand needs.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace wt::markdown::detail {

struct HtmlBudget {
  /// Tags in the whole text (the parser's cost, time and memory, grows with
  /// each element).
  size_t max_tags = 150000;
  /// Open elements, plus active formatting elements that could be re-created.
  size_t max_depth = 256;
  /// Attributes on one tag (the parser checks each against the others).
  size_t max_attributes = 100;
  /// Sum, over every text and tag, of the formatting elements that could be
  /// re-created there: an upper bound on the elements the parser may copy.
  size_t max_formatting_work = 250000;
  /// Sum, over every tag, of the elements open when it comes: an upper bound
  /// on the parser's walks of its stack ("is there a <p> in scope?").
  size_t max_scope_work = 5000000;
};

struct HtmlExcess {
  size_t offset = 0;     ///< byte of the text where the limit is crossed
  std::string message;   ///< for a teacher: what is too deep or too long
};

struct HtmlScan {
  /// Where and how parsing would go over the budget; nullopt when it would not.
  std::optional<HtmlExcess> excess;
  /// Where a tag, a comment or a CDATA section starts that the end of the text
  /// cuts: the parser drops such a tag (and a quote left open inside it takes
  /// the rest of the text with it), and a comment hides the rest.
  std::optional<size_t> cut_at;
  bool cut_is_comment = false;
};

/// Reads `html` once, as the tokenizer would, and follows the model.
HtmlScan scan_html(std::string_view html, const HtmlBudget& budget = {});

/// nullopt when parsing `html` (as a fragment in a <div>) stays within
/// `budget`; else where and how it would not.
std::optional<HtmlExcess> check_html_budget(std::string_view html, const HtmlBudget& budget = {});

}  // namespace wt::markdown::detail
