// SeenSet (hash-only seen set of a site's crawl) and ByteBudget (HTML in the
// parse workers' trees at once): the two memory bounds of the crawl loop
// that do not need a server.
#include <catch2/catch.hpp>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "audit/crawl/byte_budget.hpp"
#include "audit/crawl/seen_set.hpp"

using wt::audit::ByteBudget;
using wt::audit::SeenSet;

TEST_CASE("audit::SeenSet remembers URLs by hash, answers Full at its cap, 32 bytes a URL at most",
          "[audit_crawl]") {
  SeenSet seen(50'000);
  const std::string long_tail(1500, 'x');  // the length of a URL costs nothing
  for (int i = 0; i < 50'000; ++i) {
    const std::string url = "http://a.edu.vn/p/" + std::to_string(i) + "?" + long_tail;
    REQUIRE(seen.insert(url) == SeenSet::Insert::Added);
  }
  CHECK(seen.size() == 50'000);
  for (int i = 0; i < 50'000; i += 997) {
    const std::string url = "http://a.edu.vn/p/" + std::to_string(i) + "?" + long_tail;
    CHECK(seen.contains(url));
    CHECK(seen.insert(url) == SeenSet::Insert::Present);  // still present when full
  }
  CHECK_FALSE(seen.contains("http://a.edu.vn/p/50000?" + long_tail));
  CHECK(seen.insert("http://a.edu.vn/new") == SeenSet::Insert::Full);
  CHECK(seen.size() == 50'000);
  CHECK(seen.bytes() <= 32 * 50'000);  // 8-byte slots, the table at least a quarter full once grown
  SeenSet empty(10);
  CHECK_FALSE(empty.contains(""));
  CHECK(empty.insert("") == SeenSet::Insert::Added);
  CHECK(empty.contains(""));
}

TEST_CASE("audit::ByteBudget lets no more than its total be held at once, a bigger hold takes it all",
          "[audit_crawl]") {
  ByteBudget budget(100);
  std::atomic<long> held{0}, most{0};
  auto work = [&](std::size_t bytes) {
    ByteBudget::Hold hold(budget, bytes);
    const long now = held += static_cast<long>(std::min<std::size_t>(bytes, 100));
    for (long m = most; now > m && !most.compare_exchange_weak(m, now);) {}
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    held -= static_cast<long>(std::min<std::size_t>(bytes, 100));
  };
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i) threads.emplace_back(work, i % 3 == 0 ? 1000 : 40);  // 1000: more than the total
  for (auto& t : threads) t.join();
  CHECK(most.load() <= 100);
  CHECK(held.load() == 0);
}
