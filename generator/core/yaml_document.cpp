// The libfyaml adapter: the only file that includes libfyaml.h.
//
// It reads libfyaml's event stream (not its document tree: the tree API of
// libfyaml 0.7 has no public way to ask where a mapping or sequence starts)
// and builds wt::yaml::Node values by recursive descent, at most kMaxDepth
// deep (libfyaml's own parser is a state machine with a heap stack, so
// only our descent needed the bound). Positions come
// from byte offsets (fy_mark::input_pos) and our own line table, so they
// agree with wt::yaml_position, which splits lines on '\n'; where libfyaml's
// marks differ from what the user sees as the node's start (quotes, block
// scalar indicators, anchors, empty values) the text around them is read.
// Errors are collected on a private fy_diag, never printed.
#include "core/yaml_document.hpp"

#include <libfyaml.h>

#include <algorithm>
#include <charconv>
#include <climits>
#include <cstdio>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/text.hpp"

namespace wt::yaml {
namespace {

void discard_output(fy_diag*, void*, const char*, size_t) {}

struct DiagDeleter {
  void operator()(fy_diag* d) const { fy_diag_destroy(d); }
};
struct ParserDeleter {
  void operator()(fy_parser* p) const { fy_parser_destroy(p); }
};

std::string_view token_text(fy_token* t) {
  size_t len = 0;
  const char* s = t ? fy_token_get_text(t, &len) : nullptr;
  return s ? std::string_view(s, len) : std::string_view();
}

bool is_quoted(fy_token* scalar) {
  fy_scalar_style style = scalar ? fy_token_scalar_style(scalar) : FYSS_PLAIN;
  return style == FYSS_SINGLE_QUOTED || style == FYSS_DOUBLE_QUOTED;
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// The value of a single-quoted scalar from its text between the quotes:
// '' is a quote, and line breaks fold as in every flow scalar (spaces and
// tabs around a break dropped, one break a space, n empty lines n breaks).
// libfyaml 0.7.12 (Debian 12) leaks its text iterator's chunk array, 512
// bytes and more per scalar, on several '' in a row and on line breaks of
// mixed kinds (CR, CR LF) (libfyaml issue #233, fixed after 0.7.12), so
// scalars holding '' or a line break are read here instead.
std::string single_quoted_text(std::string_view raw) {
  std::vector<std::string_view> lines;
  for (size_t start = 0;;) {
    size_t br = raw.find_first_of("\r\n", start);
    if (br == std::string_view::npos) {
      lines.push_back(raw.substr(start));
      break;
    }
    lines.push_back(raw.substr(start, br - start));
    start = br + (raw[br] == '\r' && br + 1 < raw.size() && raw[br + 1] == '\n' ? 2 : 1);
  }
  auto trim_left = [](std::string_view v) {
    while (!v.empty() && is_blank(v.front())) v.remove_prefix(1);
    return v;
  };
  auto trim_right = [](std::string_view v) {
    while (!v.empty() && is_blank(v.back())) v.remove_suffix(1);
    return v;
  };
  std::string folded(lines.size() == 1 ? lines[0] : trim_right(lines[0]));
  size_t empty_lines = 0;
  for (size_t i = 1; i < lines.size(); ++i) {
    const bool last = i + 1 == lines.size();
    std::string_view part = last ? trim_left(lines[i]) : trim_right(trim_left(lines[i]));
    if (!last && part.empty()) {
      ++empty_lines;
      continue;
    }
    folded += empty_lines == 0 ? std::string(" ") : std::string(empty_lines, '\n');
    empty_lines = 0;
    folded += part;
  }
  std::string out;
  out.reserve(folded.size());
  for (size_t i = 0; i < folded.size(); ++i) {
    out += folded[i];
    if (folded[i] == '\'' && i + 1 < folded.size() && folded[i + 1] == '\'') ++i;
  }
  return out;
}

// Appends code point `cp` to `out` in UTF-8.
void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_break(char c) { return c == '\n' || c == '\r'; }

// Skips one line break at `i` (CR LF, CR or LF).
size_t skip_break(std::string_view raw, size_t i) {
  return i + (raw[i] == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n' ? 2 : 1);
}

// Skips the empty lines after a break (blanks only), counting them, and the
// blanks that start the next line with text.
size_t skip_empty_lines(std::string_view raw, size_t i, size_t& empty_lines) {
  empty_lines = 0;
  for (;;) {
    size_t j = i;
    while (j < raw.size() && is_blank(raw[j])) ++j;
    if (j < raw.size() && is_break(raw[j])) {
      ++empty_lines;
      i = skip_break(raw, j);
      continue;
    }
    return j;
  }
}

int hex_value(char h) {
  if (h >= '0' && h <= '9') return h - '0';
  if (h >= 'a' && h <= 'f') return h - 'a' + 10;
  if (h >= 'A' && h <= 'F') return h - 'A' + 10;
  return -1;
}

// What a one-letter escape of a double-quoted scalar stands for.
std::optional<uint32_t> escaped_code_point(char e) {
  switch (e) {
    case '0': return 0x00;
    case 'a': return 0x07;
    case 'b': return 0x08;
    case 't': case '\t': return 0x09;
    case 'n': return 0x0A;
    case 'v': return 0x0B;
    case 'f': return 0x0C;
    case 'r': return 0x0D;
    case 'e': return 0x1B;
    case ' ': return 0x20;
    case '"': return 0x22;
    case '/': return 0x2F;
    case '\\': return 0x5C;
    case 'N': return 0x85;
    case '_': return 0xA0;
    case 'L': return 0x2028;
    case 'P': return 0x2029;
    default: return std::nullopt;
  }
}

// The value of a double-quoted scalar from its text between the quotes,
// which libfyaml has already checked (every escape is one of YAML's). Line
// breaks fold as in every flow scalar; an escaped line break joins the lines
// and keeps the blanks before it; blanks that escapes write are never
// trimmed. libfyaml 0.7.12 leaks its text iterator on such scalars folded
// over many empty lines (the single-quoted leak above, fuzz_yaml), so
// double-quoted scalars that span lines are read here.
std::optional<std::string> double_quoted_text(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  size_t kept = 0;  // out's length up to its last text that is not a literal blank
  for (size_t i = 0; i < raw.size();) {
    char c = raw[i];
    if (is_break(c)) {
      out.resize(kept);
      size_t empty_lines = 0;
      i = skip_empty_lines(raw, skip_break(raw, i), empty_lines);
      out += empty_lines == 0 ? std::string(" ") : std::string(empty_lines, '\n');
      kept = out.size();
      continue;
    }
    if (c != '\\') {
      out += c;
      ++i;
      if (!is_blank(c)) kept = out.size();
      continue;
    }
    if (i + 1 >= raw.size()) return std::nullopt;
    char e = raw[i + 1];
    i += 2;
    if (is_break(e)) {  // an escaped line break
      if (e == '\r' && i < raw.size() && raw[i] == '\n') ++i;
      size_t empty_lines = 0;
      i = skip_empty_lines(raw, i, empty_lines);
      out += std::string(empty_lines, '\n');
      kept = out.size();
      continue;
    }
    int hex_digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
    if (hex_digits > 0) {
      if (i + hex_digits > raw.size()) return std::nullopt;
      uint32_t cp = 0;
      for (int k = 0; k < hex_digits; ++k) {
        int v = hex_value(raw[i + k]);
        if (v < 0) return std::nullopt;
        cp = cp * 16 + static_cast<uint32_t>(v);
      }
      if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
      i += hex_digits;
      append_utf8(out, cp);
    } else if (auto cp = escaped_code_point(e)) {
      append_utf8(out, *cp);
    } else {
      return std::nullopt;
    }
    kept = out.size();
  }
  return out;
}

// One line of a block scalar's text: where it starts, its spaces of
// indentation, and its end (before the line break).
struct BlockLine {
  size_t start = 0, spaces = 0, end = 0;
  bool blank = false;      ///< spaces only
  bool has_break = false;  ///< false for the last line of a text that ends without one
};

// The value of a block scalar ('|' or '>' at `indicator`, inside a node
// indented `parent` columns; -1 at the top) as YAML 1.2 reads it: its
// header (an indentation digit, chomping '-' or '+'), the indentation of
// its text, folding for '>', chomping of the final line breaks. nullopt
// for a shape it does not read (then libfyaml's text is used). libfyaml
// 0.7.12 leaks its text iterator on a block at the top of a document that
// ends in many empty lines (fuzz_yaml), so block scalars are read here.
std::optional<std::string> block_scalar_text(std::string_view text, size_t indicator, long parent) {
  if (indicator >= text.size() || (text[indicator] != '|' && text[indicator] != '>')) return std::nullopt;
  const bool folded = text[indicator] == '>';
  size_t eol = text.find('\n', indicator);
  long explicit_indent = 0;
  char chomp = 'c';  // clip
  for (size_t i = indicator + 1; i < text.size() && i != eol; ++i) {
    char c = text[i];
    if (c >= '1' && c <= '9' && explicit_indent == 0) {
      explicit_indent = c - '0';
    } else if ((c == '-' || c == '+') && chomp == 'c') {
      chomp = c;
    } else if (is_blank(c) || c == '\r') {
      break;  // a comment may follow
    } else {
      return std::nullopt;
    }
  }
  std::vector<BlockLine> lines;
  if (eol != std::string_view::npos) {
    for (size_t start = eol + 1; start < text.size();) {
      size_t end = text.find('\n', start);
      size_t next = end == std::string_view::npos ? text.size() : end + 1;
      if (end == std::string_view::npos) end = text.size();
      size_t content_end = end > start && text[end - 1] == '\r' ? end - 1 : end;
      BlockLine line{start, 0, content_end, false, next > end};
      while (start + line.spaces < content_end && text[start + line.spaces] == ' ') ++line.spaces;
      line.blank = start + line.spaces == content_end;
      lines.push_back(line);
      start = next;
    }
  }
  // As PyYAML (and libfyaml) read it: the text is indented at least one
  // column past its parent, and at least one column at the top.
  const long min_indent = std::max(parent + 1, 1L);
  long indent = min_indent + explicit_indent - 1;
  if (explicit_indent == 0) {  // the leading empty lines and the first line with text set it
    indent = min_indent;
    for (const BlockLine& l : lines) {
      indent = std::max(indent, static_cast<long>(l.spaces));
      if (!l.blank) break;
    }
  }
  const size_t n = static_cast<size_t>(indent);
  // The block ends at the first line with text indented less, or at a
  // document marker at the start of a line.
  size_t count = 0;
  for (; count < lines.size(); ++count) {
    const BlockLine& l = lines[count];
    std::string_view body = text.substr(l.start, l.end - l.start);
    if (!l.blank && l.spaces < n) break;
    if (l.spaces == 0 && (body.substr(0, 3) == "---" || body.substr(0, 3) == "...") &&
        (body.size() == 3 || is_blank(body[3]))) break;
  }
  // A line of spaces only is empty when it has at most n of them; with
  // more, its extra spaces are text.
  auto is_empty = [&](const BlockLine& l) { return l.blank && l.spaces <= n; };
  size_t last_text = count;
  for (size_t i = count; i-- > 0;)
    if (!is_empty(lines[i])) {
      last_text = i;
      break;
    }
  std::string out;
  bool previous_text_line = false, previous_spaced = false, any_text = false;
  size_t empty_run = 0;
  for (size_t i = 0; i < count && last_text < count && i <= last_text; ++i) {
    const BlockLine& l = lines[i];
    if (is_empty(l)) {
      ++empty_run;
      continue;
    }
    std::string_view body = text.substr(l.start + n, l.end - l.start - n);
    const bool spaced = !body.empty() && is_blank(body.front());
    if (!any_text) {
      out.append(empty_run, '\n');
    } else if (folded && !spaced && !previous_spaced && previous_text_line) {
      out += empty_run == 0 ? std::string(" ") : std::string(empty_run, '\n');
    } else {
      out.append(empty_run + 1, '\n');
    }
    out += body;
    any_text = true;
    previous_text_line = true;
    previous_spaced = spaced;
    empty_run = 0;
  }
  // Chomping: the final line break and the empty lines after the text.
  const size_t first_trailing = any_text ? last_text + 1 : 0;
  if (chomp == '+') {
    if (any_text && lines[last_text].has_break) out += '\n';
    for (size_t i = first_trailing; i < count; ++i)
      if (lines[i].has_break) out += '\n';
  } else if (chomp == 'c' && any_text && lines[last_text].has_break) {
    out += '\n';
  }
  return out;
}

bool is_null_word(std::string_view s) {
  return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

class Builder {
 public:
  Builder(std::string_view text, ParseError* error) : text_(text), error_(error) {
    line_starts_.push_back(0);
    for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1))
      line_starts_.push_back(i + 1);
  }

  std::optional<Node> run() {
    // libfyaml 0.7.12 loops forever on a '%' line holding invalid UTF-8.
    if (!is_valid_utf8(text_)) return fail("the text is not UTF-8: save the file again with the UTF-8 encoding",
                                           first_line_not_utf8());
    // YAML text holds no control character but tab and line breaks, and
    // libfyaml hands back text past a NUL that is not what the file says
    // (fuzz_schema: valijson then read 30 bytes of one "character").
    if (size_t at = first_control_character(); at != std::string_view::npos) {
      char code[8];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(static_cast<unsigned char>(text_[at])));
      return fail(std::string("this text holds a control character (") + code +
                      ") that YAML does not allow: save the file again as plain text",
                  at);
    }
    // libfyaml 0.7.12 frees a simple key twice when, inside an explicit
    // ('?') key, a ':' is followed by blanks holding a tab and then by '?',
    // ':', '|', '>' or "- " (its fy_fetch_value: "cannot use tab for
    // indentation of block entry" recycles the key again; fixed upstream in
    // 0bb4406), and crashes when it frees its parser (fuzz_yaml, fuzz_schema:
    // "? k:\t|", "? kk:\t |@", " ? ?:\t ? d"). YAML never allows a tab
    // there, so the shape is refused wherever it is, before libfyaml sees it.
    if (size_t at = tab_before_indicator(); at != std::string_view::npos)
      return fail(std::string("a tab stands before '") + text_[at] +
                      "' here: YAML does not allow a tab before a block; write spaces",
                  at);
    fy_diag_cfg diag_cfg;
    fy_diag_cfg_default(&diag_cfg);
    diag_cfg.fp = nullptr;
    diag_cfg.output_fn = discard_output;
    diag_cfg.level = FYET_ERROR;
    diag_.reset(fy_diag_create(&diag_cfg));
    if (!diag_) return fail("the YAML parser could not start", 0);
    fy_diag_set_collect_errors(diag_.get(), true);
    fy_parse_cfg cfg{};
    // Sloppy flow indentation: yaml-cpp accepted a closing ']' at column 0.
    cfg.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_SLOPPY_FLOW_INDENTATION);
    cfg.diag = diag_.get();
    parser_.reset(fy_parser_create(&cfg));
    if (!parser_ || fy_parser_set_string(parser_.get(), text_.data(), text_.size()) != 0)
      return fail("the YAML parser could not start", 0);

    Node root;
    Event e = take();
    if (!e || e->type != FYET_STREAM_START) return parser_error();
    e = take();
    if (!e) return parser_error();
    if (e->type == FYET_STREAM_END) return root;  // no document at all: Null
    if (e->type != FYET_DOCUMENT_START) return parser_error();
    e = take();
    root_ = &root;
    Cost cost;
    if (!e || !build(std::move(e), root, cost)) return fail_from_parser();
    e = take();  // the document's end; later documents are not read
    if (!e || e->type != FYET_DOCUMENT_END) return parser_error();
    return root;
  }

