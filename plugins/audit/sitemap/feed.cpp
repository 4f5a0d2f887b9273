#include "audit/sitemap/feed.hpp"

#include <array>
#include <cctype>

#include "audit/sitemap/xml_body.hpp"

namespace wt::audit {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool all_of(std::string_view s, int (*pred)(int)) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!pred(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

/// 1..12 for an English month name or its three-letter abbreviation ("Sept" too).
int month_of(std::string_view token) {
  static constexpr std::array<std::string_view, 12> full = {"january", "february", "march", "april", "may", "june",
                                                            "july", "august", "september", "october", "november", "december"};
  if (token.size() < 3 || !all_of(token, isalpha)) return 0;
  const std::string t = lower(token);
  for (std::size_t i = 0; i < full.size(); ++i) {
    if (t.size() <= full[i].size() && full[i].substr(0, t.size()) == t) return static_cast<int>(i) + 1;
  }
  return 0;
}

bool is_weekday(std::string_view token) {
  static constexpr std::array<std::string_view, 7> full = {"monday", "tuesday", "wednesday", "thursday",
                                                           "friday", "saturday", "sunday"};
  if (token.size() < 3 || !all_of(token, isalpha)) return false;
  const std::string t = lower(token);
  for (auto f : full) {
    if (t.size() <= f.size() && f.substr(0, t.size()) == t) return true;
  }
  return false;
}

/// "+0700", "-05:00", "+07", "+7" -> minutes; nullopt if malformed.
std::optional<int> numeric_offset(std::string_view z) {
  if (z.size() < 2 || (z[0] != '+' && z[0] != '-')) return std::nullopt;
  const int sign = z[0] == '-' ? -1 : 1;
  std::string rest;
  for (char c : z.substr(1)) {
    if (c != ':') rest += c;
  }
  if (!all_of(rest, isdigit)) return std::nullopt;
  int h = 0, m = 0;
  if (rest.size() <= 2) {
    h = to_int(rest);
  } else if (rest.size() == 3 || rest.size() == 4) {
    h = to_int(rest.substr(0, rest.size() - 2));
    m = to_int(rest.substr(rest.size() - 2));
  } else {
    return std::nullopt;
  }
  if (h > 14 || m > 59) return std::nullopt;
  return sign * (h * 60 + m);
}

/// Zone token -> minutes. nullopt if not a zone at all; `default_tz` for
/// unknown alphabetic names.
std::optional<int> zone_of(std::string_view z, int default_tz) {
  if (auto n = numeric_offset(z)) return n;
  if (!z.empty() && std::isalpha(static_cast<unsigned char>(z[0]))) {
    std::size_t letters = 0;
    while (letters < z.size() && std::isalpha(static_cast<unsigned char>(z[letters]))) ++letters;
    const std::string name = lower(z.substr(0, letters));
    if (letters < z.size()) {  // "GMT+7", "UTC+07:00"
      if (name != "gmt" && name != "utc" && name != "ut") return std::nullopt;
      return numeric_offset(z.substr(letters));
    }
    static const std::array<std::pair<std::string_view, int>, 13> named = {{
        {"ut", 0}, {"utc", 0}, {"gmt", 0}, {"z", 0}, {"ict", 7 * 60},
        {"est", -5 * 60}, {"edt", -4 * 60}, {"cst", -6 * 60}, {"cdt", -5 * 60},
        {"mst", -7 * 60}, {"mdt", -6 * 60}, {"pst", -8 * 60}, {"pdt", -7 * 60},
    }};
    for (const auto& [n, off] : named) {
      if (name == n) return off;
    }
    if (name.size() == 1) return 0;  // military zones: RFC 2822 §4.3 says treat as -0000
    return default_tz;
  }
  return std::nullopt;
}

std::optional<DateTime> parse_rfc822_strict(std::string_view text, int default_tz) {
  // Drop comments "(ICT)", turn commas into spaces, split on whitespace.
  std::string cleaned;
  int depth = 0;
  for (char c : text) {
    if (c == '(') ++depth;
    else if (c == ')') depth = depth > 0 ? depth - 1 : 0;
    else if (depth == 0) cleaned += (c == ',' ? ' ' : c);
  }
  std::vector<std::string_view> tok;
  std::string_view rest = cleaned;
  while (true) {
    rest = detail::trim(rest);
    if (rest.empty()) break;
    std::size_t end = 0;
    while (end < rest.size() && !std::isspace(static_cast<unsigned char>(rest[end]))) ++end;
    tok.push_back(rest.substr(0, end));
    rest.remove_prefix(end);
  }
  std::size_t i = 0;
  if (i < tok.size() && is_weekday(tok[i]) && month_of(tok[i]) == 0) ++i;
  std::string_view day_s, mon_s, year_s;
  if (i < tok.size() && tok[i].find('-') != std::string_view::npos) {  // "09-Sep-2024"
    const std::string_view t = tok[i++];
    const auto a = t.find('-'), b = t.find('-', a + 1);
    if (b == std::string_view::npos) return std::nullopt;
    day_s = t.substr(0, a);
    mon_s = t.substr(a + 1, b - a - 1);
    year_s = t.substr(b + 1);
  } else {
    if (i + 3 > tok.size()) return std::nullopt;
    day_s = tok[i];
    mon_s = tok[i + 1];
    if (month_of(day_s) != 0) std::swap(day_s, mon_s);  // "Sep 9 2024"
    year_s = tok[i + 2];
    i += 3;
  }
  if (!all_of(day_s, isdigit) || day_s.size() > 2 || !all_of(year_s, isdigit)) return std::nullopt;
  const int month = month_of(mon_s);
  if (month == 0) return std::nullopt;
  DateTime d;
  d.day = to_int(day_s);
  d.month = month;
  if (year_s.size() == 4) d.year = to_int(year_s);
  else if (year_s.size() == 2) d.year = to_int(year_s) + (to_int(year_s) < 50 ? 2000 : 1900);
  else return std::nullopt;
  if (!is_valid_calendar_date(d.year, d.month, d.day)) return std::nullopt;
  d.offset_minutes = default_tz;
  if (i < tok.size() && tok[i].find(':') != std::string_view::npos) {
    const std::string_view t = tok[i++];
    const auto a = t.find(':');
    const auto b = t.find(':', a + 1);
    const std::string_view hs = t.substr(0, a);
    const std::string_view ms = t.substr(a + 1, b == std::string_view::npos ? std::string_view::npos : b - a - 1);
    const std::string_view ss = b == std::string_view::npos ? std::string_view{} : t.substr(b + 1);
    if (!all_of(hs, isdigit) || hs.size() > 2 || !all_of(ms, isdigit) || ms.size() != 2) return std::nullopt;
    if (b != std::string_view::npos && (!all_of(ss, isdigit) || ss.size() != 2)) return std::nullopt;
    d.hour = to_int(hs);
    d.minute = to_int(ms);
    d.second = ss.empty() ? 0 : to_int(ss);
    if (d.hour > 23 || d.minute > 59 || d.second > 60) return std::nullopt;
    if (d.second == 60) d.second = 59;
    d.has_time = true;
  }
  if (i < tok.size()) {
    const auto z = zone_of(tok[i++], default_tz);
    if (!z) return std::nullopt;
    d.offset_minutes = *z;
  }
  for (; i < tok.size(); ++i) {  // "+0700 ICT": a trailing zone name is noise
    if (!all_of(tok[i], isalpha)) return std::nullopt;
  }
  return d;
}

std::optional<DateTime> w3c_or_rfc822(std::string_view text, int default_tz) {
  if (auto d = parse_w3c_datetime(text, default_tz); d && d->precision >= DatePrecision::Day) return d->date;
  return parse_rfc822_date(text, default_tz);
}

bool looks_like_url(std::string_view s) {
  const std::string l = lower(s.substr(0, 8));
  return l.rfind("http://", 0) == 0 || l.rfind("https://", 0) == 0;
}

void add_item(Feed& feed, FeedItem item, const XmlLimits& limits) {
  if (feed.items.size() >= limits.max_entries) {
    ++feed.dropped;
    return;
  }
  feed.items.push_back(std::move(item));
}

std::optional<DateTime> date_from(const pugi::xml_node& node, int default_tz, std::size_t& invalid, bool rfc822) {
  if (!node) return std::nullopt;
  const std::string text = detail::text_of(node);
  if (text.empty()) return std::nullopt;
  auto d = rfc822 ? parse_rfc822_date(text, default_tz) : w3c_or_rfc822(text, default_tz);
  if (!d) ++invalid;
  return d;
}

void parse_rss_item(Feed& feed, const pugi::xml_node& item, const XmlLimits& limits, int default_tz) {
  FeedItem out;
  if (auto t = detail::child_named(item, "title")) out.title = detail::text_of(t);
  for (pugi::xml_node c = item.first_child(); c; c = c.next_sibling()) {
    // <link> of RSS, not <atom:link> (which has no text) nor other namespaces' links.
    if (c.type() == pugi::node_element && detail::iequals(detail::local_name(c), "link") && detail::prefix_of(c).empty()) {
      out.url = detail::text_of(c);
      if (!out.url.empty()) break;
    }
  }
  if (out.url.empty()) {
    if (auto g = detail::child_named(item, "guid"); g && !detail::iequals(g.attribute("isPermaLink").value(), "false")) {
      const std::string v = detail::text_of(g);
      if (looks_like_url(v)) out.url = v;
    }
  }
  if (out.url.empty()) {  // RSS 1.0: <item rdf:about="...">
    const std::string about = std::string(detail::trim(item.attribute("rdf:about").value()));
    if (looks_like_url(about)) out.url = about;
  }
  if (auto p = detail::child_named(item, "pubDate")) {
    out.date = date_from(p, default_tz, feed.invalid_dates, true);
  } else {
    out.date = date_from(detail::child_named(item, "date"), default_tz, feed.invalid_dates, false);  // dc:date
  }
  add_item(feed, std::move(out), limits);
}

void parse_atom_entry(Feed& feed, const pugi::xml_node& entry, const XmlLimits& limits, int default_tz) {
  FeedItem out;
  if (auto t = detail::child_named(entry, "title")) out.title = detail::text_of(t);
  for (pugi::xml_node c = entry.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element || !detail::iequals(detail::local_name(c), "link")) continue;
    const std::string_view rel = detail::trim(c.attribute("rel").value());
    if (rel.empty() || detail::iequals(rel, "alternate")) {
      out.url = std::string(detail::trim(c.attribute("href").value()));
      if (!out.url.empty()) break;
    }
  }
  if (out.url.empty()) {
    if (auto id = detail::child_named(entry, "id")) {
      const std::string v = detail::text_of(id);
      if (looks_like_url(v)) out.url = v;
    }
  }
  pugi::xml_node when = detail::child_named(entry, "published");
  if (!when || detail::text_of(when).empty()) when = detail::child_named(entry, "updated");
  if (!when || detail::text_of(when).empty()) when = detail::child_named(entry, "issued");  // Atom 0.3
  out.date = date_from(when, default_tz, feed.invalid_dates, false);
  add_item(feed, std::move(out), limits);
}

}  // namespace

