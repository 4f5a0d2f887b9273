// Shards: `portal build --shard K/N` builds the members whose slug hashes
// to K - 1 modulo N (XXH3-128 of the slug's bytes, its low 64 bits:
// core/content_hash.hpp), so N processes on N machines share the members
// without talking to each other, and every member is in exactly one shard
// whatever the order of portal.yaml.
//
//   auto s = wt::portal::parse_shard("2/3", &why);   // {2, 3}
//   if (wt::portal::in_shard("thcs-le-loi", *s)) ...
#pragma once

#include <optional>
#include <string>

namespace wt::portal {

struct Shard {
  int k = 1, n = 1;  ///< 1 <= k <= n
  std::string text() const { return std::to_string(k) + "/" + std::to_string(n); }
};

/// "K/N" with 1 <= K <= N <= 10000; nullopt with `why` set otherwise.
std::optional<Shard> parse_shard(const std::string& text, std::string* why);

/// The shard (1-based) `slug` belongs to among `n`.
int shard_of(const std::string& slug, int n);

inline bool in_shard(const std::string& slug, const Shard& s) { return shard_of(slug, s.n) == s.k; }

}  // namespace wt::portal