 private:
  struct EventFree {
    fy_parser* parser;
    void operator()(fy_event* e) const { fy_parser_event_free(parser, e); }
  };
  using Event = std::unique_ptr<fy_event, EventFree>;

  Event take() {
    fy_event* e = fy_parser_parse(parser_.get());
    if (e) {
      previous_end_ = last_end_;
      if (const fy_mark* end = fy_event_end_mark(e)) last_end_ = end->input_pos;
      // A quoted scalar's end mark is before its closing quote.
      if (e->type == FYET_SCALAR && last_end_ < text_.size() && is_quoted(e->scalar.value) &&
          (text_[last_end_] == '"' || text_[last_end_] == '\''))
        ++last_end_;
    }
    return Event(e, EventFree{parser_.get()});
  }

  // What a node holds: nodes (itself included) and bytes of scalar text.
  struct Cost {
    size_t values = 0;
    size_t bytes = 0;
    void add(const Cost& c) {
      values += c.values;
      bytes += c.bytes;
    }
  };

  // Builds the node that starts with `e` into `out`, whose place in the
  // tree is path_, and adds what it holds to `cost`. False on a syntax error
  // (already recorded in error_ unless it is libfyaml's own, read by
  // fail_from_parser) or a passed limit.
  bool build(Event e, Node& out, Cost& cost) {
    if (!e) return false;
    Cost own{1, 0};
    bool ok = false;
    // The anchor's name is read now: the event is gone once its node is built.
    fy_token* anchor_token = nullptr;
    switch (e->type) {
      case FYET_SCALAR: anchor_token = e->scalar.anchor; break;
      case FYET_SEQUENCE_START: anchor_token = e->sequence_start.anchor; break;
      case FYET_MAPPING_START: anchor_token = e->mapping_start.anchor; break;
      default: break;
    }
    const std::string anchor = anchor_token ? std::string(token_text(anchor_token)) : std::string();
    switch (e->type) {
      case FYET_SCALAR:
        ok = scalar(e.get(), out);
        own.bytes = out.scalar.size();
        break;
      case FYET_ALIAS:
        ok = alias(e.get(), out, own);
        break;
      case FYET_SEQUENCE_START:
        ok = sequence(std::move(e), out, own);
        break;
      case FYET_MAPPING_START:
        ok = mapping(std::move(e), out, own);
        break;
      default:
        return false;
    }
    if (!ok) return false;
    if (anchor_token) anchors_.insert_or_assign(anchor, Anchored{path_, own});
    cost.add(own);
    return true;
  }

