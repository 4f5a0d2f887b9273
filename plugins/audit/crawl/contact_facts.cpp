#include "audit/crawl/contact_facts.hpp"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>

#include "core/vietnamese_fold.hpp"

namespace wt::audit {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Eight bytes at a time: the texts of every page are scanned here. Bits of
// a mask are the high bits of the bytes, the first byte in the lowest.
constexpr bool kSwar = std::endian::native == std::endian::little;

uint64_t load8(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// The bytes of `x` that are zero (exactly: no carry between bytes).
uint64_t zero_bytes(uint64_t x) {
  constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
  return ~(((x & kLow7) + kLow7) | x | kLow7);
}

uint64_t bytes_equal(uint64_t x, unsigned char c) { return zero_bytes(x ^ (0x0101010101010101ULL * c)); }

// The first i >= from where a phone number may start ('+', '(' or '0'), or text.size().
size_t next_number_start(std::string_view text, size_t from) {
  size_t i = from;
  if constexpr (kSwar) {
    for (; i + 8 <= text.size(); i += 8) {
      const uint64_t w = load8(text.data() + i);
      const uint64_t m = bytes_equal(w, '0') | bytes_equal(w, '+') | bytes_equal(w, '(');
      if (m) return i + (static_cast<size_t>(std::countr_zero(m)) >> 3);
    }
  }
  for (; i < text.size(); ++i)
    if (text[i] == '0' || text[i] == '+' || text[i] == '(') return i;
  return text.size();
}

bool has_email(std::string_view text) {
  for (size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    if (at == 0 || !(std::isalnum(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == '.' ||
                     text[at - 1] == '_' || text[at - 1] == '-'))
      continue;
    size_t end = at + 1;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '.' ||
                                 text[end] == '-'))
      ++end;
    std::string_view domain = text.substr(at + 1, end - at - 1);
    while (!domain.empty() && domain.back() == '.') domain.remove_suffix(1);
    const size_t dot = domain.rfind('.');
    if (dot != std::string_view::npos && dot > 0 && domain.size() - dot - 1 >= 2) return true;
  }
  return false;
}

}  // namespace

bool has_phone_number(std::string_view text) {
  for (size_t i = next_number_start(text, 0); i < text.size(); i = next_number_start(text, i + 1)) {
    // A number starts with 0, (0 or +84, and is not glued to a longer number,
    // a date or an amount.
    size_t start;
    if (text[i] == '+' && text.substr(i, 3) == "+84") start = i + 3;
    else if (text[i] == '(' && i + 1 < text.size() && text[i + 1] == '0') start = i + 2;
    else if (text[i] == '0') start = i + 1;
    else continue;
    if (i > 0 && (is_digit(text[i - 1]) || text[i - 1] == '/' || text[i - 1] == '.' || text[i - 1] == ',')) continue;
    // Digits of the national number (after the 0 or +84), groups separated
    // by one space, dot or dash, or ") ".
    int digits = 0;
    size_t j = start;
    char last_sep = 0;
    while (j < text.size()) {
      const char c = text[j];
      if (is_digit(c)) {
        ++digits;
        last_sep = 0;
      } else if ((c == ' ' || c == '.' || c == '-' || c == ')') && (!last_sep || (last_sep == ')' && c == ' '))) {
        last_sep = c;
      } else {
        break;
      }
      ++j;
    }
    // 9 digits for mobiles, 10 for landlines (a 3-digit area code and 7 digits).
    const bool glued = j < text.size() && (text[j] == '/' || is_digit(text[j]));
    if (digits >= 9 && digits <= 10 && !glued) return true;
    i = std::max(i, j == 0 ? i : j - 1);
  }
  return false;
}

