#include "core/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdint>
#include <mutex>

#include "core/utf8.hpp"
#include "core/vietnamese_fold.hpp"

namespace wt {
namespace {

icu::UnicodeString from_utf8(std::string_view text) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// Whether a code point is NFC_Quick_Check=Yes with combining class 0: a
// valid text made only of these (and ASCII) is already NFC (UAX #15 quick
// check). Asked of ICU once per code point.
bool nfc_inert(char32_t cp) {
  return u_getCombiningClass(static_cast<UChar32>(cp)) == 0 &&
         u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_NFC_QUICK_CHECK) == UNORM_YES;
}

// nfc_inert of every two-byte code point (U+0080-U+07FF: Latin with its
// diacritics, Greek, Cyrillic ...), filled at first use: one bit each.
class TwoByteInertTable {
 public:
  TwoByteInertTable() {
    for (char32_t cp = 0x80; cp < 0x800; ++cp)
      if (nfc_inert(cp)) bits_[cp >> 6] |= uint64_t{1} << (cp & 63);
  }
  bool inert(char32_t cp) const { return (bits_[cp >> 6] >> (cp & 63)) & 1; }

 private:
  uint64_t bits_[32] = {};
};

const TwoByteInertTable& two_byte_inert_table() {
  static const TwoByteInertTable table;
  return table;
}

// nfc_inert of the code points of the BMP, one bit each, each block of 256
// filled on first use (Vietnamese needs U+1Exx only).
class NfcInertTable {
 public:
  bool inert(char32_t cp) {
    const size_t block = cp >> 8;
    if (!ready_[block].load(std::memory_order_acquire)) fill(block);
    return (bits_[cp >> 6] >> (cp & 63)) & 1;
  }

 private:
  void fill(size_t block) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (ready_[block].load(std::memory_order_relaxed)) return;
    for (char32_t cp = static_cast<char32_t>(block << 8); cp < ((block + 1) << 8); ++cp)
      if (nfc_inert(cp)) bits_[cp >> 6] |= uint64_t{1} << (cp & 63);
    ready_[block].store(true, std::memory_order_release);
  }
  std::mutex mutex_;
  std::atomic<bool> ready_[256] = {};
  uint64_t bits_[1024] = {};  // a block's words are written once, before its ready_ flag
};

NfcInertTable& nfc_inert_table() {
  static NfcInertTable table;
  return table;
}

enum class Scan { Ascii, ValidNfc, Other };

// One pass over `s`: Ascii when it is pure ASCII, ValidNfc when it is valid
// UTF-8 that the quick check proves NFC, else Other (invalid UTF-8, or a code
// point the quick check cannot settle: ask ICU). Every page an audit reads
// goes through here, mostly ASCII markup with short Vietnamese words in it:
// ASCII is skipped eight bytes at a time up to the first byte that is not.
Scan scan_utf8_nfc(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* const end = p + s.size();
  const TwoByteInertTable* two = nullptr;
  NfcInertTable* three = nullptr;
  bool non_ascii = false;
  for (;;) {
    p = skip_ascii(p, end);
    if (p == end) break;
    const Utf8Char c = decode_utf8(p, end);
    // Invalid bytes, and code points beyond the BMP: ICU decides.
    if (!c.valid || c.length == 4) return Scan::Other;
    if (c.length == 2) {
      if (!two) two = &two_byte_inert_table();
      if (!two->inert(c.value)) return Scan::Other;
    } else {
      if (!three) three = &nfc_inert_table();
      if (!three->inert(c.value)) return Scan::Other;
    }
    p += c.length;
    non_ascii = true;
  }
  return non_ascii ? Scan::ValidNfc : Scan::Ascii;
}

}  // namespace

std::string to_nfc(std::string_view text) {
  if (scan_utf8_nfc(text) != Scan::Other) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  const bool valid = is_valid_utf8(text);
  icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  // Fast path: valid UTF-8 that is already NFC (nearly all Vietnamese text).
  if (valid && nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(text);
  status = U_ZERO_ERROR;
  icu::UnicodeString src = from_utf8(text);  // invalid bytes become U+FFFD here
  icu::UnicodeString out = nfc->normalize(src, status);
  if (U_FAILURE(status)) return to_utf8(src);
  return to_utf8(out);
}

std::optional<std::string> to_nfc_if_valid(std::string_view text) {
  if (scan_utf8_nfc(text) != Scan::Other) return std::string(text);
  if (!is_valid_utf8(text)) return std::nullopt;
  if (is_ascii(text)) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(text);
  status = U_ZERO_ERROR;
  icu::UnicodeString out = nfc->normalize(from_utf8(text), status);
  return U_SUCCESS(status) ? to_utf8(out) : std::string(text);
}

std::string slugify(std::string_view text) {
  std::string folded = fold_diacritics(text);
  std::string out;
  bool dash = false;
  for (unsigned char c : folded) {
    if (std::isalnum(c) && c < 0x80) {
      if (dash && !out.empty()) out += '-';
      dash = false;
      out += static_cast<char>(std::tolower(c));
    } else {
      dash = true;
    }
  }
  return out;
}

std::string cap_slug(std::string_view slug, size_t max) {
  if (slug.size() <= max) return std::string(slug);
  size_t dash = slug.rfind('-', max);
  if (dash == std::string_view::npos || dash == 0) return std::string(slug.substr(0, max));
  return std::string(slug.substr(0, dash));
}

std::string format_vnd(long long amount) {
  std::string digits = std::to_string(amount < 0 ? -amount : amount);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return (amount < 0 ? "-" : "") + out + " đ";
}

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = std::string::npos;
  const size_t limit = std::max<size_t>(2, word.size() / 3);
  for (const auto& c : candidates) {
    size_t d = edit_distance(word, c);
    if (d <= limit && d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  return best;
}

std::string trim(std::string_view text) {
  size_t b = 0, e = text.size();
  while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
  return std::string(text.substr(b, e - b));
}

}  // namespace wt
