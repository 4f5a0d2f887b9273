// run_probe: the built-in crawler checks of the rule sets, dispatched by
// name through one table; the probes of where the site is published.
#include "audit/analysis/probes.hpp"

#include <algorithm>
#include <cstdlib>

#include "audit/analysis/probe_context.hpp"
#include "core/regex.hpp"

namespace wt::audit {
namespace probe_detail {
namespace {

// localhost, 127/8, 10/8, 172.16/12, 192.168/16, [::1]: a copy served locally.
bool local_host(const std::string& host) {
  if (host == "localhost" || host == "[::1]" || host.rfind("127.", 0) == 0 || host.rfind("10.", 0) == 0 ||
      host.rfind("192.168.", 0) == 0)
    return true;
  if (host.rfind("172.", 0) == 0) {
    int second = std::atoi(host.c_str() + 4);
    return second >= 16 && second <= 31;
  }
  return false;
}

/// The same site under its www. twin ("www.thcs-a.edu.vn", "thcs-a.edu.vn").
bool same_registrable(std::string_view a, std::string_view b) {
  auto bare = [](std::string_view h) { return h.substr(0, 4) == "www." ? h.substr(4) : h; };
  return bare(a) == bare(b);
}

// The school's mail on an .edu.vn domain whose portal the site links: the
// Sở (or phòng) hosts the school's mail and lists it among its members.
ProbeResult member_by_mail(const ProbeContext& c) {
  ProbeResult r;
  for (const auto* p : c.ok)
    for (const auto& mail : p->emails) {
      std::string domain = mail.substr(mail.find('@') + 1);
      if (!ends_with(domain, ".edu.vn") || domain == c.addr.host) continue;
      for (const auto* q : c.ok)
        for (const auto& l : q->links) {
          Address a = split_address(l.href);
          if (a.host.empty() || a.host == c.addr.host) continue;
          if (a.host == domain || ends_with(a.host, "." + domain)) {
            r.found = true;
            r.url = l.href;
            r.evidence = "thư điện tử của trường " + mail + " thuộc " + domain + ", và trang web liên kết tới cổng " +
                         l.href;
            return r;
          }
        }
    }
  return r;
}

struct Probe {
  std::string_view name;
  ProbeResult (*run)(const ProbeContext&);
};

// Every probe this version knows, by the name rule sets give it.
constexpr Probe kProbes[] = {
    {"domain", probe_domain},
    {"https", probe_https},
    {"member_host", probe_member_host},
    {"viewport", probe_viewport},
    {"dublin_core", probe_dublin_core},
    {"charset", probe_charset},
    {"accessibility", probe_accessibility},
    {"wcag", probe_wcag},
    {"author_source", probe_author_source},
    {"email_addresses", probe_email_addresses},
    {"post_dates", probe_post_dates},
    {"downloadable_files", probe_downloadable_files},
    {"form_files", probe_form_files},
    {"contact_fields", probe_contact_fields},
    {"footer_fields", probe_footer_fields},
    {"dated_documents", probe_dated_documents},
    {"sitemap_xml", probe_sitemap_xml},
    {"english_pages", probe_english_pages},
    {"search_form", probe_search_form},
    {"outbound_links", probe_outbound_links},
    {"print_control", probe_print_control},
    {"archive_years", probe_archive_years},
};

const Probe* find_probe(std::string_view name) {
  for (const auto& p : kProbes)
    if (p.name == name) return &p;
  return nullptr;
}

}  // namespace

Address split_address(std::string_view url) {
  Address a;
  size_t colon = url.find("://");
  if (colon == std::string_view::npos) return a;
  a.scheme = std::string(url.substr(0, colon));
  size_t start = colon + 3;
  size_t end = url.find_first_of("/?#", start);
  std::string authority(url.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
  if (size_t at = authority.rfind('@'); at != std::string::npos) authority.erase(0, at + 1);
  if (!authority.empty() && authority[0] == '[') {
    a.host = authority.substr(0, authority.find(']') + 1);
  } else {
    a.host = authority.substr(0, authority.find(':'));
  }
  a.path = end == std::string_view::npos ? "/" : std::string(url.substr(end));
  for (auto* s : {&a.scheme, &a.host})
    for (char& ch : *s)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return a;
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::string percent(size_t part, size_t whole) { return std::to_string(part) + "/" + std::to_string(whole); }

ProbeResult share_of_pages(const ProbeContext& c, double share, const std::string& what,
                           const std::function<bool(const CrawledPage&)>& test) {
  ProbeResult r;
  size_t pass = 0;
  for (const auto* p : c.ok)
    if (test(*p)) {
      if (r.url.empty()) r.url = p->url;
      ++pass;
    }
  r.found = !c.ok.empty() && pass >= share * static_cast<double>(c.ok.size());
  r.evidence = percent(pass, c.ok.size()) + " trang " + what;
  return r;
}

ProbeResult probe_domain(const ProbeContext& c) {
  ProbeResult r;
  r.found = ends_with(c.addr.host, ".vn");
  r.url = c.address;
  r.evidence = "địa chỉ " + c.address + c.declared + (r.found ? "" : " không") + " thuộc tên miền .vn";
  return r;
}

ProbeResult probe_https(const ProbeContext& c) {
  ProbeResult r;
  r.found = c.addr.scheme == "https";
  r.url = c.address;
  for (const auto* p : c.ok) {
    Address a = split_address(p->url);
    if (!r.found && a.scheme == "https" && a.host == c.addr.host) r.found = true, r.url = p->url;
  }
  r.evidence = r.found ? "dùng HTTPS: " + r.url + c.declared : "không trang nào của " + c.addr.host + " dùng HTTPS";
  return r;
}

ProbeResult probe_member_host(const ProbeContext& c) {
  // The patterns of the rule sets' generator (site_field base_url).
  static const Regex sub(R"(^https?://[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z0-9-]+\.edu\.vn(:[0-9]+)?(/|$))");
  static const Regex under(R"(^https?://[a-z0-9-]+\.edu\.vn(:[0-9]+)?/[^/]+)");
  const std::string lowered = c.addr.scheme + "://" + c.addr.host + c.addr.path;
  ProbeResult r;
  if (sub.contains(lowered) || under.contains(lowered)) {
    r.found = true;
    r.url = c.address;
    r.evidence = "địa chỉ " + c.address + c.declared + " nằm trong cổng .edu.vn";
    return r;
  }
  r = member_by_mail(c);
  if (!r.found)
    r.evidence = "địa chỉ " + c.address + " không thuộc tên miền .edu.vn của Sở hay phòng, và không có thư điện tử"
                 " trên tên miền đó kèm liên kết tới cổng";
  return r;
}

// Links to the portals of superior or member units: another host under
// .gov.vn or .edu.vn.
ProbeResult probe_outbound_links(const ProbeContext& c) {
  ProbeResult r;
  for (const auto* p : c.ok)
    for (const auto& l : p->links) {
      Address a = split_address(l.href);
      if (a.host.empty() || a.host == c.addr.host || same_registrable(a.host, c.addr.host)) continue;
      if (ends_with(a.host, ".gov.vn") || ends_with(a.host, ".edu.vn")) {
        r.found = true;
        r.url = l.href;
        r.evidence = "liên kết tới cổng " + a.host + " trên " + p->url;
        return r;
      }
    }
  r.evidence = "không có liên kết tới cổng .gov.vn hay .edu.vn nào khác";
  return r;
}

}  // namespace probe_detail

std::string site_address(const std::vector<CrawledPage>& pages, const std::string& site_url) {
  using probe_detail::Address;
  Address seed = probe_detail::split_address(site_url);
  if (!probe_detail::local_host(seed.host)) return site_url;
  const CrawledPage* home = nullptr;
  for (const auto& p : pages)
    if (p.url == site_url) home = &p;
  if (!home && !pages.empty()) home = &pages.front();
  if (!home || home->canonical.empty()) return site_url;
  Address c = probe_detail::split_address(home->canonical);
  if (c.host.empty() || c.host == seed.host) return site_url;
  return home->canonical;
}

std::vector<std::string_view> probe_names() {
  std::vector<std::string_view> names;
  for (const auto& p : probe_detail::kProbes) names.push_back(p.name);
  return names;
}

std::optional<ProbeResult> run_probe(std::string_view name, const std::vector<CrawledPage>& pages,
                                     const std::string& site_url, const SiteFacts& facts) {
  const probe_detail::Probe* probe = probe_detail::find_probe(name);
  if (!probe) return std::nullopt;
  probe_detail::ProbeContext c{pages, {}, site_url, site_address(pages, site_url), {}, "", facts};
  for (const auto& p : pages)
    if (p.status == 200) c.ok.push_back(&p);
  c.addr = probe_detail::split_address(c.address);
  if (c.address != site_url) c.declared = " (theo liên kết canonical của trang chủ)";
  return probe->run(c);
}

}  // namespace wt::audit
