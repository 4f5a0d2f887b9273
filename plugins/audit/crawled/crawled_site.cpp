#include "audit/crawled/crawled_site.hpp"

#include "audit/url/url.hpp"

namespace wt::audit {
namespace {

/// 33554432 -> "32 MiB", 262144 -> "256 KiB", 1000 -> "1000 bytes".
std::string byte_size(long long n) {
  if (n >= (1 << 20) && n % (1 << 20) == 0) return std::to_string(n >> 20) + " MiB";
  if (n >= 1024 && n % 1024 == 0) return std::to_string(n >> 10) + " KiB";
  return std::to_string(n) + " bytes";
}

}  // namespace

std::string_view page_kind_name(PageKind kind) {
  switch (kind) {
    case PageKind::Article: return "article";
    case PageKind::Listing: return "listing";
    case PageKind::Other: break;
  }
  return "other";
}

std::string describe_cap(const CapNote& n) {
  const std::string limit = std::to_string(n.limit), count = std::to_string(n.count);
  const std::string stopped = "; the crawl of the site stopped there";
  if (n.cap == "links_per_page") return count + " page(s) had more than " + limit + " links: the rest were not read";
  if (n.cap == "items_per_page")
    return count + " page(s) had more than " + limit + " headings, times or date metas: the rest were not read";
  if (n.cap == "html_per_page")
    return count + " page(s) had more than " + byte_size(n.limit) + " of HTML: the rest was not read";
  if (n.cap == "seen_urls") return "cap reached: " + limit + " distinct links seen" + stopped;
  if (n.cap == "frontier") return "cap reached: " + byte_size(n.limit) + " of addresses waiting to be fetched" + stopped;
  if (n.cap == "dated_urls") return "cap reached: " + limit + " URLs dated by sitemaps and feeds" + stopped;
  if (n.cap == "site_bytes") return "cap reached: " + byte_size(n.limit) + " of page data kept" + stopped;
  return "cap reached: " + n.cap + " (" + limit + ")";
}

std::optional<SiteError> crawl_failure(const CrawlData& data) {
  auto robots = parse_url(data.seed);
  std::string robots_url = data.seed;
  if (robots) {
    robots->path = "/robots.txt";
    robots->has_query = robots->has_fragment = false;
    robots_url = to_string(*robots);
  }
  if (data.robots_blocked && data.robots_status == 0)
    return SiteError{"crawl-error",
                     "the site cannot be reached (" + (data.robots_error.empty() ? "no answer" : data.robots_error) + ")",
                     robots_url, {}};
  if (data.robots_blocked)
    return SiteError{"crawl-error",
                     "robots.txt answered " + std::to_string(data.robots_status) +
                         " every time; the site was not crawled (RFC 9309: a server error means disallow all)",
                     robots_url, {}};
  if (data.html_ok > 0) return std::nullopt;
  std::string why = "no page could be fetched";
  for (const auto& [url, error] : data.failures)
    if (url == data.seed) why += " (the home page: " + error + ")";
  for (const auto& p : data.pages)
    if (p.url == data.seed && p.status != 200) why += " (the home page answered " + std::to_string(p.status) + ")";
  return SiteError{"crawl-error", why, data.seed, {}};
}

}  // namespace wt::audit
