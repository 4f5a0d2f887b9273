#include "markdown/markdown.hpp"

#include <cmark-gfm.h>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/base_path.hpp"
#include "core/text.hpp"
#include "core/url_safety.hpp"
#include "markdown/cmark_env.hpp"
#include "markdown/limits.hpp"
#include "markdown/plain_text.hpp"
#include "markdown/raw_html.hpp"
#include "markdown/table_labels.hpp"
#include "markdown/source_map.hpp"

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

using detail::SourceMap;

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
    bool is_image = cmark_node_get_type(node) == CMARK_NODE_IMAGE;
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
    } else if (auto why = url_refusal(url, is_image ? UrlUse::Image : UrlUse::Link)) {
      sink.warning(map.locate(node, url), "markdown.link.unsafe",
                   std::string(is_image ? "image" : "link") + " address '" +
                       detail::excerpt(url, kExcerptCodePoints) + "' removed: " + *why);
      cmark_node_set_url(node, "");
    }
  }
}

/// Puts every root-relative link and image ("/tuyen-sinh/", "/images/a.jpg",
/// and the resolved "@/" links) under the site's base path. Only for pages
/// without raw HTML: on the others the HTML writer does it, once, for links
/// from Markdown and raw HTML alike.
void publish_links(const std::vector<cmark_node*>& links, const std::string& base_path) {
  if (base_path.size() <= 1) return;  // a site at the host's root: nothing to change
  for (cmark_node* node : links) {
    const char* url = cmark_node_get_url(node);
    if (url && is_root_relative(url)) cmark_node_set_url(node, under_base_path(url, base_path).c_str());
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

/// Drops "<!--more-->" markers; returns the other raw HTML nodes.
std::vector<cmark_node*> drop_more_markers(const std::vector<cmark_node*>& nodes, detail::ParsedDocument& doc) {
  std::vector<cmark_node*> rest;
  for (cmark_node* node : nodes) {
    if (trim(literal_of(node)) == kMoreMarker) {
      doc.retire(node);
    } else {
      rest.push_back(node);
    }
  }
  return rest;
}

/// Adds loading="lazy" to every `<img src="` tag (what cmark writes for images).
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
  Rendered out;
  SourceMap map(source, file, line_offset);
  if (!detail::check_markdown_limits(source, map, sink)) return out;

  int cmark_options = CMARK_OPT_FOOTNOTES;
  if (options.validate_utf8) cmark_options |= CMARK_OPT_VALIDATE_UTF8;
  if (options.allow_raw_html) cmark_options |= CMARK_OPT_UNSAFE;

  detail::ParsedDocument doc(source, cmark_options);
  Collected c = collect(doc.root(), source.find(kMoreMarker) != std::string_view::npos);

  out.summary = make_summary(c);
  process_links(c.links, resolver, map, sink, out);
  process_headings(c.headings, doc, out);
  std::vector<cmark_node*> raw_html = drop_more_markers(c.raw_html, doc);
  if (options.allow_raw_html && !raw_html.empty()) {
    // Only pages with raw HTML pay for a second parse.
    std::optional<std::string> html = detail::render_allowed_html(doc, cmark_options, raw_html, map,
                                                                  {options.lazy_images, options.base_path}, sink);
    if (html) out.html = detail::label_table_cells(std::move(*html));
    return out;
  }
  publish_links(c.links, options.base_path);
  out.html = detail::label_table_cells(doc.render_html(cmark_options));
  if (options.lazy_images && c.has_image) out.html = add_lazy_loading(std::move(out.html));
  return out;
}

}  // namespace wt::markdown
