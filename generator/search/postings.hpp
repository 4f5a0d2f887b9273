// Postings: what the index knows of each word and pair of neighbouring
// words. Each thread reads a contiguous range of documents into a
// PostingsReader (numbers its words, spellings and pairs, and appends what
// it sees to flat event arrays, in document order); merge_postings() then
// renumbers the readers' ids into one numbering and lays every list out in
// one flat array, in two passes (count, then fill): no vector per word or
// pair, no reallocation while reading. Internal to the search module
// (index_builder.cpp).
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "search/tokenizer.hpp"

namespace wt::search::detail {

struct StringHash {
  using is_transparent = void;
  // FNV-1a: words are short.
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
/// probing, the key kept in its slot: one cache line per lookup; this is
/// the per-token path of the index).
class KeyInterner {
 public:
  std::uint32_t id(std::uint64_t key);
  std::uint64_t operator[](std::uint32_t i) const { return keys_[i]; }
  std::size_t size() const { return keys_.size(); }

 private:
  struct Slot {
    std::uint32_t lo, hi, id;  ///< key's halves (12 bytes, no padding)
  };
  void grow();
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  std::vector<Slot> slots_;  ///< size a power of two
  std::vector<std::uint64_t> keys_;
};

inline std::uint64_t key_of(std::uint32_t a, std::uint32_t b) { return (std::uint64_t{a} << 32) | b; }

/// A word as written -> its (word, variant) ids: open addressing over the
/// written bytes kept in one arena, hashes kept in the slots, so that a
/// token costs one hash and (mostly) one probe, and each written form is
/// folded once.
class TokenTable {
 public:
  struct Ids {
    std::uint32_t word, variant;
  };
  /// The slot of `written` (hash `h`); `fresh` when it was just added (its
  /// ids are then to be set by the caller).
  Ids& find(std::string_view written, std::uint64_t h, bool& fresh);
  static std::uint64_t hash(std::string_view s);

 private:
  struct Slot {
    std::uint64_t hash;
    std::uint32_t offset, size;  ///< in arena_; size 0xFFFFFFFF: empty
    Ids ids;
  };
  void grow();
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  std::vector<Slot> slots_;
  std::string arena_;
  std::size_t used_ = 0;
};

/// (id, document): a list entry seen while reading.
struct Event {
  std::uint32_t id, doc;
};
/// (pair, document, position of its first word).
struct PairEvent {
  std::uint32_t pair, doc, pos;
};

/// Reads documents of one range, in order.
class PostingsReader {
 public:
  /// Adds document `doc` (numbers must grow from call to call): the words
  /// of its title and text (tokenizer.hpp).
  void add(std::uint32_t doc, std::string_view title, std::string_view body);

  Interner words;        ///< folds
  Interner spellings;
  KeyInterner variants;  ///< (word, spelling)
  KeyInterner pairs;     ///< (word, next word)
  std::vector<Event> title_events;    ///< (word, doc), once per document
  std::vector<Event> variant_events;  ///< (variant, doc), once per document
  std::vector<PairEvent> pair_body_events, pair_title_events;

 private:
  void add_field(std::uint32_t doc, std::string_view text, bool title);
  TokenTable::Ids lookup(std::string_view written);
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  TokenTable tokens_;
  std::vector<std::uint32_t> title_last_, variant_last_;  ///< last document seen, by word / variant
  std::vector<std::string_view> split_;
  std::string fold_, spelling_;
};

/// Lists of numbers laid out one after another: list i is
/// items[start[i], start[i + 1]).
struct FlatLists {
  std::vector<std::uint32_t> start{0};
  std::vector<std::uint32_t> items;
  std::span<const std::uint32_t> operator[](std::size_t i) const {
    return {items.data() + start[i], items.data() + start[i + 1]};
  }
};

/// The postings of all documents.
struct Postings {
  Interner words;                 ///< folds
  Interner spellings;
  KeyInterner variants;           ///< (word, spelling)
  KeyInterner pairs;              ///< (word, next word)
  FlatLists in_title;             ///< by word: documents with it in the title, ascending
  FlatLists variant_docs;         ///< by variant: documents, ascending
  FlatLists pair_body, pair_title;  ///< by pair: (document, position) flattened, ascending
};

/// The readers' postings in one numbering; readers[k] holds documents
/// before those of readers[k + 1]. The readers are emptied.
/// `stop`, when set, is asked between the steps: once it says true the
/// merge gives up and returns what it has (the caller throws it away).
Postings merge_postings(std::vector<PostingsReader>& readers, const std::function<bool()>& stop = {});

}  // namespace wt::search::detail