  bool sequence(Event e, Node& out, Cost& cost) {
    out.kind = Node::Kind::Sequence;
    place(out, e.get(), e->sequence_start.anchor, e->sequence_start.tag);
    if (!check_depth(out)) return false;
    Indented indented(indents_, column_of(fy_event_start_mark(e.get())));
    for (;;) {
      Event item = take();
      if (!item) return false;
      if (item->type == FYET_SEQUENCE_END) return true;
      path_.push_back(static_cast<uint32_t>(out.items.size()));
      out.items.emplace_back();
      bool ok = build(std::move(item), out.items.back(), cost);
      path_.pop_back();
      if (!ok) return false;
    }
  }

  // A pair's key is child 2 * i of the mapping, its value 2 * i + 1.
  bool mapping(Event e, Node& out, Cost& cost) {
    out.kind = Node::Kind::Mapping;
    place(out, e.get(), e->mapping_start.anchor, e->mapping_start.tag);
    if (!check_depth(out)) return false;
    Indented indented(indents_, column_of(fy_event_start_mark(e.get())));
    KeySet keys;
    for (;;) {
      Event key = take();
      if (!key) return false;
      if (key->type == FYET_MAPPING_END) return true;
      const auto index = static_cast<uint32_t>(2 * out.pairs.size());
      out.pairs.emplace_back();
      path_.push_back(index);
      bool ok = build(std::move(key), out.pairs.back().first, cost) && check_unique_key(out, keys);
      path_.back() = index + 1;
      ok = ok && build(take(), out.pairs.back().second, cost);
      path_.pop_back();
      if (!ok) return false;
    }
  }

