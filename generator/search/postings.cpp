#include "search/postings.hpp"

#include <algorithm>
#include <cstring>

namespace wt::search::detail {

std::uint32_t Interner::id(std::string_view s) {
  if (auto it = ids_.find(s); it != ids_.end()) return it->second;
  const auto id = static_cast<std::uint32_t>(strings_.size());
  strings_.emplace_back(s);
  ids_.emplace(strings_.back(), id);
  return id;
}

namespace {

std::size_t slot_of(std::uint64_t key, std::size_t mask) {
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
}

}  // namespace

std::uint32_t KeyInterner::id(std::uint64_t key) {
  if ((keys_.size() + 1) * 2 > slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  const auto lo = static_cast<std::uint32_t>(key), hi = static_cast<std::uint32_t>(key >> 32);
  for (std::size_t i = slot_of(key, mask);; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.id == kEmpty) {
      s = {lo, hi, static_cast<std::uint32_t>(keys_.size())};
      keys_.push_back(key);
      return s.id;
    }
    if (s.lo == lo && s.hi == hi) return s.id;
  }
}

void KeyInterner::grow() {
  std::vector<Slot> slots(std::max<std::size_t>(64, slots_.size() * 2), Slot{0, 0, kEmpty});
  const std::size_t mask = slots.size() - 1;
  for (std::uint32_t id = 0; id < keys_.size(); ++id) {
    const std::uint64_t key = keys_[id];
    std::size_t i = slot_of(key, mask);
    while (slots[i].id != kEmpty) i = (i + 1) & mask;
    slots[i] = {static_cast<std::uint32_t>(key), static_cast<std::uint32_t>(key >> 32), id};
  }
  slots_ = std::move(slots);
}

std::uint64_t TokenTable::hash(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ull;
  return h ^ (h >> 31);
}

TokenTable::Ids& TokenTable::find(std::string_view written, std::uint64_t h, bool& fresh) {
  if ((used_ + 1) * 2 > slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = static_cast<std::size_t>(h) & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.size == kEmpty) {
      s.hash = h;
      s.offset = static_cast<std::uint32_t>(arena_.size());
      s.size = static_cast<std::uint32_t>(written.size());
      arena_.append(written);
      ++used_;
      fresh = true;
      return s.ids;
    }
    if (s.hash == h && s.size == written.size() && std::memcmp(arena_.data() + s.offset, written.data(), s.size) == 0) {
      fresh = false;
      return s.ids;
    }
  }
}

void TokenTable::grow() {
  std::vector<Slot> slots(std::max<std::size_t>(256, slots_.size() * 2), Slot{0, 0, kEmpty, {0, 0}});
  const std::size_t mask = slots.size() - 1;
  for (const Slot& s : slots_) {
    if (s.size == kEmpty) continue;
    std::size_t i = static_cast<std::size_t>(s.hash) & mask;
    while (slots[i].size != kEmpty) i = (i + 1) & mask;
    slots[i] = s;
  }
  slots_ = std::move(slots);
}

TokenTable::Ids PostingsReader::lookup(std::string_view written) {
  bool fresh = false;
  TokenTable::Ids& ids = tokens_.find(written, TokenTable::hash(written), fresh);
  if (!fresh) return ids;
  ids = {kNone, kNone};
  fold_.clear();
  spelling_.clear();
  if (!word_keys(written, fold_, spelling_)) return ids;
  ids.word = words.id(fold_);
  if (ids.word == title_last_.size()) title_last_.push_back(kNone);
  ids.variant = variants.id(key_of(ids.word, spellings.id(spelling_)));
  if (ids.variant == variant_last_.size()) variant_last_.push_back(kNone);
  return ids;
}

void PostingsReader::add_field(std::uint32_t doc, std::string_view text, bool title) {
  split_.clear();
  split_words(text, split_);
  std::vector<PairEvent>& pair_events = title ? pair_title_events : pair_body_events;
  std::uint32_t prev = kNone, at = 0;  // previous word, position of this one
  for (std::string_view written : split_) {
    const auto [w, v] = lookup(written);
    if (w == kNone) continue;
    if (variant_last_[v] != doc) {
      variant_last_[v] = doc;
      variant_events.push_back({v, doc});
    }
    if (title && title_last_[w] != doc) {
      title_last_[w] = doc;
      title_events.push_back({w, doc});
    }
    if (prev != kNone) pair_events.push_back({pairs.id(key_of(prev, w)), doc, at - 1});
    prev = w;
    ++at;
  }
}

void PostingsReader::add(std::uint32_t doc, std::string_view title, std::string_view body) {
  add_field(doc, title, true);
  add_field(doc, body, false);
}

