// Text helpers for Vietnamese: NFC normalisation, slugs, HTML escaping and
// "did you mean" suggestions. The UTF-8 decoder is core/utf8.hpp and the
// diacritic fold core/vietnamese_fold.hpp (both included here: slugs are
// made of the fold, and every text helper decodes through the one decoder).
//
//   wt::slugify("Thời khóa biểu")  == "thoi-khoa-bieu"
//   wt::to_nfc(text)                 composes decomposed input (e.g. pasted NFD)
//
// All functions take and return UTF-8; invalid bytes are replaced by U+FFFD.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.hpp"
#include "core/vietnamese_fold.hpp"

namespace wt {

/// Unicode NFC; invalid UTF-8 sequences become U+FFFD.
std::string to_nfc(std::string_view text);

/// NFC of `text` when it is valid UTF-8, nullopt when it is not (one pass
/// when the text is already NFC, as nearly all text is).
std::optional<std::string> to_nfc_if_valid(std::string_view text);

/// Lower-case ASCII slug: diacritics folded (fold_diacritics), runs of anything that is not a
/// letter or digit become one '-', no leading or trailing '-'.
/// Returns "" when nothing is left.
std::string slugify(std::string_view text);

/// Longest slug used in a web address: a page's folder name must stay well
/// under the 255 bytes a file name may have.
inline constexpr size_t kMaxSlugBytes = 150;

/// `slug` when it fits in `max` bytes, else cut after its last whole word
/// ('-'-separated) that fits: "mot-hai-ba" with max 8 -> "mot-hai". A first
/// word longer than `max` is cut at `max`.
std::string cap_slug(std::string_view slug, size_t max = kMaxSlugBytes);

/// Money in đồng as Vietnamese pages write it: 1500000 -> "1.500.000 đ".
std::string format_vnd(long long amount);

/// Escapes & < > " ' for HTML text and attribute values.
std::string html_escape(std::string_view text);

/// Levenshtein distance (bytes), for suggestions.
size_t edit_distance(std::string_view a, std::string_view b);

/// The closest of `candidates` to `word` when it is close enough to be a
/// likely typo, else "".
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

/// Trims ASCII white space at both ends.
std::string trim(std::string_view text);

}  // namespace wt
