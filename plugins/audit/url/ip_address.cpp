// Host parsing of the WHATWG URL Standard (IPv4 and IPv6 parts); see ip_address.hpp.
#include "audit/url/ip_address.hpp"

#include <vector>

namespace wt::audit {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Values above this are only ever "too large": parsing saturates here, so
// that a thousand digits cannot overflow.
constexpr std::uint64_t kTooLarge = std::uint64_t{1} << 40;

/// The WHATWG "IPv4 number parser": decimal, 0x hex, or 0-prefixed octal; an
/// empty number after the prefix ("0x") is 0. nullopt on a bad digit.
std::optional<std::uint64_t> ipv4_number(std::string_view s) {
  if (s.empty()) return std::nullopt;
  int radix = 10;
  if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    s.remove_prefix(2);
    radix = 16;
  } else if (s.size() >= 2 && s[0] == '0') {
    s.remove_prefix(1);
    radix = 8;
  }
  std::uint64_t value = 0;
  for (char c : s) {
    const int d = hex_value(c);
    if (d < 0 || d >= radix) return std::nullopt;
    value = value * static_cast<std::uint64_t>(radix) + static_cast<std::uint64_t>(d);
    if (value > kTooLarge) value = kTooLarge;
  }
  return value;
}

std::vector<std::string_view> split_dots(std::string_view host) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (;;) {
    const size_t dot = host.find('.', start);
    if (dot == std::string_view::npos) {
      parts.push_back(host.substr(start));
      return parts;
    }
    parts.push_back(host.substr(start, dot - start));
    start = dot + 1;
  }
}

/// The labels of a host, without the empty one a trailing dot leaves.
std::vector<std::string_view> labels(std::string_view host) {
  auto parts = split_dots(host);
  if (parts.size() > 1 && parts.back().empty()) parts.pop_back();
  return parts;
}

/// WHATWG "ends in a number checker" (without allocating: it runs for
/// every host normalize() sees).
bool ends_in_number(std::string_view host) {
  if (host.size() > 1 && host.back() == '.') host.remove_suffix(1);
  const size_t dot = host.rfind('.');
  const std::string_view last = dot == std::string_view::npos ? host : host.substr(dot + 1);
  if (last.empty()) return false;
  bool digits = true;
  for (char c : last) digits = digits && is_digit(c);
  return digits || ipv4_number(last).has_value();
}

/// WHATWG "IPv4 parser"; nullopt is failure.
std::optional<std::uint32_t> parse_ipv4(std::string_view host) {
  const auto parts = labels(host);
  if (parts.size() > 4) return std::nullopt;
  std::vector<std::uint64_t> numbers;
  for (auto part : parts) {
    auto n = ipv4_number(part);
    if (!n) return std::nullopt;
    numbers.push_back(*n);
  }
  for (size_t i = 0; i + 1 < numbers.size(); ++i)
    if (numbers[i] > 255) return std::nullopt;
  const std::uint64_t limit = std::uint64_t{1} << (8 * (5 - numbers.size()));
  if (numbers.back() >= limit) return std::nullopt;
  std::uint64_t value = numbers.back();
  for (size_t i = 0; i + 1 < numbers.size(); ++i) value += numbers[i] << (8 * (3 - i));
  return static_cast<std::uint32_t>(value);
}

/// A dotted-decimal IPv4 at the end of an IPv6 literal: four decimal parts,
/// no leading zeros, each at most 255 (WHATWG IPv6 parser, step 6.5).
std::optional<std::uint32_t> embedded_ipv4(std::string_view s) {
  const auto parts = split_dots(s);
  if (parts.size() != 4) return std::nullopt;
  std::uint32_t value = 0;
  for (auto p : parts) {
    if (p.empty() || p.size() > 3 || (p.size() > 1 && p[0] == '0')) return std::nullopt;
    unsigned n = 0;
    for (char c : p) {
      if (!is_digit(c)) return std::nullopt;
      n = n * 10 + static_cast<unsigned>(c - '0');
    }
    if (n > 255) return std::nullopt;
    value = (value << 8) | n;
  }
  return value;
}

/// A colon-separated run of hex pieces ("1:db8", or "" for none); the last
/// piece may be a dotted IPv4 when `ipv4_last` (it then counts as two).
bool read_pieces(std::string_view s, bool ipv4_last, std::vector<std::uint16_t>& out) {
  if (s.empty()) return true;
  size_t start = 0;
  for (;;) {
    const size_t colon = s.find(':', start);
    const std::string_view piece = s.substr(start, colon == std::string_view::npos ? s.npos : colon - start);
    const bool last = colon == std::string_view::npos;
    if (last && ipv4_last && piece.find('.') != std::string_view::npos) {
      auto v4 = embedded_ipv4(piece);
      if (!v4) return false;
      out.push_back(static_cast<std::uint16_t>(*v4 >> 16));
      out.push_back(static_cast<std::uint16_t>(*v4 & 0xFFFF));
      return true;
    }
    if (piece.empty() || piece.size() > 4) return false;
    unsigned value = 0;
    for (char c : piece) {
      const int d = hex_value(c);
      if (d < 0) return false;
      value = value * 16 + static_cast<unsigned>(d);
    }
    out.push_back(static_cast<std::uint16_t>(value));
    if (last) return true;
    start = colon + 1;
  }
}

}  // namespace

