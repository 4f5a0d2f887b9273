#include "markdown/limits.hpp"

#include <array>
#include <string>
#include <utility>

namespace wt::markdown::detail {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A line made only of '-', '*' or '_' and blanks is a thematic break (which
// cmark prefers to a list item), not nesting.
bool is_thematic_break(std::string_view line) {
  char mark = 0;
  for (char c : line) {
    if (is_blank(c) || c == '\r') continue;
    if (c != '-' && c != '*' && c != '_') return false;
    if (mark && c != mark) return false;
    mark = c;
  }
  return mark != 0;
}

// How deep `line` may put its content: block quote markers and list markers
// at its start, plus one level per two columns of white space among them
// (nesting by indentation) beyond the one blank each marker needs.
size_t nesting_of(std::string_view line) {
  if (is_thematic_break(line)) return 0;
  size_t markers = 0, columns = 0, i = 0;
  auto marker_end = [&](size_t j) { return j >= line.size() || is_blank(line[j]) || line[j] == '\r'; };
  // The one blank a marker needs after it is part of the marker.
  auto skip_separator = [&](size_t j) { return j + 1 < line.size() && is_blank(line[j + 1]) ? j + 1 : j; };
  while (i < line.size()) {
    char c = line[i];
    if (c == ' ') {
      ++columns;
    } else if (c == '\t') {
      columns += 4 - columns % 4;
    } else if (c == '>') {
      ++markers;
      i = skip_separator(i);
    } else if ((c == '-' || c == '+' || c == '*') && marker_end(i + 1)) {
      ++markers;
      i = skip_separator(i);
    } else if (is_digit(c)) {
      size_t j = i;
      while (j < line.size() && j - i < 9 && is_digit(line[j])) ++j;
      if (j >= line.size() || (line[j] != '.' && line[j] != ')') || !marker_end(j + 1)) break;
      ++markers;
      i = skip_separator(j);
    } else {
      break;
    }
    ++i;
  }
  return markers + columns / 2;
}

// One limit being watched: reports the first time `count` passes `max`.
class Watch {
 public:
  Watch(size_t max, const char* code, std::string message, SourceMap& map, DiagnosticSink& sink)
      : max_(max), code_(code), message_(std::move(message)), map_(map), sink_(sink) {}
  /// Counts one more at `offset`; reports when the limit is crossed.
  void add(size_t offset) {
    if (++count_ == max_ + 1) fail(offset, message_);
  }
  void fail(size_t offset, const std::string& message) {
    if (reported_) return;
    reported_ = true;
    sink_.error(map_.at_offset(offset), code_, message);
  }
  void reset() { count_ = 0; }
  bool ok() const { return !reported_; }

 private:
  size_t max_;
  const char* code_;
  std::string message_;
  SourceMap& map_;
  DiagnosticSink& sink_;
  size_t count_ = 0;
  bool reported_ = false;
};

std::string n(size_t value) { return std::to_string(value); }

}  // namespace

bool check_markdown_limits(std::string_view source, SourceMap& map, DiagnosticSink& sink,
                           const MarkdownLimits& limits) {
  if (source.size() > limits.max_bytes) {
    sink.error(map.at_offset(limits.max_bytes), "markdown.limit.size",
               "this page holds " + n(source.size() / 1024) + " KB of text; a page may hold at most " +
                   n(limits.max_bytes / 1024) +
                   " KB: put pictures and documents in files beside the page and split long texts");
    return false;
  }
  const std::string per_page = "; split it into several pages";
  Watch nesting(limits.max_nesting, "markdown.limit.nesting", "", map, sink);
  Watch pipes(limits.max_pipes_per_line, "markdown.limit.table-columns",
              "this line has more than " + n(limits.max_pipes_per_line) + " '|': a table may have at most " +
                  n(limits.max_pipes_per_line - 1) + " columns",
              map, sink);
  Watch brackets(limits.max_brackets, "markdown.limit.brackets",
                 "this page has more than " + n(limits.max_brackets) + " '[' (links and images)" + per_page, map,
                 sink);
  Watch emphasis(limits.max_emphasis_runs, "markdown.limit.emphasis",
                 "this page has more than " + n(limits.max_emphasis_runs) + " runs of '*' or '_'" + per_page, map,
                 sink);
  Watch ats(limits.max_at_signs, "markdown.limit.at-signs",
            "this page has more than " + n(limits.max_at_signs) + " '@'" + per_page, map, sink);
  Watch parens(limits.max_parens_per_word, "markdown.limit.parentheses",
               "more than " + n(limits.max_parens_per_word) +
                   " ')' without a space between them; put spaces between words",
               map, sink);
  // The bytes the loop below looks at; the rest (most of a page) is skipped
  // a table lookup at a time.
  static constexpr auto kWatched = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : std::string_view("\n \t\r|[*_@)")) t[c] = true;
    return t;
  }();
  size_t line_start = 0;
  for (size_t i = 0; i <= source.size(); ++i) {
    while (i < source.size() && i != line_start && !kWatched[static_cast<unsigned char>(source[i])]) ++i;
    char c = i < source.size() ? source[i] : '\n';
    if (i == line_start && i < source.size()) {
      size_t end = source.find('\n', i);
      std::string_view line = source.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i);
      size_t depth = nesting_of(line);
      if (depth > limits.max_nesting) {
        nesting.fail(i, "lists, quotes and indentation put this line " + n(depth) + " levels deep; at most " +
                            n(limits.max_nesting) + " levels are allowed");
      }
    }
    switch (c) {
      case '\n':
        line_start = i + 1;
        pipes.reset();
        parens.reset();
        break;
      case ' ':
      case '\t':
      case '\r':
        parens.reset();
        break;
      case '|':
        pipes.add(i);
        break;
      case '[':
        brackets.add(i);
        break;
      case '*':
      case '_':
        if (i == 0 || source[i - 1] != c) emphasis.add(i);
        break;
      case '@':
        ats.add(i);
        break;
      case ')':
        parens.add(i);
        break;
      default:
        break;
    }
  }
  return nesting.ok() && pipes.ok() && brackets.ok() && emphasis.ok() && ats.ok() && parens.ok();
}

}  // namespace wt::markdown::detail
