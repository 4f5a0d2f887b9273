// The feeds a page announces in its <head>: <link type="application/rss+xml"
// href="..."> and <link type="application/atom+xml" href="...">, read from
// the raw HTML (the first 256 KiB) without building a tree, so the crawler
// finds a site's feeds on any page it fetches. Plain code: attributes are
// read as an HTML tokenizer reads them (double-quoted, single-quoted or
// unquoted values, names case-insensitive, the first of a name wins).
// Pure and never throws.
//
//   wt::audit::feed_links("<link rel=alternate type='application/rss+xml' href=/rss/>")  // {"/rss/"}
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wt::audit {

/// The hrefs of the feed <link>s of `html`, as written (not resolved), in order.
std::vector<std::string> feed_links(std::string_view html);

/// The attributes of one start tag, from after its name to its '>'
/// (" a=b c='d' e>"), as (lower-cased name, value) pairs in order.
std::vector<std::pair<std::string, std::string>> tag_attributes(std::string_view tag);

}  // namespace wt::audit
