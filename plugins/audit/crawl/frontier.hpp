// The pages of one site waiting to be fetched, best first (issue 14, part
// 2): ordered by rank (link_rank.hpp), then by depth from the home page,
// then in the order they were met. The crawl takes from it only as many
// pages as it keeps in flight, so a page found late with a better rank (the
// next list page) still goes before a worse one found early (a 404 link).
//
// Bounded two ways. In entries: never more than the crawl can still fetch
// (the crawler passes its remaining request budget); when full, a better
// page pushes the worst one out, and a page no better than the worst is
// dropped. In bytes: the URLs it holds (max_frontier_bytes); past that,
// push() answers Full and the crawl of the site stops (docs/audit.md
// "Memory").
//
// A page met again where it ranks better (a menu link to a page the sitemap
// listed first) moves up: improve().
//
// A rank may grow while a page waits (LinkErrors: fetches in its folder
// failed): pop() asks for the penalty of the best page and, when it grew,
// puts the page back where it now belongs before taking the next.
//
//   Frontier f(8u << 20);
//   f.push("http://h/tin-tuc/page-2", 10, 1, budget_left);
//   while (auto next = f.pop([&](const std::string& u) { return errors.penalty(u); })) fetch(next->url);
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

namespace wt::audit {

class Frontier {
 public:
  struct Entry {
    std::string url;
    int rank = 0;   ///< As pushed (link_rank), without penalty.
    int depth = 0;  ///< Links from the home page.
    bool finder = false;  ///< A page that finds pages: the home page, a menu link, a list.
  };

  enum class Push {
    Added,    ///< Queued (perhaps pushing the worst page out).
    Dropped,  ///< Not queued: max_entries pages at least as good wait already.
    Full,     ///< Not queued: the URLs would pass max_bytes.
  };

  explicit Frontier(std::size_t max_bytes) : max_bytes_(max_bytes) {}

  /// Queues `url`; at most `max_entries` pages wait at once (0: none).
  Push push(std::string url, int rank, int depth, std::size_t max_entries, bool finder = false);

  /// When `url` waits with a worse rank (or the same rank deeper), gives it
  /// `rank` and `depth` (its penalty stays) and makes it a finder if `finder`;
  /// true when it moved. False when it does not wait here or ranks as well.
  bool improve(const std::string& url, int rank, int depth, bool finder = false);
  /// Whether `url` waits here (a hash lookup: ask before ranking it again).
  bool waiting(const std::string& url) const;

  /// The best page, ranked with its penalty now (0 when none applies).
  using Penalty = std::function<int(const std::string& url)>;
  std::optional<Entry> pop(const Penalty& penalty = {});
  /// The page pop() would return, left in place; nullptr when empty. Its
  /// rank is given with the penalty.
  const Entry* top(const Penalty& penalty = {}, int* rank_now = nullptr);

  std::size_t size() const { return queue_.size(); }
  bool empty() const { return queue_.empty(); }
  std::size_t bytes() const { return bytes_; }
  /// Pages pushed out or dropped because the frontier was at max_entries.
  std::size_t dropped() const { return dropped_; }
  void clear();

 private:
  struct Item {
    int key = 0;  ///< rank + the penalty last seen.
    int depth = 0;
    std::uint64_t seq = 0;
    Entry entry;
    bool operator<(const Item& o) const {
      if (key != o.key) return key < o.key;
      if (depth != o.depth) return depth < o.depth;
      return seq < o.seq;
    }
  };

  std::size_t max_bytes_;
  std::size_t bytes_ = 0;
  std::size_t dropped_ = 0;
  std::uint64_t next_seq_ = 0;
  std::set<Item> queue_;
  /// The waiting pages by the hash of their URL (improve() compares the URL).
  std::unordered_multimap<std::size_t, std::set<Item>::const_iterator> index_;

  void index_add(std::set<Item>::const_iterator it);
  void index_remove(std::set<Item>::const_iterator it);
};

}  // namespace wt::audit
