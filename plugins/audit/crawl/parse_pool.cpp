#include "audit/crawl/parse_pool.hpp"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <exception>
#include <utility>

namespace wt::audit {

ParsePool::ParsePool(unsigned threads, std::function<void()> notify, std::size_t max_pending)
    : notify_(std::move(notify)), max_pending_(std::max<std::size_t>(1, max_pending)) {
  for (unsigned i = 0; i < threads; ++i) threads_.emplace_back([this] { worker(); });
}

ParsePool::~ParsePool() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  has_work_.notify_all();
  for (auto& t : threads_) t.join();
}

unsigned ParsePool::default_threads() { return std::clamp(std::thread::hardware_concurrency(), 1u, 8u); }

ParsePool::Apply ParsePool::run_work(Work& work) {
  try {
    return work();
  } catch (...) {
    return [e = std::current_exception()] { std::rethrow_exception(e); };
  }
}

void ParsePool::worker() {
#ifdef __linux__
  // Linux gives each thread its own nice value: parsing yields to the
  // owner's fetch loop, which waits on the network with a response at hand.
  errno = 0;
  const int nice = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
  if (errno == 0) setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), std::min(nice + kWorkerNice, 19));
#endif
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    has_work_.wait(lock, [&] { return stop_ || started_ < jobs_.size(); });
    if (stop_) return;
    Job& job = jobs_[started_++];  // stays put: only done jobs leave the deque
    Work work = std::move(job.work);
    lock.unlock();
    Apply apply = run_work(work);
    lock.lock();
    job.apply = std::move(apply);
    job.done = true;
    has_done_.notify_all();
    if (notify_) {
      lock.unlock();
      notify_();
      lock.lock();
    }
  }
}

void ParsePool::apply_front(std::unique_lock<std::mutex>& lock) {
  Apply apply = std::move(jobs_.front().apply);
  jobs_.pop_front();
  --started_;
  lock.unlock();  // apply() may take long, and may submit more
  if (apply) apply();
  lock.lock();
}

void ParsePool::submit(Work work) {
  std::unique_lock<std::mutex> lock(mutex_);
  while (jobs_.size() >= max_pending_) {
    // Too many bodies waiting: apply the oldest (waiting for it) first.
    has_done_.wait(lock, [&] { return jobs_.front().done; });
    apply_front(lock);
  }
  if (threads_.empty()) {
    lock.unlock();
    Apply apply = run_work(work);
    lock.lock();
    jobs_.push_back(Job{{}, std::move(apply), true});
    ++started_;
    return;
  }
  jobs_.push_back(Job{std::move(work), {}, false});
  has_work_.notify_one();
}

std::size_t ParsePool::drain() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!jobs_.empty() && jobs_.front().done) {
    apply_front(lock);
  }
  return jobs_.size();
}

void ParsePool::finish() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!jobs_.empty()) {
    has_done_.wait(lock, [&] { return jobs_.front().done; });
    apply_front(lock);
  }
}

}  // namespace wt::audit
