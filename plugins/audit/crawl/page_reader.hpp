// Reading one fetched HTML page, the crawl's half of a page that is not
// fetching: the body decoded (charset, NFC), parsed and read into what the
// crawl keeps of it (crawled/crawled_page.hpp): links resolved and capped,
// the page facts the probes read (contact details, footer, viewport ...),
// the documents it lists, and the verdict on whether it is one article or a
// listing (article_detect.hpp), from which the crawl declares the page's
// kind. Runs on the parse workers (ParsePool); thread-safe (a worker's caches
// are its own).
//
//   PageRead r = wt::audit::read_page(response, limits, now, budget);
//   if (r.url) keep(std::move(r.page));
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/crawl/article_detect.hpp"
#include "audit/crawl/byte_budget.hpp"
#include "audit/crawled/crawled_page.hpp"
#include "audit/fetch/http_client.hpp"

namespace wt::audit {

/// How much of a page is read (docs/audit.md "Memory"; CrawlOptions holds them).
struct PageLimits {
  std::size_t max_links = 2000;           ///< Links read of one page.
  std::size_t max_items = 500;            ///< Headings, <time>s and date metas read, each.
  std::size_t max_link_text = 512;        ///< Bytes of a link's text kept (cut at a UTF-8 boundary).
  std::size_t max_parse_bytes = 4u << 20; ///< HTML parsed (after decoding); the rest not read.
  int default_tz = 7 * 60;                ///< Minutes east of UTC for dates without an offset.
};

/// A page's HTML decoded, parsed and read: what the crawl's own thread needs
/// of it and no more (the body, the decoded text and the page's full text
/// are gone by then), so that pages waiting to be applied hold only what is
/// kept.
struct PageRead {
  std::optional<std::string> url;  ///< The final URL normalized; nullopt when it cannot be.
  CrawledPage page;                ///< The page as the analysis reads it (links resolved, capped; kind not set).
  std::vector<bool> follow;        ///< Per page.links: may be followed (no rel=nofollow, no meta nofollow).
  std::vector<std::string> feeds;  ///< <link rel=alternate> feeds, resolved.
  ArticleVerdict verdict;          ///< Whether it is an article or a listing, and its dates.
  std::string newest_listed;       ///< A listing: the latest day (yyyy-mm-dd) it shows (listed_dates.hpp);
                                   ///< "" when it shows none or is no listing.
  std::vector<std::string> card_days;  ///< A listing: per page.links, the day its card shows ("" none);
                                       ///< empty when the page is no listing.
  std::size_t links_dropped = 0;   ///< Links past the per-page cap.
  std::size_t items_dropped = 0;   ///< Headings, times, date metas past the per-page cap.
  bool cut = false;                ///< The HTML was longer than max_parse_bytes: the rest was not read.
};

/// Reads the HTML response `r`; `now_epoch` dates the article test
/// (detect_article). The parse tree takes its share of `budget` while it lives.
PageRead read_page(const Response& r, const PageLimits& limits, int64_t now_epoch, ByteBudget& budget);

/// Makes sure the data ICU sets up on first use is ready (a page read here
/// first), so that this happens before the workers start, not among them.
void warm_up_page_reader();

/// Bytes a kept page takes, roughly (strings and the elements of its vectors).
std::size_t approx_bytes(const CrawledPage& p);

}  // namespace wt::audit
