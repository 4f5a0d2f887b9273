#include "serve/watcher.hpp"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

namespace fs = std::filesystem;

namespace wt::serve {
namespace {

constexpr uint32_t kMask = IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO |
                           IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;

using Clock = std::chrono::steady_clock;

}  // namespace

Watcher::Watcher(std::function<bool(const fs::path&)> ignored) : ignored_(std::move(ignored)) {
  fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  stop_fd_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
}

Watcher::~Watcher() {
  if (fd_ >= 0) close(fd_);
  if (stop_fd_ >= 0) close(stop_fd_);
}

bool Watcher::watch_one(const fs::path& dir, std::string* error) {
  const int wd = inotify_add_watch(fd_, dir.c_str(), kMask);
  if (wd < 0) {
    if (error) *error = "cannot watch '" + dir.string() + "': " + std::strerror(errno);
    return false;
  }
  dirs_[wd] = dir;
  return true;
}

// Folders below `dir` that vanish or cannot be watched meanwhile are left
// out: their parent's events still name them.
void Watcher::watch_below(const fs::path& dir) {
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code st;
    if (!fs::is_directory(it->symlink_status(st)) || ignored_(it->path())) continue;
    if (watch_one(it->path(), nullptr)) watch_below(it->path());
  }
}

bool Watcher::add_tree(const fs::path& dir, std::string* error) {
  if (fd_ < 0 || stop_fd_ < 0) {
    if (error) *error = std::string("cannot watch files for changes (inotify): ") + std::strerror(errno);
    return false;
  }
  if (!watch_one(dir, error)) return false;
  watch_below(dir);
  return true;
}

bool Watcher::pending() const {
  pollfd fds[2] = {{fd_, POLLIN, 0}, {stop_fd_, POLLIN, 0}};
  int n;
  do n = ::poll(fds, 2, 0);
  while (n < 0 && errno == EINTR);
  return n > 0;
}

bool Watcher::poll_events(int ms) {
  pollfd fds[2] = {{fd_, POLLIN, 0}, {stop_fd_, POLLIN, 0}};
  int n;
  do n = ::poll(fds, 2, ms);
  while (n < 0 && errno == EINTR);
  if (n <= 0) return false;
  if (fds[1].revents) {
    stopped_ = true;
    return false;
  }
  return (fds[0].revents & POLLIN) != 0;
}

bool Watcher::read_events(ChangeBatch& batch) {
  alignas(inotify_event) char buf[16384];
  bool settled = false;
  for (;;) {
    const ssize_t len = ::read(fd_, buf, sizeof buf);
    if (len <= 0) break;  // EAGAIN: nothing more for now
    for (ssize_t i = 0; i < len;) {
      const auto* e = reinterpret_cast<const inotify_event*>(buf + i);
      i += static_cast<ssize_t>(sizeof(inotify_event) + e->len);
      if (e->mask & IN_Q_OVERFLOW) {
        batch.overflowed = true;
        continue;
      }
      auto dir = dirs_.find(e->wd);
      if (dir == dirs_.end()) continue;
      if (e->mask & IN_IGNORED) {  // the folder is gone: its parent reported it
        dirs_.erase(dir);
        continue;
      }
      if (e->len == 0) continue;  // about the folder itself (moved, deleted): its parent says it too
      const fs::path path = dir->second / e->name;
      if (ignored_(path)) continue;
      if ((e->mask & IN_ISDIR) && (e->mask & (IN_CREATE | IN_MOVED_TO)))
        if (watch_one(path, nullptr)) watch_below(path);
      batch.paths.push_back(path);
      settled = (e->mask & (IN_CLOSE_WRITE | IN_MOVED_TO)) != 0;
    }
  }
  return settled;
}

ChangeBatch Watcher::wait(std::chrono::milliseconds timeout) {
  ChangeBatch batch;
  if (stopped_ || !poll_events(static_cast<int>(timeout.count()))) return batch;
  const auto start = Clock::now();
  bool settled = read_events(batch);
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(kMaxBatch - (Clock::now() - start));
    if (left.count() <= 0 || stopped_) break;
    const auto quiet = std::min(settled ? kSettled : kQuiet, left);
    if (!poll_events(static_cast<int>(quiet.count()))) break;
    settled = read_events(batch);
  }
  std::sort(batch.paths.begin(), batch.paths.end());
  batch.paths.erase(std::unique(batch.paths.begin(), batch.paths.end()), batch.paths.end());
  return batch;
}

void Watcher::stop() {
  const uint64_t one = 1;
  if (stop_fd_ >= 0) (void)!::write(stop_fd_, &one, sizeof one);
}

}  // namespace wt::serve
