#include "markdown/raw_html.hpp"

#include <cmark-gfm.h>

#include <algorithm>
#include <set>
#include <utility>

#include "markdown/html_budget.hpp"
#include "markdown/html_tree.hpp"

namespace wt::markdown::detail {
namespace {

// cmark escapes '<' in everything it writes itself (text, code, attribute
// values, link targets), so "<wt-raw-" in its output can only come from a
// placeholder. (In an image's alt text cmark writes the literal escaped:
// "&lt;wt-raw-7&gt;".)
constexpr std::string_view kName = "wt-raw-";

// Where one raw HTML literal went in the rendered text.
struct Segment {
  size_t begin = 0, end = 0;  // bytes of the rendered text
  cmark_node* node = nullptr;
  std::string literal;
};

// The rendered text with every literal in place, and where each one went.
struct Rendered {
  std::string html;
  std::vector<Segment> segments;
};

std::string escape_for_alt(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c; break;
    }
  }
  return out;
}

// A placeholder at `at` (the 'w' of "wt-raw-"): its index, and the bytes it
// spans, from its '<' (or "&lt;") to its '>' (or "&gt;").
struct Found {
  size_t index = 0, begin = 0, end = 0;
  bool escaped = false;
};

std::optional<Found> placeholder_at(const std::string& text, size_t at, size_t count) {
  Found f;
  if (at >= 1 && text[at - 1] == '<') {
    f.begin = at - 1;
  } else if (at >= 4 && text.compare(at - 4, 4, "&lt;") == 0) {
    f.begin = at - 4;
    f.escaped = true;
  } else {
    return std::nullopt;
  }
  size_t i = at + kName.size(), digits = i;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - digits < 9) {
    f.index = f.index * 10 + static_cast<size_t>(text[i] - '0');
    ++i;
  }
  std::string_view close = f.escaped ? "&gt;" : ">";
  if (i == digits || f.index >= count || text.compare(i, close.size(), close) != 0) return std::nullopt;
  f.end = i + close.size();
  return f;
}

// Swaps each node's literal for a placeholder ("<wt-raw-7>", plus the
// literal's final newline so cmark adds no line of its own), renders, and
// puts the literals back in place of the placeholders.
Rendered render_with_literals(ParsedDocument& doc, int cmark_options, const std::vector<cmark_node*>& nodes) {
  std::vector<std::string> literals;
  literals.reserve(nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i) {
    const char* lit = cmark_node_get_literal(nodes[i]);
    std::string literal = lit ? lit : "";
    std::string placeholder = "<" + std::string(kName) + std::to_string(i) + ">";
    if (!literal.empty() && literal.back() == '\n') {
      literal.pop_back();
      placeholder += '\n';
    }
    cmark_node_set_literal(nodes[i], placeholder.c_str());
    literals.push_back(std::move(literal));
  }
  std::string text = doc.render_html(cmark_options);
  Rendered out;
  out.html.reserve(text.size());
  size_t pos = 0;
  for (size_t hit = text.find(kName); hit != std::string::npos; hit = text.find(kName, hit + 1)) {
    std::optional<Found> f = placeholder_at(text, hit, nodes.size());
    if (!f) continue;
    out.html.append(text, pos, f->begin - pos);
    if (f->escaped) {
      out.html += escape_for_alt(literals[f->index]);
    } else {
      Segment s{out.html.size(), 0, nodes[f->index], literals[f->index]};
      out.html += s.literal;
      s.end = out.html.size();
      out.segments.push_back(std::move(s));
    }
    pos = f->end;
  }
  out.html.append(text, pos, std::string::npos);
  return out;
}

// Position in the content file of byte `offset` of the rendered text.
class Locator {
 public:
  Locator(const std::vector<Segment>& segments, SourceMap& map) : segments_(segments), map_(map) {}

  Position at(size_t offset) {
    // The last literal starting at or before `offset` (text cmark wrote
    // itself is put at the end of the literal before it).
    auto it = std::upper_bound(segments_.begin(), segments_.end(), offset,
                               [](size_t o, const Segment& s) { return o < s.begin; });
    if (segments_.empty()) return map_.at_offset(0);
    if (it == segments_.begin()) return in_literal(segments_.front(), 0);
    const Segment& s = *(it - 1);
    return in_literal(s, std::min(offset, s.end == s.begin ? s.begin : s.end - 1) - s.begin);
  }

 private:
  // Byte `k` of a literal, found on its source line: the line of the node
  // plus the newlines before `k`, at the column where that line of the
  // literal is written (cmark's column when it matches: its inline columns do
  // not count the indentation of continuation lines, and container markers
  // are not part of a literal).
  Position in_literal(const Segment& s, size_t k) {
    std::string_view lit(s.literal);
    k = std::min(k, lit.size());
    size_t newlines = static_cast<size_t>(std::count(lit.begin(), lit.begin() + static_cast<std::ptrdiff_t>(k), '\n'));
    size_t lit_line_start = newlines == 0 ? 0 : lit.rfind('\n', k - 1) + 1;
    std::string_view lit_line = lit.substr(lit_line_start, lit.find('\n', lit_line_start) - lit_line_start);
    int line = cmark_node_get_start_line(s.node) + static_cast<int>(newlines);
    size_t start = map_.line_start(line), end = map_.line_start(line + 1);
    std::string_view source_line = map_.source().substr(start, end - start);
    size_t column = std::string_view::npos;
    if (newlines == 0) {
      // cmark's position can lie off this line (inlines in table cells, NUL
      // bytes it replaced with U+FFFD): then it is not used.
      size_t node_offset = map_.offset_of(s.node);
      if (node_offset >= start && node_offset - start <= source_line.size()) {
        size_t cmark_column = node_offset - start;
        if (source_line.substr(cmark_column, lit_line.size()) == lit_line) column = cmark_column;
      }
    }
    if (column == std::string_view::npos) column = source_line.find(lit_line);
    if (column == std::string_view::npos) column = 0;
    return map_.at_offset(start + std::min(column + (k - lit_line_start), source_line.size()));
  }

  const std::vector<Segment>& segments_;
  SourceMap& map_;
};

}  // namespace

std::optional<std::string> render_allowed_html(ParsedDocument& doc, int cmark_options,
                                               const std::vector<cmark_node*>& raw_nodes, SourceMap& map,
                                               const WriteOptions& write, DiagnosticSink& sink) {
  Rendered rendered = render_with_literals(doc, cmark_options, raw_nodes);
  Locator locator(rendered.segments, map);
  HtmlScan scan = scan_html(rendered.html);
  if (scan.excess) {
    sink.error(locator.at(scan.excess->offset), "markdown.limit.html", scan.excess->message);
    return std::nullopt;
  }
  if (scan.cut_at) {
    sink.warning(locator.at(*scan.cut_at), "markdown.raw-html.unclosed",
                 scan.cut_is_comment
                     ? "this HTML comment is never closed with '-->': everything after it is hidden"
                     : "this HTML tag is never closed with '>' (or a quote in it is never closed): everything "
                       "after it is lost");
  }
  WrittenHtml written = write_allowed_html(parse_html_fragment(rendered.html), write);
  std::set<std::pair<std::string, std::string>> reported;  // one warning per place and message
  for (const DroppedHtml& d : written.dropped) {
    Position p = locator.at(d.offset);
    std::string key = std::to_string(p.line) + ":" + std::to_string(p.column);
    if (reported.insert({key, d.message}).second) sink.warning(p, "markdown.raw-html.dropped", d.message);
  }
  return std::move(written.html);
}

}  // namespace wt::markdown::detail
