// libFuzzer target: the date parsers of the audit — parse_meta_date and
// find_vietnamese_dates (plugins/audit/dates), the sitemap's W3C datetimes,
// the feeds' RFC 822 dates (plugins/audit/sitemap) and wt::parse_date (core),
// which they fall back on. Every line of the input is read as a meta value
// and as a sitemap/feed date; the whole input as page text.
// Invariants: every date returned exists in the calendar and has its time
// fields in range; meta and text dates are from kMinYear on, text dates not
// after `now` + 1 day, and format_found_date() of one parses back to the same
// instant; a text date's `text` is the input's bytes at `offset`, in order and
// without overlaps; a W3C date has a time exactly when its precision is Time;
// best_candidate() picks the best source.
#include <string>

#include "audit/dates/publication_date.hpp"
#include "audit/sitemap/feed.hpp"
#include "audit/sitemap/sitemap.hpp"
#include "core/date.hpp"
#include "fuzz_support.hpp"

using namespace wt::audit;

namespace {

void check_datetime(const wt::DateTime& d) {
  FUZZ_CHECK(wt::is_valid_calendar_date(d.year, d.month, d.day));
  FUZZ_CHECK(d.year <= 9999);
  FUZZ_CHECK(d.hour >= 0 && d.hour <= 23);
  FUZZ_CHECK(d.minute >= 0 && d.minute <= 59);
  FUZZ_CHECK(d.second >= 0 && d.second <= 60);
  FUZZ_CHECK(d.offset_minutes > -24 * 60 && d.offset_minutes < 24 * 60);
  if (!d.has_time) FUZZ_CHECK(d.hour == 0 && d.minute == 0 && d.second == 0);
}

// format_found_date() reads back as the same date (and instant, with a time).
void check_round_trip(const FoundDate& f, int tz) {
  const std::string printed = format_found_date(f);
  auto back = parse_meta_date(printed, tz);
  FUZZ_CHECK(back);
  FUZZ_CHECK(back->has_time == f.has_time);
  FUZZ_CHECK(back->date.year == f.date.year && back->date.month == f.date.month && back->date.day == f.date.day);
  if (f.has_time) FUZZ_CHECK(back->date.epoch() == f.date.epoch());
}

void check_found(const FoundDate& f, int tz) {
  check_datetime(f.date);
  FUZZ_CHECK(f.has_time == f.date.has_time);
  FUZZ_CHECK(f.date.year >= kMinYear);
  if (!f.has_time) FUZZ_CHECK(f.date.offset_minutes == tz);
  check_round_trip(f, tz);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = wt_fuzz::as_text(data, size);
  const int tzs[] = {7 * 60, static_cast<int>(size % 1561) - 720};
  constexpr int64_t kNow = 1748736000;  // 2025-06-01T00:00:00Z
  std::vector<Candidate> candidates;

  for (int tz : tzs) {
    // Page text.
    for (int64_t now : {kNow, int64_t{946684800}}) {
      const auto found = find_vietnamese_dates(text, tz, now);
      size_t next_free = 0;
      for (const FoundDate& f : found) {
        check_found(f, tz);
        FUZZ_CHECK(f.date.epoch() <= now + 86400);
        FUZZ_CHECK(!f.text.empty());
        FUZZ_CHECK(f.offset >= next_free && f.offset + f.text.size() <= text.size());
        FUZZ_CHECK(text.substr(f.offset, f.text.size()) == f.text);
        next_free = f.offset + f.text.size();
        if (candidates.size() < 32) candidates.push_back({DateSource::Text, f});
      }
    }

    for (std::string_view line : wt_fuzz::lines(text, 16)) {
      if (auto m = parse_meta_date(line, tz)) {
        check_found(*m, tz);
        FUZZ_CHECK(m->offset == 0);
        FUZZ_CHECK(!m->text.empty() && line.find(m->text) != std::string_view::npos);
        candidates.push_back({static_cast<DateSource>(line.size() % 6), *m});
      }
      if (auto w = parse_w3c_datetime(line, tz)) {
        check_datetime(w->date);
        FUZZ_CHECK(w->date.has_time == (w->precision == DatePrecision::Time));
        FUZZ_CHECK(w->date.second <= 59);
        if (!w->date.has_time) FUZZ_CHECK(w->date.offset_minutes == tz);
      }
      if (auto r = parse_rfc822_date(line, tz)) check_datetime(*r);
      if (auto p = wt::parse_date(line, tz)) check_datetime(*p);
      if (auto s = parse_date_source(line)) FUZZ_CHECK(date_source_name(*s) == line);
    }
  }

  if (auto best = best_candidate(candidates)) {
    for (const Candidate& c : candidates) FUZZ_CHECK(static_cast<int>(best->source) <= static_cast<int>(c.source));
    auto date = best_publication_date(candidates);
    FUZZ_CHECK(date && date->text == best->date.text);
  } else {
    FUZZ_CHECK(candidates.empty());
  }
  return 0;
}
