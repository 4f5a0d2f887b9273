// UTF-8 as every part of Webtruong reads it: the one decoder, the one
// encoder and the cuts that never split a sequence. The NFC quick check
// (text.hpp), the diacritic fold (vietnamese_fold.hpp), the audit's page
// text and dates all decode through decode_utf8(), so "valid" means the same
// everywhere: no stray continuation byte, no overlong form, no surrogate
// (U+D800-U+DFFF), nothing beyond U+10FFFF.
//
//   for (size_t i = 0; i < text.size();) {
//     wt::Utf8Char c = wt::decode_utf8(text, i);
//     if (!c.valid) ...;                  // one bad byte; the next call starts after it
//     i += c.length;
//   }
//
// Hot: pages of a crawl pass here byte by byte, so decode_utf8 is inline
// and ASCII runs are skipped eight bytes at a time (skip_ascii).
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace wt {

/// One code point read from UTF-8.
struct Utf8Char {
  char32_t value = 0;  ///< The code point; 0 when not valid.
  std::size_t length = 1;  ///< Bytes read: 1 to 4 (1 for a byte that starts no valid sequence).
  bool valid = false;
};

/// The code point that starts at p (p < end). An invalid byte (a stray
/// continuation byte, a lead byte without its continuation bytes, C0, C1,
/// F5-FF, an overlong form, a surrogate, a value beyond U+10FFFF) gives
/// valid == false and length 1: skipping `length` meets every byte once.
inline Utf8Char decode_utf8(const unsigned char* p, const unsigned char* end) {
  const unsigned c = p[0];
  if (c < 0x80) return {c, 1, true};
  const std::ptrdiff_t left = end - p;
  auto cont = [&](int k) { return (p[k] & 0xC0u) == 0x80u; };
  if (c < 0xC2) return {};  // a continuation byte, or an overlong two-byte lead
  if (c < 0xE0) {
    if (left < 2 || !cont(1)) return {};
    return {(static_cast<char32_t>(c & 0x1Fu) << 6) | (p[1] & 0x3Fu), 2, true};
  }
  if (c < 0xF0) {
    if (left < 3 || !cont(1) || !cont(2)) return {};
    const char32_t v =
        (static_cast<char32_t>(c & 0x0Fu) << 12) | (static_cast<char32_t>(p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    if (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF)) return {};
    return {v, 3, true};
  }
  if (c < 0xF5) {
    if (left < 4 || !cont(1) || !cont(2) || !cont(3)) return {};
    const char32_t v = (static_cast<char32_t>(c & 0x07u) << 18) | (static_cast<char32_t>(p[1] & 0x3Fu) << 12) |
                       (static_cast<char32_t>(p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
    if (v < 0x10000 || v > 0x10FFFF) return {};
    return {v, 4, true};
  }
  return {};
}

/// decode_utf8 of the code point that starts at s[i] (i < s.size()).
inline Utf8Char decode_utf8(std::string_view s, std::size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  return decode_utf8(p + i, p + s.size());
}

/// The first byte at or after p that is not ASCII, or end: eight bytes at a
/// time (most of any page, and of Vietnamese text, is ASCII).
inline const unsigned char* skip_ascii(const unsigned char* p, const unsigned char* end) {
  while (end - p >= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    std::uint64_t high = word & 0x8080808080808080ULL;
    if (high != 0) {
      if constexpr (std::endian::native == std::endian::big) high = __builtin_bswap64(high);
      return p + (__builtin_ctzll(high) >> 3);  // the first byte in memory order with its high bit set
    }
    p += 8;
  }
  while (p < end && *p < 0x80) ++p;
  return p;
}

/// True when every byte is ASCII.
inline bool is_ascii(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  return skip_ascii(p, p + s.size()) == p + s.size();
}

/// True when `s` is valid UTF-8 (as decode_utf8 judges).
bool is_valid_utf8(std::string_view s);

/// Offset of the first byte decode_utf8 finds invalid, or npos.
std::size_t first_invalid_utf8(std::string_view s);

/// `s` with every byte decode_utf8 finds invalid replaced by U+FFFD (for
/// text a library hands back that may not be what it was given: gumbo turns
/// an out-of-range character reference into bytes that are not UTF-8).
std::string repair_utf8(std::string_view s);

/// Appends the UTF-8 of `cp` (cp <= U+10FFFF, not a surrogate).
void append_utf8(std::string& out, char32_t cp);

/// The longest prefix of `s` of at most `max` bytes that does not end inside
/// a multi-byte sequence.
std::string_view utf8_prefix(std::string_view s, std::size_t max);

}  // namespace wt
