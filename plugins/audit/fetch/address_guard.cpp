// AddressGuard: see address_guard.hpp.
#include "audit/fetch/address_guard.hpp"

#include <algorithm>

#include "audit/url/address_policy.hpp"
#include "audit/url/url.hpp"

namespace wt::audit {
namespace {

/// ::ffff:a.b.c.d is a.b.c.d (a dual-stack socket connects to the IPv4 address).
IpAddress unmapped(const IpAddress& a) {
  if (!a.v6) return a;
  for (size_t i = 0; i < 10; ++i)
    if (a.bytes[i] != 0) return a;
  if (a.bytes[10] != 0xFF || a.bytes[11] != 0xFF) return a;
  IpAddress v4;
  for (size_t i = 0; i < 4; ++i) v4.bytes[i] = a.bytes[12 + i];
  return v4;
}

/// Addresses no DNS answer may make the seed's own.
bool never_pinned(AddressClass c) {
  return c == AddressClass::CloudMetadata || c == AddressClass::Unspecified || c == AddressClass::Multicast ||
         c == AddressClass::Broadcast;
}

}  // namespace

AddressGuard::AddressGuard(std::string_view seed_url) {
  auto n = normalize(seed_url);
  auto u = n ? parse_url(*n) : std::nullopt;
  if (!u) return;
  seed_host_ = u->host;
  if (auto a = parse_ip_host(seed_host_)) {
    own_.push_back(unmapped(*a));
    pinned_ = true;
  }
}

bool AddressGuard::pins(std::string_view host) const { return !pinned_ && !seed_host_.empty() && host == seed_host_; }

std::string AddressGuard::check(const IpAddress& address, bool pin) {
  const IpAddress a = unmapped(address);
  if (std::find(own_.begin(), own_.end(), a) != own_.end()) return "";
  const AddressClass cls = classify(a);
  if (pin && !pinned_ && !never_pinned(cls)) {
    // Every address of the first answer is kept, public ones too, so that
    // pinning ends with this transfer even for a site on the Internet.
    own_.push_back(a);
    return "";
  }
  if (cls == AddressClass::Public) return "";
  return std::string(address_class_name(cls)) + " address " + to_string(a);
}

void AddressGuard::close_pinning() {
  if (!own_.empty()) pinned_ = true;
}

}  // namespace wt::audit
