// Which threads a test's code ran on: the threads of the process now, and
// the workers of a ThreadPool (core/thread_pool.hpp).
//
//   const size_t before = wt::test::process_threads();
//   wt::ThreadPool pool(3);
//   auto workers = wt::test::pool_workers(pool);  // the two worker ids
#pragma once

#include <dirent.h>

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <set>
#include <thread>

#include "core/thread_pool.hpp"

namespace wt::test {

/// The threads of this process now (/proc/self/task).
inline size_t process_threads() {
  size_t n = 0;
  if (DIR* d = ::opendir("/proc/self/task")) {
    while (dirent* e = ::readdir(d))
      if (e->d_name[0] != '.') ++n;
    ::closedir(d);
  }
  return n;
}

/// The ids of the workers of `pool`: one task per worker, each held until
/// all have started, so that every worker takes exactly one. The pool must
/// be idle.
inline std::set<std::thread::id> pool_workers(ThreadPool& pool) {
  const int workers = pool.concurrency() - 1;
  std::mutex mutex;
  std::condition_variable all_in;
  std::set<std::thread::id> ids;
  int started = 0, finished = 0;
  for (int i = 0; i < workers; ++i)
    pool.post([&] {
      std::unique_lock<std::mutex> lock(mutex);
      ids.insert(std::this_thread::get_id());
      ++started;
      all_in.notify_all();
      all_in.wait(lock, [&] { return started == workers; });
      ++finished;
      all_in.notify_all();
    });
  std::unique_lock<std::mutex> lock(mutex);
  all_in.wait(lock, [&] { return finished == workers; });
  return ids;
}

}  // namespace wt::test
