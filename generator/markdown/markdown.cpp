#include "markdown/markdown.hpp"

#include <cmark-gfm.h>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/text.hpp"
#include "markdown/cmark_env.hpp"
#include "markdown/html_safety.hpp"
#include "markdown/plain_text.hpp"

namespace wt::markdown {
namespace {

constexpr std::string_view kMoreMarker = "<!--more-->";
constexpr size_t kExcerptCodePoints = 40;

std::string_view literal_of(cmark_node* node) {
  const char* lit = cmark_node_get_literal(node);
  return lit ? std::string_view(lit) : std::string_view();
}

bool is_raw_html(cmark_node_type type) {
  return type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE;
}

/// The first `max` code points of `text`, white space collapsed, for messages.
std::string excerpt(std::string_view text, size_t max) {
  std::string flat = detail::collapse_whitespace(text);
  size_t count = 0;
  for (size_t i = 0; i < flat.size(); ++i) {
    if ((static_cast<unsigned char>(flat[i]) & 0xC0) == 0x80) continue;
    if (count == max) return flat.substr(0, i);
    ++count;
  }
  return flat;
}

/// Maps positions in the body (cmark's 1-based line and byte column, or byte
/// offsets) to positions in the original file. Lines are indexed on first use.
class SourceMap {
 public:
  SourceMap(std::string_view source, const std::string& file, int line_offset)
      : source_(source), file_(file), line_offset_(line_offset) {}

  Position at_offset(size_t offset) {
    index_lines();
    offset = std::min(offset, source_.size());
    size_t index = static_cast<size_t>(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) -
                                       line_starts_.begin()) - 1;
    size_t start = line_starts_[index];
    size_t end = source_.find('\n', start);
    std::string line(source_.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    return {file_, static_cast<int>(index) + 1 + line_offset_, code_point_column(line, offset - start)};
  }

  /// Byte offset of a node's start as cmark reports it (clipped to the text).
  size_t offset_of(cmark_node* node) {
    index_lines();
    int line = std::max(1, cmark_node_get_start_line(node));
    int column = std::max(1, cmark_node_get_start_column(node));
    if (static_cast<size_t>(line) > line_starts_.size()) return source_.size();
    return std::min(source_.size(), line_starts_[static_cast<size_t>(line) - 1] + static_cast<size_t>(column) - 1);
  }

  Position at_node(cmark_node* node) { return at_offset(offset_of(node)); }

  /// Where `text` (a link destination) is written for `node`: the next occurrence at
  /// or after the node that was not already used by an earlier node with the same
  /// text, else any occurrence on or before it (reference definitions), else the node.
  Position locate(cmark_node* node, const std::string& text) {
    size_t node_offset = offset_of(node);
    size_t& used_until = next_search_[text];
    size_t found = source_.find(text, std::max(node_offset, used_until));
    if (found == std::string_view::npos) {
      size_t line = static_cast<size_t>(std::max(1, cmark_node_get_start_line(node)));
      size_t line_start = line <= line_starts_.size() ? line_starts_[line - 1] : 0;
      found = source_.find(text, line_start);
      if (found == std::string_view::npos) found = source_.find(text);
    }
    if (found == std::string_view::npos) return at_node(node);
    used_until = std::max(used_until, found + text.size());
    return at_offset(found);
  }

 private:
  void index_lines() {
    if (!line_starts_.empty()) return;
    line_starts_.push_back(0);
    for (size_t i = source_.find('\n'); i != std::string_view::npos; i = source_.find('\n', i + 1)) {
      line_starts_.push_back(i + 1);
    }
  }