  // The indentation of the block collections around the node being built
  // (-1 at the top): a block scalar's lines must be indented more than the
  // innermost one.
  struct Indented {
    std::vector<long>& stack;
    Indented(std::vector<long>& s, long column) : stack(s) { stack.push_back(column); }
    ~Indented() { stack.pop_back(); }
  };

  long column_of(const fy_mark* m) const {
    if (!m || m->input_pos > text_.size()) return -1;
    size_t line_start = text_.rfind('\n', m->input_pos == 0 ? 0 : m->input_pos - 1);
    line_start = (line_start == std::string_view::npos || m->input_pos == 0) ? 0 : line_start + 1;
    return static_cast<long>(m->input_pos - line_start);
  }

  // A block scalar ('|' or '>' at `indicator`) whose first line of text is
  // not indented more than the key or '-' it belongs to is empty in YAML,
  // and that line is the parent's; libfyaml 0.7.12 takes the line as the
  // scalar's text and hands back a text whose last bytes it never wrote
  // (fuzz_schema: valijson then read 30 bytes of one "character"). Such a
  // file is refused at that line. With an indentation digit ('|2') the
  // parser's own rule applies. libfyaml's scalar then ends past that line
  // (`scalar_end`); a block that is really empty ends before it.
  bool check_block_indent(size_t indicator, size_t scalar_end) {
    if (indicator >= text_.size() || (text_[indicator] != '|' && text_[indicator] != '>')) return true;
    size_t eol = text_.find('\n', indicator);
    if (eol == std::string_view::npos) return true;
    for (size_t i = indicator + 1; i < eol && text_[i] != '#'; ++i)
      if (text_[i] >= '1' && text_[i] <= '9') return true;
    const long parent = indents_.empty() ? -1 : indents_.back();
    // At the top of a file the text must be indented too: PyYAML reads the
    // block as empty then, and libfyaml reads it wrongly and leaks.
    const long at_least = std::max(parent, 0L);
    for (size_t line = eol + 1; line < text_.size();) {
      size_t end = text_.find('\n', line);
      if (end == std::string_view::npos) end = text_.size();
      size_t k = line;
      while (k < end && text_[k] == ' ') ++k;
      if (k < end && text_[k] != '\r') {  // the first line that is not blank
        if (static_cast<long>(k - line) > at_least || k >= scalar_end) return true;
        fail("the text of the block that starts with '" + std::string(1, text_[indicator]) + "' on line " +
                 std::to_string(line_of(indicator) + 1) + " must be indented" +
                 (parent < 0 ? "" : " more than the name before it") + ": add spaces at the start of its lines",
             k);
        return false;
      }
      line = end + 1;
    }
    return true;
  }

