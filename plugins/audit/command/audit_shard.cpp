#include "audit/command/audit_shard.hpp"

#include <charconv>
#include <cstdint>

#include "audit/command/audit_inputs.hpp"
#include "core/content_hash.hpp"

namespace wt::audit {
namespace {

std::optional<int> whole_number(const std::string& s) {
  int v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

std::optional<AuditShard> parse_audit_shard(const std::string& text, std::string* why) {
  const size_t slash = text.find('/');
  std::optional<int> k, n;
  if (slash != std::string::npos) {
    k = whole_number(text.substr(0, slash));
    n = whole_number(text.substr(slash + 1));
  }
  if (!k || !n || *n < 1 || *n > 10000 || *k < 1 || *k > *n) {
    *why = "'--shard' should be K/N with 1 <= K <= N <= 10000 (the K-th of N shards), not '" + text + "'";
    return std::nullopt;
  }
  return AuditShard{*k, *n};
}

int audit_shard_of(const std::string& url, int n) {
  if (n <= 1) return 1;
  return static_cast<int>(hash_bytes(site_key(url)).low % static_cast<uint64_t>(n)) + 1;
}

}  // namespace wt::audit
