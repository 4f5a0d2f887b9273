// `webtruong audit --shard K/N`: the sites of the run whose site_key()
// (audit_inputs.hpp: host lower-cased without "www." and the default port,
// then the path without its trailing slash) hashes to K - 1 modulo N
// (core/shard.hpp: XXH3-128 of the key's bytes, as `portal build --shard`
// hashes a member's slug). N machines (a Kubernetes
// Indexed Job, a Slurm array: deploy/audit-*) share one list without
// talking to each other; every site is in exactly one shard whatever the
// order of the list, and "https://www.a.edu.vn/" goes where "a.edu.vn" goes.
//
//   std::string why;
//   auto s = wt::audit::parse_audit_shard("2/3", &why);   // {2, 3}
//   if (wt::audit::in_audit_shard("https://thcs-a.edu.vn/", *s)) ...
#pragma once

#include <optional>
#include <string>

#include "core/shard.hpp"

namespace wt::audit {

using AuditShard = wt::Shard;

/// "K/N" with 1 <= K <= N <= 10000; nullopt with `why` set otherwise.
std::optional<AuditShard> parse_audit_shard(const std::string& text, std::string* why);

/// The shard (1-based, among `n`) of the site at `url`.
int audit_shard_of(const std::string& url, int n);

inline bool in_audit_shard(const std::string& url, const AuditShard& s) { return audit_shard_of(url, s.n) == s.k; }

}  // namespace wt::audit
