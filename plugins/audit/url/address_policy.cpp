// The address classes of address_policy.hpp.
#include "audit/url/address_policy.hpp"

#include <cstdint>

namespace wt::audit {
namespace {

struct V4Range {
  std::uint32_t base;
  int prefix;
  AddressClass cls;
};

constexpr std::uint32_t ip4(unsigned a, unsigned b, unsigned c, unsigned d) {
  return (a << 24) | (b << 16) | (c << 8) | d;
}

// Single addresses first: a metadata service sits inside a wider range.
constexpr V4Range kV4[] = {
    {ip4(169, 254, 169, 254), 32, AddressClass::CloudMetadata},  // AWS, GCP, Azure, OpenStack, Oracle ...
    {ip4(169, 254, 170, 2), 32, AddressClass::CloudMetadata},    // AWS ECS task metadata
    {ip4(169, 254, 169, 253), 32, AddressClass::CloudMetadata},  // AWS DNS / time
    {ip4(169, 254, 0, 23), 32, AddressClass::CloudMetadata},     // Tencent Cloud
    {ip4(100, 100, 100, 200), 32, AddressClass::CloudMetadata},  // Alibaba Cloud
    {ip4(168, 63, 129, 16), 32, AddressClass::CloudMetadata},    // Azure WireServer
    {ip4(192, 0, 0, 192), 32, AddressClass::CloudMetadata},      // Oracle Cloud (legacy)
    {ip4(255, 255, 255, 255), 32, AddressClass::Broadcast},
    {ip4(0, 0, 0, 0), 8, AddressClass::Unspecified},
    {ip4(10, 0, 0, 0), 8, AddressClass::Private},
    {ip4(100, 64, 0, 0), 10, AddressClass::SharedCgnat},
    {ip4(127, 0, 0, 0), 8, AddressClass::Loopback},
    {ip4(169, 254, 0, 0), 16, AddressClass::LinkLocal},
    {ip4(172, 16, 0, 0), 12, AddressClass::Private},
    {ip4(192, 0, 0, 0), 24, AddressClass::Reserved},
    {ip4(192, 0, 2, 0), 24, AddressClass::Reserved},
    {ip4(192, 88, 99, 0), 24, AddressClass::Reserved},
    {ip4(192, 168, 0, 0), 16, AddressClass::Private},
    {ip4(198, 18, 0, 0), 15, AddressClass::Reserved},
    {ip4(198, 51, 100, 0), 24, AddressClass::Reserved},
    {ip4(203, 0, 113, 0), 24, AddressClass::Reserved},
    {ip4(224, 0, 0, 0), 4, AddressClass::Multicast},
    {ip4(240, 0, 0, 0), 4, AddressClass::Reserved},
};

AddressClass classify_v4(std::uint32_t a) {
  for (const auto& r : kV4) {
    const std::uint32_t mask = r.prefix == 0 ? 0 : ~std::uint32_t{0} << (32 - r.prefix);
    if ((a & mask) == (r.base & mask)) return r.cls;
  }
  return AddressClass::Public;
}

bool has_prefix(const IpAddress& a, std::initializer_list<std::uint8_t> bytes, int bits) {
  std::uint8_t want[16] = {};
  size_t i = 0;
  for (auto b : bytes) want[i++] = b;
  for (int bit = 0; bit < bits; ++bit) {
    const size_t byte = static_cast<size_t>(bit / 8);
    const int shift = 7 - bit % 8;
    if (((a.bytes[byte] >> shift) & 1) != ((want[byte] >> shift) & 1)) return false;
  }
  return true;
}

bool all_zero(const IpAddress& a, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i)
    if (a.bytes[i] != 0) return false;
  return true;
}

IpAddress v4_at(const IpAddress& a, size_t offset) {
  IpAddress out;
  for (size_t i = 0; i < 4; ++i) out.bytes[i] = a.bytes[offset + i];
  return out;
}

}  // namespace

std::optional<IpAddress> embedded_ipv4(const IpAddress& a) {
  if (!a.v6) return std::nullopt;
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible; not :: and ::1).
  if (all_zero(a, 0, 10) && a.bytes[10] == 0xFF && a.bytes[11] == 0xFF) return v4_at(a, 12);
  if (all_zero(a, 0, 12) && !(all_zero(a, 12, 15) && a.bytes[15] <= 1)) return v4_at(a, 12);
  if (has_prefix(a, {0x00, 0x64, 0xFF, 0x9B}, 96) && all_zero(a, 4, 12)) return v4_at(a, 12);  // NAT64
  if (has_prefix(a, {0x20, 0x02}, 16)) return v4_at(a, 2);                                      // 6to4
  return std::nullopt;
}

AddressClass classify(const IpAddress& a) {
  if (!a.v6) return classify_v4(a.v4_value());
  if (auto v4 = embedded_ipv4(a)) return classify_v4(v4->v4_value());
  // fd00:ec2::254 and fd00:ec2::23 (AWS IMDS and DNS over IPv6).
  if (has_prefix(a, {0xFD, 0x00, 0x0E, 0xC2}, 32) && all_zero(a, 4, 14) &&
      ((a.bytes[14] == 0x02 && a.bytes[15] == 0x54) || (a.bytes[14] == 0 && a.bytes[15] == 0x23)))
    return AddressClass::CloudMetadata;
  if (all_zero(a, 0, 16)) return AddressClass::Unspecified;
  if (all_zero(a, 0, 15) && a.bytes[15] == 1) return AddressClass::Loopback;
  if (has_prefix(a, {0xFC}, 7)) return AddressClass::Private;
  if (has_prefix(a, {0xFE, 0x80}, 10)) return AddressClass::LinkLocal;
  if (has_prefix(a, {0xFE, 0xC0}, 10)) return AddressClass::Private;  // site-local (deprecated)
  if (has_prefix(a, {0xFF}, 8)) return AddressClass::Multicast;
  if (has_prefix(a, {0x01, 0x00}, 64)) return AddressClass::Reserved;  // discard-only
  if (has_prefix(a, {0x20, 0x01, 0x0D, 0xB8}, 32)) return AddressClass::Reserved;  // documentation
  if (all_zero(a, 0, 10)) return AddressClass::Reserved;  // the rest of ::/80
  return AddressClass::Public;
}

std::string_view address_class_name(AddressClass c) {
  switch (c) {
    case AddressClass::Public: return "public";
    case AddressClass::CloudMetadata: return "cloud metadata";
    case AddressClass::Unspecified: return "unspecified";
    case AddressClass::Loopback: return "loopback";
    case AddressClass::Private: return "private";
    case AddressClass::SharedCgnat: return "shared (CGNAT)";
    case AddressClass::LinkLocal: return "link-local";
    case AddressClass::Multicast: return "multicast";
    case AddressClass::Broadcast: return "broadcast";
    case AddressClass::Reserved: return "reserved";
  }
  return "reserved";
}

}  // namespace wt::audit
