// FastTree: a tokenizer and an open-element stack that build gumbo's tree
// for pages that need no error recovery, declining the rest. Each rule
// below names the gumbo 0.10 insertion mode it follows (src/parser.c).
#include "audit/html/fast_tree.hpp"

#include <array>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "core/utf8.hpp"

namespace wt::audit {

namespace {

using TagSet = std::bitset<GUMBO_TAG_LAST + 1>;

TagSet tag_set(std::initializer_list<GumboTag> tags) {
  TagSet s;
  for (GumboTag t : tags) s.set(t);
  return s;
}

// generate_implied_end_tags
const TagSet kImplied = tag_set({GUMBO_TAG_DD, GUMBO_TAG_DT, GUMBO_TAG_LI, GUMBO_TAG_OPTION,
                                 GUMBO_TAG_OPTGROUP, GUMBO_TAG_P, GUMBO_TAG_RP, GUMBO_TAG_RB,
                                 GUMBO_TAG_RT, GUMBO_TAG_RTC});
// Start tags that close an open <p> (in body).
const TagSet kClosesP = tag_set(
    {GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_CENTER,
     GUMBO_TAG_DETAILS, GUMBO_TAG_DIR, GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_FIELDSET,
     GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER, GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP,
     GUMBO_TAG_MENU, GUMBO_TAG_MAIN, GUMBO_TAG_NAV, GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_SECTION,
     GUMBO_TAG_SUMMARY, GUMBO_TAG_UL});
// End tags that close the element in scope (in body).
const TagSet kBlockEnd = tag_set(
    {GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BUTTON,
     GUMBO_TAG_CENTER, GUMBO_TAG_DETAILS, GUMBO_TAG_DIR, GUMBO_TAG_DIV, GUMBO_TAG_DL,
     GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER, GUMBO_TAG_HEADER,
     GUMBO_TAG_HGROUP, GUMBO_TAG_LISTING, GUMBO_TAG_MAIN, GUMBO_TAG_MENU, GUMBO_TAG_NAV, GUMBO_TAG_OL,
     GUMBO_TAG_PRE, GUMBO_TAG_SECTION, GUMBO_TAG_SUMMARY, GUMBO_TAG_UL});
const TagSet kHeadings =
    tag_set({GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6});
const TagSet kFormatting =
    tag_set({GUMBO_TAG_A, GUMBO_TAG_B, GUMBO_TAG_BIG, GUMBO_TAG_CODE, GUMBO_TAG_EM, GUMBO_TAG_FONT,
             GUMBO_TAG_I, GUMBO_TAG_NOBR, GUMBO_TAG_S, GUMBO_TAG_SMALL, GUMBO_TAG_STRIKE,
             GUMBO_TAG_STRONG, GUMBO_TAG_TT, GUMBO_TAG_U});
// Void elements of body and head.
const TagSet kVoid =
    tag_set({GUMBO_TAG_AREA, GUMBO_TAG_BR, GUMBO_TAG_EMBED, GUMBO_TAG_IMG, GUMBO_TAG_KEYGEN,
             GUMBO_TAG_WBR, GUMBO_TAG_INPUT, GUMBO_TAG_PARAM, GUMBO_TAG_SOURCE, GUMBO_TAG_TRACK,
             GUMBO_TAG_HR, GUMBO_TAG_BASE, GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND, GUMBO_TAG_MENUITEM,
             GUMBO_TAG_LINK, GUMBO_TAG_META, GUMBO_TAG_COL});
// Start tags body hands to the in-head rules.
const TagSet kHeadInBody =
    tag_set({GUMBO_TAG_BASE, GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND, GUMBO_TAG_MENUITEM, GUMBO_TAG_LINK,
             GUMBO_TAG_META, GUMBO_TAG_NOFRAMES, GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_TEMPLATE,
             GUMBO_TAG_TITLE});
// Start tags whose gumbo handling this builder does not follow.
const TagSet kDeclinedStart = tag_set(
    {GUMBO_TAG_HTML, GUMBO_TAG_BODY, GUMBO_TAG_FRAMESET, GUMBO_TAG_FRAME, GUMBO_TAG_TEMPLATE,
     GUMBO_TAG_PLAINTEXT, GUMBO_TAG_IMAGE, GUMBO_TAG_ISINDEX, GUMBO_TAG_MATH, GUMBO_TAG_SVG,
     GUMBO_TAG_RB, GUMBO_TAG_RP, GUMBO_TAG_RT, GUMBO_TAG_RTC, GUMBO_TAG_HEAD});
const TagSet kTableParts =
    tag_set({GUMBO_TAG_CAPTION, GUMBO_TAG_COL, GUMBO_TAG_COLGROUP, GUMBO_TAG_TBODY, GUMBO_TAG_TD,
             GUMBO_TAG_TFOOT, GUMBO_TAG_TH, GUMBO_TAG_THEAD, GUMBO_TAG_TR, GUMBO_TAG_TABLE});
const TagSet kSections = tag_set({GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT});
// is_special_node (HTML elements only).
const TagSet kSpecial = tag_set(
    {GUMBO_TAG_ADDRESS, GUMBO_TAG_APPLET, GUMBO_TAG_AREA, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE,
     GUMBO_TAG_BASE, GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BODY,
     GUMBO_TAG_BR, GUMBO_TAG_BUTTON, GUMBO_TAG_CAPTION, GUMBO_TAG_CENTER, GUMBO_TAG_COL,
     GUMBO_TAG_COLGROUP, GUMBO_TAG_MENUITEM, GUMBO_TAG_DD, GUMBO_TAG_DETAILS, GUMBO_TAG_DIR,
     GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_DT, GUMBO_TAG_EMBED, GUMBO_TAG_FIELDSET,
     GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER, GUMBO_TAG_FORM, GUMBO_TAG_FRAME,
     GUMBO_TAG_FRAMESET, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5,
     GUMBO_TAG_H6, GUMBO_TAG_HEAD, GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP, GUMBO_TAG_HR, GUMBO_TAG_HTML,
     GUMBO_TAG_IFRAME, GUMBO_TAG_IMG, GUMBO_TAG_INPUT, GUMBO_TAG_ISINDEX, GUMBO_TAG_LI,
     GUMBO_TAG_LINK, GUMBO_TAG_LISTING, GUMBO_TAG_MARQUEE, GUMBO_TAG_MENU, GUMBO_TAG_META,
     GUMBO_TAG_NAV, GUMBO_TAG_NOEMBED, GUMBO_TAG_NOFRAMES, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_OBJECT,
     GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_PARAM, GUMBO_TAG_PLAINTEXT, GUMBO_TAG_PRE,
     GUMBO_TAG_SCRIPT, GUMBO_TAG_SECTION, GUMBO_TAG_SELECT, GUMBO_TAG_STYLE, GUMBO_TAG_SUMMARY,
     GUMBO_TAG_TABLE, GUMBO_TAG_TBODY, GUMBO_TAG_TD, GUMBO_TAG_TEMPLATE, GUMBO_TAG_TEXTAREA,
     GUMBO_TAG_TFOOT, GUMBO_TAG_TH, GUMBO_TAG_THEAD, GUMBO_TAG_TITLE, GUMBO_TAG_TR, GUMBO_TAG_UL,
     GUMBO_TAG_WBR, GUMBO_TAG_XMP});
// Scope boundaries (has_an_element_in_scope), and the extra ones of button and list scope.
const TagSet kScope = tag_set({GUMBO_TAG_APPLET, GUMBO_TAG_CAPTION, GUMBO_TAG_HTML, GUMBO_TAG_TABLE,
                               GUMBO_TAG_TD, GUMBO_TAG_TH, GUMBO_TAG_MARQUEE, GUMBO_TAG_OBJECT,
                               GUMBO_TAG_TEMPLATE});
const TagSet kButtonScope = kScope | tag_set({GUMBO_TAG_BUTTON});
const TagSet kListScope = kScope | tag_set({GUMBO_TAG_OL, GUMBO_TAG_UL});
const TagSet kTableScope = tag_set({GUMBO_TAG_HTML, GUMBO_TAG_TABLE, GUMBO_TAG_TEMPLATE});

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_alpha(c) || (c >= '0' && c <= '9'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool all_space(std::string_view s) {
  for (char c : s)
    if (!is_space(c)) return false;
  return true;
}

struct Entity {
  std::string_view name;
  uint32_t code_point;
};

// The references HTML5 decodes without a semicolon (the HTML 4 Latin-1 set
// and a few upper-case twins). They are also decoded with one.
constexpr std::array<Entity, 106> kLegacyEntities = {{
    {"AElig", 198}, {"AMP", 38}, {"Aacute", 193}, {"Acirc", 194}, {"Agrave", 192}, {"Aring", 197},
    {"Atilde", 195}, {"Auml", 196}, {"COPY", 169}, {"Ccedil", 199}, {"ETH", 208}, {"Eacute", 201},
    {"Ecirc", 202}, {"Egrave", 200}, {"Euml", 203}, {"GT", 62}, {"Iacute", 205}, {"Icirc", 206},
    {"Igrave", 204}, {"Iuml", 207}, {"LT", 60}, {"Ntilde", 209}, {"Oacute", 211}, {"Ocirc", 212},
    {"Ograve", 210}, {"Oslash", 216}, {"Otilde", 213}, {"Ouml", 214}, {"QUOT", 34}, {"REG", 174},
    {"THORN", 222}, {"Uacute", 218}, {"Ucirc", 219}, {"Ugrave", 217}, {"Uuml", 220}, {"Yacute", 221},
    {"aacute", 225}, {"acirc", 226}, {"acute", 180}, {"aelig", 230}, {"agrave", 224}, {"amp", 38},
    {"aring", 229}, {"atilde", 227}, {"auml", 228}, {"brvbar", 166}, {"ccedil", 231}, {"cedil", 184},
    {"cent", 162}, {"copy", 169}, {"curren", 164}, {"deg", 176}, {"divide", 247}, {"eacute", 233},
    {"ecirc", 234}, {"egrave", 232}, {"eth", 240}, {"euml", 235}, {"frac12", 189}, {"frac14", 188},
    {"frac34", 190}, {"gt", 62}, {"iacute", 237}, {"icirc", 238}, {"iexcl", 161}, {"igrave", 236},
    {"iquest", 191}, {"iuml", 239}, {"laquo", 171}, {"lt", 60}, {"macr", 175}, {"micro", 181},
    {"middot", 183}, {"nbsp", 160}, {"not", 172}, {"ntilde", 241}, {"oacute", 243}, {"ocirc", 244},
    {"ograve", 242}, {"ordf", 170}, {"ordm", 186}, {"oslash", 248}, {"otilde", 245}, {"ouml", 246},
    {"para", 182}, {"plusmn", 177}, {"pound", 163}, {"quot", 34}, {"raquo", 187}, {"reg", 174},
    {"sect", 167}, {"shy", 173}, {"sup1", 185}, {"sup2", 178}, {"sup3", 179}, {"szlig", 223},
    {"thorn", 254}, {"times", 215}, {"uacute", 250}, {"ucirc", 251}, {"ugrave", 249}, {"uml", 168},
    {"uuml", 252}, {"yacute", 253}, {"yen", 165}, {"yuml", 255},
}};

// Other references met on Vietnamese school sites, decoded only with their
// semicolon; a reference outside both tables makes the builder decline.
constexpr std::array<Entity, 40> kOtherEntities = {{
    {"apos", 0x27},    {"hellip", 0x2026}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"sbquo", 0x201A},  {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E},
    {"bull", 0x2022},  {"trade", 0x2122},  {"euro", 0x20AC},  {"larr", 0x2190},  {"uarr", 0x2191},
    {"rarr", 0x2192},  {"darr", 0x2193},   {"harr", 0x2194},  {"dagger", 0x2020}, {"Dagger", 0x2021},
    {"permil", 0x2030}, {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"ensp", 0x2002}, {"emsp", 0x2003},
    {"thinsp", 0x2009}, {"zwnj", 0x200C},  {"zwj", 0x200D},   {"lrm", 0x200E},   {"rlm", 0x200F},
    {"minus", 0x2212}, {"le", 0x2264},     {"ge", 0x2265},    {"ne", 0x2260},    {"prime", 0x2032},
    {"Prime", 0x2033}, {"oline", 0x203E},  {"frasl", 0x2044}, {"hearts", 0x2665}, {"infin", 0x221E},
}};

enum class Mode { kInitial, kBeforeHtml, kBeforeHead, kInHead, kInHeadNoscript, kAfterHead, kInBody,
                  kAfterBody, kAfterAfterBody };

// What a token in body meets, from the nearest table or select element open.
enum class Context { kBody, kTable, kSection, kRow, kCell, kCaption, kColgroup, kSelect };

struct Attr {
  uint32_t name;   // offset in chars_
  uint32_t value;  // offset in chars_
};

struct Node {
  GumboNodeType type;
  GumboTag tag;
  uint32_t parent;
  uint32_t text;        // offset in chars_ (text nodes)
  uint32_t attr_begin;  // in attrs_
  uint32_t attr_count;
};

struct Tag {
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  bool end = false;
  std::vector<Attr> attrs;
};

}  // namespace

struct FastTree::Impl {
  // Input and position.
  const char* p = nullptr;
  size_t n = 0;
  size_t i = 0;
  size_t max_depth = 0;

