#include "audit/crawl/page_reader.hpp"

#include <algorithm>
#include <cctype>

#include "audit/crawl/contact_facts.hpp"
#include "audit/crawl/dated_documents.hpp"
#include "audit/crawl/listed_dates.hpp"
#include "audit/html/charset.hpp"
#include "audit/html/feed_links.hpp"
#include "audit/html/page_extract.hpp"
#include "audit/url/url.hpp"
#include "core/utf8.hpp"

namespace wt::audit {
namespace {

// decode_html's text is valid UTF-8: extract_page need not check it again.
ExtractOptions extract_options(const PageLimits& limits) {
  ExtractOptions e;
  e.input_is_utf8 = true;
  e.max_links = limits.max_links;
  e.max_items = limits.max_items;
  e.max_input_bytes = limits.max_parse_bytes;
  return e;
}

// contact_facts of the last footer read: the pages of a site share theirs.
struct FooterFacts {
  bool known = false;
  std::string text;
  ContactFacts facts;
  bool unit = false;  ///< It names the school or office.
};

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

void read_meta(const std::string& url, const PageInfo& info, const std::string& encoding, CrawledPage& page) {
  if (!info.canonical.empty())
    if (auto c = normalize_link(url, info.canonical)) page.canonical = *c;
  page.encoding = encoding;
  page.lang = !info.lang.empty();
  page.language = lower(info.lang.substr(0, info.lang.find_first_of("-_")));
  std::string viewport = lower(info.viewport);
  viewport.erase(std::remove(viewport.begin(), viewport.end(), ' '), viewport.end());
  page.viewport = viewport.find("width=device-width") != std::string::npos;
  page.dublin_core = static_cast<int>(info.dublin_core);
  page.images = static_cast<int>(info.images);
  page.images_without_alt = static_cast<int>(info.images_without_alt);
  page.author = shows_author_or_source(info);
  page.search_form = info.search_form;
}

// mailto: addresses, lower-cased, each once.
void read_emails(const PageInfo& info, CrawledPage& page) {
  for (const auto& l : info.links) {
    if (l.href.size() < 8 || !std::equal(l.href.begin(), l.href.begin() + 7, "mailto:", [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == b;
        }))
      continue;
    const size_t query = l.href.find('?');
    std::string mail = lower(l.href.substr(7, query == std::string::npos ? std::string::npos : query - 7));
    if (mail.find('@') != std::string::npos && std::find(page.emails.begin(), page.emails.end(), mail) == page.emails.end())
      page.emails.push_back(mail);
  }
}

// Contact details shown: in the main text or the footer (a mailto: link
// counts as an e-mail address shown). `footer_facts` remembers the facts of
// the last footer (the same on most pages).
void read_contacts(const PageInfo& info, FooterFacts& footer_facts, CrawledPage& page) {
  if (!footer_facts.known || footer_facts.text != info.footer_text) {
    footer_facts.known = true;
    footer_facts.text = info.footer_text;
    footer_facts.facts = contact_facts(info.footer_text);
    footer_facts.unit = names_education_unit(info.footer_text);
  }
  const ContactFacts footer = footer_facts.facts;
  // The text is read only for what the footer does not show.
  ContactFacts body;
  if (!footer.address || !footer.phone || (!footer.email && page.emails.empty())) body = contact_facts(info.text);
  page.footer_address = footer.address;
  page.footer_phone = footer.phone;
  page.footer_email = footer.email;
  page.footer_responsible = footer.responsible;
  page.footer_unit = footer_facts.unit;
  page.contact_address = body.address || footer.address;
  page.contact_phone = body.phone || footer.phone;
  page.contact_email = body.email || footer.email || !page.emails.empty();
}

// The links resolved against `url` (moved, not copied: the link texts are
// not read again), with whether each may be followed and, on a list page,
// the day its card shows (`days`, per info.links).
void read_links(const std::string& url, PageInfo& info, const PageLimits& limits, std::vector<std::string>& days,
                PageRead& out) {
  thread_local LinkNormalizer normalize_links;  // menus: the same links on every page
  CrawledPage& page = out.page;
  page.links.reserve(info.links.size());
  out.follow.reserve(info.links.size());
  for (size_t i = 0; i < info.links.size(); ++i) {
    auto& l = info.links[i];
    auto abs = normalize_links(url, l.href);
    if (!abs) continue;
    if (!days.empty()) out.card_days.push_back(std::move(days[i]));
    if (l.text.size() > limits.max_link_text) l.text.resize(utf8_prefix(l.text, limits.max_link_text).size());
    page.links.push_back({std::move(*abs), std::move(l.text), l.in_nav});
    out.follow.push_back(!info.nofollow && !l.nofollow);
  }
}

}  // namespace

PageRead read_page(const Response& r, const PageLimits& limits, int64_t now_epoch, ByteBudget& budget) {
  PageRead p;
  DecodedHtml decoded = decode_html(r.body, r.content_type);
  p.cut = decoded.text.size() > limits.max_parse_bytes;
  PageInfo info;
  {
    // The tree is the big part of a parse: the workers share a budget for it.
    ByteBudget::Hold hold(budget, std::min(decoded.text.size(), limits.max_parse_bytes));
    info = extract_page(decoded.text, extract_options(limits));
  }
  p.links_dropped = info.links_dropped;
  p.items_dropped = info.items_dropped;
  p.url = normalize(r.url);
  if (!p.url) return p;
  const std::string& url = *p.url;
  thread_local FooterFacts footer;  // the same footer on every page
  for (const auto& f : feed_links(decoded.text))
    if (auto abs = normalize_link(url, f)) p.feeds.push_back(std::move(*abs));
  p.verdict = detect_article(url, info, limits.default_tz, now_epoch);
  std::vector<std::string> days;
  if (p.verdict.listing) {
    p.newest_listed = newest_listed_day(info, limits.default_tz, now_epoch);
    days = card_days(info, limits.default_tz, now_epoch);
  }
  CrawledPage& page = p.page;
  page.url = url;
  page.title = info.title;
  page.status = static_cast<int>(r.status);
  for (const auto& h : info.headings) page.headings.push_back(h.text);
  read_meta(url, info, decoded.encoding, page);
  read_emails(info, page);
  read_contacts(info, footer, page);
  page.documents = find_dated_documents(info.text, limits.default_tz, now_epoch);
  read_links(url, info, limits, days, p);
  return p;
}

void warm_up_page_reader() { extract_page(decode_html("<title>\xc3\xa9</title>", "text/html; charset=utf-8").text); }

size_t approx_bytes(const CrawledPage& p) {
  size_t n = sizeof(CrawledPage) + p.url.size() + p.title.size() + p.canonical.size() + p.encoding.size() +
             p.language.size() + p.posted.size();
  for (const auto& h : p.headings) n += sizeof(std::string) + h.size();
  for (const auto& l : p.links) n += sizeof(CrawledLink) + l.href.size() + l.text.size();
  for (const auto& e : p.emails) n += sizeof(std::string) + e.size();
  for (const auto& d : p.documents) n += sizeof(DatedDocument) + d.number.size() + d.issued.size();
  return n;
}

}  // namespace wt::audit
