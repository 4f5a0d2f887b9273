#include "search/postings.hpp"

#include <algorithm>

namespace wt::search::detail {

std::uint32_t Interner::id(std::string_view s) {
  if (auto it = ids_.find(s); it != ids_.end()) return it->second;
  const auto id = static_cast<std::uint32_t>(strings_.size());
  strings_.emplace_back(s);
  ids_.emplace(strings_.back(), id);
  return id;
}

std::uint32_t KeyInterner::id(std::uint64_t key) {
  if ((keys_.size() + 1) * 2 > slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  std::uint64_t h = key * 0x9E3779B97F4A7C15ull;
  for (std::size_t i = static_cast<std::size_t>(h >> 32) & mask;; i = (i + 1) & mask) {
    const std::uint32_t id = slots_[i];
    if (id == kEmpty) {
      slots_[i] = static_cast<std::uint32_t>(keys_.size());
      keys_.push_back(key);
      return slots_[i];
    }
    if (keys_[id] == key) return id;
  }
}

void KeyInterner::grow() {
  std::vector<std::uint32_t> slots(std::max<std::size_t>(64, slots_.size() * 2), kEmpty);
  const std::size_t mask = slots.size() - 1;
  for (std::uint32_t id = 0; id < keys_.size(); ++id) {
    std::size_t i = static_cast<std::size_t>((keys_[id] * 0x9E3779B97F4A7C15ull) >> 32) & mask;
    while (slots[i] != kEmpty) i = (i + 1) & mask;
    slots[i] = id;
  }
  slots_ = std::move(slots);
}

namespace {

void add_doc(std::vector<std::uint32_t>& docs, std::uint32_t doc) {
  if (docs.empty() || docs.back() != doc) docs.push_back(doc);
}

void append_all(std::vector<std::uint32_t>& to, const std::vector<std::uint32_t>& from) {
  to.insert(to.end(), from.begin(), from.end());
}

}  // namespace

std::uint32_t Postings::word(std::string_view fold) {
  const std::uint32_t id = words.id(fold);
  if (id == in_title.size()) in_title.emplace_back();
  return id;
}

std::uint32_t Postings::variant(std::uint32_t w, std::string_view spelling) {
  const std::uint32_t id = variants.id(key_of(w, spellings.id(spelling)));
  if (id == variant_docs.size()) variant_docs.emplace_back();
  return id;
}

std::uint32_t Postings::pair(std::uint32_t a, std::uint32_t b) {
  const std::uint32_t id = pairs.id(key_of(a, b));
  if (id == pair_body.size()) {
    pair_body.emplace_back();
    pair_title.emplace_back();
  }
  return id;
}

void Postings::add_field(std::uint32_t doc, std::string_view text, bool title) {
  split_.clear();
  split_words(text, split_);
  std::uint32_t prev = kNoWord, at = 0;  // previous word, position of this one
  for (std::string_view written : split_) {
    auto it = tokens_.find(written);
    if (it == tokens_.end()) {
      std::pair<std::uint32_t, std::uint32_t> ids{kNoWord, kNoWord};
      fold_.clear();
      spelling_.clear();
      if (word_keys(written, fold_, spelling_)) {
        ids.first = word(fold_);
        ids.second = variant(ids.first, spelling_);
      }
      it = tokens_.emplace(std::string(written), ids).first;
    }
    const auto [w, v] = it->second;
    if (w == kNoWord) continue;
    add_doc(variant_docs[v], doc);
    if (title) add_doc(in_title[w], doc);
    if (prev != kNoWord) {
      auto& flat = (title ? pair_title : pair_body)[pair(prev, w)];
      flat.push_back(doc);
      flat.push_back(at - 1);
    }
    prev = w;
    ++at;
  }
}

void Postings::add(std::uint32_t doc, std::string_view title, std::string_view body) {
  add_field(doc, title, true);
  add_field(doc, body, false);
}

void Postings::append(const Postings& other) {
  std::vector<std::uint32_t> word_map(other.words.size());
  for (std::uint32_t w = 0; w < other.words.size(); ++w) {
    word_map[w] = word(other.words[w]);
    append_all(in_title[word_map[w]], other.in_title[w]);
  }
  for (std::uint32_t v = 0; v < other.variants.size(); ++v) {
    const std::uint64_t k = other.variants[v];
    const std::uint32_t id = variant(word_map[k >> 32], other.spellings[static_cast<std::uint32_t>(k)]);
    append_all(variant_docs[id], other.variant_docs[v]);
  }
  for (std::uint32_t p = 0; p < other.pairs.size(); ++p) {
    const std::uint64_t k = other.pairs[p];
    const std::uint32_t id = pair(word_map[k >> 32], word_map[static_cast<std::uint32_t>(k)]);
    append_all(pair_body[id], other.pair_body[p]);
    append_all(pair_title[id], other.pair_title[p]);
  }
}

}  // namespace wt::search::detail
