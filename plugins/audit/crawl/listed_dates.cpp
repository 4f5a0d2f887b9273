#include "audit/crawl/listed_dates.hpp"

#include <cstdio>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "audit/dates/publication_date.hpp"
#include "audit/dates/word_dates.hpp"

namespace wt::audit {
namespace {

constexpr size_t kMinTitle = 8;  ///< Bytes of a link text that can be a card's title ("Xem thêm" is not).
constexpr size_t kLinesUnder = 3;

/// "yyyy-mm-dd" of a date's own local day.
std::string day_of(const DateTime& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

}  // namespace

std::vector<std::string> card_days(const PageInfo& page, int default_tz, int64_t now_epoch) {
  std::vector<std::string> days(page.links.size());
  const auto lines = text_lines(page.text);
  // Titles: link texts long enough to name an article, outside menus.
  std::unordered_set<std::string_view> titles;
  for (const auto& l : page.links)
    if (!l.in_nav && l.text.size() >= kMinTitle) titles.insert(l.text);
  if (titles.empty()) return days;
  auto date_on = [&](size_t k) -> std::string {
    auto found = find_text_dates(lines[k], default_tz, now_epoch);
    return found.empty() ? std::string() : day_of(found.front().date);
  };
  // Each title's first line, and the date under it and the date above it.
  struct Card {
    std::string below, above;
  };
  std::unordered_map<std::string_view, Card> cards;
  int below = 0, above = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!titles.count(lines[i]) || cards.count(lines[i])) continue;
    Card c;
    for (size_t k = i + 1; k < lines.size() && k <= i + kLinesUnder && c.below.empty(); ++k) {
      if (titles.count(lines[k])) break;
      c.below = date_on(k);
    }
    if (i > 0 && !titles.count(lines[i - 1])) c.above = date_on(i - 1);
    below += !c.below.empty();
    above += !c.above.empty();
    cards.emplace(lines[i], std::move(c));
  }
  // A list prints its dates one way: the date under a title that has none
  // is the next card's date printed above its title, and the other way round.
  const bool under = below >= above;
  for (size_t i = 0; i < page.links.size(); ++i) {
    const auto& l = page.links[i];
    if (l.in_nav || l.text.size() < kMinTitle) continue;
    auto c = cards.find(l.text);
    if (c != cards.end()) days[i] = under ? c->second.below : c->second.above;
  }
  return days;
}

std::string newest_listed_day(const PageInfo& page, int default_tz, int64_t now_epoch) {
  std::string newest;
  auto consider = [&](const DateTime& d) {
    if (d.epoch() > now_epoch + 86400) return;
    std::string day = day_of(d);
    if (day > newest) newest = std::move(day);
  };
  for (const auto& t : page.times)
    if (auto d = parse_meta_date(t.datetime, default_tz)) consider(d->date);
  for (const auto& d : find_text_dates(page.text, default_tz, now_epoch)) consider(d.date);
  return newest;
}

}  // namespace wt::audit
