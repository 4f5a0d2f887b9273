// Which IP addresses the crawler may connect to. A crawled site must not be
// able to send the auditor's machine to its own network: every address
// outside the public Internet is refused, whatever the URL or DNS says,
// except the addresses of the site being audited itself (a copy served on
// 127.0.0.1 or on the school's LAN can still be audited). The fetcher asks
// this at the socket layer, for the address actually connected
// (audit/fetch/curl_http_client.cpp).
//
// Refused (IPv4, and the same addresses inside IPv6: IPv4-mapped
// ::ffff:0:0/96, IPv4-compatible ::/96, NAT64 64:ff9b::/96, 6to4 2002::/16):
//   cloud metadata   169.254.169.254, 169.254.170.2, 169.254.169.253,
//                    169.254.0.23, 100.100.100.200, 168.63.129.16,
//                    192.0.0.192, fd00:ec2::254, fd00:ec2::23
//   unspecified      0.0.0.0/8, ::
//   loopback         127.0.0.0/8, ::1
//   private          10/8, 172.16/12, 192.168/16, fc00::/7, fec0::/10
//   shared (CGNAT)   100.64/10
//   link-local       169.254/16, fe80::/10
//   multicast        224/4, ff00::/8
//   broadcast        255.255.255.255
//   reserved         192.0.0/24, 192.0.2/24, 192.88.99/24, 198.18/15,
//                    198.51.100/24, 203.0.113/24, 240/4, 100::/64, 2001:db8::/32
//
//   auto c = wt::audit::classify(*wt::audit::parse_ip_host("2852039166"));
//   c == AddressClass::CloudMetadata;  address_class_name(c) == "cloud metadata"
#pragma once

#include <string_view>

#include "audit/url/ip_address.hpp"

namespace wt::audit {

enum class AddressClass {
  Public,
  CloudMetadata,
  Unspecified,
  Loopback,
  Private,
  SharedCgnat,
  LinkLocal,
  Multicast,
  Broadcast,
  Reserved,
};

/// The class of an address; an IPv6 address that embeds an IPv4 one (see
/// above) has the class of that IPv4 address.
AddressClass classify(const IpAddress& address);

/// "public", "cloud metadata", "unspecified", "loopback", "private",
/// "shared (CGNAT)", "link-local", "multicast", "broadcast", "reserved".
std::string_view address_class_name(AddressClass c);

/// The IPv4 address an IPv6 one carries (mapped, compatible, NAT64, 6to4); nullopt when none.
std::optional<IpAddress> embedded_ipv4(const IpAddress& v6);

}  // namespace wt::audit