  // Output, by offsets until finish().
  std::string chars;
  std::vector<Node> nodes;
  std::vector<Attr> attrs;
  std::vector<GumboNode> gumbo_nodes;
  std::vector<void*> child_ptrs;
  std::vector<GumboAttribute> gumbo_attrs;
  std::vector<void*> attr_ptrs;
  std::vector<uint32_t> child_count;

  // Tree construction.
  std::vector<uint32_t> stack;  // open elements, node indices
  Mode mode = Mode::kInitial;
  bool no_quirks = false;       // <!DOCTYPE html>
  bool skip_lf = false;         // ignore one LF after <pre>, <listing>, <textarea>
  uint32_t html_node = 0, head_node = 0;
  size_t open_tables = 0, open_selects = 0, open_forms = 0, open_anchors = 0, open_nobr = 0;
  std::string pending;          // text to insert at the next insertion or pop (take_text)
  std::string text;             // the text being read
  std::string raw_text;         // content of a raw text or RCDATA element
  std::string scratch;
  std::string normalized;       // the input with CR LF and CR as LF, when it has CR
  Tag tag;
  const char* why = "";

  // --- helpers -------------------------------------------------------------

  bool decline(const char* reason) {
    if (!*why) why = reason;
    return false;
  }
  bool declined() const { return *why != 0; }

