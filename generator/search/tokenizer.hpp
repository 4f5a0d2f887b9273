// The words of a text as the search reads them: Vietnamese syllables (runs
// of letters, digits and marks; anything else separates them), each with
// its fold (diacritics and case gone, đ -> d: what matching compares) and
// its spelling key (core's spelling_key: what "exact diacritics" compares,
// the same for old and new tone placement). The theme's js/search.js reads
// a query the same way; tests/unit/search/words.tsv holds the table both
// are tested on.
//
//   wt::search::WordList words;
//   wt::search::tokenize("Thời khoá-biểu 6A1", words);
//   words.fold(1) == "khoa", words.spelling(1) == "khoa1", words.fold(3) == "6a1"
//
// The words are kept in two strings with their end offsets (no allocation
// per word): a build reads millions of them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wt::search {

class WordList {
 public:
  std::size_t size() const { return fold_end_.size(); }
  bool empty() const { return fold_end_.empty(); }
  std::string_view fold(std::size_t i) const { return slice(folds_, fold_end_, i); }
  std::string_view spelling(std::size_t i) const { return slice(spellings_, spelling_end_, i); }
  void clear();

 private:
  friend void tokenize(std::string_view text, WordList& out);
  static std::string_view slice(const std::string& s, const std::vector<std::uint32_t>& end, std::size_t i) {
    const std::uint32_t from = i == 0 ? 0 : end[i - 1];
    return std::string_view(s).substr(from, end[i] - from);
  }
  std::string folds_, spellings_;
  std::vector<std::uint32_t> fold_end_, spelling_end_;
};

/// Appends the words of `text` (UTF-8; an invalid byte separates words, as
/// U+FFFD does) to `out`. A word longer than kMaxWordBytes is cut there.
void tokenize(std::string_view text, WordList& out);

/// Longer words (a pasted URL, a hash) are cut: no shard key grows without bound.
inline constexpr std::size_t kMaxWordBytes = 40;

/// The words of `text` as written (before folding; cut at kMaxWordBytes),
/// appended to `out` as views into `text`: what tokenize() reads. The index
/// folds each written form once (word_keys) and looks the others up.
void split_words(std::string_view text, std::vector<std::string_view>& out);

/// Appends the fold and spelling key of `word` (one of split_words()) to
/// `fold` and `spelling`; false, with nothing appended, when it is no word
/// (only combining marks).
bool word_keys(std::string_view word, std::string& fold, std::string& spelling);

}  // namespace wt::search
