// A few worker threads for the CPU-heavy, pure part of handling a response
// (charset decoding, HTML parsing), so that pages are parsed on every core
// while the fetch loop keeps fetching. Each job has two halves: `work` runs
// on a worker and returns `apply`, which runs on the owner's thread, in the
// order the jobs were submitted. A crawl that submits every response and
// changes its state only in `apply` therefore decides exactly what it would
// decide handling the responses one by one, whatever the workers' timing.
//
//   ParsePool pool(2, [&] { client.wakeup(); });
//   pool.submit([page = std::move(body)] {          // on a worker
//     auto info = extract_page(page);
//     return [info = std::move(info)] { use(info); };  // on the owner, in order
//   });
//   pool.drain();   // on the owner: applies the finished jobs at the head
//   pool.finish();  // applies all, waiting for the workers
//
// Only the owner thread may call submit(), drain() and finish(). An exception
// thrown by `work` is rethrown by its `apply`, on the owner's thread.
// Workers run kWorkerNice steps nicer than the owner (Linux): a crawl's
// fetch loop is on the critical path, the parsing is not.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace wt::audit {

class ParsePool {
 public:
  using Apply = std::function<void()>;
  using Work = std::function<Apply()>;

  /// `threads` workers; 0 runs each job's work inside submit(). `notify` is
  /// called on a worker after each job it finishes (e.g. to wake the fetch
  /// loop). At most `max_pending` jobs wait to be applied: submit() applies
  /// (waiting if needed) before queueing more, which bounds the memory held
  /// by bodies fetched faster than they are parsed.
  ParsePool(unsigned threads, std::function<void()> notify, std::size_t max_pending = 64);
  ~ParsePool();  ///< Joins the workers; jobs not applied are dropped.

  ParsePool(const ParsePool&) = delete;
  ParsePool& operator=(const ParsePool&) = delete;

  /// Queues a job for the workers (see above); may first apply older ones.
  void submit(Work work);

  /// Applies, in order, the finished jobs at the head of the queue; returns
  /// how many jobs are still not applied.
  std::size_t drain();

  /// Applies every job, waiting for the workers.
  void finish();

  /// Workers for this machine: one per core, at least 1, at most 8.
  static unsigned default_threads();

  /// How much nicer than the owner the workers run (where threads have their own nice value).
  static constexpr int kWorkerNice = 5;

 private:
  struct Job {
    Work work;
    Apply apply;
    bool done = false;
  };

  void worker();
  static Apply run_work(Work& work);
  /// Pops the front job (done) and applies it, the lock released meanwhile.
  void apply_front(std::unique_lock<std::mutex>& lock);

  std::function<void()> notify_;
  std::size_t max_pending_;
  std::mutex mutex_;
  std::condition_variable has_work_, has_done_;
  std::deque<Job> jobs_;     ///< Submitted and not applied, oldest first (references stay valid).
  std::size_t started_ = 0;  ///< Jobs of jobs_ handed to a worker, from the front.
  bool stop_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace wt::audit
