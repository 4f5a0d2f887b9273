// The text of a page's HTML as a reader sees it, for the search index: tags
// left out (a block element, a line break or a table cell separates words;
// <b>, <a>, <span> ... do not), comments, <script> and <style> skipped,
// character references decoded (&amp;, &#7843;, &#x1EA1;, &nbsp; and the
// few named ones our HTML writer and Markdown produce). The input is the
// HTML the build itself made (markdown/html_writer), so no general HTML
// parser is needed; anything unexpected becomes text or a space, never an
// error.
//
//   wt::search::html_text("<p>Thời&nbsp;khoá <b>biểu</b></p><p>6A1</p>") == "Thời khoá biểu 6A1"
#pragma once

#include <string>
#include <string_view>

namespace wt::search {

/// The text of `html`, runs of white space as one space, trimmed.
std::string html_text(std::string_view html);

/// `text` cut to at most `max_code_points` code points at a space (or at the
/// limit when there is none), "…" appended when cut.
std::string cut_text(std::string_view text, std::size_t max_code_points);

}  // namespace wt::search
