#include "audit/crawl/frontier.hpp"

#include <algorithm>
#include <functional>
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
    index_remove(worst);
    queue_.erase(worst);
    ++dropped_;
  }
  if (bytes_ + item.entry.url.size() > max_bytes_) return Push::Full;
  bytes_ += item.entry.url.size();
  index_add(queue_.insert(std::move(item)).first);
  return Push::Added;
}

void Frontier::index_add(std::set<Item>::const_iterator it) {
  index_.emplace(std::hash<std::string>{}(it->entry.url), it);
}

void Frontier::index_remove(std::set<Item>::const_iterator it) {
  auto [from, to] = index_.equal_range(std::hash<std::string>{}(it->entry.url));
  for (auto i = from; i != to; ++i)
    if (i->second == it) {
      index_.erase(i);
      return;
    }
}

bool Frontier::waiting(const std::string& url) const {
  auto [from, to] = index_.equal_range(std::hash<std::string>{}(url));
  for (auto i = from; i != to; ++i)
    if (i->second->entry.url == url) return true;
  return false;
}

bool Frontier::improve(const std::string& url, int rank, int depth, bool finder) {
  auto [from, to] = index_.equal_range(std::hash<std::string>{}(url));
  for (auto i = from; i != to; ++i) {
    auto it = i->second;
    if (it->entry.url != url) continue;
    if (rank > it->entry.rank || (rank == it->entry.rank && depth >= it->entry.depth)) return false;
    index_.erase(i);
    auto node = queue_.extract(it);
    Item& item = node.value();
    item.key = rank + (item.key - item.entry.rank);  // the penalty it had stays
    item.entry.rank = rank;
    item.depth = item.entry.depth = std::min(depth, item.entry.depth);
    item.entry.finder = item.entry.finder || finder;
    index_add(queue_.insert(std::move(node)).position);
    return true;
  }
  return false;
}

const Frontier::Entry* Frontier::top(const Penalty& penalty, int* rank_now) {
  while (!queue_.empty()) {
    auto best = queue_.begin();
    const int key = best->entry.rank + (penalty ? penalty(best->entry.url) : 0);
    if (key > best->key) {
      // Its folder has failed since it was queued: back in line where it now belongs.
      index_remove(best);
      auto node = queue_.extract(best);
      node.value().key = key;
      index_add(queue_.insert(std::move(node)).position);
      continue;  // the penalty is fixed during a call: each page moves back at most once
    }
    if (rank_now) *rank_now = best->key;
    return &best->entry;
  }
  return nullptr;
}

std::optional<Frontier::Entry> Frontier::pop(const Penalty& penalty) {
  if (!top(penalty)) return std::nullopt;
  index_remove(queue_.begin());
  Entry out = std::move(queue_.begin()->entry);
  bytes_ -= out.url.size();
  queue_.erase(queue_.begin());
  return out;
}

void Frontier::clear() {
  index_.clear();
  queue_.clear();
  bytes_ = 0;
}

}  // namespace wt::audit
