#include <catch2/catch.hpp>

#include "search/shard_split.hpp"

using wt::search::ShardTerm;
using wt::search::split_shards;

namespace {

// "prefix:first-end" for each shard.
std::vector<std::string> shown(const std::vector<ShardTerm>& terms, std::uint64_t cap) {
  std::vector<std::string> out;
  for (const auto& s : split_shards(terms, cap))
    out.push_back(s.prefix + ":" + std::to_string(s.begin) + "-" + std::to_string(s.end));
  return out;
}

}  // namespace

TEST_CASE("search::split_shards: prefixes by the next code point while a group is over the cap", "[search]") {
  const std::vector<ShardTerm> terms = {{"hoa", 3}, {"hoc", 9}, {"hoi", 2}, {"kha", 3}, {"khoa", 4}};
  CHECK(shown(terms, 100) == std::vector<std::string>{":0-5"});
  CHECK(shown(terms, 20) == std::vector<std::string>{"h:0-3", "k:3-5"});
  CHECK(shown(terms, 10) == std::vector<std::string>{"hoa:0-1", "hoc:1-2", "hoi:2-3", "k:3-5"});
  // One term over the cap keeps a shard of its own, at the shortest prefix that sets it apart.
  CHECK(shown({{"a", 50}}, 10) == std::vector<std::string>{":0-1"});
  CHECK(shown({}, 10).empty());
}

TEST_CASE("search::split_shards: a term equal to a split prefix stays alone in that prefix's shard", "[search]") {
  const std::vector<ShardTerm> terms = {{"thoi", 8}, {"thoi gian", 5}, {"thoi khoa", 5}};
  CHECK(shown(terms, 9) == std::vector<std::string>{"thoi:0-1", "thoi g:1-2", "thoi k:2-3"});
}

TEST_CASE("search::split_shards splits between code points, not bytes", "[search]") {
  const std::vector<ShardTerm> terms = {{"aß", 5}, {"aΩ", 5}, {"aω", 5}};
  CHECK(shown(terms, 6) == std::vector<std::string>{"aß:0-1", "aΩ:1-2", "aω:2-3"});
}
