// SeenSet: see seen_set.hpp.
#include "audit/crawl/seen_set.hpp"

#include <functional>

namespace wt::audit {

std::uint64_t SeenSet::hash(std::string_view key) {
  std::uint64_t h = std::hash<std::string_view>{}(key);
  // A final mix, so that the low bits that pick the slot depend on all bits.
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h == 0 ? 1 : h;  // 0 marks an empty slot
}

std::size_t SeenSet::find(std::uint64_t h) const {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = static_cast<std::size_t>(h) & mask;
  while (slots_[i] != 0 && slots_[i] != h) i = (i + 1) & mask;
  return i;
}

void SeenSet::grow() {
  std::vector<std::uint64_t> old;
  old.swap(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
  for (std::uint64_t h : old)
    if (h != 0) slots_[find(h)] = h;
}

SeenSet::Insert SeenSet::insert(std::string_view key) {
  if (slots_.empty()) grow();
  const std::uint64_t h = hash(key);
  std::size_t i = find(h);
  if (slots_[i] == h) return Insert::Present;
  if (size_ >= max_) return Insert::Full;
  if ((size_ + 1) * 2 > slots_.size()) {
    grow();
    i = find(h);
  }
  slots_[i] = h;
  ++size_;
  return Insert::Added;
}

bool SeenSet::contains(std::string_view key) const {
  if (slots_.empty()) return false;
  return slots_[find(hash(key))] != 0;
}

}  // namespace wt::audit
