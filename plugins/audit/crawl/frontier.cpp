#include "audit/crawl/frontier.hpp"

#include <iterator>
#include <utility>

namespace wt::audit {

Frontier::Push Frontier::push(std::string url, int rank, int depth, std::size_t max_entries, bool finder) {
  Item item{rank, depth, next_seq_++, Entry{std::move(url), rank, depth, finder}};
  if (max_entries == 0) {
    ++dropped_;
    return Push::Dropped;
  }
  if (queue_.size() >= max_entries) {
    auto worst = std::prev(queue_.end());
    if (!(item < *worst)) {
      ++dropped_;
      return Push::Dropped;
    }
    // The new page is better: the worst waiting one makes room (and frees
    // its bytes before the byte cap is asked).
    bytes_ -= worst->entry.url.size();
    queue_.erase(worst);
    ++dropped_;
  }
  if (bytes_ + item.entry.url.size() > max_bytes_) return Push::Full;
  bytes_ += item.entry.url.size();
  queue_.insert(std::move(item));
  return Push::Added;
}

const Frontier::Entry* Frontier::top(const Penalty& penalty, int* rank_now) {
  while (!queue_.empty()) {
    auto best = queue_.begin();
    const int key = best->entry.rank + (penalty ? penalty(best->entry.url) : 0);
    if (key > best->key) {
      // Its folder has failed since it was queued: back in line where it now belongs.
      auto node = queue_.extract(best);
      node.value().key = key;
      queue_.insert(std::move(node));
      continue;  // the penalty is fixed during a call: each page moves back at most once
    }
    if (rank_now) *rank_now = best->key;
    return &best->entry;
  }
  return nullptr;
}

std::optional<Frontier::Entry> Frontier::pop(const Penalty& penalty) {
  if (!top(penalty)) return std::nullopt;
  Entry out = std::move(queue_.begin()->entry);
  bytes_ -= out.url.size();
  queue_.erase(queue_.begin());
  return out;
}

void Frontier::clear() {
  queue_.clear();
  bytes_ = 0;
}

}  // namespace wt::audit
