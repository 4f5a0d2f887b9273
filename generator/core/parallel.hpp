// parallel_for: runs fn(i) for i in [0, n) on `jobs` threads, handing out
// indexes in small batches from an atomic counter. fn must be thread-safe.
// With jobs <= 1 it runs inline, in order.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace wt {

template <typename Fn>
void parallel_for(size_t n, int jobs, Fn&& fn) {
  if (jobs <= 1 || n < 2) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  const size_t batch = std::max<size_t>(1, std::min<size_t>(64, n / (static_cast<size_t>(jobs) * 8)));
  auto worker = [&] {
    for (;;) {
      size_t start = next.fetch_add(batch);
      if (start >= n) return;
      size_t end = std::min(n, start + batch);
      for (size_t i = start; i < end; ++i) fn(i);
    }
  };
  std::vector<std::thread> threads;
  const int count = std::min<int>(jobs, static_cast<int>(n));
  for (int t = 1; t < count; ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
}

/// Number of threads to use when the user gave none: the machine's cores.
inline int default_jobs() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

}  // namespace wt
