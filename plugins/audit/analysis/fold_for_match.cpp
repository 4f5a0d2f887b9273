// fold_for_match (site_analysis.hpp): the key every section, heading and
// article text is compared by. An audit folds about a million strings, so
// this avoids ICU for each of them: wt::fold_diacritics works code point by
// code point (canonical decomposition, then the marks dropped, đ -> d), so
// the fold of each code point of the Basic Multilingual Plane is computed
// once, by fold_diacritics itself, in blocks of 256 on first use, and a text
// folds by table lookups. Anything else (invalid UTF-8, code points beyond
// U+FFFF) takes fold_diacritics on the whole text: the result is the same.
#include <algorithm>
#include <array>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "audit/analysis/site_analysis.hpp"
#include "core/text.hpp"

namespace wt::audit {
namespace {

std::string utf8(char32_t cp) {
  std::string s;
  if (cp < 0x800) {
    s += static_cast<char>(0xC0 | (cp >> 6));
  } else {
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  }
  s += static_cast<char>(0x80 | (cp & 0x3F));
  return s;
}

// fold_diacritics of one code point from U+0080 to U+FFFF (surrogates: "").
class FoldTable {
 public:
  const std::string& operator[](char32_t cp) {
    const size_t block = cp >> 8;
    std::call_once(once_[block], [&] {
      auto folds = std::make_unique<std::array<std::string, 256>>();
      for (char32_t i = 0; i < 256; ++i) {
        const char32_t c = static_cast<char32_t>(block << 8) | i;
        if (c >= 0x80 && (c < 0xD800 || c > 0xDFFF)) (*folds)[i] = fold_diacritics(utf8(c));
      }
      blocks_[block] = std::move(folds);
    });
    return (*blocks_[block])[cp & 0xFF];
  }

 private:
  std::array<std::once_flag, 256> once_;
  std::array<std::unique_ptr<std::array<std::string, 256>>, 256> blocks_;
};

FoldTable& fold_table() {
  static FoldTable table;
  return table;
}

// One code point of the BMP at `s[i]` (not ASCII), with its length; 0 when
// the bytes are not valid UTF-8 (as wt::is_valid_utf8 judges) or the code
// point lies beyond U+FFFF.
char32_t decode_bmp(std::string_view s, size_t i, size_t& len) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  char32_t cp;
  if ((c & 0xE0) == 0xC0) {
    len = 2;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    cp = c & 0x0F;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    const unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return cp;
}

// Folded Vietnamese is ASCII: what is left beyond it (dashes, quotes,
// no-break spaces, other scripts) separates words.
class WordSink {
 public:
  explicit WordSink(size_t size) { out_.reserve(size); }
  void put(unsigned char c) {
    const bool word = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!word) {
      space_ = !out_.empty();
      return;
    }
    if (space_) out_ += ' ';
    space_ = false;
    out_ += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  size_t size() const { return out_.size(); }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
  bool space_ = false;
};

// Folds `text` into `sink` until `enough` (called after each code point)
// says so; false when a code point is not valid UTF-8 of the BMP (then
// fold_diacritics on the whole text gives the fold).
template <class Enough>
bool fold_into(std::string_view text, WordSink& sink, Enough enough) {
  FoldTable& table = fold_table();
  for (size_t i = 0; i < text.size() && !enough();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      sink.put(c);
      ++i;
      continue;
    }
    size_t len = 0;
    const char32_t cp = decode_bmp(text, i, len);
    if (cp == 0) return false;
    for (unsigned char f : table[cp]) sink.put(f);
    i += len;
  }
  return true;
}

std::string fold_whole(std::string_view text) {
  WordSink whole(text.size());
  for (unsigned char f : fold_diacritics(text)) whole.put(f);
  return whole.take();
}

}  // namespace

std::string fold_for_match(const std::string& text) {
  WordSink sink(text.size());
  if (!fold_into(text, sink, [] { return false; })) return fold_whole(text);
  return sink.take();
}

// The sink only ever appends, so the fold of the first code points of a text
// is the beginning of the fold of the whole text; a space is put only before
// the next word, so once the sink holds more than `max_bytes` the fold is
// longer than that.
std::string fold_for_match_prefix(std::string_view text, size_t max_bytes, bool* longer) {
  WordSink sink(std::min(text.size(), max_bytes + 1));
  std::string out = fold_into(text, sink, [&] { return sink.size() > max_bytes; }) ? sink.take() : fold_whole(text);
  if (longer) *longer = out.size() > max_bytes;
  if (out.size() > max_bytes) out.resize(max_bytes);
  return out;
}

}  // namespace wt::audit
