// Crawler audit (issue 4, the crawl loop): fetches one or many sites through
// an HttpClient and reads each page (page_reader.hpp) into the CrawlData of
// its site (crawled/crawled_site.hpp), which the analysis then measures
// (analysis/site_analysis.hpp). The crawl never analyses; it declares what
// each page is (PageKind).
//
// Per site: /robots.txt first (RFC 9309 status policy; an unreachable robots
// file means nothing is crawled), then the sitemaps it lists and /sitemap.xml
// (indexes followed, bounded), the home page, the feeds the home page links
// (<link rel=alternate type=rss/atom> and <a> to .rss/.xml/feed URLs), then a
// best-first crawl within scope (same_site) and traps (TrapGuard), honouring
// robots.txt, <meta robots nofollow> and rel=nofollow (issue 14): pages wait
// in a frontier ranked by where each link was found and its URL's shape
// (frontier.hpp, link_rank.hpp: menus and list pages, then the articles they
// list, then the rest; links into folders where fetches failed last), and
// only a few per site are in flight, so a list page found late still goes
// before a dead link found early. URLs from sitemaps and feeds join the
// frontier too. Two budgets per site: max_pages HTML pages answered 200,
// and max_requests requests of any answer; CrawlData::stopped_by says which
// one left pages unfetched. Dates per URL: news
// sitemap publication date > feed > meta > JSON-LD > <time> > page text. A
// page is an article (a post) when a news sitemap or a feed lists it, or when
// detect_article (article_detect.hpp) judges it one article, and a date is
// known; never when it is a listing (pagination, tag, category, archive).
// Sitemap <lastmod> is a modification date: it neither dates a post nor
// makes one.
//
// Safe to run against sites nobody vouches for (issue 10): every request
// carries its site, so the fetcher's redirect check keeps each hop on the
// site (same_site) and its socket check keeps connections to public
// addresses and the seed's own; sitemaps on another site are refused; every
// refusal is kept with its reason. Memory is capped per page (links and
// dated items read), per site (the seen set, hashes only; the frontier; the
// dated URLs; the page data kept) and in all (sites_at_once sites at a time,
// each analysed and released as soon as it is done; the probed sites waiting
// for their crawl within max_probed_bytes). A site that fails (a
// cap reached, an exception while handling it, nothing reachable) carries a
// SiteError; the other sites go on.
//
// Many sites (a list): at most sites_at_once are crawled at a time, and the
// largest go first, since the run lasts at least as long as its largest
// site (site_schedule.hpp). The first sites_at_once start at once; the
// others are probed meanwhile, in list order: their robots.txt and sitemaps
// are read (the same requests, rules, caps and per-host delay as a crawl's
// first steps; no page), and the site waits with what it read. As a crawl
// ends, the probed site whose sitemaps list the most pages starts, its crawl
// going on from its probe's frontier (nothing is asked for twice) with its
// --budget counted from then. A site whose sitemaps list no page counts as
// the median size of the sites known. done(i, ...) still names each seed
// by its index in `seeds`.
//
//   auto client = wt::audit::make_curl_http_client(fetch_options);
//   wt::audit::crawl_sites(*client, seeds, options, [&](size_t i, wt::audit::CrawlData data) {
//     results[i] = wt::audit::analyse_site(data, setup);   // analysis/site_analysis.hpp
//   });
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "audit/crawled/crawled_site.hpp"
#include "audit/crawled/page_memo.hpp"
#include "audit/fetch/http_client.hpp"

