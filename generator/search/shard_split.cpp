#include "search/shard_split.hpp"

#include "core/utf8.hpp"

namespace wt::search {
namespace {

class Splitter {
 public:
  Splitter(const std::vector<ShardTerm>& terms, std::uint64_t cap) : terms_(terms), cap_(cap) {}

  void split(std::size_t begin, std::size_t end, const std::string& prefix) {
    std::uint64_t total = 0;
    for (std::size_t i = begin; i < end; ++i) total += terms_[i].postings;
    if (total <= cap_ || end - begin == 1) {
      out_.push_back({prefix, begin, end});
      return;
    }
    if (terms_[begin].key == prefix) {  // sorted: the prefix itself comes first
      out_.push_back({prefix, begin, begin + 1});
      ++begin;
    }
    while (begin < end) {
      const std::string child = prefix + std::string(next_code_point(terms_[begin].key, prefix.size()));
      std::size_t stop = begin;
      while (stop < end && terms_[stop].key.substr(0, child.size()) == child) ++stop;
      split(begin, stop, child);
      begin = stop;
    }
  }

  std::vector<Shard> take() { return std::move(out_); }

 private:
  static std::string_view next_code_point(std::string_view key, std::size_t at) {
    return key.substr(at, decode_utf8(key, at).length);
  }

  const std::vector<ShardTerm>& terms_;
  std::uint64_t cap_;
  std::vector<Shard> out_;
};

}  // namespace

std::vector<Shard> split_shards(const std::vector<ShardTerm>& terms, std::uint64_t cap) {
  if (terms.empty()) return {};
  Splitter s(terms, cap);
  s.split(0, terms.size(), "");
  return s.take();
}

}  // namespace wt::search
