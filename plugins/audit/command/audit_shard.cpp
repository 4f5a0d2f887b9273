#include "audit/command/audit_shard.hpp"

#include "audit/command/audit_inputs.hpp"

namespace wt::audit {

std::optional<AuditShard> parse_audit_shard(const std::string& text, std::string* why) {
  auto s = parse_shard(text, why);
  if (!s) *why = "'--shard' " + *why;
  return s;
}

int audit_shard_of(const std::string& url, int n) { return shard_of(site_key(url), n); }

}  // namespace wt::audit