namespace wt::audit {

struct CrawlOptions {
  int max_pages = 500;        ///< HTML pages answered 200 per site (product.md); then the crawl of the site ends.
  int max_requests = 0;       ///< Page requests per site whatever their answer (errors, each redirect hop,
                              ///< non-HTML files); robots.txt, sitemaps and feeds are bounded by max_sitemaps
                              ///< and max_feeds. Pages stop being fetched there. 0: 2 x max_pages.
  long delay_ms = 1000;       ///< Per host, between requests.
  int concurrency = 8;        ///< Transfers at once in all.
  int per_host = 1;           ///< Transfers at once per host.
  double site_budget = 900;   ///< Wall-clock seconds per host (0 = none).
  int max_sitemaps = 50;      ///< Sitemap files fetched per site (indexes included).
  int max_feeds = 5;          ///< Feeds fetched per site.
  int default_tz = 7 * 60;    ///< Minutes east of UTC for dates without an offset.
  std::string posts_since;    ///< First day of the posting window (yyyy-mm-dd): pages known to be older
                              ///< (a sitemap <lastmod> before it, the articles of a list page whose every
                              ///< date is before it) are fetched last. Empty: no page is known to be older.
  int robots_retries = 2;     ///< robots.txt answered 5xx (or unreachable): asked again this many times,
  long robots_retry_ms = 15000;  ///< after this wait, doubled each time; then the site is not crawled.
  bool progress = true;       ///< A progress line on stderr, only when it is a terminal.
  std::string user_agent = FetchOptions{}.user_agent;
  std::string ca_file;        ///< FetchOptions::ca_file (--ca-file).
  std::string proxy;          ///< FetchOptions::proxy (--proxy); empty: none, whatever the environment says.

  // Memory caps (docs/audit.md "Memory"). Per page: reached, the page is
  // cut and the site's report notes it. Per site: reached, the crawl of the
  // site stops there and the site fails with "cap-reached" (what was read
  // before is still measured).
  std::size_t robots_max_bytes = 500 * 1024;  ///< robots.txt read (RFC 9309 2.5), the rest ignored.
  std::size_t max_links_per_page = 2000;      ///< Links read of one page.
  std::size_t max_items_per_page = 500;       ///< Headings, <time>s and date metas read of one page, each.
  std::size_t max_link_text = 512;            ///< Bytes of a link's text kept.
  std::size_t max_seen_urls = 100'000;        ///< Distinct links a site's crawl looks at (hashes, 16 to 32 B each).
  std::size_t max_frontier_bytes = 8u << 20;  ///< URLs of a site's pages queued and not fetched yet (a 10,000-post
                                              ///< school site queues about 1 MiB; 4,000 URLs of 2,000 bytes fill it).
  std::size_t max_dated_urls = 100'000;       ///< URLs dated by a site's sitemaps and feeds.
  std::size_t max_parse_bytes = 4u << 20;     ///< HTML of one page parsed (after decoding); the rest not read.
  std::size_t parse_budget_bytes = 8u << 20;  ///< HTML being parsed at once by all the parse workers.
  std::size_t max_site_bytes = 32u << 20;     ///< Page data and dated URLs kept per site for its analysis (estimated).
  int sites_at_once = 32;                     ///< Sites crawled at the same time; the next starts when one ends.
  std::size_t max_probed_bytes = 64u << 20;   ///< What the sites probed ahead and waiting for their crawl keep
                                              ///< (robots.txt, dated URLs, frontier; estimated), in all: past
                                              ///< it, no more site is probed until one starts.

  /// Conditional recrawls (--db): the pages an earlier crawl of the site
  /// (its normalised seed) kept, asked for again with If-None-Match /
  /// If-Modified-Since; on 304 Not Modified their stored facts are read
  /// instead of the page. Called as each site starts. Unset: every page is
  /// fetched whole. The home page is always fetched whole (it leads to the
  /// feeds and the menu), as are robots.txt, sitemaps and feeds.
  std::function<std::vector<PageMemo>(const std::string& seed)> recall;
};

/// Crawls every seed through `client`, at most options.sites_at_once at a
/// time (the largest probed first), and calls `done(i, data)` for seed i as
/// soon as its crawl is over (on the calling thread; each seed once, in the
/// order they finish).
using SiteDone = std::function<void(std::size_t index, CrawlData data)>;
void crawl_sites(HttpClient& client, const std::vector<std::string>& seeds, const CrawlOptions& options,
                 const SiteDone& done);

/// The same, returning one CrawlData per seed in order.
std::vector<CrawlData> crawl_sites(HttpClient& client, const std::vector<std::string>& seeds,
                                   const CrawlOptions& options);

}  // namespace wt::audit
