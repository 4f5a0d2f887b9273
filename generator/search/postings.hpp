// Postings: what the index knows of each word and pair of neighbouring
// words, for a contiguous range of documents (one per thread), merged in
// document order into the postings of all (index_builder.cpp). Internal to
// the search module.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "search/tokenizer.hpp"

namespace wt::search::detail {

struct StringHash {
  using is_transparent = void;
  // FNV-1a: words are short, and this runs once per token.
  std::size_t operator()(std::string_view s) const {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ull;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};

/// Strings numbered in the order first seen.
class Interner {
 public:
  std::uint32_t id(std::string_view s);
  const std::string& operator[](std::uint32_t i) const { return strings_[i]; }
  std::size_t size() const { return strings_.size(); }

 private:
  std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> ids_;
  std::vector<std::string> strings_;
};

/// 64-bit keys numbered in the order first seen (open addressing, linear
/// probing: this is the per-token path of the index).
class KeyInterner {
 public:
  std::uint32_t id(std::uint64_t key);
  std::uint64_t operator[](std::uint32_t i) const { return keys_[i]; }
  std::size_t size() const { return keys_.size(); }

 private:
  void grow();
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  std::vector<std::uint32_t> slots_;  ///< ids, or kEmpty; size a power of two
  std::vector<std::uint64_t> keys_;
};

inline std::uint64_t key_of(std::uint32_t a, std::uint32_t b) { return (std::uint64_t{a} << 32) | b; }

struct Postings {
  Interner words;                                     ///< folds
  std::vector<std::vector<std::uint32_t>> in_title;   ///< by word: documents with it in the title
  Interner spellings;
  KeyInterner variants;                               ///< (word, spelling)
  std::vector<std::vector<std::uint32_t>> variant_docs;
  KeyInterner pairs;                                  ///< (word, next word)
  /// By pair: (document, position of its first word) flattened, in the body and in the title.
  std::vector<std::vector<std::uint32_t>> pair_body, pair_title;

  /// Adds document `doc` (numbers must grow from call to call): the words
  /// of its title and text (tokenizer.hpp).
  void add(std::uint32_t doc, std::string_view title, std::string_view body);
  /// Appends `other`, whose documents all come after these.
  void append(const Postings& other);

 private:
  void add_field(std::uint32_t doc, std::string_view text, bool title);
  std::uint32_t word(std::string_view fold);
  std::uint32_t variant(std::uint32_t word, std::string_view spelling);
  std::uint32_t pair(std::uint32_t a, std::uint32_t b);
  /// A word as written -> (word, variant), or kNoWord: one lookup per
  /// token, and each written form folded once.
  static constexpr std::uint32_t kNoWord = 0xFFFFFFFFu;
  std::unordered_map<std::string, std::pair<std::uint32_t, std::uint32_t>, StringHash, std::equal_to<>> tokens_;
  std::vector<std::string_view> split_;
  std::string fold_, spelling_;
};

}  // namespace wt::search::detail
