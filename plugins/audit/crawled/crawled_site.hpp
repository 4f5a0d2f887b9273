// What the crawl of one site produced (crawl/crawler.hpp), handed to the
// analysis (analysis/site_analysis.hpp) and, for how the crawl went, to the
// reports: the pages read (crawled_page.hpp), the dated posts, and the
// crawl's own notes (requests, robots.txt, refusals, caps, failure).
// Plain data: no network, no parsing.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "audit/crawled/crawled_page.hpp"
#include "audit/crawled/page_memo.hpp"

namespace wt::audit {

/// A dated article of the site.
struct PostItem {
  std::string url;
  std::string date;    ///< RFC 3339 or any wt::parse_date format; "" when unknown.
  std::string source;  ///< sitemap | feed | meta | json-ld | time | text
};

/// A URL the crawler would not fetch, and why (a redirect off the site, an
/// address it may not connect to, a sitemap on another site ...).
struct RefusedUrl {
  std::string url;
  std::string reason;  ///< "redirect to another site", "cloud metadata address 169.254.169.254" ...
};

/// Refusals kept per site (the count goes on).
inline constexpr int kMaxRefusalsKept = 100;

/// A memory cap (docs/audit.md "Memory") the crawl of a site reached.
struct CapNote {
  std::string cap;      ///< Per page: "links_per_page", "items_per_page", "html_per_page"; per site:
                        ///< "seen_urls", "frontier", "dated_urls", "site_bytes".
  long long limit = 0;  ///< The cap.
  long long count = 0;  ///< Per page caps: pages cut; per site caps: 1 (the crawl of the site stopped).
};

/// One line for reports: "cap reached: 32 MiB of page data kept; the crawl
/// of the site stopped there", "3 page(s) had more than 2000 links: the rest
/// were not read".
std::string describe_cap(const CapNote& note);

/// Why a site's results are incomplete or missing. The other sites of the
/// audit are reported as usual; `webtruong audit` then exits 1.
struct SiteError {
  std::string kind;   ///< "crawl-error" (unreachable, nothing fetched), "cap-reached", "internal-error".
  std::string what;   ///< What happened, in English ("the site cannot be reached (connection refused)").
  std::string where;  ///< Where: the URL being handled, or "analysis".
  /// What the site's entry still measures: any of "pages", "sections",
  /// "posts", "score" (the figures of the pages read before the failure); empty: nothing.
  std::vector<std::string> measured;
};

/// What was fetched of one site, before analysis.
struct CrawlData {
  std::string seed;                  ///< Normalised.
  std::vector<CrawledPage> pages;    ///< HTML pages fetched (any status), by final URL, first fetch of each.
  int html_ok = 0;                   ///< Distinct HTML pages with status 200.
  std::vector<PostItem> posts;       ///< Dated articles, best source per URL (one per canonical address).
  std::string home_title;
  std::string sitemap_url;           ///< First sitemap fetched with 200 and read.
  int requests = 0;                  ///< Responses received for the site.
  /// The budget that left pages found and not fetched: "max-pages" or
  /// "max-requests"; "" when every page found was fetched.
  std::string stopped_by;
  bool robots_blocked = false;       ///< robots.txt unreachable: nothing crawled.
  int robots_status = 0;             ///< HTTP status of the last robots.txt answer (0: none).
  std::string robots_error;          ///< Why robots.txt could not be fetched ("connection refused"...).
  long crawl_delay_ms = 0;           ///< robots.txt Crawl-delay applied (0: none, or not above --delay).
  /// Pages that could not be read, by requested URL, with the fetcher's
  /// reason ("too many redirects", "body too large", "timeout" ...); at
  /// most kMaxRefusalsKept.
  std::vector<std::pair<std::string, std::string>> failures;
  bool robots_truncated = false;     ///< robots.txt was cut at robots_max_bytes.
  std::vector<RefusedUrl> refused;   ///< What was not fetched and why (the first kMaxRefusalsKept).
  int refused_count = 0;             ///< All refusals.
  std::vector<CapNote> limits;       ///< Caps reached.
  std::optional<SiteError> error;    ///< The crawl of the site failed (a cap, an internal error).
  std::size_t bytes = 0;             ///< Estimated bytes of the page data and dated URLs kept.
  BodyCounts bodies;                 ///< Bodies read, and pages spared by a 304 (conditional recrawl).
  /// Pages answered 200 (or 304 with stored facts) with an ETag or a
  /// Last-Modified, with their facts, for the next conditional crawl.
  std::vector<PageMemo> memos;
};

/// The "crawl-error" of a site of which nothing could be measured: robots.txt
/// never answered (or kept answering 5xx), or no page was answered 200;
/// nullopt when something was.
std::optional<SiteError> crawl_failure(const CrawlData& data);

}  // namespace wt::audit
