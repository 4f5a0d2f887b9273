// Shards by folded prefix: terms (sorted) are cut into groups of at most
// `cap` postings, each named by a prefix, so that a query downloads only the
// shards of its words. A group over the cap is split by the next code point
// after its prefix; a term equal to the prefix of a split group stays alone
// in the shard of that prefix; a single term over the cap keeps its shard.
//
// So a term T lies in the shard of the longest listed prefix P of T when P
// is a leaf (no listed prefix extends it), or when T == P; else in none.
// The theme's js/search.js looks terms up by this rule.
//
//   split_shards({{"hoc", 9}, {"hoi", 2}, {"kha", 3}}, 10)
//     == {{"h", 0, 2}, {"k", 2, 3}}       (prefix, first term, end)
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wt::search {

struct ShardTerm {
  std::string_view key;
  std::uint64_t postings = 0;
};

struct Shard {
  std::string prefix;
  std::size_t begin = 0, end = 0;  ///< its terms: [begin, end) of the sorted terms
};

/// The shards of `terms` (sorted by key, unique), in order of their terms.
std::vector<Shard> split_shards(const std::vector<ShardTerm>& terms, std::uint64_t cap);

}  // namespace wt::search
