// Page extraction over gumbo's tree, or FastTree's (the same structs) when
// the page needs no error recovery.
#include "audit/html/page_extract.hpp"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "audit/html/fast_tree.hpp"
#include "core/html_foreign.hpp"
#include "core/text.hpp"

namespace wt::audit {

namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

std::vector<std::string> tokens(std::string_view s, std::string_view separators) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && separators.find(s[i]) != std::string_view::npos) ++i;
    size_t j = i;
    while (j < s.size() && separators.find(s[j]) == std::string_view::npos) ++j;
    if (j > i) out.push_back(lowered(s.substr(i, j - i)));
    i = j;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Nesting guard before gumbo: drop start tags nested deeper than `cap`.

bool is_void_or_autoclosing(std::string_view name) {
  static constexpr std::array<std::string_view, 31> kNames = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
      "param", "keygen", "basefont", "bgsound", "frame", "p", "li", "dt", "dd", "option", "optgroup",
      "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup"};
  return std::find(kNames.begin(), kNames.end(), name) != kNames.end();
}

bool is_raw_text(std::string_view name) {
  static constexpr std::array<std::string_view, 10> kNames = {
      "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"};
  return std::find(kNames.begin(), kNames.end(), name) != kNames.end();
}

// Position after the '>' closing the tag that starts at `i`, npos when none.
size_t tag_end(std::string_view h, size_t i) {
  char quote = 0;
  for (; i < h.size(); ++i) {
    const char c = h[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      // Quotes only open a value right after '=' (possibly with spaces).
      size_t k = i;
      while (k > 0 && is_space(h[k - 1])) --k;
      if (k > 0 && h[k - 1] == '=') quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

// `html` with start tags nested deeper than `cap` removed (and as many
// following end tags); nullopt when nothing needed removing.
std::optional<std::string> limit_nesting(std::string_view h, size_t cap) {
  std::string out;
  size_t copied = 0;  // h[0, copied) is in `out` or was dropped
  size_t depth = 0;
  size_t dropped = 0;
  bool changed = false;
  auto drop = [&](size_t from, size_t to) {
    out.append(h.substr(copied, from - copied));
    copied = to;
    changed = true;
  };
  size_t i = 0;
  while (i < h.size()) {
    const size_t lt = h.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= h.size()) break;
    i = lt;
    if (h.compare(i, 4, "<!--") == 0) {
      const size_t end = h.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const char next = h[i + 1];
    if (next == '!' || next == '?') {
      const size_t end = h.find('>', i + 1);
      if (end == std::string_view::npos) break;
      i = end + 1;
      continue;
    }
    const bool closing = next == '/';
    const size_t name_start = i + (closing ? 2 : 1);
    if (name_start >= h.size() || !is_alpha(h[name_start])) {
      ++i;
      continue;
    }
    size_t name_end = name_start;
    while (name_end < h.size() && !is_space(h[name_end]) && h[name_end] != '/' && h[name_end] != '>') ++name_end;
    const std::string name = lowered(h.substr(name_start, std::min<size_t>(name_end - name_start, 16)));
    const size_t end = tag_end(h, name_end);
    if (end == std::string_view::npos) break;
    if (closing) {
      if (dropped > 0 && !is_void_or_autoclosing(name)) {
        --dropped;
        drop(i, end);
      } else if (depth > 0 && !is_void_or_autoclosing(name)) {
        --depth;
      }
      i = end;
      continue;
    }
    if (is_raw_text(name)) {
      // Skip to the matching end tag; its content is not markup.
      size_t k = end;
      size_t close = std::string_view::npos;
      while ((k = h.find("</", k)) != std::string_view::npos) {
        if (iequals(h.substr(k + 2, std::min(name.size(), h.size() - k - 2)), name)) {
          close = k;
          break;
        }
        k += 2;
      }
      if (close == std::string_view::npos) break;
      i = close;
      // The end tag is read by the next round (raw text elements count no depth).
      const size_t close_end = tag_end(h, close);
      if (close_end == std::string_view::npos) break;
      i = close_end;
      continue;
    }
    if (!is_void_or_autoclosing(name)) {
      if (depth >= cap) {
        ++dropped;
        drop(i, end);
      } else {
        ++depth;
      }
    }
    i = end;
  }
  if (!changed) return std::nullopt;
  out.append(h.substr(copied));
  return out;
}

// ---------------------------------------------------------------------------
// gumbo helpers

// Attribute names are lower case in both trees (gumbo's and FastTree's), as
// `name` is: compared exactly, not with gumbo_get_attribute's strcasecmp.
std::optional<std::string_view> attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) return std::nullopt;
  const GumboVector& attributes = n->v.element.attributes;
  for (unsigned i = 0; i < attributes.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(attributes.data[i]);
    if (a->name[0] == name[0] && std::strcmp(a->name, name) == 0) return std::string_view(a->value);
  }
  return std::nullopt;
}

// True when some token of `s` (as tokens() splits it), lower-cased, makes
// `pred` true; the tokens are not copied unless they hold upper case.
template <typename Pred>
bool any_token(std::string_view s, std::string_view separators, Pred pred) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && separators.find(s[i]) != std::string_view::npos) ++i;
    size_t j = i;
    bool upper = false;
    while (j < s.size() && separators.find(s[j]) == std::string_view::npos) {
      upper = upper || (s[j] >= 'A' && s[j] <= 'Z');
      ++j;
    }
    if (j > i) {
      const std::string_view t = s.substr(i, j - i);
      if (upper ? pred(std::string_view(lowered(t))) : pred(t)) return true;
    }
    i = j;
  }
  return false;
}

