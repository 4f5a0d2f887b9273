#include "core/shard.hpp"

#include <charconv>
#include <cstdint>

#include "core/content_hash.hpp"

namespace wt {
namespace {

std::optional<int> whole_number(std::string_view s) {
  int v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

std::optional<Shard> parse_shard(const std::string& text, std::string* why) {
  const size_t slash = text.find('/');
  std::optional<int> k, n;
  if (slash != std::string::npos) {
    k = whole_number(std::string_view(text).substr(0, slash));
    n = whole_number(std::string_view(text).substr(slash + 1));
  }
  if (!k || !n || *n < 1 || *n > 10000 || *k < 1 || *k > *n) {
    *why = "should be K/N with 1 <= K <= N <= 10000 (the K-th of N shards), not '" + text + "'";
    return std::nullopt;
  }
  return Shard{*k, *n};
}

int shard_of(std::string_view key, int n) {
  if (n <= 1) return 1;
  return static_cast<int>(hash_bytes(key).low % static_cast<uint64_t>(n)) + 1;
}

}  // namespace wt