namespace {

// The words that show an address or who is responsible, as written: NFC, in
// lower and upper case, without their first letter so that "Địa chỉ" and
// "địa chỉ" both match "ịa chỉ"; and typed without diacritics ("Dia chi",
// "DIA CHI"). Each holds a space: the text is searched once, at its spaces.
struct Words {
  std::string_view text;
  bool responsible;  ///< Else an address.
};
constexpr Words kWords[] = {
    {"ịa chỉ", false}, {"ỊA CHỈ", false}, {"rụ sở", false}, {"RỤ SỞ", false},
    {"ia chi", false}, {"Ia chi", false}, {"IA CHI", false}, {"ia Chi", false},
    {"hịu trách nhiệm", true}, {"HỊU TRÁCH NHIỆM", true}, {"hụ trách", true}, {"HỤ TRÁCH", true},
    {"hiu trach nhiem", true}, {"HIU TRACH NHIEM", true}, {"hu trach", true}, {"HU TRACH", true}};

// Spaces of the eight bytes `here` (the bytes `before` and `after` them
// loaded one byte earlier and later) that may begin a word of kWords: with
// c, s or t after (either case), and a, u (either case), ụ or Ụ (E1 BB A5,
// E1 BB A4) before.
uint64_t swar_candidates(uint64_t before, uint64_t here, uint64_t after) {
  constexpr uint64_t kCase = 0x2020202020202020ULL;  // only 'C' and 'c' become 'c', and so on
  const uint64_t a = after | kCase, b = before | kCase;
  return bytes_equal(here, ' ') & (bytes_equal(a, 'c') | bytes_equal(a, 's') | bytes_equal(a, 't')) &
         (bytes_equal(b, 'a') | bytes_equal(b, 'u') | bytes_equal(before & 0xFEFEFEFEFEFEFEFEULL, 0xA4));
}

// Each of kWords with the offset of its first space and the byte after it.
struct Anchored {
  std::string_view text;
  bool responsible;
  size_t space;
  char next;
};

struct AnchoredWords {
  Anchored words[std::size(kWords)];
  /// By the byte after a space, the bytes before it that some word has
  /// around its first space: one bit each.
  uint64_t around_space[256][4] = {};
  AnchoredWords() {
    for (size_t i = 0; i < std::size(kWords); ++i) {
      const size_t space = kWords[i].text.find(' ');
      words[i] = {kWords[i].text, kWords[i].responsible, space, kWords[i].text[space + 1]};
      const auto before = static_cast<unsigned char>(kWords[i].text[space - 1]);
      around_space[static_cast<unsigned char>(words[i].next)][before >> 6] |= uint64_t{1} << (before & 63);
      uint64_t probe[3] = {};  // the word's bytes around its space, at the first byte of eight
      std::memcpy(&probe[0], &before, 1);
      std::memcpy(&probe[2], &words[i].next, 1);
      probe[1] = ' ';
      swar = swar && kSwar && (swar_candidates(probe[0], probe[1], probe[2]) & 0x80);
    }
  }
  bool around(unsigned char before, unsigned char after) const {
    return (around_space[after][before >> 6] >> (before & 63)) & 1;
  }
  /// Every word passes swar_candidates (else the texts are scanned byte by byte).
  bool swar = true;
};

const AnchoredWords& anchored_words() {
  static const AnchoredWords words;
  return words;
}

}  // namespace

// Page texts are NFC (decode_html): the Vietnamese words are matched as
// written (kWords), no folding of the whole text: this runs on every page.
// Every occurrence of a word has its first space at some space of the text,
// so one pass over the spaces finds whatever a search for each word would.
ContactFacts contact_facts(std::string_view text) {
  ContactFacts f;
  const AnchoredWords& words = anchored_words();
  // The words with their first space at text[at].
  auto words_at = [&](size_t at) {
    const char next = text[at + 1];
    if (!words.around(static_cast<unsigned char>(text[at - 1]), static_cast<unsigned char>(next))) return;
    for (const Anchored& w : words.words) {
      if (w.next != next || at < w.space || (w.responsible ? f.responsible : f.address)) continue;
      if (text.substr(at - w.space, w.text.size()) == w.text) (w.responsible ? f.responsible : f.address) = true;
    }
  };
  size_t at = 1;  // no word starts with a space
  if (words.swar)
    for (; at + 9 <= text.size() && !(f.address && f.responsible); at += 8)
      for (uint64_t m = swar_candidates(load8(text.data() + at - 1), load8(text.data() + at), load8(text.data() + at + 1));
           m; m &= m - 1)
        words_at(at + (static_cast<size_t>(std::countr_zero(m)) >> 3));
  for (; at + 1 < text.size() && !(f.address && f.responsible); ++at)
    if (text[at] == ' ') words_at(at);
  f.phone = has_phone_number(text);
  f.email = has_email(text);
  return f;
}

bool names_education_unit(std::string_view text) {
  const std::string folded = " " + fold_for_match(text) + " ";
  static constexpr std::string_view kSchools[] = {
      "mam non", "mau giao", "mn", "tieu hoc", "th", "thcs", "thpt", "trung hoc", "pho thong", "pt", "ptdt",
      "ptdtnt", "ptdtbt", "lien cap", "gdtx", "th&thcs", "th va thcs", "thcs&thpt", "thcs va thpt", "ptcs"};
  for (size_t at = folded.find(" truong "); at != std::string::npos; at = folded.find(" truong ", at + 1)) {
    const std::string_view rest = std::string_view(folded).substr(at + 8);
    for (std::string_view kind : kSchools)
      if (rest.substr(0, kind.size()) == kind && rest.size() > kind.size() && rest[kind.size()] == ' ') return true;
  }
  for (std::string_view unit : {" phong giao duc", " phong gd", " so giao duc", " so gd", " trung tam gdtx",
                                " trung tam giao duc"})
    if (folded.find(unit) != std::string::npos) return true;
  return false;
}

}  // namespace wt::audit