bool has_class_token(const GumboNode* n, std::initializer_list<std::string_view> wanted) {
  auto cls = attr(n, "class");
  if (!cls) return false;
  return any_token(*cls, " \t\n\r\f", [&](std::string_view t) {
    for (std::string_view w : wanted)
      if (t == w) return true;
    return false;
  });
}

// Hidden from readers: the hidden attribute, display:none, or the hiding
// classes of Bootstrap and NukeViet ("hidden hide d-none").
bool is_hidden(const GumboNode* n) {
  if (attr(n, "hidden")) return true;
  if (auto style = attr(n, "style")) {
    std::string s;
    for (char c : *style)
      if (!is_space(c)) s += lower(c);
    if (s.find("display:none") != std::string::npos) return true;
  }
  return has_class_token(n, {"hidden", "hide", "d-none"});
}

bool is_skipped_for_text(const GumboNode* n) {
  if (n->type != GUMBO_NODE_ELEMENT) return false;
  switch (n->v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
      return true;
    default:
      return is_hidden(n);
  }
}

bool is_block(const GumboNode* n) {
  if (n->type != GUMBO_NODE_ELEMENT) return false;
  switch (n->v.element.tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BR: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_UL:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_OPTION: case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

// Appends text with white space collapsed: runs become one space, or one
// newline when a block boundary is among them. Stops at `cap` bytes.
class TextSink {
  // The bytes that end a run of text: white space, and 0xC2 (the first byte
  // of a no-break space).
  static constexpr std::array<bool, 256> kStop = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[c] = true;
    t[0xC2] = true;
    return t;
  }();

 public:
  TextSink(size_t cap, bool lines) : cap_(cap), lines_(lines) {}

  void text(std::string_view s) {
    const size_t n = s.size();
    auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    auto nbsp = [&](size_t k) { return byte(k) == 0xC2 && k + 1 < n && byte(k + 1) == 0xA0; };
    size_t i = 0;
    while (i < n && !full_) {
      if (kStop[byte(i)] && byte(i) != 0xC2) {
        pending_ = std::max(pending_, 1);
        ++i;
      } else if (nbsp(i)) {  // no-break space
        pending_ = std::max(pending_, 1);
        i += 2;
      } else {
        // A run of other bytes, appended at once: single spaces between
        // words stay in it (they would be written as one space anyway).
        size_t j = i + 1;
        while (j < n) {
          const unsigned char d = byte(j);
          if (!kStop[d]) ++j;
          else if (d == ' ' && j + 1 < n && !kStop[byte(j + 1)]) j += 2;
          else if (d == 0xC2 && !nbsp(j)) ++j;
          else break;
        }
        if (pending_ && !out_.empty()) put(pending_ == 2 && lines_ ? '\n' : ' ');
        pending_ = 0;
        append(s.substr(i, j - i));
        i = j;
      }
    }
  }
  void block() { pending_ = 2; }
  bool full() const { return full_; }
  bool truncated() const { return full_; }
  std::string take() {
    if (full_) drop_partial_last_char(out_);
    // NFC may lengthen a few characters: cut again at a character boundary
    // until the text fits the cap.
    std::string text = wt::to_nfc(out_);
    while (text.size() > cap_) text = wt::to_nfc(std::string(utf8_prefix(text, cap_)));
    return text;
  }

 private:
  /// put() stops at the cap byte by byte, so the last character may be cut
  /// in two: drop its lead and continuation bytes.
  static void drop_partial_last_char(std::string& s) {
    size_t lead = s.size();
    while (lead > 0 && s.size() - lead < 4 && (static_cast<unsigned char>(s[lead - 1]) & 0xC0) == 0x80) --lead;
    if (lead == 0) return;
    const auto b = static_cast<unsigned char>(s[lead - 1]);
    const size_t need = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
    if (s.size() - (lead - 1) < need) s.resize(lead - 1);
  }

  // put() of each byte of `run`, at once.
  void append(std::string_view run) {
    if (full_) return;
    const size_t room = cap_ - out_.size();
    if (run.size() > room) {
      out_.append(run.substr(0, room));
      full_ = true;
      return;
    }
    out_.append(run);
  }

  void put(char c) {
    if (out_.size() >= cap_) {
      full_ = true;
      return;
    }
    out_ += c;
  }
  std::string out_;
  size_t cap_;
  bool lines_;
  int pending_ = 0;  // 0 none, 1 space, 2 block boundary
  bool full_ = false;
};

bool is_menu_container(const GumboNode* n, bool in_content = false);

struct TextOptions {
  size_t max_depth = 500;
  bool skip_nav = false;          // skip <nav> and menu-like containers
  bool skip_page_chrome = false;  // skip <header>/<footer> outside article/main/section
};

// Visible text under `root` (root included), into `sink`. Returns true when
// some element was too deep to read.
bool collect_text(const GumboNode* root, size_t root_depth, TextSink& sink, const TextOptions& opt) {
  struct Frame {
    const GumboNode* node;
    size_t depth;
    bool in_content;
    bool closing;
  };
  bool capped = false;
  std::vector<Frame> stack{{root, root_depth, false, false}};
  while (!stack.empty() && !sink.full()) {
    const Frame f = stack.back();
    stack.pop_back();
    const GumboNode* n = f.node;
    if (f.closing) {
      sink.block();
      continue;
    }
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      sink.text(n->v.text.text);
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    if (f.depth > opt.max_depth) {
      capped = true;
      continue;
    }
    if (n != root && is_skipped_for_text(n)) continue;
    const GumboTag tag = n->v.element.tag;
    if (opt.skip_nav && n != root && tag != GUMBO_TAG_HEADER && is_menu_container(n)) continue;
    if (opt.skip_page_chrome && !f.in_content && (tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_FOOTER)) continue;
    const bool in_content =
        f.in_content || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_SECTION;
    const bool block = is_block(n);
    if (block) {
      sink.block();
      stack.push_back({n, f.depth, in_content, true});
    }
    const GumboVector& children = n->v.element.children;
    for (unsigned i = children.length; i-- > 0;)
      stack.push_back({static_cast<const GumboNode*>(children.data[i]), f.depth + 1, in_content, false});
  }
  return capped;
}

std::string inline_text(const GumboNode* n, size_t depth, const ExtractOptions& opt) {
  TextSink sink(4096, false);
  TextOptions topt;
  topt.max_depth = opt.max_depth;
  collect_text(n, depth, sink, topt);
  return sink.take();
}

// alt texts of the images under `n` (for image-only links).
std::string image_alts(const GumboNode* root, const ExtractOptions& opt) {
  TextSink sink(1024, false);
  std::vector<std::pair<const GumboNode*, size_t>> stack{{root, 0}};
  while (!stack.empty()) {
    auto [n, d] = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT || d > opt.max_depth) continue;
    if (n->v.element.tag == GUMBO_TAG_IMG) {
      if (auto alt = attr(n, "alt")) {
        sink.text(*alt);
        sink.text(" ");
      }
    }
    const GumboVector& ch = n->v.element.children;
    for (unsigned i = ch.length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(ch.data[i]), d + 1});
  }
  return sink.take();
}

