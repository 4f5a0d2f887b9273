// The fold table (vietnamese_fold.hpp) and the ways of reading a text
// through it. ICU is asked only to fill the table (one code point at a
// time) and to repair invalid UTF-8 the way it repairs it everywhere else.
#include "core/vietnamese_fold.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>

#include "core/text.hpp"
#include "core/utf8.hpp"

namespace wt {
namespace {

// fold_code_point, as wt::fold_diacritics computed it for a whole text
// before the table: NFD, then marks dropped, đ -> d, Đ -> D.
std::string fold_with_icu(char32_t cp) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::UnicodeString src(static_cast<UChar32>(cp));
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(src, status) : src;
  if (U_FAILURE(status)) decomposed = src;
  std::string out;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x0111) c = 'd';
    else if (c == 0x0110) c = 'D';
    append_utf8(out, static_cast<char32_t>(c));
  }
  return out;
}

// The tone marks of Vietnamese, in the order of their digit (1 sắc, 2 huyền,
// 3 hỏi, 4 ngã, 5 nặng); 0: not a tone mark.
std::uint8_t tone_of(UChar32 c) {
  switch (c) {
    case 0x0301: case 0x0341: return 1;
    case 0x0300: case 0x0340: return 2;
    case 0x0309: return 3;
    case 0x0303: return 4;
    case 0x0323: return 5;
    default: return 0;
  }
}

// spelling_parts of one code point, by ICU: NFD, the tone mark taken out,
// NFC again, each code point lower-case (simple case mapping).
void spelling_with_icu(char32_t cp, std::string& spelling, std::uint8_t& tone) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = U_SUCCESS(status) ? icu::Normalizer2::getNFCInstance(status) : nullptr;
  const icu::UnicodeString src(static_cast<UChar32>(cp));
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(src, status) : src;
  if (U_FAILURE(status)) decomposed = src;
  icu::UnicodeString rest;
  tone = 0;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (const std::uint8_t t = tone_of(c)) {
      tone = t;
      continue;
    }
    rest.append(c);
  }
  UErrorCode s2 = U_ZERO_ERROR;
  icu::UnicodeString composed = nfc ? nfc->normalize(rest, s2) : rest;
  if (U_FAILURE(s2)) composed = rest;
  for (int32_t i = 0; i < composed.length();) {
    const UChar32 c = composed.char32At(i);
    i += U16_LENGTH(c);
    append_utf8(spelling, static_cast<char32_t>(u_tolower(c)));
  }
}

// Letters, digits and marks (\p{L}, \p{N}, \p{M}) make words.
bool word_code_point(char32_t cp) {
  return (U_GET_GC_MASK(static_cast<UChar32>(cp)) & (U_GC_L_MASK | U_GC_N_MASK | U_GC_M_MASK)) != 0;
}