  uint32_t store(std::string_view s) {
    const auto off = static_cast<uint32_t>(chars.size());
    chars.append(s);
    chars.push_back('\0');
    return off;
  }

  GumboTag current() const { return nodes[stack.back()].tag; }
  GumboTag below_current() const { return stack.size() >= 2 ? nodes[stack[stack.size() - 2]].tag : GUMBO_TAG_LAST; }

  uint32_t add_node(GumboNodeType type, GumboTag t, uint32_t parent) {
    nodes.push_back({type, t, parent, 0, 0, 0});
    return static_cast<uint32_t>(nodes.size() - 1);
  }

  void count_open(GumboTag t, int delta) {
    switch (t) {
      case GUMBO_TAG_TABLE: open_tables += delta; break;
      case GUMBO_TAG_SELECT: open_selects += delta; break;
      case GUMBO_TAG_FORM: open_forms += delta; break;
      case GUMBO_TAG_A: open_anchors += delta; break;
      case GUMBO_TAG_NOBR: open_nobr += delta; break;
      default: break;
    }
  }

  // A new element child of the current node (of the document when none),
  // with the attributes of `tag` when `with_attrs`; pushed unless void.
  bool insert(GumboTag t, bool with_attrs, bool push) {
    flush_text();
    if (declined()) return false;
    const uint32_t parent = stack.empty() ? 0 : stack.back();
    const uint32_t id = add_node(GUMBO_NODE_ELEMENT, t, parent);
    if (with_attrs && !tag.attrs.empty()) {
      nodes[id].attr_begin = static_cast<uint32_t>(attrs.size());
      nodes[id].attr_count = static_cast<uint32_t>(tag.attrs.size());
      attrs.insert(attrs.end(), tag.attrs.begin(), tag.attrs.end());
    }
    if (push) {
      if (stack.size() >= max_depth) return decline("nesting deeper than the cap");
      stack.push_back(id);
      count_open(t, 1);
    }
    return true;
  }
  bool insert_tag() { return insert(tag.tag, true, !kVoid[tag.tag]); }

  void pop() {
    flush_text();
    count_open(current(), -1);
    stack.pop_back();
  }

  void pop_implied(GumboTag except) {
    while (stack.size() > 1 && kImplied[current()] && current() != except) pop();
  }

  bool in_scope(GumboTag t, const TagSet& boundaries) const {
    for (size_t k = stack.size(); k-- > 0;) {
      const GumboTag s = nodes[stack[k]].tag;
      if (s == t) return true;
      if (boundaries[s]) return false;
    }
    return false;
  }

  bool in_stack(GumboTag t) const {
    for (size_t k = stack.size(); k-- > 0;)
      if (nodes[stack[k]].tag == t) return true;
    return false;
  }

  // implicitly_close_tags without its error path: implied end tags, then
  // `t` must be the current node.
  bool close_cleanly(GumboTag t, const char* reason) {
    pop_implied(t);
    if (current() != t) return decline(reason);
    pop();
    return true;
  }

  bool close_p_in_button_scope() {
    if (in_scope(GUMBO_TAG_P, kButtonScope)) return close_cleanly(GUMBO_TAG_P, "unclosed element inside <p>");
    return true;
  }

  // --- text ------------------------------------------------------------------

  // Text as it arrives goes through the mode at once, as gumbo runs each
  // character token through it; what is to be inserted waits in `pending`
  // (gumbo's text buffer) and goes into whatever is the current node when
  // the next element is inserted or popped, a comment comes, or the input
  // ends (flush_text). So text before an end tag that pops nothing (</form>,
  // a stray one) lands where gumbo puts it.
  void take_text(std::string_view text) {
    while (!text.empty() && mode != Mode::kInBody && !declined()) {
      size_t ws = 0;
      while (ws < text.size() && is_space(text[ws])) ++ws;
      switch (mode) {
        case Mode::kInitial:
        case Mode::kBeforeHtml:
        case Mode::kBeforeHead:
          break;  // ignored
        case Mode::kInHead:
        case Mode::kInHeadNoscript:
        case Mode::kAfterHead:
        case Mode::kAfterBody:
        case Mode::kAfterAfterBody:
          pending.append(text.substr(0, ws));
          break;
        case Mode::kInBody:
          break;
      }
      text.remove_prefix(ws);
      if (text.empty()) return;
      // Characters other than white space: the mode's "anything else".
      switch (mode) {
        case Mode::kInitial: mode = Mode::kBeforeHtml; break;
        case Mode::kBeforeHtml: implied_html(); break;
        case Mode::kBeforeHead: implied_head(); break;
        case Mode::kInHead: close_head(); break;
        case Mode::kInHeadNoscript: decline("text in <noscript> of <head>"); return;
        case Mode::kAfterHead: implied_body(); break;
        case Mode::kAfterBody:
        case Mode::kAfterAfterBody: mode = Mode::kInBody; break;
        case Mode::kInBody: break;
      }
    }
    if (text.empty() || declined()) return;
    const Context c = context();
    if ((c == Context::kTable || c == Context::kSection || c == Context::kRow || c == Context::kColgroup) &&
        !all_space(text)) {
      decline("text a table would move out");
      return;
    }
    pending.append(text);
  }

  // The waiting text, into the current node.
  void flush_text() {
    if (pending.empty() || declined()) return;
    add_text(pending);
    pending.clear();
  }

  void add_text(std::string_view text) {
    const uint32_t parent = stack.empty() ? 0 : stack.back();
    const uint32_t id = add_node(all_space(text) ? GUMBO_NODE_WHITESPACE : GUMBO_NODE_TEXT, GUMBO_TAG_UNKNOWN, parent);
    nodes[id].text = store(text);
  }