bool is_menu_token(std::string_view t) {
  auto starts = [&](std::string_view p) { return t.substr(0, p.size()) == p; };
  auto ends = [&](std::string_view p) { return t.size() >= p.size() && t.substr(t.size() - p.size()) == p; };
  return starts("menu") || starts("nav") || ends("menu") || ends("nav");
}

// <header> is page chrome only outside article/main/section (`in_content`).
bool is_menu_container(const GumboNode* n, bool in_content) {
  if (n->type != GUMBO_NODE_ELEMENT || n->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) return false;
  const GumboTag tag = n->v.element.tag;
  if (tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_MENU) return true;
  if (tag == GUMBO_TAG_HEADER) return !in_content;
  if (auto role = attr(n, "role")) {
    const std::string r = lowered(wt::trim(*role));
    if (r == "navigation" || r == "menu" || r == "menubar") return true;
  }
  if (tag != GUMBO_TAG_UL && tag != GUMBO_TAG_OL && tag != GUMBO_TAG_DIV) return false;
  for (const char* a : {"id", "class"}) {
    if (auto v = attr(n, a); v && any_token(*v, " \t\n\r\f-_", is_menu_token)) return true;
  }
  return false;
}

bool is_date_meta_name(std::string_view name) {
  static constexpr std::array<std::string_view, 29> kNames = {
      "article:published_time", "article:modified_time", "og:updated_time", "og:published_time",
      "og:article:published_time", "pubdate", "publishdate", "publish_date", "publication_date",
      "datepublished", "datemodified", "datecreated", "date", "dcterms.created", "dcterms.modified",
      "dcterms.issued",
      // Conventions of analytics and CMSs (Parse.ly, Sailthru, cXense, Swiftype, Highwire ...).
      "parsely-pub-date", "sailthru.date", "publish-date", "published_at", "published-date", "pub_date",
      "article.published", "article:published", "cxenseparse:publishtime", "cxenseparse:recs:publishtime",
      "citation_publication_date", "citation_date", "prism.publicationdate"};
  if (std::find(kNames.begin(), kNames.end(), name) != kNames.end()) return true;
  return name.substr(0, 7) == "dc.date" || name.substr(0, 12) == "dcterms.date";
}

