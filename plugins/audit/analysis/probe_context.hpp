// Internal to analysis/: what every probe (probes.hpp) reads, computed once
// per run_probe, and the helpers the probes share. Each probe is a small
// function of a ProbeContext, listed by name in the table of probes.cpp.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/analysis/probes.hpp"

namespace wt::audit::probe_detail {

/// An address cut into its parts: lower-case scheme and host, the path from the first '/'.
struct Address {
  std::string scheme, host, path;
};

Address split_address(std::string_view url);

bool ends_with(std::string_view s, std::string_view tail);

/// "3/4": part of whole.
std::string percent(size_t part, size_t whole);

struct ProbeContext {
  const std::vector<CrawledPage>& pages;
  std::vector<const CrawledPage*> ok;  ///< The pages answered 200, in crawl order.
  std::string site_url;                ///< As audited.
  std::string address;                 ///< site_address(): where the site is published.
  Address addr;                        ///< `address`, split.
  std::string declared;                ///< " (theo liên kết canonical của trang chủ)" when address != site_url.
  const SiteFacts& facts;
};

/// At least `share` of the pages answered 200 pass `test`; the evidence names the first that does.
ProbeResult share_of_pages(const ProbeContext& c, double share, const std::string& what,
                           const std::function<bool(const CrawledPage&)>& test);

// The probes, by the name rule sets give them (probes.hpp says what each measures).
// Where the site is published (probes.cpp):
ProbeResult probe_domain(const ProbeContext& c);
ProbeResult probe_https(const ProbeContext& c);
ProbeResult probe_member_host(const ProbeContext& c);
ProbeResult probe_outbound_links(const ProbeContext& c);
// Properties of most pages (probes_pages.cpp):
ProbeResult probe_viewport(const ProbeContext& c);
ProbeResult probe_dublin_core(const ProbeContext& c);
ProbeResult probe_charset(const ProbeContext& c);
ProbeResult probe_accessibility(const ProbeContext& c);
ProbeResult probe_wcag(const ProbeContext& c);
ProbeResult probe_footer_fields(const ProbeContext& c);
ProbeResult probe_english_pages(const ProbeContext& c);
ProbeResult probe_search_form(const ProbeContext& c);
// What the pages hold (probes_content.cpp):
ProbeResult probe_author_source(const ProbeContext& c);
ProbeResult probe_email_addresses(const ProbeContext& c);
ProbeResult probe_post_dates(const ProbeContext& c);
ProbeResult probe_downloadable_files(const ProbeContext& c);
ProbeResult probe_form_files(const ProbeContext& c);
ProbeResult probe_contact_fields(const ProbeContext& c);
ProbeResult probe_dated_documents(const ProbeContext& c);
ProbeResult probe_sitemap_xml(const ProbeContext& c);
ProbeResult probe_print_control(const ProbeContext& c);
ProbeResult probe_archive_years(const ProbeContext& c);

}  // namespace wt::audit::probe_detail