  int line_of(size_t pos) const {
    return static_cast<int>(std::upper_bound(line_starts_.begin(), line_starts_.end(), pos) - line_starts_.begin() - 1);
  }

  // path_ holds one index per collection around the node being built.
  bool check_depth(const Node& collection) {
    if (path_.size() < static_cast<size_t>(kMaxDepth)) return true;
    fail_limit("the values here are nested more than " + std::to_string(kMaxDepth) +
                   " levels deep: Webtruong reads at most " + std::to_string(kMaxDepth) + " levels",
               offset_of(collection));
    return false;
  }

  bool scalar(fy_event* e, Node& out) {
    fy_token* value = e->scalar.value;
    fy_scalar_style style = value ? fy_token_scalar_style(value) : FYSS_PLAIN;
    // Quoted scalars that libfyaml 0.7.12 leaks on are read here (see
    // single_quoted_text and double_quoted_text).
    std::string own;
    std::string_view text;
    const fy_mark* start = fy_event_start_mark(e);
    const fy_mark* end = fy_event_end_mark(e);  // before the closing quote
    std::string_view raw;
    if (start && end && start->input_pos <= end->input_pos && end->input_pos <= text_.size())
      raw = text_.substr(start->input_pos, end->input_pos - start->input_pos);
    std::optional<std::string> decoded;
    if ((style == FYSS_LITERAL || style == FYSS_FOLDED) && start)
      decoded = block_scalar_text(text_, scalar_start(value, start->input_pos), indents_.empty() ? -1 : indents_.back());
    else if (style == FYSS_SINGLE_QUOTED && raw.find_first_of("'\r\n") != std::string_view::npos)
      decoded = single_quoted_text(raw);
    else if (style == FYSS_DOUBLE_QUOTED && raw.find_first_of("\r\n") != std::string_view::npos)
      decoded = double_quoted_text(raw);
    if (decoded) {
      own = std::move(*decoded);
      text = own;
    } else {
      text = token_text(value);
    }
    if ((style == FYSS_LITERAL || style == FYSS_FOLDED) && start && end &&
        !check_block_indent(scalar_start(value, start->input_pos), end->input_pos))
      return false;
    out.quoted = is_quoted(value);
    // As in yaml-cpp, an explicit tag (!!str null) keeps a null word a string.
    bool null = style == FYSS_PLAIN && !e->scalar.tag && is_null_word(text);
    out.kind = null ? Node::Kind::Null : Node::Kind::Scalar;
    if (!null) out.scalar.assign(text);
    place(out, e, e->scalar.anchor, e->scalar.tag);
    return true;
  }

