// Pages that hold raw HTML: their HTML is parsed once more and written back
// through the allow-list (internal to the markdown module).
//
//   if (raw_nodes.empty()) html = doc.render_html(options);               // the fast path
//   else html = detail::render_allowed_html(doc, options, raw_nodes, map, {}, sink);
//
// cmark renders the page as usual, each raw HTML literal standing in place
// as it is; the whole text is then parsed as HTML (html_tree.hpp), as a
// browser would, and written back by html_writer.hpp. Raw HTML split over
// several blocks, written with entities or misnested is judged by what the
// parser builds from it, not by its spelling.
//
// Each literal's place in the rendered text is known (cmark renders a
// placeholder that no other output can contain, which is then replaced by
// the literal), so what the allow-list drops is reported at its line and
// column in the content file:
//   warning markdown.raw-html.dropped    an element or attribute removed
//   warning markdown.raw-html.unclosed   a tag or comment the end of the page
//                                         cuts (what follows it is lost)
//   error   markdown.limit.html          raw HTML the parser would take too
//                                         long on (see html_budget.hpp)
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "markdown/cmark_env.hpp"
#include "markdown/html_writer.hpp"
#include "markdown/source_map.hpp"

namespace wt::markdown::detail {

/// The HTML of `doc`, whose raw HTML nodes are `raw_nodes` (in document
/// order), with only what the allow-list allows. nullopt when the HTML is
/// over the parsing budget (the error is reported).
std::optional<std::string> render_allowed_html(ParsedDocument& doc, int cmark_options,
                                               const std::vector<cmark_node*>& raw_nodes, SourceMap& map,
                                               const WriteOptions& write, DiagnosticSink& sink);

}  // namespace wt::markdown::detail
