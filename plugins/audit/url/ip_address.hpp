// IP addresses in URL hosts, read as the WHATWG URL Standard's host parser
// reads them (https://url.spec.whatwg.org/#host-parsing), so that the
// crawler sees the address a browser or libcurl would connect to, however a
// hostile page spells it:
//
//   "2852039166", "0xA9FEA9FE", "0251.0376.0251.0376", "169.254.43518",
//   "0xa9.254.169.254." are all 169.254.169.254; "127.1" is 127.0.0.1;
//   "[::FFFF:A9FE:A9FE]" is the IPv6 form of 169.254.169.254.
//
// An IPv4 host is one whose last label "ends in a number" (all digits, or a
// 0x number): it must then parse as IPv4, else the host is invalid
// ("foo.123", "1.2.3.4.5", "256.1.1.1"). IPv6 literals follow RFC 4291
// (with a trailing dotted IPv4, no zone identifiers) and are written back as
// RFC 5952 / WHATWG serialise them: lower-case, the longest run of two or
// more zero pieces as "::". Pure and never throws.
//
//   auto a = wt::audit::parse_ip_host("0x7f.1");   // 127.0.0.1
//   wt::audit::canonical_host("[0:0::1]")         // "[::1]"
//   wt::audit::canonical_host("thcs-a.edu.vn")    // "thcs-a.edu.vn" (a name, unchanged)
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wt::audit {

struct IpAddress {
  bool v6 = false;
  /// Network byte order: an IPv4 address in the first 4 bytes, the rest 0.
  std::array<std::uint8_t, 16> bytes{};

  static IpAddress v4(std::uint32_t value);
  std::uint32_t v4_value() const;  ///< The IPv4 address as a number (only when !v6).
  bool operator==(const IpAddress&) const = default;
};

/// What a host string is once read.
enum class HostKind {
  Name,     ///< A registered name (DNS), left to the resolver.
  Ipv4,     ///< An IPv4 address in any WHATWG spelling.
  Ipv6,     ///< A bracketed IPv6 literal.
  Invalid,  ///< Ends in a number but is no IPv4 address, or a malformed "[...]".
};

struct ParsedHost {
  HostKind kind = HostKind::Invalid;
  IpAddress address;  ///< When kind is Ipv4 or Ipv6.
};

/// Reads a URL host (without port; IPv6 in brackets). ASCII only: a host
/// with other bytes is a Name (IDN) unless it ends in a number.
ParsedHost parse_host(std::string_view host);

/// The address of an IP host in any spelling; nullopt for names and invalid hosts.
std::optional<IpAddress> parse_ip_host(std::string_view host);

/// An IPv6 literal without brackets ("::ffff:169.254.169.254").
std::optional<IpAddress> parse_ipv6(std::string_view text);

/// "169.254.169.254", "::ffff:a9fe:a9fe" (IPv6 without brackets).
std::string to_string(const IpAddress& address);

/// The host as a URL should carry it: IPv4 spellings in dotted decimal, IPv6
/// compressed in brackets, names unchanged; nullopt when the host is invalid.
std::optional<std::string> canonical_host(std::string_view host);

}  // namespace wt::audit