  bool alias(fy_event* e, Node& out, Cost& cost) {
    std::string name(token_text(e->alias.anchor));
    const fy_mark* m = fy_event_start_mark(e);
    size_t pos = m ? m->input_pos : last_end_;
    if (pos > 0 && text_[pos - 1] == '*') --pos;  // libfyaml marks the name, after the '*'
    // The latest anchor of that name wins, as YAML allows redefining one.
    auto it = anchors_.find(name);
    if (it == anchors_.end()) {
      fail("the alias '*" + name + "' does not match any anchor '&" + name + "' written before it", pos);
      return false;
    }
    const Anchored& a = it->second;
    alias_spent_.add(a.cost);
    if (alias_spent_.values > kMaxAliasValues || alias_spent_.bytes > kMaxAliasBytes) {
      fail_limit("the alias '*" + name + "' makes the aliases of this file repeat more than " +
                     (alias_spent_.values > kMaxAliasValues
                          ? std::to_string(kMaxAliasValues) + " values"
                          : std::to_string(kMaxAliasBytes / (1024 * 1024)) + " MB of text") +
                     ": Webtruong expands no more",
                 pos);
      return false;
    }
    out = at_path(a.path);
    cost = a.cost;
    return true;
  }

  // Keys seen in one mapping: a linear scan while it is small, then a hash set.
  struct KeySet {
    std::unordered_set<std::string> hashed;
  };
  static constexpr size_t kScanLimit = 16;

  bool check_unique_key(const Node& mapping, KeySet& keys) {
    const Node& key = mapping.pairs.back().first;
    if (key.kind != Node::Kind::Scalar && key.kind != Node::Kind::Null) return true;
    // Null keys are told apart from the scalar "" by a leading byte.
    auto entry = [](const Node& k) { return (k.kind == Node::Kind::Null ? "0" : "1") + k.scalar; };
    bool twice = false;
    if (mapping.pairs.size() <= kScanLimit) {
      for (size_t i = 0; i + 1 < mapping.pairs.size() && !twice; ++i) {
        const Node& other = mapping.pairs[i].first;
        twice = other.kind == key.kind && other.scalar == key.scalar;
      }
    } else {
      if (keys.hashed.empty()) {
        for (size_t i = 0; i + 1 < mapping.pairs.size(); ++i) {
          const Node& other = mapping.pairs[i].first;
          if (other.kind == Node::Kind::Scalar || other.kind == Node::Kind::Null) keys.hashed.insert(entry(other));
        }
      }
      twice = !keys.hashed.insert(entry(key)).second;
    }
    if (twice) fail("the key '" + key.scalar + "' is written twice", offset_of(key));
    return !twice;
  }