std::optional<DateTime> parse_rfc822_date(std::string_view text, int default_tz) {
  const std::string_view s = detail::trim(text);
  if (s.empty()) return std::nullopt;
  if (auto d = parse_rfc822_strict(s, default_tz)) return d;
  if (auto d = parse_w3c_datetime(s, default_tz); d && d->precision >= DatePrecision::Day) return d->date;
  return parse_date(s, default_tz);
}

Feed parse_feed(std::string_view body, const XmlLimits& limits, int default_tz) {
  Feed feed;
  std::string storage;
  pugi::xml_document doc;
  if (!detail::load_xml(body, limits, storage, doc, feed.error)) return feed;
  const pugi::xml_node root = doc.document_element();
  const std::string_view root_name = detail::local_name(root);
  if (detail::iequals(root_name, "rss") || detail::iequals(root_name, "RDF")) {
    feed.kind = FeedKind::Rss;
    const pugi::xml_node channel = detail::child_named(root, "channel");
    if (channel) {
      if (auto t = detail::child_named(channel, "title")) feed.title = detail::text_of(t);
    }
    // RSS 2.0 keeps items inside <channel>; RSS 1.0 puts them next to it.
    for (const pugi::xml_node parent : {channel, root}) {
      if (!parent) continue;
      for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
        if (c.type() == pugi::node_element && detail::iequals(detail::local_name(c), "item")) {
          parse_rss_item(feed, c, limits, default_tz);
        }
      }
    }
  } else if (detail::iequals(root_name, "feed")) {
    feed.kind = FeedKind::Atom;
    if (auto t = detail::child_named(root, "title")) feed.title = detail::text_of(t);
    for (pugi::xml_node c = root.first_child(); c; c = c.next_sibling()) {
      if (c.type() == pugi::node_element && detail::iequals(detail::local_name(c), "entry")) {
        parse_atom_entry(feed, c, limits, default_tz);
      }
    }
  } else {
    feed.error = "not a feed: the root element is <" + std::string(root.name()) + ">";
  }
  return feed;
}

}  // namespace wt::audit