  // Decodes the character reference at p[i] == '&' into `out`; false when
  // the builder does not know what gumbo would make of it.
  bool char_ref(std::string& out, bool in_attribute) {
    const size_t start = i + 1;
    if (start >= n) {
      out += '&';
      ++i;
      return true;
    }
    if (p[start] == '#') {
      size_t k = start + 1;
      const bool hex = k < n && (p[k] == 'x' || p[k] == 'X');
      if (hex) ++k;
      uint32_t cp = 0;
      size_t digits = 0;
      for (; k < n && digits < 8; ++k, ++digits) {
        const char c = p[k];
        int d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
        else break;
        cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
      }
      if (digits == 0 || k >= n || p[k] != ';') return decline("unusual numeric character reference");
      if ((cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp <= 0x9F) ||
          (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF || (cp >= 0xFDD0 && cp <= 0xFDEF) ||
          (cp & 0xFFFE) == 0xFFFE)
        return decline("numeric character reference gumbo replaces");
      append_utf8(out, cp);
      i = k + 1;
      return true;
    }
    if (!is_alnum(p[start])) {
      out += '&';
      ++i;
      return true;
    }
    size_t k = start;
    while (k < n && is_alnum(p[k])) ++k;
    const std::string_view name(p + start, k - start);
    if (k < n && p[k] == ';') {
      for (const Entity& e : kLegacyEntities)
        if (e.name == name) return append_utf8(out, e.code_point), i = k + 1, true;
      for (const Entity& e : kOtherEntities)
        if (e.name == name) return append_utf8(out, e.code_point), i = k + 1, true;
      return decline("character reference outside the builder's table");
    }
    // No semicolon: only the legacy names match, as a prefix of the run.
    for (const Entity& e : kLegacyEntities) {
      if (name.substr(0, e.name.size()) != e.name) continue;
      const char next = start + e.name.size() < n ? p[start + e.name.size()] : '\0';
      if (in_attribute && (next == '=' || is_alnum(next))) break;  // left as written
      return decline("character reference without its semicolon");
    }
    out.append(p + i, k - i);  // "&op" of index.php?nv=news&op=...
    i = k;
    return true;
  }

  // Text of [i, end) into `out`, references decoded.
  bool decode_into(std::string& out, size_t end, bool in_attribute) {
    while (i < end) {
      const void* amp = std::memchr(p + i, '&', end - i);
      const size_t stop = amp ? static_cast<size_t>(static_cast<const char*>(amp) - p) : end;
      out.append(p + i, stop - i);
      i = stop;
      if (i < end && !char_ref(out, in_attribute)) return false;
    }
    return true;
  }

  // --- tokenizer -------------------------------------------------------------

  // A start or end tag at p[i] == '<' into `tag`; i moves past it.
  bool read_tag() {
    tag.end = p[i + 1] == '/';
    tag.attrs.clear();
    size_t k = i + (tag.end ? 2 : 1);
    const size_t name_start = k;
    while (k < n && !is_space(p[k]) && p[k] != '/' && p[k] != '>') {
      const char c = p[k];
      if (!is_alnum(c) && c != '-' && c != '_' && c != ':' && c != '.') return decline("unusual tag name");
      ++k;
    }
    if (k >= n) return decline("end of input in a tag");
    char name[32];
    const size_t len = k - name_start;
    if (len >= sizeof name) {
      tag.tag = GUMBO_TAG_UNKNOWN;
    } else {
      for (size_t j = 0; j < len; ++j) name[j] = lower(p[name_start + j]);
      tag.tag = gumbo_tagn_enum(name, static_cast<unsigned>(len));
    }
    // Attributes.
    for (;;) {
      while (k < n && is_space(p[k])) ++k;
      if (k >= n) return decline("end of input in a tag");
      if (p[k] == '>') {
        i = k + 1;
        break;
      }
      if (p[k] == '/') {
        ++k;  // "/>" or a stray solidus: both ignored for HTML elements
        continue;
      }
      if (tag.end) return decline("attributes on an end tag");
      const size_t a = k;
      while (k < n && !is_space(p[k]) && p[k] != '/' && p[k] != '>' && p[k] != '=') {
        const char c = p[k];
        if (c == '"' || c == '\'' || c == '<') return decline("unusual attribute name");
        ++k;
      }
      if (k == a) return decline("attribute without a name");
      scratch.assign(p + a, k - a);
      for (char& c : scratch) c = lower(c);
      Attr attr{store(scratch), 0};
      while (k < n && is_space(p[k])) ++k;
      if (k < n && p[k] == '=') {
        ++k;
        while (k < n && is_space(p[k])) ++k;
        if (k >= n) return decline("end of input in a tag");
        scratch.clear();
        if (p[k] == '"' || p[k] == '\'') {
          const void* close = std::memchr(p + k + 1, p[k], n - k - 1);
          if (!close) return decline("unclosed attribute value");
          const size_t end = static_cast<size_t>(static_cast<const char*>(close) - p);
          i = k + 1;
          if (!decode_into(scratch, end, true)) return false;
          k = end + 1;
        } else {
          size_t end = k;
          while (end < n && !is_space(p[end]) && p[end] != '>') {
            const char c = p[end];
            if (c == '"' || c == '\'' || c == '<' || c == '=' || c == '`') return decline("unusual unquoted value");
            ++end;
          }
          i = k;
          if (!decode_into(scratch, end, true)) return false;
          k = end;
        }
        attr.value = store(scratch);
      } else {
        attr.value = store("");
      }
      // gumbo drops a repeated attribute but keeps its name in its buffer,
      // glued to the next attribute's name: not followed.
      for (const Attr& seen : tag.attrs)
        if (std::strcmp(chars.data() + seen.name, chars.data() + attr.name) == 0)
          return decline("repeated attribute");
      tag.attrs.push_back(attr);
    }
    return true;
  }

  // The content of a raw text or RCDATA element (script, style, title ...)
  // up to its end tag, as the element's text; then the end tag.
  bool read_raw(GumboTag t, bool rcdata) {
    const char* name = gumbo_normalized_tagname(t);
    const size_t len = std::strlen(name);
    size_t k = i;
    size_t end = n;
    while (k < n) {
      const void* lt = std::memchr(p + k, '<', n - k);
      if (!lt) break;
      k = static_cast<size_t>(static_cast<const char*>(lt) - p);
      if (k + 2 + len < n && p[k + 1] == '/') {
        bool match = true;
        for (size_t j = 0; j < len && match; ++j) match = lower(p[k + 2 + j]) == name[j];
        const char after = p[k + 2 + len];
        if (match && (is_space(after) || after == '/' || after == '>')) {
          end = k;
          break;
        }
      }
      ++k;
    }
    if (end == n) return decline("raw text element without its end tag");
    const std::string_view raw(p + i, end - i);
    if (t == GUMBO_TAG_SCRIPT && raw.find("<!--") != std::string_view::npos)
      return decline("<!-- inside a script");
    raw_text.clear();
    if (rcdata) {
      if (!decode_into(raw_text, end, false)) return false;
    } else {
      raw_text.append(raw);
    }
    // The element's text whatever the mode (a <title> in <head> included).
    if (!raw_text.empty()) add_text(raw_text);
    i = end;
    if (!read_tag()) return false;
    pop();
    return true;
  }

  // Skips a comment or doctype at p[i] == '<' and p[i + 1] == '!'.
  bool read_markup_declaration() {
    if (n - i >= 4 && std::memcmp(p + i, "<!--", 4) == 0) {
      const size_t body = i + 4;
      if (body < n && (p[body] == '>' || (p[body] == '-' && body + 1 < n && p[body + 1] == '>')))
        return decline("abrupt comment");
      const std::string_view rest(p + body, n - body);
      const size_t close = rest.find("-->");
      if (close == std::string_view::npos) return decline("unclosed comment");
      if (rest.substr(0, close).find("--!") != std::string_view::npos) return decline("comment closed by --!>");
      i = body + close + 3;
      flush_text();  // gumbo inserts the text before a comment (it matters before </form>)
      return !declined();  // comments are not in the tree
    }
    static constexpr std::string_view kDoctype = "doctype";
    if (n - i > 2 + kDoctype.size()) {
      bool is_doctype = true;
      for (size_t j = 0; j < kDoctype.size() && is_doctype; ++j) is_doctype = lower(p[i + 2 + j]) == kDoctype[j];
      if (is_doctype) {
        if (mode != Mode::kInitial || !all_space(pending)) return decline("doctype after content");
        pending.clear();
        const void* gt = std::memchr(p + i, '>', n - i);
        if (!gt) return decline("unclosed doctype");
        const size_t end = static_cast<size_t>(static_cast<const char*>(gt) - p);
        std::string_view body(p + i + 2 + kDoctype.size(), end - (i + 2 + kDoctype.size()));
        while (!body.empty() && is_space(body.front())) body.remove_prefix(1);
        while (!body.empty() && is_space(body.back())) body.remove_suffix(1);
        no_quirks = body.size() == 4 && lower(body[0]) == 'h' && lower(body[1]) == 't' && lower(body[2]) == 'm' &&
                    lower(body[3]) == 'l';
        mode = Mode::kBeforeHtml;
        i = end + 1;
        return true;
      }
    }
    return decline("bogus comment or CDATA");
  }

  // --- tree construction -----------------------------------------------------

  // The implied elements are inserted, and the head popped, as elements:
  // the waiting text goes in first.
  void implied_html() {
    flush_text();
    html_node = add_node(GUMBO_NODE_ELEMENT, GUMBO_TAG_HTML, 0);
    stack.push_back(html_node);
    mode = Mode::kBeforeHead;
  }
  void implied_head() {
    flush_text();
    head_node = add_node(GUMBO_NODE_ELEMENT, GUMBO_TAG_HEAD, stack.back());
    stack.push_back(head_node);
    mode = Mode::kInHead;
  }
  void close_head() {
    flush_text();
    stack.pop_back();  // the head
    mode = Mode::kAfterHead;
  }
  void implied_body() {
    flush_text();
    stack.push_back(add_node(GUMBO_NODE_ELEMENT, GUMBO_TAG_BODY, stack.back()));
    mode = Mode::kInBody;
  }

  Context context() const {
    if (open_tables == 0 && open_selects == 0) return Context::kBody;
    for (size_t k = stack.size(); k-- > 0;) {
      switch (nodes[stack[k]].tag) {
        case GUMBO_TAG_SELECT: return Context::kSelect;
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH: return Context::kCell;
        case GUMBO_TAG_CAPTION: return Context::kCaption;
        case GUMBO_TAG_TR: return Context::kRow;
        case GUMBO_TAG_TBODY:
        case GUMBO_TAG_THEAD:
        case GUMBO_TAG_TFOOT: return Context::kSection;
        case GUMBO_TAG_COLGROUP: return Context::kColgroup;
        case GUMBO_TAG_TABLE: return Context::kTable;
        default: break;
      }
    }
    return Context::kBody;
  }

  // A raw text, RCDATA or script element, with its content and end tag.
  bool raw_element(bool rcdata) {
    const GumboTag t = tag.tag;
    if (!insert(t, true, true)) return false;
    if (t == GUMBO_TAG_TEXTAREA && i < n && p[i] == '&') return decline("character reference right after <textarea>");
    if (t == GUMBO_TAG_TEXTAREA && i < n && p[i] == '\n') ++i;
    return read_raw(t, rcdata);
  }

  bool head_start_tag() {  // in head
    switch (tag.tag) {
      case GUMBO_TAG_TITLE: return raw_element(true);
      case GUMBO_TAG_NOFRAMES:
      case GUMBO_TAG_STYLE:
      case GUMBO_TAG_SCRIPT: return raw_element(false);
      case GUMBO_TAG_TEMPLATE: return decline("<template>");
      default: return insert(tag.tag, true, false);  // base, basefont, bgsound, menuitem, link, meta
    }
  }

  bool start_tag() {
    for (;;) {
      switch (mode) {
        case Mode::kInitial:
          mode = Mode::kBeforeHtml;  // no doctype: quirks
          continue;
        case Mode::kBeforeHtml:
          if (tag.tag == GUMBO_TAG_HTML) {
            if (!insert(GUMBO_TAG_HTML, true, true)) return false;
            html_node = stack.back();
            mode = Mode::kBeforeHead;
            return true;
          }
          implied_html();
          continue;
        case Mode::kBeforeHead:
          if (tag.tag == GUMBO_TAG_HEAD) {
            if (!insert(GUMBO_TAG_HEAD, true, true)) return false;
            head_node = stack.back();
            mode = Mode::kInHead;
            return true;
          }
          if (tag.tag == GUMBO_TAG_HTML) return decline("second <html>");
          implied_head();
          continue;
        case Mode::kInHead:
          switch (tag.tag) {
            case GUMBO_TAG_BASE: case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND: case GUMBO_TAG_MENUITEM:
            case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_TITLE: case GUMBO_TAG_NOFRAMES:
            case GUMBO_TAG_STYLE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_TEMPLATE:
              return head_start_tag();
            case GUMBO_TAG_NOSCRIPT:
              if (!insert(GUMBO_TAG_NOSCRIPT, true, true)) return false;
              mode = Mode::kInHeadNoscript;
              return true;
            case GUMBO_TAG_HEAD: return true;  // ignored
            case GUMBO_TAG_HTML: return decline("second <html>");
            default:
              close_head();
              continue;
          }
        case Mode::kInHeadNoscript:
          switch (tag.tag) {
            case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND: case GUMBO_TAG_LINK: case GUMBO_TAG_META:
            case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_STYLE:
              return head_start_tag();
            default: return decline("markup in <noscript> of <head>");
          }
        case Mode::kAfterHead:
          switch (tag.tag) {
            case GUMBO_TAG_BODY:
              if (!insert(GUMBO_TAG_BODY, true, true)) return false;
              mode = Mode::kInBody;
              return true;
            case GUMBO_TAG_HEAD: return true;  // ignored
            case GUMBO_TAG_HTML: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_BASE: case GUMBO_TAG_BASEFONT:
            case GUMBO_TAG_BGSOUND: case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_NOFRAMES:
            case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_TITLE:
              return decline("head element after </head>");
            default:
              implied_body();
              continue;
          }
        case Mode::kAfterBody:
        case Mode::kAfterAfterBody:
          mode = Mode::kInBody;  // a parse error, then in body
          continue;
        case Mode::kInBody:
          return body_start_tag();
      }
    }
  }

  bool body_start_tag() {
    const GumboTag t = tag.tag;
    switch (context()) {
      case Context::kBody:
      case Context::kCaption:
        break;
      case Context::kCell:
        if (kTableParts[t] && t != GUMBO_TAG_TABLE) {
          pop_implied(GUMBO_TAG_LAST);
          if (current() != GUMBO_TAG_TD && current() != GUMBO_TAG_TH) return decline("unclosed element in a cell");
          pop();
          return body_start_tag();  // in row
        }
        break;
      case Context::kRow:
        if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) return insert_tag();
        if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE) return raw_element(false);
        if (kTableParts[t] && t != GUMBO_TAG_TABLE) {
          pop();  // the row
          return body_start_tag();
        }
        return decline("content a table would move out");
      case Context::kSection:
        if (t == GUMBO_TAG_TR) return insert_tag();
        if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE) return raw_element(false);
        if (t == GUMBO_TAG_CAPTION || t == GUMBO_TAG_COLGROUP || kSections[t]) {
          pop();  // the section
          return body_start_tag();
        }
        return decline("content a table would move out");
      case Context::kTable:
        switch (t) {
          case GUMBO_TAG_CAPTION: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD:
          case GUMBO_TAG_TFOOT:
            return insert(t, true, true);
          case GUMBO_TAG_TR:
            if (!insert(GUMBO_TAG_TBODY, false, true)) return false;
            return insert_tag();
          case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
            return raw_element(false);
          default:
            return decline("content a table would move out");
        }
      case Context::kColgroup:
        if (t == GUMBO_TAG_COL) return insert(t, true, false);
        return decline("content of <colgroup>");
      case Context::kSelect:
        switch (t) {
          case GUMBO_TAG_OPTION:
            if (current() == GUMBO_TAG_OPTION) pop();
            return insert_tag();
          case GUMBO_TAG_OPTGROUP:
            if (current() == GUMBO_TAG_OPTION) pop();
            if (current() == GUMBO_TAG_OPTGROUP) pop();
            return insert_tag();
          case GUMBO_TAG_SCRIPT:
            return raw_element(false);
          default:
            return decline("markup inside <select>");
        }
    }
    if (kDeclinedStart[t]) return decline("start tag gumbo handles specially");
    if (kHeadInBody[t]) {
      if (t == GUMBO_TAG_TEMPLATE) return decline("<template>");
      return head_start_tag();
    }
    if (kClosesP[t]) {
      if (!close_p_in_button_scope()) return false;
      return insert_tag();
    }
    if (kHeadings[t]) {
      if (!close_p_in_button_scope()) return false;
      if (kHeadings[current()]) return decline("heading inside a heading");
      return insert_tag();
    }
    if (kTableParts[t] && t != GUMBO_TAG_TABLE) return decline("table part outside a table");
    switch (t) {
      case GUMBO_TAG_PRE:
      case GUMBO_TAG_LISTING:
        if (!close_p_in_button_scope() || !insert_tag()) return false;
        skip_lf = true;
        return true;
      case GUMBO_TAG_FORM:
        if (open_forms > 0) return decline("nested <form>");
        if (!close_p_in_button_scope()) return false;
        return insert_tag();
      case GUMBO_TAG_LI:
      case GUMBO_TAG_DD:
      case GUMBO_TAG_DT: {
        // maybe_implicitly_close_list_tag: the nearest list item, unless a
        // special element other than address, div and p comes first.
        for (size_t k = stack.size(); k-- > 0;) {
          const GumboTag s = nodes[stack[k]].tag;
          const bool item = t == GUMBO_TAG_LI ? s == GUMBO_TAG_LI : (s == GUMBO_TAG_DD || s == GUMBO_TAG_DT);
          if (item) {
            if (!close_cleanly(s, "unclosed element inside a list item")) return false;
            break;
          }
          if (kSpecial[s] && s != GUMBO_TAG_ADDRESS && s != GUMBO_TAG_DIV && s != GUMBO_TAG_P) break;
        }
        if (!close_p_in_button_scope()) return false;
        return insert_tag();
      }
      case GUMBO_TAG_BUTTON:
        if (in_scope(GUMBO_TAG_BUTTON, kScope)) return decline("nested <button>");
        return insert_tag();
      case GUMBO_TAG_A:
        if (open_anchors > 0) return decline("<a> inside <a>");
        return insert_tag();
      case GUMBO_TAG_NOBR:
        if (open_nobr > 0) return decline("<nobr> inside <nobr>");
        return insert_tag();
      case GUMBO_TAG_TABLE:
        if (in_scope(GUMBO_TAG_P, kButtonScope)) {
          if (!no_quirks) return decline("<table> in <p> without <!DOCTYPE html>");
          if (!close_cleanly(GUMBO_TAG_P, "unclosed element inside <p>")) return false;
        }
        return insert_tag();
      case GUMBO_TAG_HR:
        if (!close_p_in_button_scope()) return false;
        return insert_tag();
      case GUMBO_TAG_TEXTAREA:
        return raw_element(true);
      case GUMBO_TAG_XMP:
        if (!close_p_in_button_scope()) return false;
        return raw_element(false);
      case GUMBO_TAG_IFRAME:
      case GUMBO_TAG_NOEMBED:
        return raw_element(false);
      case GUMBO_TAG_OPTION:
      case GUMBO_TAG_OPTGROUP:
        if (current() == GUMBO_TAG_OPTION) pop();
        return insert_tag();
      default:
        return insert_tag();  // formatting, void, select and ordinary elements
    }
  }

  bool end_tag() {
    const GumboTag t = tag.tag;
    for (;;) {
      switch (mode) {
        case Mode::kInitial:
          mode = Mode::kBeforeHtml;
          continue;
        case Mode::kBeforeHtml:
          if (t != GUMBO_TAG_HEAD && t != GUMBO_TAG_BODY && t != GUMBO_TAG_HTML && t != GUMBO_TAG_BR) return true;
          implied_html();
          continue;
        case Mode::kBeforeHead:
          if (t != GUMBO_TAG_HEAD && t != GUMBO_TAG_BODY && t != GUMBO_TAG_HTML && t != GUMBO_TAG_BR) return true;
          implied_head();
          continue;
        case Mode::kInHead:
          if (t == GUMBO_TAG_HEAD) {
            close_head();
            return true;
          }
          if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML || t == GUMBO_TAG_BR) {
            close_head();
            continue;
          }
          if (t == GUMBO_TAG_TEMPLATE) return decline("</template>");
          return true;  // ignored
        case Mode::kInHeadNoscript:
          if (t == GUMBO_TAG_NOSCRIPT) {
            pop();
            mode = Mode::kInHead;
            return true;
          }
          return decline("end tag in <noscript> of <head>");
        case Mode::kAfterHead:
          if (t == GUMBO_TAG_TEMPLATE) return decline("</template>");
          if (t != GUMBO_TAG_BODY && t != GUMBO_TAG_HTML && t != GUMBO_TAG_BR) return true;
          implied_body();
          continue;
        case Mode::kAfterBody:
          if (t == GUMBO_TAG_HTML) {
            mode = Mode::kAfterAfterBody;
            return true;
          }
          mode = Mode::kInBody;
          continue;
        case Mode::kAfterAfterBody:
          mode = Mode::kInBody;
          continue;
        case Mode::kInBody:
          return body_end_tag();
      }
    }
  }

  bool body_end_tag() {
    const GumboTag t = tag.tag;
    const Context c = context();
    if (c == Context::kSelect) {
      switch (t) {
        case GUMBO_TAG_OPTION:
          if (current() == GUMBO_TAG_OPTION) return pop(), true;
          return decline("stray </option> in <select>");
        case GUMBO_TAG_OPTGROUP:
          if (current() == GUMBO_TAG_OPTION && below_current() == GUMBO_TAG_OPTGROUP) pop();
          if (current() == GUMBO_TAG_OPTGROUP) return pop(), true;
          return decline("stray </optgroup> in <select>");
        case GUMBO_TAG_SELECT:
          while (current() == GUMBO_TAG_OPTION || current() == GUMBO_TAG_OPTGROUP) pop();
          if (current() != GUMBO_TAG_SELECT) return decline("misnested </select>");
          return pop(), true;
        default:
          return decline("end tag inside <select>");
      }
    }
    if (kTableParts[t]) return table_end_tag(c);
    if (c == Context::kTable || c == Context::kSection || c == Context::kRow || c == Context::kColgroup)
      return decline("end tag a table would move out");
    if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML) {
      if (!in_scope(GUMBO_TAG_BODY, kScope)) return decline("</body> inside a table");
      mode = t == GUMBO_TAG_HTML ? Mode::kAfterAfterBody : Mode::kAfterBody;
      return true;
    }
    if (kBlockEnd[t]) {
      if (!in_scope(t, kScope)) return true;  // ignored
      return close_cleanly(t, "misnested block end tag");
    }
    switch (t) {
      case GUMBO_TAG_FORM:
        if (open_forms == 0) return true;  // ignored
        if (!in_scope(GUMBO_TAG_FORM, kScope)) return decline("</form> out of scope");
        pop_implied(GUMBO_TAG_FORM);  // each pop inserts the text first, as gumbo's does
        if (current() != GUMBO_TAG_FORM) return decline("misnested </form>");
        // Off the stack with the text since the last element still held: it
        // goes to the form's parent, after the form, when next inserted.
        count_open(GUMBO_TAG_FORM, -1);
        stack.pop_back();
        return true;
      case GUMBO_TAG_P:
        if (!in_scope(GUMBO_TAG_P, kButtonScope)) return decline("</p> without <p>");
        return close_cleanly(GUMBO_TAG_P, "misnested </p>");
      case GUMBO_TAG_LI:
        if (!in_scope(GUMBO_TAG_LI, kListScope)) return true;  // ignored
        return close_cleanly(GUMBO_TAG_LI, "misnested </li>");
      case GUMBO_TAG_DD:
      case GUMBO_TAG_DT:
        if (!in_scope(t, kScope)) return true;  // ignored
        return close_cleanly(t, "misnested </dd> or </dt>");
      case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
      case GUMBO_TAG_H6: {
        bool any = false;
        for (size_t k = stack.size(); k-- > 0 && !any;) {
          const GumboTag s = nodes[stack[k]].tag;
          if (kHeadings[s]) any = true;
          else if (kScope[s]) break;
        }
        if (!any) return true;  // ignored
        pop_implied(GUMBO_TAG_LAST);
        if (current() != t) return decline("misnested heading end tag");
        return pop(), true;
      }
      case GUMBO_TAG_APPLET:
      case GUMBO_TAG_MARQUEE:
      case GUMBO_TAG_OBJECT:
        if (!in_scope(t, kTableScope)) return true;  // ignored
        return close_cleanly(t, "misnested </object>");
      case GUMBO_TAG_BR:
        return decline("</br>");
      case GUMBO_TAG_TEMPLATE:
        return decline("</template>");
      default:
        break;
    }
    if (kFormatting[t]) {
      if (current() == t) return pop(), true;
      if (!in_stack(t)) return true;  // ignored
      return decline("misnested formatting element");
    }
    // Any other end tag: the nearest element of that tag (gumbo compares
    // tags, so </x-a> closes an <x-b>: both are GUMBO_TAG_UNKNOWN), and all
    // above it, unless a special element comes first. Closing a formatting
    // element this way would leave it to be reopened: declined.
    for (size_t k = stack.size(); k-- > 0;) {
      const GumboTag s = nodes[stack[k]].tag;
      if (s == t) {
        while (stack.size() > k) pop();
        return true;
      }
      if (kSpecial[s]) return true;  // ignored
      if (kFormatting[s]) return decline("end tag across an open formatting element");
    }
    return true;
  }

  // </table>, </tbody>, </tr>, </td> ... in body, a table or a cell.
  bool table_end_tag(Context c) {
    const GumboTag t = tag.tag;
    if (!in_scope(t, kTableScope)) {
      if (in_stack(t)) return decline("table end tag out of scope");
      return true;  // ignored
    }
    if (c == Context::kCaption) {
      if (t != GUMBO_TAG_CAPTION) return decline("table end tag in a caption");
      return close_cleanly(GUMBO_TAG_CAPTION, "misnested </caption>");
    }
    if (t == GUMBO_TAG_COLGROUP) {
      if (current() != GUMBO_TAG_COLGROUP) return decline("misnested </colgroup>");
      return pop(), true;
    }
    if (t == GUMBO_TAG_CAPTION || t == GUMBO_TAG_COL) return decline("stray table end tag");
    // Close what is open down to `t`: a cell, a row, a section, the table.
    if (c == Context::kCell) {
      pop_implied(GUMBO_TAG_LAST);
      if (current() != GUMBO_TAG_TD && current() != GUMBO_TAG_TH) return decline("unclosed element in a cell");
      const GumboTag cell = current();
      pop();
      if (t == cell) return true;
      if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) return decline("</td> closing a <th>");
    }
    if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) return decline("cell end tag outside a cell");
    if (current() == GUMBO_TAG_TR) {
      pop();
      if (t == GUMBO_TAG_TR) return true;
    }
    if (t == GUMBO_TAG_TR) return decline("</tr> outside a row");
    if (kSections[current()]) {
      const GumboTag section = current();
      pop();
      if (t == section) return true;
      if (kSections[t]) return decline("mismatched table section end tag");
    }
    if (kSections[t]) return decline("section end tag outside a section");
    if (current() == GUMBO_TAG_COLGROUP) pop();
    if (current() != GUMBO_TAG_TABLE) return decline("misnested </table>");
    return pop(), true;
  }

  // --- driver ----------------------------------------------------------------

  bool run() {
    if (std::memchr(p, '\0', n)) return decline("NUL byte");
    while (i < n && !declined()) {
      const void* lt = std::memchr(p + i, '<', n - i);
      const size_t stop = lt ? static_cast<size_t>(static_cast<const char*>(lt) - p) : n;
      if (stop > i) {
        if (skip_lf && p[i] == '&') return decline("character reference right after <pre>");
        if (skip_lf && p[i] == '\n') ++i;
        skip_lf = false;
        text.clear();
        if (!decode_into(text, stop, false)) return false;
        take_text(text);
      }
      if (i >= n || declined()) break;
      // p[i] == '<': whatever comes, the LF after <pre> is no longer next.
      skip_lf = false;
      if (i + 1 >= n) {
        take_text("<");
        ++i;
        break;
      }
      const char next = p[i + 1];
      if (next == '!') {
        if (!read_markup_declaration()) return false;
        continue;
      }
      if (next == '?') return decline("processing instruction");
      const bool end = next == '/';
      if (end && (i + 2 >= n || !is_alpha(p[i + 2]))) return decline("unusual end tag");
      if (!end && !is_alpha(next)) {
        take_text("<");  // "a < b": text
        ++i;
        continue;
      }
      skip_lf = false;
      if (!read_tag()) return false;
      if (!(tag.end ? end_tag() : start_tag())) return false;
      if (tag.tag == GUMBO_TAG_PRE || tag.tag == GUMBO_TAG_LISTING) skip_lf = !tag.end;
    }
    if (declined()) return false;
    // End of input: the implied html, head and body gumbo adds (each
    // inserting or popping takes the waiting text first), then the text.
    if (mode == Mode::kInitial) mode = Mode::kBeforeHtml;
    if (mode == Mode::kBeforeHtml) implied_html();
    if (mode == Mode::kBeforeHead) implied_head();
    if (mode == Mode::kInHeadNoscript) return decline("end of input in <noscript> of <head>");
    if (mode == Mode::kInHead) close_head();
    if (mode == Mode::kAfterHead) implied_body();
    flush_text();
    return !declined();
  }

  // Offsets to gumbo's structs.
  const GumboNode* finish() {
    const size_t count = nodes.size();
    child_count.assign(count + 1, 0);
    for (size_t k = 1; k < count; ++k) ++child_count[nodes[k].parent];
    // child_count -> first slot of each node's children in child_ptrs
    uint32_t total = 0;
    for (size_t k = 0; k < count; ++k) {
      const uint32_t c = child_count[k];
      child_count[k] = total;
      total += c;
    }
    child_count[count] = total;
    child_ptrs.assign(total, nullptr);
    gumbo_nodes.assign(count, GumboNode{});
    gumbo_attrs.assign(attrs.size(), GumboAttribute{});
    attr_ptrs.resize(attrs.size());
    const char* base = chars.data();
    for (size_t k = 0; k < attrs.size(); ++k) {
      GumboAttribute& a = gumbo_attrs[k];
      a.attr_namespace = GUMBO_ATTR_NAMESPACE_NONE;
      a.name = base + attrs[k].name;
      a.value = base + attrs[k].value;
      attr_ptrs[k] = &a;
    }
    std::vector<uint32_t>& fill = stack;  // reused: children placed so far
    fill.assign(count, 0);
    for (size_t k = 0; k < count; ++k) {
      const Node& src = nodes[k];
      GumboNode& g = gumbo_nodes[k];
      g.type = k == 0 ? GUMBO_NODE_DOCUMENT : src.type;
      if (k > 0) {
        g.parent = &gumbo_nodes[src.parent];
        g.index_within_parent = fill[src.parent];
        child_ptrs[child_count[src.parent] + fill[src.parent]++] = &g;
      }
      const uint32_t first = child_count[k];
      const auto kids = static_cast<unsigned>(child_count[k + 1] - first);
      GumboVector children{kids ? &child_ptrs[first] : nullptr, kids, kids};
      if (k == 0) {
        g.v.document.children = children;
        g.v.document.has_doctype = no_quirks;
        g.v.document.name = "";
        g.v.document.public_identifier = "";
        g.v.document.system_identifier = "";
      } else if (src.type == GUMBO_NODE_ELEMENT) {
        g.v.element.children = children;
        g.v.element.tag = src.tag;
        g.v.element.tag_namespace = GUMBO_NAMESPACE_HTML;
        g.v.element.attributes = GumboVector{src.attr_count ? &attr_ptrs[src.attr_begin] : nullptr,
                                             src.attr_count, src.attr_count};
      } else {
        g.v.text.text = base + src.text;
      }
    }
    return &gumbo_nodes[0];
  }

  void reset(std::string_view html, size_t depth_cap) {
    p = html.data();
    n = html.size();
    i = 0;
    max_depth = depth_cap;
    chars.clear();
    nodes.clear();
    attrs.clear();
    stack.clear();
    pending.clear();
    mode = Mode::kInitial;
    no_quirks = false;
    skip_lf = false;
    html_node = head_node = 0;
    open_tables = open_selects = open_forms = open_anchors = open_nobr = 0;
    why = "";
    nodes.push_back({GUMBO_NODE_DOCUMENT, GUMBO_TAG_UNKNOWN, 0, 0, 0, 0});
  }
};

