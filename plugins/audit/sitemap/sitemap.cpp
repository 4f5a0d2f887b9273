#include "audit/sitemap/sitemap.hpp"

#include <zlib.h>

#include <algorithm>
#include <cstring>

#include "audit/sitemap/xml_body.hpp"

namespace wt::audit {

namespace detail {

std::string_view trim(std::string_view s) {
  const auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (!s.empty() && ws(s.front())) s.remove_prefix(1);
  while (!s.empty() && ws(s.back())) s.remove_suffix(1);
  return s;
}

std::string_view local_name(const pugi::xml_node& node) {
  std::string_view n = node.name();
  const auto colon = n.rfind(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

std::string_view prefix_of(const pugi::xml_node& node) {
  std::string_view n = node.name();
  const auto colon = n.rfind(':');
  return colon == std::string_view::npos ? std::string_view{} : n.substr(0, colon);
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

pugi::xml_node child_named(const pugi::xml_node& node, std::string_view name) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element && iequals(local_name(c), name)) return c;
  }
  return {};
}

std::string text_of(const pugi::xml_node& node) {
  std::string out;
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
  }
  return std::string(trim(out));
}

bool load_xml(std::string_view body, const XmlLimits& limits, std::string& storage,
              pugi::xml_document& doc, std::string& error) {
  storage = inflate_if_gzip(body, limits.max_bytes, error);
  if (!error.empty()) return false;
  std::string_view text = storage;
  // Skip a UTF-8 BOM and leading whitespace to look at the first character;
  // UTF-16 bodies (BOM FF FE / FE FF) are left to pugixml's detection.
  std::string_view probe = text;
  if (probe.substr(0, 3) == "\xEF\xBB\xBF") probe.remove_prefix(3);
  probe = trim(probe);
  const bool utf16 = text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'));
  if (!utf16 && (probe.empty() || probe.front() != '<')) {
    error = probe.empty() ? "not XML: empty body" : "not XML: the body does not start with '<'";
    return false;
  }
  const unsigned flags = pugi::parse_default;
  const pugi::xml_parse_result r = doc.load_buffer(storage.data(), storage.size(), flags, pugi::encoding_auto);
  if (!r) {
    error = std::string("not XML: ") + r.description() + " at byte " + std::to_string(r.offset);
    return false;
  }
  if (!doc.document_element()) {
    error = "not XML: no root element";
    return false;
  }
  return true;
}

}  // namespace detail

namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  out = v;
  return true;
}

}  // namespace

std::optional<W3cDate> parse_w3c_datetime(std::string_view text, int default_tz) {
  const std::string_view s = detail::trim(text);
  W3cDate out;
  DateTime& d = out.date;
  d.offset_minutes = default_tz;
  if (s.size() < 4 || !digits(s, 0, 4, d.year)) return std::nullopt;
  std::size_t p = 4;
  out.precision = DatePrecision::Year;
  if (p < s.size()) {
    if (s[p] != '-' || !digits(s, p + 1, 2, d.month)) return std::nullopt;
    p += 3;
    out.precision = DatePrecision::Month;
  }
  if (p < s.size()) {
    if (s[p] != '-' || !digits(s, p + 1, 2, d.day)) return std::nullopt;
    p += 3;
    out.precision = DatePrecision::Day;
  }
  if (!is_valid_calendar_date(d.year, d.month, d.day)) return std::nullopt;
  if (p == s.size()) return out;
  if (out.precision != DatePrecision::Day || (s[p] != 'T' && s[p] != 't' && s[p] != ' ')) return std::nullopt;
  ++p;
  if (!digits(s, p, 2, d.hour) || p + 2 >= s.size() || s[p + 2] != ':' || !digits(s, p + 3, 2, d.minute)) return std::nullopt;
  p += 5;
  if (p < s.size() && s[p] == ':') {
    if (!digits(s, p + 1, 2, d.second)) return std::nullopt;
    p += 3;
    if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
      ++p;
      const std::size_t start = p;
      while (p < s.size() && s[p] >= '0' && s[p] <= '9') ++p;
      if (p == start) return std::nullopt;
    }
  }
  if (d.hour > 23 || d.minute > 59 || d.second > 60) return std::nullopt;
  if (d.second == 60) d.second = 59;  // leap second: keep the instant in range
  d.has_time = true;
  out.precision = DatePrecision::Time;
  if (p == s.size()) return out;
  if (s[p] == 'Z' || s[p] == 'z') {
    d.offset_minutes = 0;
    return p + 1 == s.size() ? std::optional<W3cDate>(out) : std::nullopt;
  }
  if (s[p] != '+' && s[p] != '-') return std::nullopt;
  const int sign = s[p] == '-' ? -1 : 1;
  ++p;
  int oh = 0, om = 0;
  if (!digits(s, p, 2, oh)) return std::nullopt;
  p += 2;
  if (p < s.size()) {
    if (s[p] == ':') ++p;
    if (!digits(s, p, 2, om)) return std::nullopt;
    p += 2;
  }
  if (p != s.size() || oh > 14 || om > 59) return std::nullopt;
  d.offset_minutes = sign * (oh * 60 + om);
  return out;
}

