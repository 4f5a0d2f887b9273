// ThreadPool and parallel_for: the threads are the pool's, started once
// when it is made; a loop runs on them and on its caller, never on threads
// of its own.
#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "core/parallel.hpp"
#include "core/thread_pool.hpp"
#include "support/threads.hpp"

using namespace wt;

TEST_CASE("ThreadPool of one thread runs everything on its caller, in order", "[core][threads]") {
  ThreadPool pool(1);
  CHECK(pool.concurrency() == 1);
  const auto caller = std::this_thread::get_id();
  bool posted_here = false;
  pool.post([&] { posted_here = std::this_thread::get_id() == caller; });
  CHECK(posted_here);
  std::vector<size_t> order;
  parallel_for(pool, 100, [&](size_t i) {
    CHECK(std::this_thread::get_id() == caller);
    order.push_back(i);
  });
  REQUIRE(order.size() == 100);
  for (size_t i = 0; i < order.size(); ++i) CHECK(order[i] == i);
}

TEST_CASE("ThreadPool starts its workers once, and parallel_for runs on them and its caller only", "[core][threads]") {
  const size_t before = test::process_threads();
  ThreadPool pool(4);
  CHECK(pool.concurrency() == 4);
  CHECK(test::process_threads() == before + 3);
  const auto workers = test::pool_workers(pool);
  REQUIRE(workers.size() == 3);
  const auto caller = std::this_thread::get_id();
  CHECK(workers.count(caller) == 0);

  std::mutex mutex;
  std::set<std::thread::id> ran_on;
  size_t most_threads = 0;
  for (int loop = 0; loop < 50; ++loop) {
    std::vector<std::atomic<int>> visits(2000);
    parallel_for(pool, visits.size(), [&](size_t i) {
      visits[i].fetch_add(1);
      if (i % 100 != 0) return;
      std::lock_guard<std::mutex> lock(mutex);
      ran_on.insert(std::this_thread::get_id());
      most_threads = std::max(most_threads, test::process_threads());
    });
    for (const auto& v : visits) REQUIRE(v.load() == 1);  // each index once
  }
  for (const auto& id : ran_on) CHECK((id == caller || workers.count(id) == 1));
  CHECK(most_threads == before + 3);  // no loop started a thread
  CHECK(test::process_threads() == before + 3);
}

TEST_CASE("parallel_for nested inside a task of the same pool finishes", "[core][threads]") {
  ThreadPool pool(2);
  std::atomic<int> sum{0};
  parallel_for(pool, 8, [&](size_t) { parallel_for(pool, 100, [&](size_t j) { sum += static_cast<int>(j); }); });
  CHECK(sum.load() == 8 * 4950);
}