  // An anchored node, found again by its path from the root: the tree only
  // grows by appending, so the path stays valid while vectors reallocate,
  // and nothing is copied until an alias asks for it.
  struct Anchored {
    std::vector<uint32_t> path;
    Cost cost;
  };

  const Node& at_path(const std::vector<uint32_t>& path) const {
    const Node* n = root_;
    for (uint32_t i : path) {
      if (n->kind == Node::Kind::Sequence) n = &n->items[i];
      else n = i % 2 ? &n->pairs[i / 2].second : &n->pairs[i / 2].first;
    }
    return *n;
  }

  // Sets where `out` starts (see the header for the rules).
  void place(Node& out, fy_event* e, fy_token* anchor, fy_token* tag) {
    size_t pos;
    if (const fy_mark* m = fy_event_start_mark(e)) {
      pos = m->input_pos;
      if (e->type == FYET_SCALAR) pos = scalar_start(e->scalar.value, pos);
    } else {
      pos = next_token_after(previous_end_);  // an empty value
    }
    if (const fy_mark* m = anchor ? fy_token_start_mark(anchor) : nullptr) {
      size_t at = m->input_pos > 0 && text_[m->input_pos - 1] == '&' ? m->input_pos - 1 : m->input_pos;
      pos = std::min(pos, at);
    }
    if (const fy_mark* m = tag ? fy_token_start_mark(tag) : nullptr) pos = std::min(pos, m->input_pos);
    set_position(out, pos);
  }

  // libfyaml marks a quoted or block scalar at its first character of text;
  // the user wrote the node from its quote or its '|' / '>' indicator.
  size_t scalar_start(fy_token* value, size_t pos) const {
    fy_scalar_style style = value ? fy_token_scalar_style(value) : FYSS_PLAIN;
    if (is_quoted(value)) {
      char quote = style == FYSS_SINGLE_QUOTED ? '\'' : '"';
      return pos > 0 && pos <= text_.size() && text_[pos - 1] == quote ? pos - 1 : pos;
    }
    if (style == FYSS_LITERAL || style == FYSS_FOLDED) {
      // The indicator is the first '|' or '>' after the previous token, outside comments.
      for (size_t i = skip_blank(std::min(previous_end_, pos)); i < pos; i = skip_blank(i + 1)) {
        if (text_[i] == '|' || text_[i] == '>') return i;
      }
    }
    return pos;
  }

  // Where yaml-cpp placed an empty value: at the token after the previous
  // one's ':', '-' or '?' indicator (the next key or item, a ',', the end).
  size_t next_token_after(size_t pos) const {
    pos = skip_blank(pos);
    if (pos < text_.size() && (text_[pos] == ':' || text_[pos] == '-' || text_[pos] == '?'))
      pos = skip_blank(pos + 1);
    return pos;
  }

  // Skips spaces, line breaks and comments.
  size_t skip_blank(size_t pos) const {
    while (pos < text_.size()) {
      char c = text_[pos];
      if (c == '#') {
        while (pos < text_.size() && text_[pos] != '\n') ++pos;
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        ++pos;
      } else {
        break;
      }
    }
    return pos;
  }

  // The indicator ('?', ':', '|', '>' or a '-' before a blank) that a ':'
  // and blanks holding a tab stand before, on one line; npos if none.
  size_t tab_before_indicator() const {
    for (size_t at = text_.find('\t'); at != std::string_view::npos; at = text_.find('\t', at + 1)) {
      size_t colon = at;
      while (colon > 0 && is_blank(text_[colon - 1])) --colon;
      if (colon == 0 || text_[colon - 1] != ':') continue;
      size_t i = at;
      while (i < text_.size() && is_blank(text_[i])) ++i;
      if (i == text_.size()) continue;
      const char c = text_[i];
      if (c == '?' || c == ':' || c == '|' || c == '>') return i;
      if (c == '-' && (i + 1 == text_.size() || is_blank(text_[i + 1]) || text_[i + 1] == '\n' ||
                       text_[i + 1] == '\r'))
        return i;
      at = i - 1;  // the blanks are scanned once
    }
    return std::string_view::npos;
  }

  size_t first_control_character() const {
    for (size_t i = 0; i < text_.size(); ++i) {
      const auto c = static_cast<unsigned char>(text_[i]);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return i;
    }
    return std::string_view::npos;
  }

  size_t first_line_not_utf8() const {
    for (size_t i = 0; i + 1 < line_starts_.size(); ++i) {
      if (!is_valid_utf8(text_.substr(line_starts_[i], line_starts_[i + 1] - line_starts_[i])))
        return line_starts_[i];
    }
    return line_starts_.back();
  }

