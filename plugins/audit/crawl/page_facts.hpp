// A page as read (page_reader.hpp's PageRead), written as JSON and read back,
// so that a conditional recrawl answered 304 Not Modified (no body) measures
// the page as the crawl that read it did (crawled/page_memo.hpp). The JSON
// is kept in the audit history, which anyone with the database may have
// edited: reading it back checks every field's type, range and size against
// the crawl's own per-page caps, and refuses the whole page otherwise.
//
//   std::string facts = wt::audit::write_page_facts(read);
//   if (auto again = wt::audit::read_page_facts(facts, limits)) ...;  // == read
#pragma once

#include <optional>
#include <string>

#include "audit/crawl/page_reader.hpp"

namespace wt::audit {

/// Stored facts are refused past this size.
inline constexpr std::size_t kMaxPageFactsBytes = 1u << 20;

std::string write_page_facts(const PageRead& read);

/// nullopt when `json` is not what write_page_facts writes, or exceeds the
/// caps in `limits` (links, items, link text) or kMaxPageFactsBytes.
std::optional<PageRead> read_page_facts(const std::string& json, const PageLimits& limits);

}  // namespace wt::audit
