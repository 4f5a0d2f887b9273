// The libfyaml adapter: the only file that includes libfyaml.h.
//
// It reads libfyaml's event stream (not its document tree: the tree API of
// libfyaml 0.7 has no public way to ask where a mapping or sequence starts)
// and builds wt::yaml::Node values by recursive descent. Positions come
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
#include <memory>

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
    if (!e || !build(std::move(e), root)) return fail_from_parser();
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

  // Builds the node that starts with `e`; false on a syntax error (already
  // recorded in error_ unless it is libfyaml's own, read by fail_from_parser).
  bool build(Event e, Node& out) {
    if (!e) return false;
    switch (e->type) {
      case FYET_SCALAR: return scalar(e.get(), out);
      case FYET_ALIAS: return alias(e.get(), out);
      case FYET_SEQUENCE_START: {
        out.kind = Node::Kind::Sequence;
        place(out, e.get(), e->sequence_start.anchor, e->sequence_start.tag);
        fy_token* anchor = e->sequence_start.anchor;
        for (;;) {
          Event item = take();
          if (!item) return false;
          if (item->type == FYET_SEQUENCE_END) break;
          out.items.emplace_back();
          if (!build(std::move(item), out.items.back())) return false;
        }
        remember(anchor, out);
        return true;
      }
      case FYET_MAPPING_START: {
        out.kind = Node::Kind::Mapping;
        place(out, e.get(), e->mapping_start.anchor, e->mapping_start.tag);
        fy_token* anchor = e->mapping_start.anchor;
        for (;;) {
          Event key = take();
          if (!key) return false;
          if (key->type == FYET_MAPPING_END) break;
          out.pairs.emplace_back();
          auto& pair = out.pairs.back();
          if (!build(std::move(key), pair.first)) return false;
          if (!check_unique_key(out)) return false;
          if (!build(take(), pair.second)) return false;
        }
        remember(anchor, out);
        return true;
      }
      default:
        return false;
    }
  }

  bool scalar(fy_event* e, Node& out) {
    fy_token* value = e->scalar.value;
    std::string_view text = token_text(value);
    fy_scalar_style style = value ? fy_token_scalar_style(value) : FYSS_PLAIN;
    out.quoted = is_quoted(value);
    // As in yaml-cpp, an explicit tag (!!str null) keeps a null word a string.
    bool null = style == FYSS_PLAIN && !e->scalar.tag && is_null_word(text);
    out.kind = null ? Node::Kind::Null : Node::Kind::Scalar;
    if (!null) out.scalar.assign(text);
    place(out, e, e->scalar.anchor, e->scalar.tag);
    remember(e->scalar.anchor, out);
    return true;
  }

  bool alias(fy_event* e, Node& out) {
    std::string_view name = token_text(e->alias.anchor);
    // The latest anchor of that name wins, as YAML allows redefining one.
    for (auto it = anchors_.rbegin(); it != anchors_.rend(); ++it) {
      if (it->first == name) {
        out = it->second;
        return true;
      }
    }
    const fy_mark* m = fy_event_start_mark(e);
    size_t pos = m ? m->input_pos : last_end_;
    if (pos > 0 && text_[pos - 1] == '*') --pos;  // libfyaml marks the name, after the '*'
    fail("the alias '*" + std::string(name) + "' does not match any anchor '&" + std::string(name) +
             "' written before it",
         pos);
    return false;
  }

  bool check_unique_key(const Node& mapping) {
    const Node& key = mapping.pairs.back().first;
    if (key.kind != Node::Kind::Scalar && key.kind != Node::Kind::Null) return true;
    for (size_t i = 0; i + 1 < mapping.pairs.size(); ++i) {
      const Node& other = mapping.pairs[i].first;
      if (other.kind == key.kind && other.scalar == key.scalar) {
        fail("the key '" + key.scalar + "' is written twice", offset_of(key));
        return false;
      }
    }
    return true;
  }

  void remember(fy_token* anchor, const Node& node) {
    if (anchor) anchors_.emplace_back(std::string(token_text(anchor)), node);
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

  size_t first_line_not_utf8() const {
    for (size_t i = 0; i + 1 < line_starts_.size(); ++i) {
      if (!is_valid_utf8(text_.substr(line_starts_[i], line_starts_[i + 1] - line_starts_[i])))
        return line_starts_[i];
    }
    return line_starts_.back();
  }

  void set_position(Node& out, size_t pos) const {
    pos = std::min(pos, text_.size());
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), pos) - 1;
    out.line = static_cast<int>(it - line_starts_.begin());
    out.byte_column = static_cast<int>(pos - *it);
  }

  size_t offset_of(const Node& n) const {
    return line_starts_[static_cast<size_t>(n.line)] + static_cast<size_t>(n.byte_column);
  }

  std::nullopt_t fail(const std::string& message, size_t pos) {
    if (error_ && !failed_) {
      Node at;
      set_position(at, pos);
      *error_ = {message, at.line, at.byte_column};
    }
    failed_ = true;
    return std::nullopt;
  }

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
  std::vector<std::pair<std::string, Node>> anchors_;
};

}  // namespace

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
