// ParsePool: work on workers, apply on the owner in submission order.
#include "audit/crawl/parse_pool.hpp"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <cerrno>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

using wt::audit::ParsePool;

TEST_CASE("ParsePool applies in submission order on the owner, whatever order the work ends in",
          "[audit_crawl]") {
  for (unsigned threads : {0u, 1u, 3u}) {
    CAPTURE(threads);
    std::atomic<int> notified{0};
    const auto owner = std::this_thread::get_id();
    std::vector<int> applied;
    std::atomic<int> on_owner_thread{0};
    {
      ParsePool pool(threads, [&] { ++notified; }, 1000);
      for (int i = 0; i < 40; ++i) {
        pool.submit([i, &on_owner_thread, owner]() -> ParsePool::Apply {
          if (std::this_thread::get_id() == owner) ++on_owner_thread;
          // Earlier jobs take longer, so with several workers they end later.
          std::this_thread::sleep_for(std::chrono::milliseconds((40 - i) % 5));
          return [i] { (void)i; };
        });
        pool.submit([i, &applied, owner]() -> ParsePool::Apply {
          return [i, &applied, owner] {
            CHECK(std::this_thread::get_id() == owner);
            applied.push_back(i);
          };
        });
      }
      pool.finish();
      CHECK(pool.drain() == 0);
    }  // joins the workers: every notify has been made
    std::vector<int> expected;
    for (int i = 0; i < 40; ++i) expected.push_back(i);
    CHECK(applied == expected);
    if (threads == 0) {
      CHECK(on_owner_thread == 40);
      CHECK(notified == 0);
    } else {
      CHECK(on_owner_thread == 0);
      CHECK(notified == 80);
    }
  }
}

TEST_CASE("ParsePool drain applies only the finished head of the queue", "[audit_crawl]") {
  ParsePool pool(1, {}, 100);
  std::atomic<bool> release{false};
  int applied = 0;
  pool.submit([&]() -> ParsePool::Apply {
    while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return [&] { ++applied; };
  });
  pool.submit([&]() -> ParsePool::Apply { return [&] { ++applied; }; });
  CHECK(pool.drain() == 2);  // the first job is still running: nothing may be applied
  CHECK(applied == 0);
  release = true;
  pool.finish();
  CHECK(applied == 2);
}

TEST_CASE("ParsePool rethrows an exception of work from its apply, on the owner", "[audit_crawl]") {
  ParsePool pool(2, {});
  pool.submit([]() -> ParsePool::Apply { throw std::runtime_error("bad page"); });
  CHECK_THROWS_WITH(pool.finish(), "bad page");
}

TEST_CASE("ParsePool keeps at most max_pending jobs waiting to be applied", "[audit_crawl]") {
  ParsePool pool(2, {}, 4);
  int applied = 0;
  for (int i = 0; i < 10; ++i) {
    pool.submit([&]() -> ParsePool::Apply { return [&] { ++applied; }; });
    CHECK(i + 1 - applied <= 4);
  }
  pool.finish();
  CHECK(applied == 10);
}

#ifdef __linux__
TEST_CASE("ParsePool workers run nicer than the owner", "[audit_crawl]") {
  errno = 0;
  const int owner = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
  REQUIRE(errno == 0);
  std::atomic<int> worker_nice{-100};
  {
    ParsePool pool(1, [] {});
    pool.submit([&]() -> ParsePool::Apply {
      worker_nice = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
      return [] {};
    });
    pool.finish();
  }
  CHECK(worker_nice == std::min(owner + ParsePool::kWorkerNice, 19));
  // The owner keeps its own.
  CHECK(getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())) == owner);
}
#endif