// Whether `n` has an <a href> among its descendants (read to `max_depth`).
bool has_link_inside(const GumboNode* root, size_t max_depth) {
  std::vector<std::pair<const GumboNode*, size_t>> stack{{root, 0}};
  while (!stack.empty()) {
    auto [n, d] = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT || d > max_depth) continue;
    if (n != root && n->v.element.tag == GUMBO_TAG_A && attr(n, "href")) return true;
    const GumboVector& ch = n->v.element.children;
    for (unsigned i = 0; i < ch.length; ++i) stack.push_back({static_cast<const GumboNode*>(ch.data[i]), d + 1});
  }
  return false;
}

// schema.org types of one article (microdata itemtype, JSON-LD @type).
bool is_article_type(std::string_view type) {
  const std::string t = lowered(type);
  for (std::string_view w : {"article", "blogposting", "socialmediaposting", "report"})
    if (t.find(w) != std::string::npos) return true;
  return false;
}

// ---------------------------------------------------------------------------
// JSON-LD

std::string json_string(const nlohmann::json& v) {
  if (v.is_string()) return wt::to_nfc(wt::trim(v.get_ref<const std::string&>()));
  if (v.is_array())
    for (const auto& e : v)
      if (e.is_string()) return wt::to_nfc(wt::trim(e.get_ref<const std::string&>()));
  return "";
}

void walk_json_ld(const nlohmann::json& v, int depth, std::vector<JsonLdDate>& out, bool& author) {
  if (depth > 32) return;
  if (v.is_array()) {
    for (const auto& e : v) walk_json_ld(e, depth + 1, out, author);
    return;
  }
  if (!v.is_object()) return;
  if (auto it = v.find("author"); it != v.end() && !it->is_null()) author = true;
  JsonLdDate d;
  if (auto it = v.find("datePublished"); it != v.end()) d.date_published = json_string(*it);
  if (auto it = v.find("dateModified"); it != v.end()) d.date_modified = json_string(*it);
  if (!d.date_published.empty() || !d.date_modified.empty()) {
    if (auto it = v.find("@type"); it != v.end()) {
      if (it->is_string()) {
        d.type = it->get<std::string>();
      } else if (it->is_array()) {
        for (const auto& t : *it)
          if (t.is_string()) d.type += (d.type.empty() ? "" : ",") + t.get<std::string>();
      }
    }
    out.push_back(std::move(d));
  }
  for (const auto& [key, value] : v.items())
    if (value.is_object() || value.is_array()) walk_json_ld(value, depth + 1, out, author);
}

