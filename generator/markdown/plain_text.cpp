#include "markdown/plain_text.hpp"

namespace wt::markdown::detail {
namespace {

bool is_block(cmark_node* node) {
  return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

void PlainText::visit(cmark_event_type ev, cmark_node* node) {
  cmark_node_type type = cmark_node_get_type(node);
  if (type == CMARK_NODE_IMAGE) {
    image_depth_ += ev == CMARK_EVENT_ENTER ? 1 : -1;
    return;
  }
  if (image_depth_ > 0) return;
  if (is_block(node)) {
    if (type == CMARK_NODE_CODE_BLOCK) {
      raw_ += ' ';
      if (const char* lit = cmark_node_get_literal(node)) raw_ += lit;
    }
    raw_ += ' ';
    return;
  }
  if (ev != CMARK_EVENT_ENTER) return;
  switch (type) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
      if (const char* lit = cmark_node_get_literal(node)) raw_ += lit;
      break;
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
      raw_ += ' ';
      break;
    default:
      break;
  }
}

void PlainText::visit_subtree(cmark_node* node) {
  cmark_iter* iter = cmark_iter_new(node);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) visit(ev, cmark_iter_get_node(iter));
  cmark_iter_free(iter);
}

std::string PlainText::text() const { return collapse_whitespace(raw_); }

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::string excerpt(std::string_view text, size_t max_code_points) {
  std::string flat = collapse_whitespace(text);
  size_t count = 0;
  for (size_t i = 0; i < flat.size(); ++i) {
    if (is_continuation(flat[i])) continue;
    if (count == max_code_points) return flat.substr(0, i);
    ++count;
  }
  return flat;
}

std::string truncate_words(std::string_view text, size_t max_code_points) {
  size_t count = 0;
  size_t limit = text.size();  // byte offset of code point number max_code_points + 1
  for (size_t i = 0; i < text.size(); ++i) {
    if (is_continuation(text[i])) continue;
    if (count == max_code_points) {
      limit = i;
      break;
    }
    ++count;
  }
  if (limit == text.size()) return std::string(text);

  size_t cut = limit;
  if (text[limit] != ' ') {
    size_t space = text.rfind(' ', limit);
    if (space != std::string_view::npos && space > 0) cut = space;
  }
  std::string_view head = text.substr(0, cut);
  while (!head.empty() && (head.back() == ' ' || head.back() == ',' || head.back() == ';' ||
                           head.back() == ':')) {
    head.remove_suffix(1);
  }
  if (head.empty()) head = text.substr(0, limit);
  return std::string(head) + "…";
}

}  // namespace wt::markdown::detail