// Spaces and dashes that the one-byte option reads as ' ' and '-'.
bool space_like(char32_t cp) {
  return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
         cp == 0xFEFF;
}
bool dash_like(char32_t cp) { return (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212; }

// The one-byte fold of a code point whose fold is `f` (0: nothing).
char one_byte(char32_t cp, std::string_view f) {
  if (space_like(cp)) return ' ';
  if (dash_like(cp)) return '-';
  if (f.empty()) return 0;
  if (f.size() == 1 && static_cast<unsigned char>(f[0]) < 0x80) {
    const char c = f[0];
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return '\x01';
}

// 256 code points: their folds in one string, and their one-byte folds.
struct Block {
  std::string folds;
  std::array<std::uint16_t, 257> start{};  ///< The fold of code point k is folds[start[k], start[k + 1]).
  std::array<char, 256> byte{};
  // The search tokenizer's view (spelling_parts): the code point lower-case
  // without its tone mark, the tone, and whether it belongs to a word.
  std::string spellings;
  std::array<std::uint16_t, 257> spelling_start{};
  std::array<std::uint8_t, 256> tone{};
  std::array<bool, 256> word{};

  std::string_view fold(char32_t cp) const {
    const std::size_t k = cp & 0xFF;
    return std::string_view(folds).substr(start[k], start[k + 1] - start[k]);
  }
  std::string_view spelling(char32_t cp) const {
    const std::size_t k = cp & 0xFF;
    return std::string_view(spellings).substr(spelling_start[k], spelling_start[k + 1] - spelling_start[k]);
  }
};

class FoldTable {
 public:
  const Block& block(char32_t cp) {
    const std::size_t n = cp >> 8;
    const Block* b = blocks_[n].load(std::memory_order_acquire);
    return b ? *b : fill(n);
  }

 private:
  const Block& fill(std::size_t n) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (const Block* b = blocks_[n].load(std::memory_order_relaxed)) return *b;
    auto b = std::make_unique<Block>();
    for (std::size_t k = 0; k < 256; ++k) {
      const auto cp = static_cast<char32_t>((n << 8) | k);
      b->start[k] = static_cast<std::uint16_t>(b->folds.size());
      b->spelling_start[k] = static_cast<std::uint16_t>(b->spellings.size());
      if (cp >= 0xD800 && cp <= 0xDFFF) continue;  // surrogates: never decoded
      const std::string f = cp < 0x80 ? std::string(1, static_cast<char>(cp)) : fold_with_icu(cp);
      b->folds += f;
      b->byte[k] = one_byte(cp, f);
      b->word[k] = word_code_point(cp);
      if (cp < 0x80) {
        b->spellings += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
      } else {
        spelling_with_icu(cp, b->spellings, b->tone[k]);
      }
    }
    b->start[256] = static_cast<std::uint16_t>(b->folds.size());
    b->spelling_start[256] = static_cast<std::uint16_t>(b->spellings.size());
    owned_[n] = std::move(b);
    blocks_[n].store(owned_[n].get(), std::memory_order_release);
    return *owned_[n];
  }

  static constexpr std::size_t kBlocks = 0x110000 >> 8;
  std::mutex mutex_;
  std::array<std::atomic<const Block*>, kBlocks> blocks_{};
  std::array<std::unique_ptr<const Block>, kBlocks> owned_;
};

FoldTable& table() {
  static FoldTable t;
  return t;
}

/// `bytes` (invalid UTF-8) as ICU reads it: each ill-formed sequence U+FFFD.
std::string repaired(std::string_view bytes) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(bytes.data(), static_cast<int32_t>(bytes.size())))
      .toUTF8String(out);
  return out;
}

// Where the folded bytes go. Both sinks only append, so the fold of the
// first code points of a text is the beginning of the fold of the whole.
class TextSink {
 public:
  TextSink(std::size_t reserve, bool lower) : lower_(lower) { out_.reserve(reserve); }
  void put(std::string_view folded) {
    if (!lower_) {
      out_ += folded;
      return;
    }
    for (char c : folded) out_ += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  void put(unsigned char c) { out_ += static_cast<char>(lower_ && c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); }
  std::size_t size() const { return out_.size(); }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
  bool lower_;
};

// Option `words`: a space is put only before the next word, so once the sink
// holds more than n bytes the whole fold is longer than n.
class WordSink {
 public:
  WordSink(std::size_t reserve, bool lower) : lower_(lower) { out_.reserve(reserve); }
  void put(unsigned char c) {
    const bool small = c >= 'a' && c <= 'z', capital = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
    if (!small && !capital && !digit) {
      space_ = !out_.empty();
      return;
    }
    if (space_) out_ += ' ';
    space_ = false;
    out_ += static_cast<char>(capital && lower_ ? c - 'A' + 'a' : c);
  }
  void put(std::string_view folded) {
    for (unsigned char c : folded) put(c);
  }
  std::size_t size() const { return out_.size(); }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
  bool lower_;
  bool space_ = false;
};

// Folds [p, end) into `sink` until `enough()`; false when it stops at a byte
// that is not valid UTF-8 (p then points at it).
template <class Sink, class Enough>
bool fold_valid(const unsigned char*& p, const unsigned char* end, Sink& sink, Enough enough) {
  FoldTable& t = table();
  while (p < end && !enough()) {
    if (*p < 0x80) {
      sink.put(*p++);
      continue;
    }
    const Utf8Char c = decode_utf8(p, end);
    if (!c.valid) return false;
    sink.put(t.block(c.value).fold(c.value));
    p += c.length;
  }
  return true;
}

// The whole of `text` (or until `enough()`); what follows an invalid byte is
// repaired first. Repairing from there gives what repairing the whole text
// gives: the part before is valid and ends with a whole code point.
template <class Sink, class Enough>
void fold_into(std::string_view text, Sink& sink, Enough enough) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* const end = p + text.size();
  if (fold_valid(p, end, sink, enough)) return;
  const std::string rest = repaired(std::string_view(reinterpret_cast<const char*>(p), end - p));
  const auto* q = reinterpret_cast<const unsigned char*>(rest.data());
  fold_valid(q, q + rest.size(), sink, enough);
}