std::string inflate_if_gzip(std::string_view body, std::size_t max_bytes, std::string& error) {
  error.clear();
  const auto is_gzip = [](std::string_view b) {
    return b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0x1f && static_cast<unsigned char>(b[1]) == 0x8b;
  };
  if (!is_gzip(body)) {
    if (body.size() > max_bytes) {
      error = "body of " + std::to_string(body.size()) + " bytes is over the cap of " + std::to_string(max_bytes) + " bytes";
      return {};
    }
    return std::string(body);
  }
  z_stream zs;
  std::memset(&zs, 0, sizeof zs);
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) {
    error = "gzip: cannot initialise zlib";
    return {};
  }
  std::string out;
  char chunk[64 * 1024];
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.data()));
  zs.avail_in = static_cast<uInt>(std::min<std::size_t>(body.size(), 0x7fffffff));
  for (;;) {
    zs.next_out = reinterpret_cast<Bytef*>(chunk);
    zs.avail_out = sizeof chunk;
    const int rc = inflate(&zs, Z_NO_FLUSH);
    const std::size_t got = sizeof chunk - zs.avail_out;
    if (out.size() + got > max_bytes) {
      error = "gzip: inflates past the cap of " + std::to_string(max_bytes) + " bytes (gzip bomb?)";
      break;
    }
    out.append(chunk, got);
    if (rc == Z_STREAM_END) {
      // Another member may follow (concatenated gzip); trailing garbage is ignored.
      const std::string_view rest(reinterpret_cast<const char*>(zs.next_in), zs.avail_in);
      if (!is_gzip(rest)) break;
      inflateReset(&zs);
      continue;
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
      error = "gzip: truncated data";
      break;
    }
    if (rc != Z_OK) {
      error = std::string("gzip: corrupt data (") + (zs.msg ? zs.msg : "inflate error") + ")";
      break;
    }
  }
  inflateEnd(&zs);
  if (!error.empty()) return {};
  return out;
}

namespace {

std::optional<W3cDate> date_of(const pugi::xml_node& node, int default_tz, std::size_t& invalid) {
  if (!node) return std::nullopt;
  const std::string text = detail::text_of(node);
  if (text.empty()) return std::nullopt;
  auto d = parse_w3c_datetime(text, default_tz);
  if (!d) ++invalid;
  return d;
}

}  // namespace

Sitemap parse_sitemap(std::string_view body, const XmlLimits& limits, int default_tz) {
  Sitemap sm;
  std::string storage;
  pugi::xml_document doc;
  if (!detail::load_xml(body, limits, storage, doc, sm.error)) return sm;
  const pugi::xml_node root = doc.document_element();
  const std::string_view root_name = detail::local_name(root);
  std::string_view entry_name;
  if (detail::iequals(root_name, "urlset")) {
    sm.kind = SitemapKind::UrlSet;
    entry_name = "url";
  } else if (detail::iequals(root_name, "sitemapindex")) {
    sm.kind = SitemapKind::Index;
    entry_name = "sitemap";
  } else {
    sm.error = "not a sitemap: the root element is <" + std::string(root.name()) + ">";
    return sm;
  }
  for (pugi::xml_node e = root.first_child(); e; e = e.next_sibling()) {
    if (e.type() != pugi::node_element || !detail::iequals(detail::local_name(e), entry_name)) continue;
    // <loc> and <lastmod> are in the entry's own namespace prefix; <image:loc> is not.
    const std::string_view prefix = detail::prefix_of(e);
    pugi::xml_node loc, lastmod, news;
    for (pugi::xml_node c = e.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      const std::string_view ln = detail::local_name(c);
      if (detail::prefix_of(c) == prefix) {
        if (!loc && detail::iequals(ln, "loc")) loc = c;
        else if (!lastmod && detail::iequals(ln, "lastmod")) lastmod = c;
      } else if (!news && detail::iequals(ln, "news")) {
        news = c;
      }
    }
    SitemapEntry entry;
    if (loc) entry.loc = detail::text_of(loc);
    if (entry.loc.empty()) {
      ++sm.missing_loc;
      continue;
    }
    if (sm.entries.size() >= limits.max_entries) {
      ++sm.dropped;
      continue;
    }
    entry.lastmod = date_of(lastmod, default_tz, sm.invalid_dates);
    if (news) {
      entry.publication_date = date_of(detail::child_named(news, "publication_date"), default_tz, sm.invalid_dates);
      if (pugi::xml_node t = detail::child_named(news, "title")) entry.news_title = detail::text_of(t);
    }
    sm.entries.push_back(std::move(entry));
  }
  return sm;
}

}  // namespace wt::audit
