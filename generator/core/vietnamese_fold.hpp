// The diacritic fold of Webtruong: one table, read by every part that
// compares or files Vietnamese text without its marks. Slugs ("Tin tức" ->
// "tin-tuc"), the compliance check's titles, data cells ("Có"/"Không"), the
// audit's sections, headings, contact facts and dates all fold each code
// point the same way; what differs between them are the options below,
// applied to the folded text, never the fold of a letter.
//
// The fold of a code point is its canonical decomposition (NFD) without its
// marks (combining class other than 0, or a non-spacing mark), with đ -> d and
// Đ -> D: "Trường" -> "Truong", "ĐOÀN" -> "DOAN". Letters with no such
// decomposition fold to themselves ("ß", "Ω", "中"), so a fold is not always
// ASCII. The table is computed by ICU once per code point, in blocks of 256
// on first use (thread-safe; a Vietnamese text touches four blocks); a text
// then folds by lookups. Folding code point by code point gives exactly the
// fold ICU gives the whole text (marks are dropped wherever canonical
// ordering would have put them).
//
//   wt::fold_diacritics("Đoàn Đội")              == "Doan Doi"        (slugs: wt::slugify)
//   wt::fold_text("ĐOÀN", {.lower = true})        == "doan"
//   wt::fold_for_match("Thời Khoá-Biểu!")         == "thoi khoa bieu"  (matching: option `words`)
//   wt::fold_bytes("Thứ Hai, 9/9", view);  view.text == "thu hai, 9/9"   (dates: one byte a code point)
//   wt::spelling_key("Khoá") == wt::spelling_key("khóa") == "khoa1"     (search: exact spelling)
//
// The search (generator/search/, and the theme's js/search.js, which must
// agree with it) reads words through the same table: spelling_parts() gives
// the fold of a code point, its spelling without tone mark, its tone and
// whether it belongs to a word.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wt {

/// The fold of code point `cp` (at most U+10FFFF, not a surrogate): UTF-8,
/// empty for a mark.
std::string_view fold_code_point(char32_t cp);

/// How the search reads one code point (one table lookup).
struct SpellingParts {
  std::string_view fold;      ///< fold_code_point(cp)
  /// Lower-case (simple case mapping), NFC, without its tone mark:
  /// "Ố" -> "ô", "ạ" -> "a", "Đ" -> "đ"; a combining tone mark: empty.
  std::string_view spelling;
  std::uint8_t tone = 0;      ///< 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng; 0 none
  bool word = false;          ///< a letter, digit or mark (\p{L}, \p{N}, \p{M})
};

/// The search's view of code point `cp` (at most U+10FFFF, not a surrogate).
SpellingParts spelling_parts(char32_t cp);

/// The exact spelling of a word, the same whichever vowel carries the tone
/// (old "khoá" and new "khóa" placement) and whatever the case: the word in
/// NFC, lower-case, tone mark removed, and the tone as a digit at the end
/// (1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng). "Thời" -> "thơi2", "ĐOÀN" ->
/// "đoan2", "khoá" -> "khoa1", "lớp" -> "lơp1", "6A1" -> "6a1". A word of
/// several tones keeps the last one.
std::string spelling_key(std::string_view word);

/// What a fold does with the folded text (each code point folded by
/// fold_code_point). The default keeps everything: the slug rules.
struct FoldOptions {
  bool lower = false;  ///< ASCII capitals as small letters.
  /// Matching: only ASCII letters and digits are kept; each run of anything
  /// else (spaces, punctuation, letters the fold leaves non-ASCII) becomes
  /// one space, none at either end.
  bool words = false;
};

/// `text` folded. Invalid UTF-8 is first repaired as ICU reads it (each
/// ill-formed sequence becomes U+FFFD), which the fold keeps.
std::string fold_text(std::string_view text, FoldOptions options = {});

/// The first `max_bytes` bytes of fold_text(text, options), folding no more
/// of `text` than that takes (labels at the start of long lines); `*longer`,
/// when given, tells whether the whole fold is longer.
std::string fold_text_prefix(std::string_view text, std::size_t max_bytes, FoldOptions options,
                             bool* longer = nullptr);

/// The slug rules: "Đường đến trường" -> "Duong den truong".
inline std::string fold_diacritics(std::string_view text) { return fold_text(text); }

/// The key texts are matched by: "Thời Khoá-Biểu!" -> "thoi khoa bieu"
/// (diacritics folded, lower-case, runs of anything but ASCII letters and
/// digits as one space, trimmed).
inline std::string fold_for_match(std::string_view text) { return fold_text(text, {.lower = true, .words = true}); }

/// The first `max_bytes` bytes of fold_for_match(text) (fold_text_prefix).
inline std::string fold_for_match_prefix(std::string_view text, std::size_t max_bytes, bool* longer = nullptr) {
  return fold_text_prefix(text, max_bytes, {.lower = true, .words = true}, longer);
}

/// A text folded one byte per code point, for scanners that must map what
/// they find back to the original bytes (dates in page text).
struct FoldedBytes {
  std::string text;                  ///< One byte per code point kept.
  std::vector<std::size_t> offsets;  ///< Where the code point of text[i] starts; one more: the input's size.
};

/// The option `one byte per code point`, lower-case: ASCII as it is (A-Z as
/// a-z); a code point whose fold is one ASCII character, that character
/// (lower-cased); white space (no-break and the other Unicode spaces, zero
/// width space, BOM) ' '; dashes and minus (U+2010-U+2015, U+2212) '-'; a
/// mark (empty fold) nothing; anything else, and each byte of invalid UTF-8,
/// '\x01', which matches nothing. `out` is overwritten (its buffers reused).
void fold_bytes(std::string_view text, FoldedBytes& out);

}  // namespace wt
