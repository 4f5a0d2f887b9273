// Built-in crawler checks that rule sets name in `crawler.probes`: properties
// of a whole site that no menu text or URL shows (its address under .vn, in
// HTTPS, inside the Sở's portal; mobile viewport, Dublin Core metadata,
// Unicode, accessibility basics, authors of posts ...). Pure: the crawled
// pages in (what each page is, an article or not, is the crawl's verdict),
// a verdict with its evidence out.
//
//   if (auto r = wt::audit::run_probe("viewport", pages, "https://thcs-a.edu.vn/"); r && r->found) ...
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/analysis/site_analysis.hpp"

namespace wt::audit {

struct ProbeResult {
  bool found = false;
  std::string url;       ///< The page (or address) that shows it.
  std::string evidence;  ///< What was measured, found or not.
};

/// The address a site is published under: `site_url`, unless that is a local
/// copy (localhost, a loopback or private IPv4 address) whose home page
/// declares an absolute canonical URL on another host: then that URL.
std::string site_address(const std::vector<CrawledPage>& pages, const std::string& site_url);

/// Runs the probe `name` over the pages (status 200 only) of the site at
/// `site_url`:
///   domain       the address is under .vn
///   https        the address, or a crawled page of its host, is https
///   member_host  the address is <school>.<sở or phòng>.edu.vn or
///                <sở>.edu.vn/<school>/; or the school's e-mail is on an
///                .edu.vn domain whose portal the site links (the Sở's system)
///   viewport     half the pages have <meta name=viewport content=width=device-width>
///   dublin_core  half the pages carry three or more DC.* elements
///   charset      95 % of the pages are UTF-8
///   accessibility  90 % of the pages have <html lang> and a heading, 90 % of images an alt
///   wcag         95 % of the pages pass the automatic checks: lang, title, alt on
///                every image, text on every link (contrast, keyboard: not measured)
///   author_source  half the posts (at least one) show their author or source
///   email_addresses, post_dates, downloadable_files: at least one mailto:,
///                post, or link to a PDF/Office/archive file
///   form_files      a link to such a file whose text or file name says it is a form
///                (mẫu đơn, đơn xin, tờ khai, biểu mẫu, phiếu đăng ký, giấy đề nghị)
///   contact_fields  a page shows an address, a phone number and an e-mail address
///   footer_fields   half the pages' footers name the unit, who is responsible, an address,
///                phone, e-mail
///   english_pages   a page declares <html lang="en">
///   search_form     a page has a search box (form role=search, input type=search or named q, s ...)
///   outbound_links  a link to another portal under .gov.vn or .edu.vn
///   print_control   a print link ("In bài", "Bản in", /print/, window.print)
///   archive_years   two or more school years (2024-2025) in links, headings, titles
///   sitemap_xml     the crawl read a sitemap.xml (facts.sitemap_url)
///   dated_documents three or more documents listed with their số ký hiệu and issue
///                date (dated_documents.hpp); where a document's own page is a post,
///                80 % of those posted within 10 working days of issue
/// nullopt for a probe this version does not know. The probes are a table
/// of small functions (probes.cpp); run_probe looks the name up in it.
std::optional<ProbeResult> run_probe(std::string_view name, const std::vector<CrawledPage>& pages,
                                     const std::string& site_url, const SiteFacts& facts = {});

/// The names run_probe knows, in the order of its table.
std::vector<std::string_view> probe_names();

}  // namespace wt::audit
