// Limits on the shape of a Markdown body (internal to the markdown module).
//
//   if (!detail::check_markdown_limits(body, map, sink)) return {};  // errors reported
//
// Debian's cmark-gfm (0.29.0.gfm.6) takes time quadratic in some shapes of
// input: "![[]()" repeated, tables thousands of columns wide, lists and
// quotes nested thousands of levels deep followed by many lines, emphasis
// delimiters that never match, an autolink followed by thousands of ')'. A
// post of a few hundred kilobytes in one of those shapes costs seconds to
// minutes. This scan, linear in the body, refuses such bodies before cmark
// sees them, with an error at the line where a limit is crossed. Every limit
// is far above what a school's page needs (docs/contracts.md lists them with
// the time each shape costs at its limit).
#pragma once

#include <cstddef>
#include <string_view>

#include "core/diagnostic.hpp"
#include "markdown/source_map.hpp"

namespace wt::markdown::detail {

struct MarkdownLimits {
  /// Bytes of Markdown in one body.
  size_t max_bytes = 512 * 1024;
  /// Lists and block quotes opened at the start of one line, plus its
  /// indentation counted as one level per two columns.
  size_t max_nesting = 32;
  /// '|' on one line: 128 table columns between a leading and a trailing
  /// '|' (cmark-gfm's table rows cost the square of their cells).
  size_t max_pipes_per_line = 129;
  /// '[' in one body (link and image openers).
  size_t max_brackets = 15000;
  /// Runs of '*' or '_' in one body (emphasis delimiters).
  size_t max_emphasis_runs = 40000;
  /// '@' in one body (each is tried as an e-mail autolink).
  size_t max_at_signs = 10000;
  /// ')' in one run of non-space characters (an autolink's end is searched
  /// once per trailing ')').
  size_t max_parens_per_word = 256;
};

/// Reports every limit of `limits` that `source` crosses (once per limit, at
/// the line where it is crossed) as an error; true when none is.
bool check_markdown_limits(std::string_view source, SourceMap& map, DiagnosticSink& sink,
                           const MarkdownLimits& limits = {});

}  // namespace wt::markdown::detail
