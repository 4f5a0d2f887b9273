// ThreadPool: the worker threads of one process, created once (by the CLI,
// or by a test) and lent to every phase that runs in parallel.
//
// Before it, each parallel_for started and joined its own threads: a build
// started a new set for content, Markdown, list items and rendering, and a
// dev server or a portal building hundreds of sites would have done so for
// every build. Now the threads live as long as the pool, and parallel_for
// (core/parallel.hpp) hands them batches of one loop at a time.
//
//   wt::ThreadPool pool(jobs);           // jobs - 1 workers; the caller is the last one
//   wt::parallel_for(pool, n, [&](size_t i) { ... });
//
// Thread safety: post() and parallel_for may be called from any thread,
// also from inside a task (a nested parallel_for runs on the calling thread
// when every worker is busy, so it cannot deadlock). The destructor finishes
// queued tasks, then joins the workers.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace wt {

class ThreadPool {
 public:
  /// A pool for `threads` threads of work in all: threads - 1 workers, since
  /// the thread calling parallel_for works too. threads <= 1: no workers,
  /// everything runs on the caller.
  explicit ThreadPool(int threads);
  ~ThreadPool();
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  /// Threads that work on a parallel_for, the caller included (>= 1).
  int concurrency() const { return static_cast<int>(workers_.size()) + 1; }

  /// Runs `task` on a worker, some time later. With no workers, runs it now.
  void post(std::function<void()> task);

 private:
  void work();

  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> queue_;
  bool stopping_ = false;
};

/// Number of threads to use when the user gave none: the machine's cores.
int default_jobs();

}  // namespace wt
