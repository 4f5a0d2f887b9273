// A budget of bytes shared by threads: how much HTML the parse workers may
// hold in their trees at once (issue 10). Parsing a page builds a tree of
// about 20 bytes per byte of HTML; without a shared budget the peak would
// grow with the number of cores. A request larger than the whole budget
// waits until the budget is whole, then takes all of it.
//
//   ByteBudget budget(8 << 20);
//   {
//     ByteBudget::Hold hold(budget, body.size());  // waits for room
//     parse(body);
//   }                                               // gives it back
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <mutex>

namespace wt::audit {

class ByteBudget {
 public:
  explicit ByteBudget(std::size_t total) : total_(std::max<std::size_t>(1, total)), free_(total_) {}

  class Hold {
   public:
    Hold(ByteBudget& budget, std::size_t bytes) : budget_(budget), bytes_(std::min(bytes, budget.total_)) {
      std::unique_lock<std::mutex> lock(budget_.mutex_);
      budget_.room_.wait(lock, [&] { return budget_.free_ >= bytes_; });
      budget_.free_ -= bytes_;
    }
    ~Hold() {
      {
        std::lock_guard<std::mutex> lock(budget_.mutex_);
        budget_.free_ += bytes_;
      }
      budget_.room_.notify_all();
    }
    Hold(const Hold&) = delete;
    Hold& operator=(const Hold&) = delete;

   private:
    ByteBudget& budget_;
    std::size_t bytes_;
  };

 private:
  std::size_t total_;
  std::size_t free_;
  std::mutex mutex_;
  std::condition_variable room_;
};

}  // namespace wt::audit