IpAddress IpAddress::v4(std::uint32_t value) {
  IpAddress a;
  for (int i = 0; i < 4; ++i) a.bytes[static_cast<size_t>(i)] = static_cast<std::uint8_t>(value >> (24 - 8 * i));
  return a;
}

std::uint32_t IpAddress::v4_value() const {
  return (std::uint32_t{bytes[0]} << 24) | (std::uint32_t{bytes[1]} << 16) | (std::uint32_t{bytes[2]} << 8) |
         std::uint32_t{bytes[3]};
}

std::optional<IpAddress> parse_ipv6(std::string_view text) {
  if (text.size() > 64) return std::nullopt;
  std::vector<std::uint16_t> head, tail;
  const size_t gap = text.find("::");
  if (gap == std::string_view::npos) {
    if (!read_pieces(text, true, head) || head.size() != 8) return std::nullopt;
  } else {
    if (text.find("::", gap + 1) != std::string_view::npos) return std::nullopt;
    const std::string_view before = text.substr(0, gap), after = text.substr(gap + 2);
    if (!read_pieces(before, false, head) || !read_pieces(after, true, tail)) return std::nullopt;
    if (head.size() + tail.size() > 7) return std::nullopt;
  }
  IpAddress a;
  a.v6 = true;
  std::vector<std::uint16_t> pieces(8, 0);
  for (size_t i = 0; i < head.size(); ++i) pieces[i] = head[i];
  for (size_t i = 0; i < tail.size(); ++i) pieces[8 - tail.size() + i] = tail[i];
  for (size_t i = 0; i < 8; ++i) {
    a.bytes[2 * i] = static_cast<std::uint8_t>(pieces[i] >> 8);
    a.bytes[2 * i + 1] = static_cast<std::uint8_t>(pieces[i] & 0xFF);
  }
  return a;
}

ParsedHost parse_host(std::string_view host) {
  ParsedHost out;
  if (host.empty()) return out;
  if (host.front() == '[') {
    if (host.size() < 3 || host.back() != ']') return out;
    auto a = parse_ipv6(host.substr(1, host.size() - 2));
    if (!a) return out;
    out.kind = HostKind::Ipv6;
    out.address = *a;
    return out;
  }
  if (!ends_in_number(host)) {
    out.kind = HostKind::Name;
    return out;
  }
  auto v4 = parse_ipv4(host);
  if (!v4) return out;
  out.kind = HostKind::Ipv4;
  out.address = IpAddress::v4(*v4);
  return out;
}

std::optional<IpAddress> parse_ip_host(std::string_view host) {
  ParsedHost p = parse_host(host);
  if (p.kind == HostKind::Ipv4 || p.kind == HostKind::Ipv6) return p.address;
  return std::nullopt;
}

std::string to_string(const IpAddress& a) {
  if (!a.v6) {
    std::string out;
    for (int i = 0; i < 4; ++i) {
      if (i) out += '.';
      out += std::to_string(a.bytes[static_cast<size_t>(i)]);
    }
    return out;
  }
  std::uint16_t pieces[8];
  for (size_t i = 0; i < 8; ++i) pieces[i] = static_cast<std::uint16_t>((a.bytes[2 * i] << 8) | a.bytes[2 * i + 1]);
  // The first longest run of two or more zero pieces becomes "::".
  int best = -1, best_len = 1;
  for (int i = 0; i < 8;) {
    if (pieces[i] != 0) {
      ++i;
      continue;
    }
    int j = i;
    while (j < 8 && pieces[j] == 0) ++j;
    if (j - i > best_len) best = i, best_len = j - i;
    i = j;
  }
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (int i = 0; i < 8; ++i) {
    if (i == best) {
      out += i == 0 ? "::" : ":";
      i += best_len - 1;
      continue;
    }
    std::string piece;
    for (int shift = 12; shift >= 0; shift -= 4) {
      const int d = (pieces[i] >> shift) & 0xF;
      if (piece.empty() && d == 0 && shift > 0) continue;
      piece += kHex[d];
    }
    out += piece;
    if (i != 7) out += ':';
  }
  return out;
}

std::optional<std::string> canonical_host(std::string_view host) {
  ParsedHost p = parse_host(host);
  switch (p.kind) {
    case HostKind::Name: return std::string(host);
    case HostKind::Ipv4: return to_string(p.address);
    case HostKind::Ipv6: return "[" + to_string(p.address) + "]";
    case HostKind::Invalid: break;
  }
  return std::nullopt;
}

}  // namespace wt::audit