template <class Sink>
std::string fold_prefix_with(std::string_view text, std::size_t max_bytes, Sink sink, bool* longer) {
  fold_into(text, sink, [&] { return sink.size() > max_bytes; });
  std::string out = sink.take();
  if (longer) *longer = out.size() > max_bytes;
  if (out.size() > max_bytes) out.resize(max_bytes);
  return out;
}

}  // namespace

std::string_view fold_code_point(char32_t cp) { return table().block(cp).fold(cp); }

SpellingParts spelling_parts(char32_t cp) {
  const Block& b = table().block(cp);
  return {b.fold(cp), b.spelling(cp), b.tone[cp & 0xFF], b.word[cp & 0xFF]};
}

std::string spelling_key(std::string_view word) {
  std::string nfc;
  for (unsigned char c : word)
    if (c == 0xCC || c == 0xCD) {  // U+0300-U+037F: a combining mark, the word may be decomposed
      nfc = to_nfc(word);
      word = nfc;
      break;
    }
  std::string key;
  std::uint8_t tone = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(word.data());
  const auto* const end = p + word.size();
  while (p < end) {
    const Utf8Char c = decode_utf8(p, end);
    p += c.length;
    const SpellingParts parts = spelling_parts(c.valid ? c.value : 0xFFFD);
    key += parts.spelling;
    if (parts.tone) tone = parts.tone;
  }
  if (tone) key += static_cast<char>('0' + tone);
  return key;
}

std::string fold_text(std::string_view text, FoldOptions options) {
  const auto never = [] { return false; };
  if (options.words) {
    WordSink sink(text.size(), options.lower);
    fold_into(text, sink, never);
    return sink.take();
  }
  if (!options.lower && is_ascii(text)) return std::string(text);
  TextSink sink(text.size(), options.lower);
  fold_into(text, sink, never);
  return sink.take();
}

std::string fold_text_prefix(std::string_view text, std::size_t max_bytes, FoldOptions options, bool* longer) {
  const std::size_t reserve = std::min(text.size(), max_bytes + 1);
  if (options.words) return fold_prefix_with(text, max_bytes, WordSink(reserve, options.lower), longer);
  return fold_prefix_with(text, max_bytes, TextSink(reserve, options.lower), longer);
}

// Written through pointers into buffers sized for the worst case (one byte
// per input byte), then cut to size: this runs over the text of every page
// an audit reads.
void fold_bytes(std::string_view text, FoldedBytes& f) {
  f.text.resize(text.size());
  f.offsets.resize(text.size() + 1);
  char* out = f.text.data();
  std::size_t* pos = f.offsets.data();
  std::size_t n = 0;
  FoldTable& t = table();
  const auto* const begin = reinterpret_cast<const unsigned char*>(text.data());
  const auto* const end = begin + text.size();
  for (const unsigned char* p = begin; p < end;) {
    const unsigned char c = *p;
    if (c < 0x80) {
      out[n] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
      pos[n++] = static_cast<std::size_t>(p - begin);
      ++p;
      continue;
    }
    const Utf8Char u = decode_utf8(p, end);
    const char b = u.valid ? t.block(u.value).byte[u.value & 0xFF] : '\x01';
    if (b != 0) {
      out[n] = b;
      pos[n++] = static_cast<std::size_t>(p - begin);
    }
    p += u.length;
  }
  pos[n] = text.size();
  f.text.resize(n);
  f.offsets.resize(n + 1);
}

}  // namespace wt