namespace {

std::uint32_t id_of(const Event& e) { return e.id; }
std::uint32_t id_of(const PairEvent& e) { return e.pair; }
constexpr unsigned width_of(const Event&) { return 1; }
constexpr unsigned width_of(const PairEvent&) { return 2; }
void write(const Event& e, std::uint32_t* to) { to[0] = e.doc; }
void write(const PairEvent& e, std::uint32_t* to) {
  to[0] = e.doc;
  to[1] = e.pos;
}

// Lays out the events `field` of every reader as `n` lists, in reader
// order (so in document order), their ids mapped by maps[k] for reader
// k > 0; the events are freed as they are read.
template <class E>
void lay_out(std::vector<PostingsReader>& readers, std::vector<E> PostingsReader::*field,
             const std::vector<const std::vector<std::uint32_t>*>& maps, std::size_t n, FlatLists& lists) {
  const unsigned width = width_of(E{});
  std::vector<std::uint32_t> at(n + 1, 0);
  for (std::size_t k = 0; k < readers.size(); ++k) {
    const std::vector<std::uint32_t>* map = maps[k];
    for (const E& e : readers[k].*field) ++at[(map ? (*map)[id_of(e)] : id_of(e)) + 1];
  }
  for (std::size_t i = 1; i <= n; ++i) at[i] += at[i - 1];
  lists.start.resize(n + 1);
  for (std::size_t i = 0; i <= n; ++i) lists.start[i] = at[i] * width;
  lists.items.resize(static_cast<std::size_t>(at[n]) * width);
  std::uint32_t* const items = lists.items.data();
  for (std::size_t k = 0; k < readers.size(); ++k) {
    const std::vector<std::uint32_t>* map = maps[k];
    std::vector<E>& events = readers[k].*field;
    for (const E& e : events) {
      const std::uint32_t id = map ? (*map)[id_of(e)] : id_of(e);
      write(e, items + static_cast<std::size_t>(at[id]++) * width);
    }
    std::vector<E>().swap(events);
  }
}

// Reader k's ids in the merged numbering (none for reader 0: its
// numbering is the merged one).
struct IdMaps {
  std::vector<std::uint32_t> words, variants, pairs;
};

}  // namespace

Postings merge_postings(std::vector<PostingsReader>& readers, const std::function<bool()>& stop) {
  Postings out;
  if (readers.empty()) return out;
  out.words = std::move(readers[0].words);
  out.spellings = std::move(readers[0].spellings);
  out.variants = std::move(readers[0].variants);
  out.pairs = std::move(readers[0].pairs);
  std::vector<IdMaps> maps(readers.size());
  for (std::size_t k = 1; k < readers.size(); ++k) {
    const PostingsReader& r = readers[k];
    IdMaps& m = maps[k];
    m.words.resize(r.words.size());
    for (std::uint32_t w = 0; w < r.words.size(); ++w) m.words[w] = out.words.id(r.words[w]);
    m.variants.resize(r.variants.size());
    for (std::uint32_t v = 0; v < r.variants.size(); ++v) {
      const std::uint64_t key = r.variants[v];
      const std::uint32_t spelling = out.spellings.id(r.spellings[static_cast<std::uint32_t>(key)]);
      m.variants[v] = out.variants.id(key_of(m.words[key >> 32], spelling));
    }
    m.pairs.resize(r.pairs.size());
    for (std::uint32_t p = 0; p < r.pairs.size(); ++p) {
      const std::uint64_t key = r.pairs[p];
      m.pairs[p] = out.pairs.id(key_of(m.words[key >> 32], m.words[static_cast<std::uint32_t>(key)]));
    }
  }
  auto of = [&](std::vector<std::uint32_t> IdMaps::*field) {
    std::vector<const std::vector<std::uint32_t>*> v(readers.size(), nullptr);
    for (std::size_t k = 1; k < readers.size(); ++k) v[k] = &(maps[k].*field);
    return v;
  };
  auto gave_up = [&] { return stop && stop(); };
  if (gave_up()) return out;
  lay_out(readers, &PostingsReader::title_events, of(&IdMaps::words), out.words.size(), out.in_title);
  if (gave_up()) return out;
  lay_out(readers, &PostingsReader::variant_events, of(&IdMaps::variants), out.variants.size(), out.variant_docs);
  if (gave_up()) return out;
  const auto pair_maps = of(&IdMaps::pairs);
  lay_out(readers, &PostingsReader::pair_body_events, pair_maps, out.pairs.size(), out.pair_body);
  if (gave_up()) return out;
  lay_out(readers, &PostingsReader::pair_title_events, pair_maps, out.pairs.size(), out.pair_title);
  return out;
}

}  // namespace wt::search::detail
