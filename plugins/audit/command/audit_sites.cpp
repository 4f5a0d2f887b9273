#include "audit/command/audit_sites.hpp"

#include <exception>

namespace wt::audit {
namespace {

FetchOptions fetch_options(const CrawlOptions& options) {
  FetchOptions fo;
  fo.user_agent = options.user_agent;
  fo.ca_file = options.ca_file;
  fo.proxy = options.proxy;
  fo.delay_ms = options.delay_ms;
  fo.concurrency = options.concurrency;
  fo.per_host = options.per_host;
  fo.host_budget = options.site_budget;
  return fo;
}

}  // namespace

std::vector<SiteResult> audit_sites(const std::vector<std::string>& seeds, const AuditSetup& setup,
                                    const CrawlOptions& options, const std::vector<SiteOverrides>& per_site) {
  auto client = make_curl_http_client(fetch_options(options));
  std::vector<SiteResult> out(seeds.size());
  crawl_sites(*client, seeds, options, [&](size_t i, CrawlData data) {
    std::vector<PageMemo> memos = std::move(data.memos);
    try {
      out[i] = analyse_site(data, setup, i < per_site.size() ? per_site[i] : SiteOverrides{});
    } catch (const std::exception& e) {
      out[i] = failed_analysis(data, e.what());
    }
    out[i].memos = std::move(memos);
  });
  return out;
}

}  // namespace wt::audit
