// What the audit needs from one HTML page, extracted from its HTML5 tree:
// gumbo's, or the same tree built by FastTree when the page is well-formed.
//
// Pure: UTF-8 HTML in (decode it first with decode_html), PageInfo out.
// Every string is valid UTF-8 in NFC with white space collapsed; invalid
// input bytes become U+FFFD. Robust against unclosed tags, huge attribute
// values and deep nesting: the tree is read to max_depth only, and start tags
// nested deeper than max_parse_depth are dropped before gumbo sees them
// (gumbo is quadratic in nesting depth).
//
//   auto page = wt::audit::extract_page(decode_html(bytes, content_type).text);
//   page.title, page.links[0].href, page.meta_dates[0].value, page.text ...
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace wt::audit {

struct PageLink {
  std::string href;          ///< As written (absolute or relative), trimmed.
  std::string text;          ///< Visible text; else the alt of its images; else its title.
  bool nofollow = false;     ///< rel contains "nofollow".
  bool in_nav = false;       ///< Inside <nav>, <menu>, a page <header> (not one inside article/main/section),
                             ///< role=navigation/menu/menubar, or a ul/ol/div whose id or class has a
                             ///< token starting or ending with "menu" or "nav" (ul#menu_site, div.navbar).
};

struct PageHeading {
  int level = 1;             ///< 1..3
  std::string text;
  bool linked = false;       ///< It holds a link (a list item's title, not the page's own heading).
};

/// A date-bearing <meta>: `name` is the lower-cased property/name/itemprop
/// ("article:published_time", "article:modified_time", "og:updated_time",
/// "og:published_time", "dc.date", "dc.date.issued", "dcterms.created",
/// "pubdate", "publishdate", "datepublished", "datemodified", ...).
/// Microdata elements with itemprop datePublished/dateModified are listed too
/// (their content or datetime attribute, an <abbr>'s title, else their text).
struct MetaDate {
  std::string name;
  std::string value;
};

/// One JSON-LD object with datePublished or dateModified (at any depth,
/// including @graph arrays).
struct JsonLdDate {
  std::string type;            ///< "@type" ("NewsArticle"; several joined by ','), "" when absent.
  std::string date_published;  ///< "" when absent.
  std::string date_modified;   ///< "" when absent.
};

/// A <time> element with a datetime attribute.
struct TimeValue {
  std::string datetime;
  std::string text;            ///< Its visible text.
  std::string classes;         ///< Its class attribute ("entry-date published").
  bool pubdate = false;        ///< It has the pubdate attribute (HTML5 drafts: the article's publication date).
};

struct PageInfo {
  std::string title;
  std::string lang;            ///< <html lang>, as written.
  std::string description;     ///< <meta name=description>.
  std::string canonical;       ///< <link rel=canonical href>.
  bool noindex = false;        ///< <meta name=robots> noindex or none.
  bool nofollow = false;       ///< <meta name=robots> nofollow or none.
  std::vector<PageLink> links;
  std::vector<PageHeading> headings;
  std::vector<MetaDate> meta_dates;
  std::vector<JsonLdDate> json_ld_dates;
  size_t json_ld_blocks = 0;   ///< <script type=application/ld+json> blocks seen.
  size_t json_ld_invalid = 0;  ///< Of those, how many were not valid JSON.
  std::vector<TimeValue> times;
  std::string text;            ///< Visible text of the main content: one line per block; without
                               ///< script/style/noscript/template, hidden elements (hidden, display:none,
                               ///< class hidden/hide/d-none), menus, and page header/footer when from body.
  std::string text_root;       ///< Where `text` came from: "main", "article", "role=main" or "body".
  bool text_truncated = false; ///< `text` was cut at max_text_bytes.
  bool depth_capped = false;   ///< Some elements were nested too deep to be read.
  size_t links_dropped = 0;    ///< Links past ExtractOptions::max_links, not kept.
  size_t items_dropped = 0;    ///< Headings, times and date metas past ExtractOptions::max_items.

  // What tells an article from a listing (audit/crawl/article_detect.hpp)
  // and the page properties the crawler probes read (audit/analysis/probes.hpp).
  std::string og_type;         ///< <meta property=og:type>, lower-cased ("article", "website").
  std::string body_classes;    ///< The class attribute of <body>.
  /// CMS article markup seen: "wp-single" (body.single-post), "wp-post"
  /// (article.type-post), "nv-detail" (NukeViet's #news-bodyhtml or
  /// #news_detail), "schema-article" (microdata itemtype Article, NewsArticle,
  /// BlogPosting ...). In the order first met, each once.
  std::vector<std::string> markers;
  size_t articles = 0;         ///< <article> elements not inside another one.
  bool pagination = false;     ///< rel=next/prev, or a pagination/pager/page-numbers/generate_page element.
  size_t table_cells = 0;      ///< <td> and <th> elements.
  size_t paragraphs = 0;       ///< <p> elements.
  std::string viewport;        ///< <meta name=viewport> content.
  size_t dublin_core = 0;      ///< Distinct DC.* / DCTERMS.* meta names.
  bool author = false;         ///< meta author / article:author, rel=author, itemprop or JSON-LD author.
  size_t images = 0;           ///< <img> elements.
  size_t images_without_alt = 0;  ///< Of those, without an alt attribute.
  bool search_form = false;    ///< A site search: a form with an action, and role=search, an input type=search or named q, s, keyword(s) ...
  std::string footer_text;     ///< Text of the page footer (<footer>, #footer, .footer), at most 4 KiB.
};

struct ExtractOptions {
  size_t max_depth = 500;                 ///< Elements deeper than this are not read.
  size_t max_parse_depth = 1000;          ///< Start tags nested deeper are dropped before parsing.
  size_t max_text_bytes = 200 * 1024;     ///< Cap of PageInfo::text.
  size_t max_attribute_bytes = 8 * 1024;  ///< Longer href/content values are ignored.
  size_t max_input_bytes = 16 * 1024 * 1024;  ///< Input beyond this is not parsed.
  size_t max_links = 0;  ///< Links kept, in document order; the rest are counted in links_dropped. 0: all.
  size_t max_items = 0;  ///< Headings, <time>s and date metas kept, each; the rest counted in items_dropped. 0: all.
  bool input_is_utf8 = false;  ///< The caller vouches the input is valid UTF-8 (decode_html's text
                               ///< is): it is not checked again. Else invalid bytes become U+FFFD.
  bool fast_tree = true;       ///< Build the tree with FastTree (fast_tree.hpp) when the page needs no
                               ///< error recovery, gumbo otherwise; false: always gumbo. Same PageInfo.
};

PageInfo extract_page(std::string_view html, const ExtractOptions& options = {});

/// The lines of PageInfo::text (one per block), empty ones left out.
std::vector<std::string_view> text_lines(std::string_view text);

}  // namespace wt::audit