FastTree::FastTree() : impl_(std::make_unique<Impl>()) {}
FastTree::~FastTree() = default;

namespace {

// Bytes after which preprocess() has work: CR, the C0 controls gumbo
// replaces, DEL, and the lead bytes of C1 controls (C2), of U+FDD0..FDEF and
// U+xFFFE/F (EF, F0..F4).
constexpr std::array<bool, 256> kPreprocessBytes = [] {
  std::array<bool, 256> t{};
  for (int c = 0x01; c <= 0x08; ++c) t[c] = true;
  t[0x0B] = true;
  for (int c = 0x0D; c <= 0x1F; ++c) t[c] = true;
  t[0x7F] = t[0xC2] = t[0xEF] = true;
  for (int c = 0xF0; c <= 0xF4; ++c) t[c] = true;
  return t;
}();

// Length of a code point gumbo's input reader replaces with U+FFFD
// (utf8_is_invalid_code_point) at s[k], 0 when there is none.
size_t invalid_code_point(std::string_view s, size_t k) {
  const auto b = [&](size_t j) { return k + j < s.size() ? static_cast<unsigned char>(s[k + j]) : 0u; };
  const unsigned c = b(0);
  if (c < 0x80) return (c >= 0x01 && c <= 0x08) || c == 0x0B || (c >= 0x0E && c <= 0x1F) || c == 0x7F ? 1 : 0;
  if (c == 0xC2) return b(1) >= 0x80 && b(1) <= 0x9F ? 2 : 0;                           // U+0080..009F
  if (c == 0xEF) {
    if (b(1) == 0xB7 && b(2) >= 0x90 && b(2) <= 0xAF) return 3;                        // U+FDD0..FDEF
    if (b(1) == 0xBF && (b(2) == 0xBE || b(2) == 0xBF)) return 3;                      // U+FFFE, U+FFFF
    return 0;
  }
  if (c >= 0xF0 && c <= 0xF4) return (b(1) & 0x0F) == 0x0F && b(2) == 0xBF && (b(3) == 0xBE || b(3) == 0xBF) ? 4 : 0;
  return 0;
}

// HTML5's input preprocessing as gumbo does it: CR LF and CR become LF, and
// the code points above become U+FFFD. False when `html` needs none of it.
bool preprocess(std::string_view html, std::string& out) {
  size_t k = 0;
  while (k < html.size() && !kPreprocessBytes[static_cast<unsigned char>(html[k])]) ++k;
  if (k == html.size()) return false;
  bool changed = false;
  out.assign(html.substr(0, k));
  while (k < html.size()) {
    size_t run = k;
    while (run < html.size() && !kPreprocessBytes[static_cast<unsigned char>(html[run])]) ++run;
    out.append(html.substr(k, run - k));
    if ((k = run) == html.size()) break;
    const char c = html[k];
    if (c == '\r') {
      out += '\n';
      k += k + 1 < html.size() && html[k + 1] == '\n' ? 2 : 1;
      changed = true;
    } else if (size_t len = kPreprocessBytes[static_cast<unsigned char>(c)] ? invalid_code_point(html, k) : 0) {
      out += "\xEF\xBF\xBD";
      k += len;
      changed = true;
    } else {
      out += c;
      ++k;
    }
  }
  return changed;
}

}  // namespace

const GumboNode* FastTree::build(std::string_view html, size_t max_depth) {
  if (preprocess(html, impl_->normalized)) html = impl_->normalized;
  impl_->reset(html, max_depth);
  if (!impl_->run()) {
    if (!impl_->declined()) impl_->why = "unknown";
    return nullptr;
  }
  return impl_->finish();
}

std::string_view FastTree::declined() const { return impl_->why; }

}  // namespace wt::audit
