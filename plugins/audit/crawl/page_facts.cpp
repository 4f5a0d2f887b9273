// write_page_facts and read_page_facts. nlohmann::json's exceptions stop
// here: a stored page that does not read as expected is no page.
#include "audit/crawl/page_facts.hpp"

#include <nlohmann/json.hpp>

#include "core/date.hpp"

namespace wt::audit {
namespace {

using nlohmann::json;

constexpr int kFactsVersion = 1;
constexpr std::size_t kMaxText = 64 * 1024;  ///< Bytes of a title, heading, URL or date text.

json date_json(const Candidate& c) {
  const DateTime& d = c.date.date;
  return json::array({std::string(date_source_name(c.source)), d.year, d.month, d.day, d.hour, d.minute, d.second,
                      d.offset_minutes, d.has_time, c.date.has_time, c.date.offset, c.date.text});
}

// Reading: every accessor throws json::exception on a wrong type, caught in read_page_facts.
struct Refused {};

const std::string& text(const json& j, std::size_t max = kMaxText) {
  const std::string& s = j.get_ref<const std::string&>();
  if (s.size() > max) throw Refused{};
  return s;
}

int number(const json& j, int lo, int hi) {
  if (!j.is_number_integer()) throw Refused{};
  const auto v = j.get<long long>();
  if (v < lo || v > hi) throw Refused{};
  return static_cast<int>(v);
}

bool flag(const json& j) { return j.get<bool>(); }

const json& array(const json& j, std::size_t max) {
  if (!j.is_array() || j.size() > max) throw Refused{};
  return j;
}

Candidate read_date(const json& a) {
  if (!a.is_array() || a.size() != 12) throw Refused{};
  Candidate c;
  auto source = parse_date_source(text(a[0]));
  if (!source) throw Refused{};
  c.source = *source;
  DateTime& d = c.date.date;
  d.year = number(a[1], 1, 9999);
  d.month = number(a[2], 1, 12);
  d.day = number(a[3], 1, 31);
  if (!is_valid_calendar_date(d.year, d.month, d.day)) throw Refused{};
  d.hour = number(a[4], 0, 23);
  d.minute = number(a[5], 0, 59);
  d.second = number(a[6], 0, 60);
  d.offset_minutes = number(a[7], -14 * 60, 14 * 60);
  d.has_time = flag(a[8]);
  c.date.has_time = flag(a[9]);
  c.date.offset = static_cast<std::size_t>(number(a[10], 0, 1 << 30));
  c.date.text = text(a[11]);
  return c;
}

CrawledPage read_page(const json& p, const PageLimits& limits) {
  CrawledPage page;
  page.url = text(p.at("url"));
  page.title = text(p.at("title"));
  for (const auto& h : array(p.at("headings"), limits.max_items)) page.headings.push_back(text(h));
  for (const auto& l : array(p.at("links"), limits.max_links)) {
    if (!l.is_array() || l.size() != 3) throw Refused{};
    page.links.push_back({text(l[0]), text(l[1], limits.max_link_text), flag(l[2])});
  }
  page.canonical = text(p.at("canonical"));
  page.encoding = text(p.at("encoding"), 64);
  page.lang = flag(p.at("lang"));
  page.language = text(p.at("language"), 16);
  page.viewport = flag(p.at("viewport"));
  page.dublin_core = number(p.at("dublin_core"), 0, 1000);
  page.images = number(p.at("images"), 0, 1 << 24);
  page.images_without_alt = number(p.at("images_without_alt"), 0, page.images);
  page.author = flag(p.at("author"));
  for (const auto& e : array(p.at("emails"), limits.max_items)) page.emails.push_back(text(e, 320));
  page.search_form = flag(p.at("search_form"));
  const json& contact = array(p.at("contact"), 3);
  const json& footer = array(p.at("footer"), 5);
  if (contact.size() != 3 || footer.size() != 5) throw Refused{};
  page.contact_address = flag(contact[0]);
  page.contact_phone = flag(contact[1]);
  page.contact_email = flag(contact[2]);
  page.footer_address = flag(footer[0]);
  page.footer_phone = flag(footer[1]);
  page.footer_email = flag(footer[2]);
  page.footer_responsible = flag(footer[3]);
  page.footer_unit = flag(footer[4]);
  for (const auto& d : array(p.at("documents"), limits.max_items)) {
    if (!d.is_array() || d.size() != 2) throw Refused{};
    page.documents.push_back({text(d[0], 256), text(d[1], 10)});
  }
  return page;  // status 200, kind Other: as read_page returns it
}

}  // namespace

std::string write_page_facts(const PageRead& read) {
  const CrawledPage& p = read.page;
  json links = json::array(), documents = json::array(), dates = json::array(), follow = json::array();
  for (const auto& l : p.links) links.push_back(json::array({l.href, l.text, l.in_nav}));
  for (const auto& d : p.documents) documents.push_back(json::array({d.number, d.issued}));
  for (const auto& c : read.verdict.dates) dates.push_back(date_json(c));
  for (bool f : read.follow) follow.push_back(f ? 1 : 0);
  json page = {{"url", p.url},
               {"title", p.title},
               {"headings", p.headings},
               {"links", std::move(links)},
               {"canonical", p.canonical},
               {"encoding", p.encoding},
               {"lang", p.lang},
               {"language", p.language},
               {"viewport", p.viewport},
               {"dublin_core", p.dublin_core},
               {"images", p.images},
               {"images_without_alt", p.images_without_alt},
               {"author", p.author},
               {"emails", p.emails},
               {"search_form", p.search_form},
               {"contact", json::array({p.contact_address, p.contact_phone, p.contact_email})},
               {"footer", json::array({p.footer_address, p.footer_phone, p.footer_email, p.footer_responsible,
                                       p.footer_unit})},
               {"documents", std::move(documents)}};
  json out = {{"v", kFactsVersion},
              {"url", read.url.value_or("")},
              {"page", std::move(page)},
              {"follow", std::move(follow)},
              {"feeds", read.feeds},
              {"verdict",
               {{"article", read.verdict.article},
                {"listing", read.verdict.listing},
                {"reason", read.verdict.reason},
                {"dates", std::move(dates)}}},
              {"links_dropped", read.links_dropped},
              {"items_dropped", read.items_dropped},
              {"cut", read.cut}};
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<PageRead> read_page_facts(const std::string& text_in, const PageLimits& limits) {
  if (text_in.size() > kMaxPageFactsBytes) return std::nullopt;
  const json j = json::parse(text_in, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return std::nullopt;
  try {
    if (number(j.at("v"), kFactsVersion, kFactsVersion) != kFactsVersion) return std::nullopt;
    PageRead r;
    const std::string& url = text(j.at("url"));
    if (url.empty()) return std::nullopt;
    r.url = url;
    r.page = read_page(j.at("page"), limits);
    for (const auto& f : array(j.at("follow"), limits.max_links)) r.follow.push_back(number(f, 0, 1) == 1);
    if (r.follow.size() != r.page.links.size()) return std::nullopt;
    for (const auto& f : array(j.at("feeds"), 64)) r.feeds.push_back(text(f));
    const json& v = j.at("verdict");
    r.verdict.article = flag(v.at("article"));
    r.verdict.listing = flag(v.at("listing"));
    r.verdict.reason = text(v.at("reason"), 1024);
    for (const auto& d : array(v.at("dates"), limits.max_items)) r.verdict.dates.push_back(read_date(d));
    r.links_dropped = static_cast<std::size_t>(number(j.at("links_dropped"), 0, 1 << 30));
    r.items_dropped = static_cast<std::size_t>(number(j.at("items_dropped"), 0, 1 << 30));
    r.cut = flag(j.at("cut"));
    return r;
  } catch (const json::exception&) {
    return std::nullopt;
  } catch (const Refused&) {
    return std::nullopt;
  }
}

}  // namespace wt::audit
