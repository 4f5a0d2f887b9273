#include "markdown/html_budget.hpp"

#include <algorithm>
#include <unordered_map>
#include <utility>
#include <vector>

namespace wt::markdown::detail {
namespace {

using Names = std::vector<std::string_view>;

bool one_of(std::string_view name, const Names& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// The categories of the HTML standard's tree construction that the model uses.
const Names kVoid = {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image",
                         "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"};
const Names kFormatting = {"a",     "b",     "big", "code", "em", "font", "i",
                               "nobr", "s", "small", "strike", "strong", "tt", "u"};
// Elements that put a marker in the list of active formatting elements.
const Names kMarker = {"applet", "caption", "marquee", "object", "td", "template", "th"};
// The boundaries of "has an element in scope" (with those of the SVG and
// MathML integration points, whatever the namespace: a boundary too many
// only keeps elements open in the model).
const Names kScope = {"applet", "caption", "html",  "table", "td",    "th",             "marquee",
                          "object", "template", "mi",   "mo",    "mn",    "ms",             "mtext",
                          "annotation-xml",     "foreignobject", "desc",  "title"};
const Names kTableScope = {"html", "table", "template"};
const Names kSpecial = {
    "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br",
    "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed",
    "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
    "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main",
    "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext",
    "pre", "script", "search", "section", "select", "source", "style", "summary", "table", "tbody", "td",
    "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp", "mi", "mo", "mn",
    "ms", "mtext", "annotation-xml", "foreignobject", "desc"};
// Start tags that close an open <p> (in button scope).
const Names kClosesP = {"address", "article", "aside", "blockquote", "center", "details", "dialog", "dir",
                            "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main",
                            "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3",
                            "h4", "h5", "h6", "pre", "listing", "form", "table", "hr", "xmp", "plaintext", "dd",
                            "dt", "li"};
const Names kHeadings = {"h1", "h2", "h3", "h4", "h5", "h6"};
// Elements whose content the tokenizer reads as text, not markup (in HTML
// content; in SVG and MathML they are ordinary elements).
const Names kRawText = {"iframe", "noembed", "noframes", "noscript", "style", "textarea", "title", "xmp"};
// End tags that close the element of that name found in (default) scope.
const Names kClosedInScope = {
    "address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div", "dl",
    "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu", "nav", "ol", "pre",
    "search", "section", "summary", "ul", "dd", "dt", "applet", "marquee", "object", "template"};

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_ci(std::string_view s, size_t i, std::string_view word) {
  if (s.size() - i < word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if (lower(s[i + k]) != word[k]) return false;
  return true;
}

// Table parts: the parser takes them only inside a table.
const Names kTablePart = {"caption", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr"};

// The lists above as bits, looked up once per tag name (walks of the stack
// then test bits, not names).
enum Trait : unsigned {
  kVoidTag = 1u << 0,
  kFormattingTag = 1u << 1,
  kMarkerTag = 1u << 2,
  kScopeTag = 1u << 3,
  kTableScopeTag = 1u << 4,
  kSpecialTag = 1u << 5,
  kClosesPTag = 1u << 6,
  kHeadingTag = 1u << 7,
  kRawTextTag = 1u << 8,
  kTablePartTag = 1u << 9,
  kClosedInScopeTag = 1u << 10,
};

unsigned traits_of(std::string_view name) {
  static const std::unordered_map<std::string_view, unsigned> table = [] {
    std::unordered_map<std::string_view, unsigned> t;
    const std::pair<const Names*, Trait> lists[] = {
        {&kVoid, kVoidTag},         {&kFormatting, kFormattingTag}, {&kMarker, kMarkerTag},
        {&kScope, kScopeTag},       {&kTableScope, kTableScopeTag}, {&kSpecial, kSpecialTag},
        {&kClosesP, kClosesPTag},   {&kHeadings, kHeadingTag},      {&kRawText, kRawTextTag},
        {&kTablePart, kTablePartTag}, {&kClosedInScope, kClosedInScopeTag}};
    for (const auto& [names, trait] : lists)
      for (std::string_view n : *names) t[n] |= trait;
    return t;
  }();
  auto it = table.find(name);
  return it == table.end() ? 0u : it->second;
}

// An element on the model's stack.
struct Open {
  std::string name;
  unsigned traits = 0;
};

constexpr std::string_view kMarkerEntry = "\x01";

// The tree builder, simplified: see the header for the promise it keeps.
class Model {
 public:
  explicit Model(const HtmlBudget& budget) : budget_(budget) {}

  void start_tag(std::string_view name, const std::string& identity, size_t offset) {
    count_scope_walk(offset);
    unsigned traits = traits_of(name);
    if (traits & kTablePartTag) {
      // Outside a table the parser ignores them; in a <template> it inserts
      // them as they come (the model then closes nothing).
      size_t at = find_in_table_scope({"table", "template"});
      if (at == kNone) return;
      if (stack_[at].name == "template") return push(name, offset);
    }
    close_before(name, traits, offset);
    count_reconstruction(offset);
    if (traits & kVoidTag) return;
    push(name, offset);
    if (traits & kMarkerTag) afe_.emplace_back(kMarkerEntry);
    if (traits & kFormattingTag) add_formatting(identity, offset);
  }

  void end_tag(std::string_view name, size_t offset) {
    count_scope_walk(offset);
    if (ignore_end_tags_) return;
    unsigned traits = traits_of(name);
    if (traits & kFormattingTag) return end_formatting(name);
    if (name == "br") return count_reconstruction(offset);  // read as <br>
    if (name == "p") return pop_through(find_in_scope({"p"}, {"button"}));
    if (name == "li") return pop_through(find_in_scope({"li"}, {"ol", "ul"}));
    if (traits & kHeadingTag) return pop_through(find_in_scope(kHeadings));
    if (one_of(name, {"td", "th", "tr", "tbody", "thead", "tfoot", "table", "caption"})) {
      return pop_through(find_in_table_scope({name}));
    }
    if (name == "form" || name == "colgroup") {  // the parser closes them only as the current node
      if (!stack_.empty() && stack_.back().name == name) pop_through(stack_.size() - 1);
      return;
    }
    if (name == "body" || name == "html") return;
    if (traits & kClosedInScopeTag) return pop_through(find_in_scope({name}));
    for (size_t i = stack_.size(); i-- > 0;) {  // any other end tag
      if (stack_[i].name == name) return pop_through(i);
      if (stack_[i].traits & kSpecialTag) return;
    }
  }

  void text(size_t offset) { count_reconstruction(offset); }
  void fail(size_t offset, std::string message) {
    if (!excess_) excess_ = HtmlExcess{offset, std::move(message)};
  }
  /// From here on, end tags may be text the real tokenizer sees differently.
  void ignore_end_tags() { ignore_end_tags_ = true; }
  const std::optional<HtmlExcess>& excess() const { return excess_; }

 private:
  static constexpr size_t kNone = static_cast<size_t>(-1);

  // Elements the parser closes before inserting `name`.
  void close_before(std::string_view name, unsigned traits, size_t offset) {
    if (traits & kClosesPTag) pop_through(find_in_scope({"p"}, {"button"}));
    if (name == "li") close_list_item({"li"});
    if (name == "dd" || name == "dt") close_list_item({"dd", "dt"});
    if ((traits & kHeadingTag) && !stack_.empty() && (stack_.back().traits & kHeadingTag)) {
      pop_through(stack_.size() - 1);
    }
    if (name == "td" || name == "th") pop_through(find_in_table_scope({"td", "th"}));
    if (name == "tr") pop_through(find_in_table_scope({"tr"}));
    if (name == "tbody" || name == "thead" || name == "tfoot") pop_through(find_in_table_scope({"tbody", "thead", "tfoot"}));
    // The parser adds the <tbody> and <tr> a cell or a row needs.
    bool in_table = !stack_.empty() && stack_.back().name == "table";
    if ((name == "tr" || name == "td" || name == "th") && in_table) push("tbody", offset);
    bool in_body = !stack_.empty() && one_of(stack_.back().name, {"tbody", "thead", "tfoot"});
    if ((name == "td" || name == "th") && in_body) push("tr", offset);
    if (name == "table") {
      size_t i = find_in_table_scope({"table", "td", "th", "caption"});
      if (i != kNone && stack_[i].name == "table") pop_through(i);
    }
    if (name == "button") pop_through(find_in_scope({"button"}));
    if ((name == "option" || name == "optgroup") && !stack_.empty() && stack_.back().name == "option") {
      pop_through(stack_.size() - 1);
    }
    if ((name == "a" || name == "nobr") && !stack_.empty() && stack_.back().name == name) end_formatting(name);
  }

  void close_list_item(const Names& names) {
    for (size_t i = stack_.size(); i-- > 0;) {
      if (one_of(stack_[i].name, names)) return pop_through(i);
      if ((stack_[i].traits & kSpecialTag) && !one_of(stack_[i].name, {"address", "div", "p"})) return;
    }
  }

  // Index of the nearest element named in `names` with no boundary above it.
  size_t find_in_scope(const Names& names, const Names& extra_boundaries = {}) const {
    for (size_t i = stack_.size(); i-- > 0;) {
      if (one_of(stack_[i].name, names)) return i;
      if ((stack_[i].traits & kScopeTag) || one_of(stack_[i].name, extra_boundaries)) return kNone;
    }
    return kNone;
  }

  size_t find_in_table_scope(const Names& names) const {
    for (size_t i = stack_.size(); i-- > 0;) {
      if (one_of(stack_[i].name, names)) return i;
      if (stack_[i].traits & kTableScopeTag) return kNone;
    }
    return kNone;
  }

  // Pops the element at `index` and every element above it; closing a marker
  // element clears the formatting elements after its marker, as the parser does.
  void pop_through(size_t index) {
    if (index == kNone) return;
    while (stack_.size() > index) {
      if (stack_.back().traits & kMarkerTag) clear_to_marker();
      stack_.pop_back();
    }
  }

  void clear_to_marker() {
    while (!afe_.empty()) {
      bool marker = afe_.back() == kMarkerEntry;
      if (!marker) --formatting_;
      afe_.pop_back();
      if (marker) return;
    }
  }

  // The parser keeps at most three identical entries after the last marker.
  void add_formatting(const std::string& identity, size_t offset) {
    size_t same = 0, earliest = kNone;
    for (size_t i = afe_.size(); i-- > 0 && afe_[i] != kMarkerEntry;) {
      if (afe_[i] == identity) {
        ++same;
        earliest = i;
      }
    }
    if (same >= 3) {
      afe_.erase(afe_.begin() + static_cast<std::ptrdiff_t>(earliest));
      --formatting_;
    }
    afe_.push_back(identity);
    ++formatting_;
    check_depth(offset);
  }

  // Only the plain case is followed: the element is the current node. In every
  // other case (misnested tags) the element stays open and active in the model.
  void end_formatting(std::string_view name) {
    if (stack_.empty() || stack_.back().name != name) return;
    stack_.pop_back();
    for (size_t i = afe_.size(); i-- > 0 && afe_[i] != kMarkerEntry;) {
      if (afe_[i].compare(0, name.size(), name) == 0 && afe_[i].size() > name.size() && afe_[i][name.size()] == '\x02') {
        afe_.erase(afe_.begin() + static_cast<std::ptrdiff_t>(i));
        --formatting_;
        return;
      }
    }
  }

  void push(std::string_view name, size_t offset) {
    stack_.push_back({std::string(name), traits_of(name)});
    check_depth(offset);
  }

  void check_depth(size_t offset) {
    if (stack_.size() + formatting_ <= budget_.max_depth) return;
    fail(offset, "the HTML is nested more than " + std::to_string(budget_.max_depth) +
                     " elements deep (are some tags never closed?)");
  }

  void count_scope_walk(size_t offset) {
    if (++tags_ > budget_.max_tags) {
      fail(offset, "this page holds more than " + std::to_string(budget_.max_tags) +
                       " HTML elements with its raw HTML; split it into several pages");
    }
    work_scope_ += stack_.size() + formatting_;
    if (work_scope_ <= budget_.max_scope_work) return;
    fail(offset, "the HTML leaves so many tags open for so long that the page would take too long to build: "
                 "close each tag where it ends");
  }

  void count_reconstruction(size_t offset) {
    work_ += formatting_;
    if (work_ <= budget_.max_formatting_work) return;
    fail(offset, "formatting tags such as <b>, <i> or <font> are left open or misnested so often that the page "
                 "would take too long to build: close each one where it ends");
  }

  const HtmlBudget& budget_;
  std::vector<Open> stack_;
  std::vector<std::string> afe_;  // identities, and kMarkerEntry
  size_t formatting_ = 0;         // entries of afe_ that are not markers
  size_t work_ = 0;
  size_t work_scope_ = 0;
  size_t tags_ = 0;
  bool ignore_end_tags_ = false;
  std::optional<HtmlExcess> excess_;
};

// The tokenizer, as far as the model needs it.
class Scanner {
 public:
  Scanner(std::string_view html, const HtmlBudget& budget) : s_(html), budget_(budget), model_(budget) {}

  HtmlScan run() {
    size_t i = 0;
    while (i < s_.size() && !model_.excess()) {
      size_t lt = s_.find('<', i);
      if (lt != i) {
        model_.text(i);
        if (lt == std::string_view::npos) break;
      }
      i = markup(lt);
    }
    scan_.excess = model_.excess();
    return scan_;
  }

 private:
  // Reads the markup at `i` (a '<'); returns where the text goes on.
  size_t markup(size_t i) {
    if (starts_with_ci(s_, i, "<!--")) return comment(i);
    if (starts_with_ci(s_, i, "<![cdata[")) return unsure(i + 1, find_or_end("]]>", i, i));
    if (starts_with_ci(s_, i, "<!") || starts_with_ci(s_, i, "<?")) return past('>', i);
    if (starts_with_ci(s_, i, "</")) {
      if (i + 2 < s_.size() && is_alpha(s_[i + 2])) return tag(i + 2, false, i);
      if (i + 2 < s_.size() && s_[i + 2] == '>') return i + 3;
      return past('>', i);
    }
    if (i + 1 < s_.size() && is_alpha(s_[i + 1])) return tag(i + 1, true, i);
    model_.text(i);
    return i + 1;
  }

  // The end of a comment-like run from `from`; when the text ends first,
  // notes that it cuts the markup that starts at `lt`.
  size_t find_or_end(std::string_view what, size_t from, size_t lt) {
    size_t at = s_.find(what, from);
    if (at != std::string_view::npos) return at + what.size();
    cut(lt, true);
    return s_.size();
  }

  size_t past(char c, size_t from) {
    size_t at = s_.find(c, from);
    if (at != std::string_view::npos) return at + 1;
    cut(from, true);
    return s_.size();
  }

  void cut(size_t lt, bool comment) {
    if (scan_.cut_at) return;
    scan_.cut_at = lt;
    scan_.cut_is_comment = comment;
  }

  // A comment ends at the first "-->" at the latest ("<!-->" included); when
  // "--!>" could end it earlier, the part in between is unsure.
  size_t comment(size_t i) {
    size_t end = find_or_end("-->", i + 2, i);
    size_t early = s_.find("--!>", i + 2);
    if (early != std::string_view::npos && early < end) return unsure(early, end);
    return end;
  }

  // Text the real tokenizer may read as markup or not: start tags in it count,
  // end tags do not.
  size_t unsure(size_t from, size_t to) {
    for (size_t i = s_.find('<', from); i < to; i = s_.find('<', i + 1)) {
      if (i + 1 < to && is_alpha(s_[i + 1])) model_.start_tag("", "", i);
      if (model_.excess()) break;
    }
    return to;
  }

  // A start or end tag whose name begins at `name_at`; `lt` is its '<'.
  size_t tag(size_t name_at, bool start, size_t lt) {
    size_t i = name_at;
    std::string name;
    while (i < s_.size() && !is_ws(s_[i]) && s_[i] != '/' && s_[i] != '>') name += lower(s_[i++]);
    size_t attrs_at = i, attributes = 0;
    i = attributes_end(i, &attributes);
    if (i == std::string_view::npos) {  // a tag cut by the end is dropped
      cut(lt, false);
      return s_.size();
    }
    if (attributes > budget_.max_attributes) {
      model_.fail(lt, "this tag has " + std::to_string(attributes) + " attributes; at most " +
                          std::to_string(budget_.max_attributes) + " are allowed");
      return s_.size();
    }
    if (!start) {
      model_.end_tag(name, lt);
      return i;
    }
    model_.start_tag(name, name + '\x02' + std::string(s_.substr(attrs_at, i - attrs_at)), lt);
    return raw_text_after(name, i);
  }

  // After the tag name: attributes as the tokenizer reads them; returns the
  // offset after '>' (npos when the text ends first) and counts attributes.
  size_t attributes_end(size_t i, size_t* count) const {
    const size_t n = s_.size();
    while (true) {
      while (i < n && (is_ws(s_[i]) || s_[i] == '/')) ++i;
      if (i >= n) return std::string_view::npos;
      if (s_[i] == '>') return i + 1;
      ++*count;
      ++i;  // the first character of a name may be '='
      while (i < n && !is_ws(s_[i]) && s_[i] != '/' && s_[i] != '>' && s_[i] != '=') ++i;
      while (i < n && is_ws(s_[i])) ++i;
      if (i >= n || s_[i] != '=') continue;
      ++i;
      while (i < n && is_ws(s_[i])) ++i;
      if (i < n && (s_[i] == '"' || s_[i] == '\'')) {
        size_t close = s_.find(s_[i], i + 1);
        if (close == std::string_view::npos) return std::string_view::npos;
        i = close + 1;
      } else {
        while (i < n && !is_ws(s_[i]) && s_[i] != '>') ++i;
      }
    }
  }

  // Raw text after a start tag: up to its end tag, read as unsure text.
  size_t raw_text_after(const std::string& name, size_t i) {
    if (name == "plaintext") {
      model_.ignore_end_tags();
      return unsure(i, s_.size());
    }
    if (name != "script" && !(traits_of(name) & kRawTextTag)) return i;
    size_t end = i;
    while (true) {
      end = s_.find("</", end);
      if (end == std::string_view::npos) {
        end = s_.size();
        break;
      }
      size_t after = end + 2 + name.size();
      if (starts_with_ci(s_, end + 2, name) && (after >= s_.size() || is_ws(s_[after]) || s_[after] == '/' ||
                                                s_[after] == '>')) {
        break;
      }
      end += 2;
    }
    // A script holding "<!--" may run past its first end tag (the escape
    // states of the script tokenizer): nothing after it is sure any more.
    if (name == "script" && s_.substr(i, end - i).find("<!--") != std::string_view::npos) model_.ignore_end_tags();
    return unsure(i, end);
  }

 private:
  std::string_view s_;
  const HtmlBudget& budget_;
  Model model_;
  HtmlScan scan_;
};

}  // namespace

HtmlScan scan_html(std::string_view html, const HtmlBudget& budget) { return Scanner(html, budget).run(); }

std::optional<HtmlExcess> check_html_budget(std::string_view html, const HtmlBudget& budget) {
  return scan_html(html, budget).excess;
}

}  // namespace wt::markdown::detail