void read_json_ld(std::string_view raw, PageInfo& page) {
  ++page.json_ld_blocks;
  std::string text = wt::trim(raw);
  // Tolerate the comment and CDATA wrappers some CMS put around scripts.
  for (std::string_view open : {"<!--", "//<![CDATA[", "<![CDATA["})
    if (text.rfind(open, 0) == 0) text = wt::trim(std::string_view(text).substr(open.size()));
  for (std::string_view close : {"-->", "//]]>", "]]>"})
    if (text.size() >= close.size() && text.compare(text.size() - close.size(), close.size(), close) == 0)
      text = wt::trim(std::string_view(text).substr(0, text.size() - close.size()));
  nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
  if (doc.is_discarded()) {
    // Raw newlines and tabs inside strings are a common fault: retry without them.
    for (char& c : text)
      if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    doc = nlohmann::json::parse(text, nullptr, false);
  }
  if (doc.is_discarded()) {
    ++page.json_ld_invalid;
    return;
  }
  walk_json_ld(doc, 0, page.json_ld_dates, page.author);
}

// ---------------------------------------------------------------------------

class Extractor {
 public:
  Extractor(const ExtractOptions& opt, PageInfo& page) : opt_(opt), page_(page) {}

  void run(const GumboNode* document) {
    struct Frame {
      const GumboNode* node;
      size_t depth;
      bool in_nav;
      bool in_content;  // inside article/main/section
      bool in_article;
      bool in_footer;
    };
    std::vector<Frame> stack{{document, 0, false, false, false, false}};
    while (!stack.empty()) {
      const Frame f = stack.back();
      stack.pop_back();
      const GumboNode* n = f.node;
      if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
      if (f.depth > opt_.max_depth) {
        page_.depth_capped = true;
        continue;
      }
      bool in_nav = f.in_nav;
      bool in_content = f.in_content;
      bool in_article = f.in_article;
      bool in_footer = f.in_footer;
      if (n->type == GUMBO_NODE_ELEMENT) {
        if (!in_footer && !in_article && is_page_footer(n)) {
          in_footer = true;
          read_footer(n, f.depth);
        }
        if (n->v.element.tag_namespace == GUMBO_NAMESPACE_HTML) visit(n, f.depth, in_nav, in_article);
        in_nav = in_nav || is_menu_container(n, in_content);
        const GumboTag t = n->v.element.tag;
        in_content = in_content || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN || t == GUMBO_TAG_SECTION;
        in_article = in_article || t == GUMBO_TAG_ARTICLE;
        // Nothing of ours lives inside these.
        const GumboTag tag = n->v.element.tag;
        if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TITLE) continue;
      }
      const GumboVector& children =
          n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
      for (unsigned i = children.length; i-- > 0;)
        stack.push_back(
            {static_cast<const GumboNode*>(children.data[i]), f.depth + 1, in_nav, in_content, in_article, in_footer});
    }
  }

  const GumboNode* main = nullptr;
  const GumboNode* article = nullptr;
  const GumboNode* role_main = nullptr;
  const GumboNode* body = nullptr;
  size_t main_depth = 0, article_depth = 0, role_main_depth = 0, body_depth = 0;

 private:
  std::string capped_attr(const GumboNode* n, const char* name) const {
    auto v = attr(n, name);
    if (!v || v->size() > opt_.max_attribute_bytes) return "";
    return wt::to_nfc(wt::trim(*v));
  }

  void marker(std::string_view m) {
    if (std::find(page_.markers.begin(), page_.markers.end(), m) == page_.markers.end())
      page_.markers.emplace_back(m);
  }

  // Article and listing markup, and the facts the probes read.
  void classify(const GumboNode* n, bool in_article) {
    const GumboTag tag = n->v.element.tag;
    switch (tag) {
      case GUMBO_TAG_BODY:
        if (page_.body_classes.empty()) page_.body_classes = capped_attr(n, "class");
        if (has_class_token(n, {"single-post"})) marker("wp-single");
        break;
      case GUMBO_TAG_ARTICLE:
        if (!in_article) ++page_.articles;
        if (has_class_token(n, {"type-post"})) marker("wp-post");
        break;
      case GUMBO_TAG_TD:
      case GUMBO_TAG_TH:
        ++page_.table_cells;
        break;
      case GUMBO_TAG_P:
        ++page_.paragraphs;
        break;
      case GUMBO_TAG_IMG:
        ++page_.images;
        if (!attr(n, "alt")) ++page_.images_without_alt;
        break;
      case GUMBO_TAG_FORM:
        if (!page_.search_form && is_site_search(n)) page_.search_form = true;
        break;
      case GUMBO_TAG_A:
      case GUMBO_TAG_LINK:
        if (auto rel = attr(n, "rel")) {
          for (const std::string& t : tokens(*rel, " \t\n\r\f")) {
            if (t == "next" || t == "prev") page_.pagination = true;
            if (t == "author") page_.author = true;
          }
        }
        break;
      default:
        break;
    }
    if (auto id = attr(n, "id"); id && (*id == "news-bodyhtml" || *id == "news_detail")) marker("nv-detail");
    if (has_class_token(n, {"pagination", "pager", "page-numbers", "generate_page"})) page_.pagination = true;
    if (has_class_token(n, {"author", "byline", "post-author", "entry-author"})) page_.author = true;
    if (auto type = attr(n, "itemtype"); type && attr(n, "itemscope") && is_article_type(*type)) marker("schema-article");
    if (auto prop = attr(n, "itemprop"); prop && lowered(wt::trim(*prop)) == "author") page_.author = true;
  }

  void visit(const GumboNode* n, size_t depth, bool in_nav, bool in_article) {
    classify(n, in_article);
    switch (n->v.element.tag) {
      case GUMBO_TAG_HTML:
        if (page_.lang.empty()) page_.lang = capped_attr(n, "lang");
        break;
      case GUMBO_TAG_TITLE:
        if (page_.title.empty()) page_.title = inline_text(n, depth, opt_);
        break;
      case GUMBO_TAG_BODY:
        if (!body) body = n, body_depth = depth;
        break;
      case GUMBO_TAG_MAIN:
        if (!main) main = n, main_depth = depth;
        break;
      case GUMBO_TAG_ARTICLE:
        if (!article) article = n, article_depth = depth;
        break;
      case GUMBO_TAG_META:
        meta(n);
        break;
      case GUMBO_TAG_LINK:
        if (page_.canonical.empty()) {
          if (auto rel = attr(n, "rel")) {
            const auto rels = tokens(*rel, " \t\n\r\f");
            if (std::find(rels.begin(), rels.end(), "canonical") != rels.end()) page_.canonical = capped_attr(n, "href");
          }
        }
        break;
      case GUMBO_TAG_A:
        link(n, depth, in_nav);
        break;
      case GUMBO_TAG_H1:
      case GUMBO_TAG_H2:
      case GUMBO_TAG_H3: {
        const int level = n->v.element.tag == GUMBO_TAG_H1 ? 1 : n->v.element.tag == GUMBO_TAG_H2 ? 2 : 3;
        std::string text = inline_text(n, depth, opt_);
        if (!text.empty() && room(page_.headings.size(), opt_.max_items))
          page_.headings.push_back({level, std::move(text), has_link_inside(n, opt_.max_depth)});
        break;
      }
      case GUMBO_TAG_TIME: {
        std::string dt = capped_attr(n, "datetime");
        if (!dt.empty() && room(page_.times.size(), opt_.max_items))
          page_.times.push_back({std::move(dt), inline_text(n, depth, opt_), wt::to_nfc(wt::trim(attr(n, "class").value_or(""))),
                                 attr(n, "pubdate").has_value()});
        break;
      }
      case GUMBO_TAG_SCRIPT: {
        auto type = attr(n, "type");
        if (!type) break;
        std::string t = lowered(wt::trim(type->substr(0, type->find(';'))));
        if (t != "application/ld+json") break;
        if (n->v.element.children.length == 0) break;
        const auto* child = static_cast<const GumboNode*>(n->v.element.children.data[0]);
        if (child->type != GUMBO_NODE_TEXT && child->type != GUMBO_NODE_WHITESPACE && child->type != GUMBO_NODE_CDATA)
          break;
        std::string_view raw = child->v.text.text;
        if (raw.size() <= 1024 * 1024) read_json_ld(raw, page_);
        else ++page_.json_ld_blocks, ++page_.json_ld_invalid;
        break;
      }
      default:
        break;
    }
    if (!role_main) {
      if (auto role = attr(n, "role"); role && lowered(wt::trim(*role)) == "main") role_main = n, role_main_depth = depth;
    }
    // Microdata dates (NukeViet: <span itemprop="datePublished">…</span>).
    if (n->v.element.tag != GUMBO_TAG_META) {
      if (auto prop = attr(n, "itemprop")) {
        const std::string p = lowered(wt::trim(*prop));
        if (p == "datepublished" || p == "datemodified") {
          std::string value = capped_attr(n, "content");
          if (value.empty()) value = capped_attr(n, "datetime");
          // <abbr itemprop=datePublished title="2016-05-08T00:55:00-07:00">12:55 AM</abbr> (Blogger):
          // the machine-readable date in the title, the text only a clock.
          if (value.empty() && n->v.element.tag == GUMBO_TAG_ABBR) value = capped_attr(n, "title");
          if (value.empty()) value = inline_text(n, depth, opt_);
          if (!value.empty() && room(page_.meta_dates.size(), opt_.max_items))
            page_.meta_dates.push_back({p, std::move(value)});
        }
      }
    }
  }

  void meta(const GumboNode* n) {
    std::string name;
    for (const char* a : {"property", "name", "itemprop"}) {
      if (auto v = attr(n, a); v && !wt::trim(*v).empty()) {
        name = lowered(wt::trim(*v));
        break;
      }
    }
    if (name.empty()) return;
    // Some pages (and the Mercury parser's fixtures) write value= for content=.
    std::string content = capped_attr(n, "content");
    if (content.empty()) content = capped_attr(n, "value");
    if (name == "description") {
      if (page_.description.empty()) {
        TextSink sink(opt_.max_attribute_bytes, false);
        sink.text(content);
        page_.description = sink.take();
      }
    } else if (name == "robots") {
      for (const std::string& t : tokens(content, " ,\t\n\r\f")) {
        if (t == "noindex" || t == "none") page_.noindex = true;
        if (t == "nofollow" || t == "none") page_.nofollow = true;
      }
    } else if (is_date_meta_name(name) && !content.empty()) {
      if (room(page_.meta_dates.size(), opt_.max_items)) page_.meta_dates.push_back({name, content});
    } else if (name == "og:type") {
      if (page_.og_type.empty()) page_.og_type = lowered(content);
    } else if (name == "viewport") {
      if (page_.viewport.empty()) page_.viewport = content;
    } else if ((name == "author" || name == "article:author") && !content.empty()) {
      page_.author = true;
    }
    if (name.rfind("dc.", 0) == 0 || name.rfind("dcterms.", 0) == 0) {
      if (dublin_core_.insert(name.substr(name.find('.') + 1)).second) page_.dublin_core = dublin_core_.size();
    }
  }

  /// A form that submits a search to the server (a site search, not a
  /// script filtering one table): it has an action, and role=search or an
  /// <input type=search> or a text box named as search engines name theirs:
  /// q (NukeViet's seek module, Google), s (WordPress), keyword(s), tukhoa.
  static bool is_site_search(const GumboNode* form) {
    if (!attr(form, "action") || attr(form, "hidden")) return false;
    if (auto role = attr(form, "role"); role && *role == "search") return true;
    static const char* kNames[] = {"q", "s", "keyword", "keywords", "search", "tukhoa", "tu_khoa", "searchword"};
    std::vector<const GumboNode*> stack{form};
    for (size_t seen = 0; !stack.empty() && seen < 500; ++seen) {
      const GumboNode* n = stack.back();
      stack.pop_back();
      if (n->type != GUMBO_NODE_ELEMENT) continue;
      if (n->v.element.tag == GUMBO_TAG_INPUT) {
        if (auto type = attr(n, "type"); type && *type == "search") return true;
        if (auto name = attr(n, "name"))
          for (const char* k : kNames)
            if (*name == k) return true;
      }
      const GumboVector& children = n->v.element.children;
      for (unsigned i = 0; i < children.length; ++i) stack.push_back(static_cast<const GumboNode*>(children.data[i]));
    }
    return false;
  }

  /// <footer> (not an article's), or an element whose id or class says footer.
  static bool is_page_footer(const GumboNode* n) {
    if (n->v.element.tag == GUMBO_TAG_FOOTER) return true;
    if (auto id = attr(n, "id"); id && (*id == "footer" || *id == "site-footer" || *id == "colophon")) return true;
    return has_class_token(n, {"footer", "site-footer", "footer-wrapper", "page-footer"});
  }

  void read_footer(const GumboNode* n, size_t depth) {
    if (page_.footer_text.size() >= kFooterCap) return;
    TextSink sink(kFooterCap - page_.footer_text.size(), true);
    TextOptions topt;
    topt.max_depth = opt_.max_depth;
    collect_text(n, depth, sink, topt);
    std::string text = sink.take();
    if (text.empty()) return;
    if (!page_.footer_text.empty()) page_.footer_text += '\n';
    page_.footer_text += text;
  }
  static constexpr size_t kFooterCap = 4096;

  /// Whether one more item fits under `cap` (0: no cap); counts those that do not.
  bool room(size_t size, size_t cap) {
    if (cap == 0 || size < cap) return true;
    ++page_.items_dropped;
    return false;
  }

  void link(const GumboNode* n, size_t depth, bool in_nav) {
    auto href_raw = attr(n, "href");
    if (!href_raw || href_raw->size() > opt_.max_attribute_bytes) return;
    if (opt_.max_links > 0 && page_.links.size() >= opt_.max_links) {
      ++page_.links_dropped;
      return;
    }
    std::string href;
    for (char c : wt::trim(*href_raw))
      if (c != '\t' && c != '\n' && c != '\r') href += c;  // as the URL parser does
    PageLink l;
    l.href = wt::to_nfc(href);
    l.text = inline_text(n, depth, opt_);
    if (l.text.empty()) l.text = image_alts(n, opt_);
    for (const char* fallback : {"aria-label", "title"}) {
      if (!l.text.empty()) break;
      TextSink sink(1024, false);
      sink.text(capped_attr(n, fallback));
      l.text = sink.take();
    }
    if (auto rel = attr(n, "rel")) {
      const auto rels = tokens(*rel, " \t\n\r\f");
      l.nofollow = std::find(rels.begin(), rels.end(), "nofollow") != rels.end();
    }
    l.in_nav = in_nav;
    page_.links.push_back(std::move(l));
  }

  const ExtractOptions& opt_;
  PageInfo& page_;
  std::set<std::string> dublin_core_;  // DC element names met ("title", "creator" ...)
};

}  // namespace

