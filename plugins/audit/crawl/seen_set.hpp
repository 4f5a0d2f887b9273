// The URLs a site's crawl has already decided on, remembered by a 64-bit
// hash only: 8 bytes a slot in an open-addressing table kept between a
// quarter and a half full, so 16 to 32 bytes a URL whatever its length (2 MiB
// for 100,000 URLs; issue 10: memory must not grow with what a site sends). Two URLs with the same hash would be
// taken for one (about one chance in 10^9 for 100,000 URLs). A cap on the
// number of entries makes insert() answer Full instead of growing.
//
//   SeenSet seen(100'000);
//   if (seen.insert(url) == SeenSet::Insert::Added) frontier.push(url);
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace wt::audit {

class SeenSet {
 public:
  enum class Insert { Added, Present, Full };

  explicit SeenSet(std::size_t max_entries) : max_(max_entries) {}

  /// Adds `key` unless it is there already or the set holds max_entries.
  Insert insert(std::string_view key);
  bool contains(std::string_view key) const;

  std::size_t size() const { return size_; }
  std::size_t max_entries() const { return max_; }
  /// Bytes of the table.
  std::size_t bytes() const { return slots_.size() * sizeof(std::uint64_t); }

 private:
  static std::uint64_t hash(std::string_view key);
  std::size_t find(std::uint64_t h) const;  ///< The slot holding `h`, or the empty slot where it would go.
  void grow();

  std::size_t max_;
  std::size_t size_ = 0;
  std::vector<std::uint64_t> slots_;  ///< 0: empty. Size a power of two.
};

}  // namespace wt::audit
