// Markdown: turns the body of a content file into HTML with cmark-gfm.
//
// One call parses the body once and, on the syntax tree, gives headings
// unique ids (h1 demoted to h2), resolves internal links written "@/path.md"
// through a LinkResolver, keeps link and image URLs to an allow-list of
// schemes (core/url_safety.hpp), and collects the table of contents and a
// plain-text summary. A body that holds raw HTML is parsed a second time, as
// HTML (gumbo), and written back keeping only the elements and attributes of
// an allow-list (raw_html.hpp); bodies without raw HTML keep cmark's output
// as it is. Bodies in the shapes that cost cmark-gfm quadratic time are
// refused before parsing (limits.hpp).
//
//   wt::DiagnosticSink sink;
//   wt::markdown::Rendered r = wt::markdown::render(body, "content/tin-tuc/a.md",
//                                                   front_matter_lines, &resolver, {}, sink);
//   page.content = std::move(r.html);
//
// Problems (broken "@/" links, unsafe raw HTML) are reported to the sink with
// positions in the original file; render() itself never fails or throws.
// render() is thread-safe: many threads may call it at once on different inputs
// (see cmark_env.hpp for how cmark-gfm's global state is handled).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace wt::markdown {

/// Resolves an internal link target written "@/tin-tuc/bai.md#anchor" (passed WITHOUT the "@/"
/// prefix: "tin-tuc/bai.md#anchor") to a site-relative URL ("/tin-tuc/khai-giang/#anchor");
/// nullopt when no such page. Called from many threads at once: must be thread-safe.
/// If the returned URL has no '#' but the target had a fragment, render() appends the fragment.
class LinkResolver {
 public:
  virtual ~LinkResolver() = default;
  virtual std::optional<std::string> resolve(std::string_view target) const = 0;
  /// Why `target` does not resolve, as the end of the error message; the
  /// default says it matches no page.
  virtual std::string why_unresolved(std::string_view target) const {
    return "does not match any page in content/";
  }
};

struct Options {
  /// Let raw HTML through the allow-list (what it drops is reported as a warning).
  /// When false, raw HTML is omitted by cmark-gfm.
  bool allow_raw_html = true;
  /// Add loading="lazy" to every <img> of the output.
  bool lazy_images = true;
  /// Let cmark-gfm replace invalid UTF-8; off when the caller has already
  /// checked the text (the content loader does).
  bool validate_utf8 = true;
  /// The site's base path ("/" or "/thcs-le-loi/", SiteConfig::base_path()):
  /// root-relative links and images, of Markdown ("[x](/tuyen-sinh/)",
  /// resolved "@/" links) and of raw HTML (href, src, cite), are put under it
  /// (core/base_path.hpp). With "/" the HTML is as if there were no base path.
  std::string base_path = "/";
};

struct Heading {
  int level = 2;     ///< 2..6 (a "# h1" in the body is demoted to 2)
  std::string id;    ///< unique within the page: "gioi-thieu", "gioi-thieu-1", ...; "muc" if empty
  std::string text;  ///< plain text, NFC
};

struct Rendered {
  std::string html;                         ///< body HTML
  std::string summary;                      ///< plain text, NFC, <= 300 code points + "…"
  std::vector<Heading> toc;                 ///< headings in document order
  std::vector<std::string> internal_links;  ///< resolved site-relative URLs of "@/" links and images, in order
};

/// Maximum summary length in code points before it is cut at a word boundary.
inline constexpr size_t kSummaryMaxCodePoints = 300;

/// Renders `source` (the Markdown body of `file`; `line_offset` = number of lines before the
/// body in the file, e.g. the front matter, so positions map back to the real file).
/// `resolver` may be null (then every "@/" link is reported broken).
///
/// Diagnostics:
///   error   markdown.link.broken        an "@/" link or image that the resolver does not know
///                                        (its href becomes "#")
///   warning markdown.link.unsafe        a link or image URL outside the allow-list of schemes
///                                        (the URL is dropped)
///   warning markdown.raw-html.dropped   an element or attribute of raw HTML outside the
///                                        allow-list (removed; an unknown element keeps its text)
///   warning markdown.raw-html.unclosed  a raw HTML tag or comment the end of the body cuts
///   error   markdown.limit.*            a body over a limit of limits.hpp, or raw HTML too deep
///                                        for the HTML parser (html_budget.hpp); html is empty
///
/// Summary: the plain text before "<!--more-->" when the body has one, else of the first
/// top-level paragraph; whitespace collapsed; cut above kSummaryMaxCodePoints at a word
/// boundary with "…" appended.
Rendered render(std::string_view source, const std::string& file, int line_offset,
                const LinkResolver* resolver, const Options& options, DiagnosticSink& sink);

}  // namespace wt::markdown