  std::string_view source_;
  const std::string& file_;
  int line_offset_;
  std::vector<size_t> line_starts_;
  std::unordered_map<std::string, size_t> next_search_;
};

/// What one walk over the parsed tree collects.
struct Collected {
  std::vector<cmark_node*> headings;
  std::vector<cmark_node*> links;  // links and images
  std::vector<cmark_node*> raw_html;
  cmark_node* first_paragraph = nullptr;
  bool more_found = false;
  bool has_image = false;
  detail::PlainText before_more;
};

Collected collect(cmark_node* root, bool has_more_marker) {
  Collected c;
  cmark_iter* iter = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter);
    cmark_node_type type = cmark_node_get_type(node);
    if (has_more_marker && !c.more_found) {
      if (is_raw_html(type) && literal_of(node).find(kMoreMarker) != std::string_view::npos) {
        c.more_found = true;
      } else {
        c.before_more.visit(ev, node);
      }
    }
    if (ev != CMARK_EVENT_ENTER) continue;
    switch (type) {
      case CMARK_NODE_HEADING:
        c.headings.push_back(node);
        break;
      case CMARK_NODE_PARAGRAPH:
        if (!c.first_paragraph && cmark_node_parent(node) == root) c.first_paragraph = node;
        break;
      case CMARK_NODE_IMAGE:
        c.has_image = true;
        c.links.push_back(node);
        break;
      case CMARK_NODE_LINK:
        c.links.push_back(node);
        break;
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE:
        c.raw_html.push_back(node);
        break;
      default:
        break;
    }
  }
  cmark_iter_free(iter);
  return c;
}

std::string make_summary(Collected& c) {
  std::string text;
  if (c.more_found) {
    text = c.before_more.text();
  } else if (c.first_paragraph) {
    detail::PlainText pt;
    pt.visit_subtree(c.first_paragraph);
    text = pt.text();
  }
  return detail::truncate_words(to_nfc(text), kSummaryMaxCodePoints);
}

void process_links(const std::vector<cmark_node*>& links, const LinkResolver* resolver, SourceMap& map,
                   DiagnosticSink& sink, Rendered& out) {
  for (cmark_node* node : links) {
    const char* url_c = cmark_node_get_url(node);
    std::string url = url_c ? url_c : "";
    if (url.rfind("@/", 0) == 0) {
      std::string target = url.substr(2);
      std::optional<std::string> resolved;
      if (resolver) resolved = resolver->resolve(target);
      if (resolved) {
        size_t hash = target.find('#');
        if (hash != std::string::npos && resolved->find('#') == std::string::npos) {
          *resolved += target.substr(hash);
        }
        cmark_node_set_url(node, resolved->c_str());
        out.internal_links.push_back(std::move(*resolved));
      } else {
        sink.error(map.locate(node, url), "markdown.link.broken",
                   "broken internal link: '" + url + "' " +
                       (resolver ? resolver->why_unresolved(std::string_view(url).substr(2))
                                 : std::string("does not match any page in content/")));
        cmark_node_set_url(node, "#");
      }
    } else if (detail::url_is_dangerous(url)) {
      sink.warning(map.locate(node, url), "markdown.link.unsafe",
                   "link removed because it could run scripts: " + excerpt(url, kExcerptCodePoints));
      cmark_node_set_url(node, "");
    }
  }
}

/// Replaces each heading by a custom block holding a custom inline whose literals are
/// "<hN id=...>" and "</hN>" (so no extra newlines), children moved over.
void process_headings(const std::vector<cmark_node*>& headings, detail::ParsedDocument& doc, Rendered& out) {
  std::unordered_set<std::string> used;
  std::unordered_map<std::string, int> next_suffix;
  out.toc.reserve(headings.size());
  for (cmark_node* node : headings) {
    int level = std::clamp(cmark_node_get_heading_level(node), 2, 6);
    detail::PlainText pt;
    pt.visit_subtree(node);
    std::string text = to_nfc(pt.text());
    std::string base = slugify(text);
    if (base.empty()) base = "muc";
    std::string id = base;
    if (used.count(id)) {
      int& n = next_suffix[base];
      do {
        id = base + "-" + std::to_string(++n);
      } while (used.count(id));
    }
    used.insert(id);

    std::string open = "<h" + std::to_string(level) + " id=\"" + id + "\">";
    std::string close = "</h" + std::to_string(level) + ">";
    cmark_node* block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node* inl = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
    cmark_node_set_on_enter(inl, open.c_str());
    cmark_node_set_on_exit(inl, close.c_str());
    while (cmark_node* child = cmark_node_first_child(node)) cmark_node_append_child(inl, child);
    cmark_node_append_child(block, inl);
    cmark_node_insert_before(node, block);
    doc.retire(node);

    out.toc.push_back({level, std::move(id), std::move(text)});
  }
}

