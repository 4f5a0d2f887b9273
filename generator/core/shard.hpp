// Shards: the K-th of N deterministic shares of a set of keys (portal
// members by slug, audited sites by their site key). A key belongs to
// shard (XXH3-128 of its bytes, low 64 bits) mod N + 1, so N processes on
// N machines (a Kubernetes Indexed Job, a Slurm array) share one set
// without talking to each other, and every key is in exactly one shard
// whatever the order of the set.
//
//   std::string why;
//   auto s = wt::parse_shard("2/3", &why);   // {2, 3}
//   if (s && wt::in_shard("thcs-le-loi", *s)) ...
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace wt {

struct Shard {
  int k = 1, n = 1;  ///< 1 <= k <= n
  std::string text() const { return std::to_string(k) + "/" + std::to_string(n); }
};

/// "K/N" with 1 <= K <= N <= 10000; nullopt with `why` set otherwise
/// ("should be K/N ...": the caller names the option).
std::optional<Shard> parse_shard(const std::string& text, std::string* why);

/// The shard (1-based, among `n`) of `key`.
int shard_of(std::string_view key, int n);

inline bool in_shard(std::string_view key, const Shard& s) { return shard_of(key, s.n) == s.k; }

}  // namespace wt