namespace {

// The PageInfo of a parsed document (gumbo's tree or FastTree's).
void extract_from(const GumboNode* document, const ExtractOptions& options, PageInfo& page) {
  Extractor ex(options, page);
  ex.run(document);

  const GumboNode* root = nullptr;
  size_t root_depth = 0;
  TextOptions topt;
  topt.max_depth = options.max_depth;
  topt.skip_nav = true;
  if (ex.main) root = ex.main, root_depth = ex.main_depth, page.text_root = "main";
  else if (ex.article) root = ex.article, root_depth = ex.article_depth, page.text_root = "article";
  else if (ex.role_main) root = ex.role_main, root_depth = ex.role_main_depth, page.text_root = "role=main";
  else if (ex.body) root = ex.body, root_depth = ex.body_depth, page.text_root = "body", topt.skip_page_chrome = true;
  if (root) {
    TextSink sink(options.max_text_bytes, true);
    if (collect_text(root, root_depth, sink, topt)) page.depth_capped = true;
    page.text_truncated = sink.truncated();
    page.text = sink.take();
  }
}

// gumbo's tree of `input` (valid UTF-8), with the nesting guard.
PageInfo extract_with_gumbo(std::string_view input, PageInfo page, const ExtractOptions& options) {
  std::string owned;
  if (auto limited = limit_nesting(input, options.max_parse_depth)) {
    owned = std::move(*limited);
    input = owned;
    page.depth_capped = true;
  }
  // Debian's gumbo aborts the whole process on some SVG or MathML inside
  // tables: it never sees them as foreign content (core/html_foreign.hpp).
  owned = mask_foreign_roots(input);
  input = owned;
  GumboOptions gopt = kGumboDefaultOptions;
  gopt.max_errors = 0;  // gumbo copies the open-element stack into every error
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> out(
      gumbo_parse_with_options(&gopt, input.data(), input.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  if (!out) return page;
  extract_from(out->document, options, page);
  return page;
}

}  // namespace

PageInfo extract_page(std::string_view html, const ExtractOptions& options) {
  PageInfo page;
  std::string_view input = utf8_prefix(html, options.max_input_bytes);
  std::string owned;
  if (!options.input_is_utf8 && !wt::is_valid_utf8(input)) {
    owned = wt::to_nfc(input);  // invalid bytes -> U+FFFD
    input = owned;
  }
  if (options.fast_tree) {
    thread_local FastTree tree;
    if (const GumboNode* document = tree.build(input, options.max_parse_depth)) {
      extract_from(document, options, page);
      return page;
    }
  }
  return extract_with_gumbo(input, std::move(page), options);
}

std::vector<std::string_view> text_lines(std::string_view text) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find('\n', i);
    if (j == std::string_view::npos) j = text.size();
    if (j > i) out.push_back(text.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

}  // namespace wt::audit