/// Drops "<!--more-->" markers; when raw HTML is allowed, shows unsafe raw HTML as text.
void process_raw_html(const std::vector<cmark_node*>& nodes, bool allow_raw_html, detail::ParsedDocument& doc,
                      SourceMap& map, DiagnosticSink& sink) {
  for (cmark_node* node : nodes) {
    std::string lit(literal_of(node));
    if (trim(lit) == kMoreMarker) {
      doc.retire(node);
      continue;
    }
    if (!allow_raw_html || !detail::raw_html_is_unsafe(lit)) continue;
    sink.warning(map.at_node(node), "markdown.raw-html.unsafe",
                 "raw HTML removed because it could run scripts: " + excerpt(lit, kExcerptCodePoints));
    cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
    if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK) {
      while (!lit.empty() && (lit.back() == '\n' || lit.back() == '\r')) lit.pop_back();
      cmark_node_set_literal(text, lit.c_str());
      cmark_node* para = cmark_node_new(CMARK_NODE_PARAGRAPH);
      cmark_node_append_child(para, text);
      cmark_node_insert_before(node, para);
    } else {
      cmark_node_set_literal(text, lit.c_str());
      cmark_node_insert_before(node, text);
    }
    doc.retire(node);
  }
}

/// Adds loading="lazy" to every `<img src="` tag (what cmark writes for images, and
/// raw HTML written the same way) that has no loading attribute yet.
std::string add_lazy_loading(std::string html) {
  static constexpr std::string_view kTag = "<img src=\"";
  size_t hit = html.find(kTag);
  if (hit == std::string::npos) return html;
  std::string out;
  out.reserve(html.size() + 64);
  size_t pos = 0;
  for (; hit != std::string::npos; hit = html.find(kTag, pos)) {
    size_t end = html.find('>', hit);
    std::string_view tag = std::string_view(html).substr(hit, end == std::string::npos ? std::string::npos : end - hit);
    out.append(html, pos, hit + 4 - pos);  // through "<img"
    if (tag.find("loading=") == std::string_view::npos) out += " loading=\"lazy\"";
    pos = hit + 4;
  }
  out.append(html, pos, std::string::npos);
  return out;
}

}  // namespace

Rendered render(std::string_view source, const std::string& file, int line_offset,
                const LinkResolver* resolver, const Options& options, DiagnosticSink& sink) {
  int cmark_options = CMARK_OPT_FOOTNOTES;
  if (options.validate_utf8) cmark_options |= CMARK_OPT_VALIDATE_UTF8;
  if (options.allow_raw_html) cmark_options |= CMARK_OPT_UNSAFE;

  detail::ParsedDocument doc(source, cmark_options);
  SourceMap map(source, file, line_offset);
  Collected c = collect(doc.root(), source.find(kMoreMarker) != std::string_view::npos);

  Rendered out;
  out.summary = make_summary(c);
  process_links(c.links, resolver, map, sink, out);
  process_headings(c.headings, doc, out);
  process_raw_html(c.raw_html, options.allow_raw_html, doc, map, sink);
  out.html = doc.render_html(cmark_options);
  if (options.lazy_images && (c.has_image || (options.allow_raw_html && !c.raw_html.empty()))) {
    out.html = add_lazy_loading(std::move(out.html));
  }
  return out;
}

}  // namespace wt::markdown