  void set_position(Node& out, size_t pos) {
    pos = std::min(pos, text_.size());
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), pos) - 1;
    out.line = static_cast<int>(it - line_starts_.begin());
    out.byte_column = static_cast<int>(pos - *it);
    out.column = column_at(*it, pos);
  }

  // 1-based code-point column of `pos` on the line starting at `line_start`
  // (as code_point_column counts). Nodes come in text order, so counting
  // goes on from the previous node on the same line: linear over a file
  // written on one line.
  int column_at(size_t line_start, size_t pos) {
    if (line_start != memo_line_start_ || pos < memo_pos_) {
      memo_line_start_ = line_start;
      memo_pos_ = line_start;
      memo_column_ = 1;
    }
    for (; memo_pos_ < pos; ++memo_pos_)
      if ((static_cast<unsigned char>(text_[memo_pos_]) & 0xC0) != 0x80) ++memo_column_;
    return memo_column_;
  }

  size_t offset_of(const Node& n) const {
    return line_starts_[static_cast<size_t>(n.line)] + static_cast<size_t>(n.byte_column);
  }

  std::nullopt_t fail(const std::string& message, size_t pos, bool limit = false) {
    if (error_ && !failed_) {
      Node at;
      set_position(at, pos);
      *error_ = {message, at.line, at.byte_column, limit};
    }
    failed_ = true;
    return std::nullopt;
  }

  std::nullopt_t fail_limit(const std::string& message, size_t pos) { return fail(message, pos, true); }

  std::nullopt_t fail_from_parser() { return failed_ ? std::nullopt : parser_error(); }

  // Reads libfyaml's first collected error. Its token's mark gives a byte
  // offset; without a token, line and column are 1-based, the column in
  // code points, so it is walked back to bytes.
  std::nullopt_t parser_error() {
    void* iter = nullptr;
    while (fy_diag_error* err = fy_diag_errors_iterate(diag_.get(), &iter)) {
      if (err->type < FYET_ERROR) continue;
      std::string message = err->msg ? err->msg : "this is not YAML";
      if (const fy_mark* m = err->fyt ? fy_token_start_mark(err->fyt) : nullptr)
        return fail(message, m->input_pos);
      size_t line = static_cast<size_t>(std::max(err->line - 1, 0));
      if (line >= line_starts_.size()) return fail(message, text_.size());
      size_t pos = line_starts_[line];
      for (int cp = std::max(err->column - 1, 0); cp > 0 && pos < text_.size() && text_[pos] != '\n'; --cp) {
        ++pos;
        while (pos < text_.size() && (static_cast<unsigned char>(text_[pos]) & 0xC0) == 0x80) ++pos;
      }
      return fail(message, pos);
    }
    return fail("this is not YAML", last_end_);
  }

  std::string_view text_;
  ParseError* error_;
  std::vector<size_t> line_starts_;
  std::unique_ptr<fy_diag, DiagDeleter> diag_;
  std::unique_ptr<fy_parser, ParserDeleter> parser_;
  bool failed_ = false;
  size_t last_end_ = 0;      // where the last event taken ends
  size_t previous_end_ = 0;  // where the event before it ends
  std::unordered_map<std::string, Anchored> anchors_;
  Cost alias_spent_;              // what aliases repeated so far, against kMaxAlias*
  Node* root_ = nullptr;
  std::vector<uint32_t> path_;    // where the node being built is, from root_
  size_t memo_line_start_ = 0, memo_pos_ = 0;
  int memo_column_ = 1;
  std::vector<long> indents_;
};

}  // namespace

Node::Node() = default;

std::optional<Node> parse(std::string_view text, ParseError* error) {
  Builder builder(text, error);
  return builder.run();
}

const Node* find(const Node& mapping, std::string_view key) {
  for (const auto& [k, v] : mapping.pairs) {
    if (k.kind == Node::Kind::Scalar && k.scalar == key) return &v;
  }
  return nullptr;
}

std::optional<int> to_int(const Node& node) {
  if (node.kind != Node::Kind::Scalar) return std::nullopt;
  std::string_view s = node.scalar;
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  int base = 10;
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'o')) {
    base = s[1] == 'x' ? 16 : 8;
    s.remove_prefix(2);
  }
  if (s.empty() || s[0] == '+' || s[0] == '-') return std::nullopt;
  long long value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value, base);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  if (negative) value = -value;
  if (value < INT_MIN || value > INT_MAX) return std::nullopt;
  return static_cast<int>(value);
}

}  // namespace wt::yaml
