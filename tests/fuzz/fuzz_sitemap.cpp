// libFuzzer target: sitemaps (urlset, index, news), feeds (RSS, RDF, Atom)
// and the gzip path (plugins/audit/sitemap). The input is a body, read as is
// (so mutated gzip reaches inflate_if_gzip), then gzip-compressed here, as one
// member and as two concatenated members, and read again.
// Invariants: nothing throws; an error means no entries/items; no more than
// max_entries are kept, and kept + dropped is the same whatever the cap;
// every loc is non-empty and trimmed, every date exists; the gzip of a body
// parses exactly like the body, and two gzip members like their
// concatenation; inflate_if_gzip never returns more than its cap and returns
// "" with an error.
#include <zlib.h>

#include <cstring>
#include <string>

#include "audit/sitemap/feed.hpp"
#include "audit/sitemap/sitemap.hpp"
#include "core/date.hpp"
#include "fuzz_support.hpp"

using namespace wt::audit;

namespace {

std::string gzip(std::string_view in) {
  z_stream zs;
  std::memset(&zs, 0, sizeof zs);
  if (deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) __builtin_trap();
  std::string out(deflateBound(&zs, in.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  if (deflate(&zs, Z_FINISH) != Z_STREAM_END) __builtin_trap();
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

bool is_trimmed(std::string_view s) {
  auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  return s.empty() || (!ws(s.front()) && !ws(s.back()));
}

void check_date(const wt::DateTime& d) {
  FUZZ_CHECK(wt::is_valid_calendar_date(d.year, d.month, d.day));
  FUZZ_CHECK(d.hour >= 0 && d.hour <= 23 && d.minute >= 0 && d.minute <= 59 && d.second >= 0 && d.second <= 60);
}

void check_sitemap(const Sitemap& sm, const XmlLimits& limits) {
  if (!sm.error.empty()) FUZZ_CHECK(sm.entries.empty());
  FUZZ_CHECK(sm.entries.size() <= limits.max_entries);
  for (const SitemapEntry& e : sm.entries) {
    FUZZ_CHECK(!e.loc.empty() && is_trimmed(e.loc));
    if (e.lastmod) check_date(e.lastmod->date);
    if (e.publication_date) check_date(e.publication_date->date);
  }
}

void check_feed(const Feed& f, const XmlLimits& limits) {
  if (!f.error.empty()) FUZZ_CHECK(f.items.empty());
  FUZZ_CHECK(f.items.size() <= limits.max_entries);
  for (const FeedItem& i : f.items) {
    FUZZ_CHECK(is_trimmed(i.url) && is_trimmed(i.title));
    if (i.date) check_date(*i.date);
  }
}

bool same(const Sitemap& a, const Sitemap& b) {
  if (a.error != b.error || a.kind != b.kind || a.entries.size() != b.entries.size() || a.dropped != b.dropped ||
      a.missing_loc != b.missing_loc || a.invalid_dates != b.invalid_dates)
    return false;
  for (size_t i = 0; i < a.entries.size(); ++i) {
    const SitemapEntry &x = a.entries[i], &y = b.entries[i];
    if (x.loc != y.loc || x.news_title != y.news_title || x.lastmod.has_value() != y.lastmod.has_value() ||
        x.publication_date.has_value() != y.publication_date.has_value())
      return false;
    if (x.lastmod && x.lastmod->date.epoch() != y.lastmod->date.epoch()) return false;
  }
  return true;
}

bool same(const Feed& a, const Feed& b) {
  if (a.error != b.error || a.kind != b.kind || a.title != b.title || a.items.size() != b.items.size() ||
      a.dropped != b.dropped || a.invalid_dates != b.invalid_dates)
    return false;
  for (size_t i = 0; i < a.items.size(); ++i) {
    const FeedItem &x = a.items[i], &y = b.items[i];
    if (x.url != y.url || x.title != y.title || x.date.has_value() != y.date.has_value()) return false;
    if (x.date && x.date->epoch() != y.date->epoch()) return false;
  }
  return true;
}

bool starts_gzip(std::string_view s) {
  return s.size() >= 2 && static_cast<unsigned char>(s[0]) == 0x1f && static_cast<unsigned char>(s[1]) == 0x8b;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view body = wt_fuzz::as_text(data, size);
  const XmlLimits limits;
  XmlLimits tiny;
  tiny.max_entries = 2;
  tiny.max_bytes = 1 << 20;

  const Sitemap sm = parse_sitemap(body, limits);
  check_sitemap(sm, limits);
  const Sitemap sm_tiny = parse_sitemap(body, tiny);
  check_sitemap(sm_tiny, tiny);
  if (sm.error.empty() && sm_tiny.error.empty())
    FUZZ_CHECK(sm.entries.size() + sm.dropped == sm_tiny.entries.size() + sm_tiny.dropped);

  const Feed feed = parse_feed(body, limits);
  check_feed(feed, limits);
  const Feed feed_tiny = parse_feed(body, tiny);
  check_feed(feed_tiny, tiny);
  if (feed.error.empty() && feed_tiny.error.empty())
    FUZZ_CHECK(feed.items.size() + feed.dropped == feed_tiny.items.size() + feed_tiny.dropped);

  // The raw body through the inflater with a small cap.
  std::string error;
  const size_t cap = 1 + size * 4;
  const std::string inflated = inflate_if_gzip(body, cap, error);
  FUZZ_CHECK(inflated.size() <= cap);
  if (!error.empty()) FUZZ_CHECK(inflated.empty());
  if (!starts_gzip(body) && size <= cap) FUZZ_CHECK(error.empty() && inflated == body);

  if (!starts_gzip(body)) {
    // gzip(body) reads as body; two members as the concatenation.
    const std::string gz = gzip(body);
    FUZZ_CHECK(inflate_if_gzip(gz, limits.max_bytes, error) == body && error.empty());
    FUZZ_CHECK(same(parse_sitemap(gz, limits), sm));
    FUZZ_CHECK(same(parse_feed(gz, limits), feed));
    const size_t half = size / 2;
    const std::string two = gzip(body.substr(0, half)) + gzip(body.substr(half));
    FUZZ_CHECK(inflate_if_gzip(two, limits.max_bytes, error) == body && error.empty());
    // A cap one byte short of the body stops with an error.
    if (size > 0) {
      FUZZ_CHECK(inflate_if_gzip(gz, size - 1, error).empty());
      FUZZ_CHECK(!error.empty());
    }
  }
  return 0;
}
