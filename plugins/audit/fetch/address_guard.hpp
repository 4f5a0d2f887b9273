// The addresses one audited site may make the crawler connect to (issue 10):
// public addresses, and the site's own. Everything address_policy.hpp
// classes as not public (cloud metadata, loopback, private, link-local,
// CGNAT, multicast ...) is refused unless it is an address of the seed
// itself, so a copy of a school site served on 127.0.0.1 or on the LAN can
// be audited while its pages cannot send the crawler to 169.254.169.254,
// 10.0.0.1 or another port of 127.0.0.2.
//
// The seed's own addresses: the seed host itself when it is an IP address
// (in any spelling); else the addresses its name resolves to when the site
// is first connected (the pinning transfer, normally robots.txt), and never
// again: a name whose DNS answer changes later cannot bring the crawler to a
// new non-public address. A cloud metadata address is never pinned from a
// DNS answer (only a seed written as that very address may reach it).
//
// Pure: the fetcher (curl_http_client.cpp) calls check() from libcurl's
// open-socket callback with the address actually connected.
//
//   AddressGuard guard("http://thcs-a.edu.vn/");
//   bool pin = guard.pins("thcs-a.edu.vn");                // first connection: yes
//   guard.check(IpAddress::v4(0x0A000005), pin);           // "" (the seed's own, pinned)
//   guard.close_pinning();
//   guard.check(*parse_ip_host("169.254.169.254"), false)  // "cloud metadata address 169.254.169.254"
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "audit/url/ip_address.hpp"

namespace wt::audit {

class AddressGuard {
 public:
  /// `seed_url` is the site's seed (any http(s) URL of the site's host).
  explicit AddressGuard(std::string_view seed_url);

  /// True when a connection for a URL on `host` (canonical, lower-case, as
  /// normalize() writes it) would pin the seed's addresses: `host` is the
  /// seed's host and its addresses are not known yet.
  bool pins(std::string_view host) const;

  /// "" when the connection to `address` is allowed, else why not ("loopback
  /// address 127.0.0.2"). With `pin` (the transfer was started with pins()
  /// true), an allowed address that is not public becomes one of the site's own.
  std::string check(const IpAddress& address, bool pin);

  /// Ends pinning once a pinning transfer is over, if it pinned any address.
  void close_pinning();

  const std::vector<IpAddress>& own() const { return own_; }

 private:
  std::string seed_host_;
  bool pinned_ = false;  ///< own_ is final (at once when the seed host is an IP address).
  std::vector<IpAddress> own_;
};

}  // namespace wt::audit
