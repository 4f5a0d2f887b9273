// parallel_for: runs fn(i) for i in [0, n) on the threads of a ThreadPool
// (core/thread_pool.hpp), the calling thread included, handing out indexes
// in small batches from an atomic counter. fn must be thread-safe. With a
// pool of one thread, or n < 2, it runs inline, in order. Returns when every
// fn(i) has returned.
//
//   wt::parallel_for(pool, pages.size(), [&](size_t i) { html[i] = render(*pages[i]); });
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>

#include "core/thread_pool.hpp"

namespace wt {

namespace detail {

// One loop shared by its helpers. A helper that starts after the loop is
// done (it waited in the queue) touches nothing but this state, which it
// co-owns: `fn` belongs to the caller's stack and is used only while
// `active` counts the helper.
struct LoopState {
  std::atomic<size_t> next{0};
  size_t n = 0, batch = 1;
  std::mutex mutex;
  std::condition_variable idle;
  int active = 0;
};

template <typename Fn>
void run_batches(LoopState& s, Fn& fn) {
  for (;;) {
    size_t start = s.next.fetch_add(s.batch);
    if (start >= s.n) return;
    size_t end = std::min(s.n, start + s.batch);
    for (size_t i = start; i < end; ++i) fn(i);
  }
}

}  // namespace detail

template <typename Fn>
void parallel_for(ThreadPool& pool, size_t n, Fn&& fn) {
  const int threads = std::min<size_t>(static_cast<size_t>(pool.concurrency()), n);
  if (threads <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  auto state = std::make_shared<detail::LoopState>();
  state->n = n;
  state->batch = std::max<size_t>(1, std::min<size_t>(64, n / (static_cast<size_t>(threads) * 8)));
  for (int t = 1; t < threads; ++t) {
    pool.post([state, &fn] {
      {
        std::lock_guard<std::mutex> lock(state->mutex);
        if (state->next.load() >= state->n) return;  // the loop is over: `fn` may be gone
        ++state->active;
      }
      detail::run_batches(*state, fn);
      std::lock_guard<std::mutex> lock(state->mutex);
      if (--state->active == 0) state->idle.notify_all();
    });
  }
  detail::run_batches(*state, fn);
  std::unique_lock<std::mutex> lock(state->mutex);
  state->idle.wait(lock, [&] { return state->active == 0; });
}

}  // namespace wt
