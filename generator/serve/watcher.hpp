// Watcher: the changes to a folder tree, from Linux inotify, gathered into
// one batch per save.
//
// Every folder of the tree is watched (inotify is not recursive); a folder
// created or moved in is watched as soon as it is seen, and reported
// itself, so that whoever reads the batch reads the folder again whole
// (files written into it before its watch was added are not lost).
// Editors save in several steps: a write in place, a new file renamed over
// the old one (vim, VS Code, gedit), or the old file deleted and a new one
// created. wait() therefore returns only when no event came for a short
// quiet time (kQuiet, or kSettled after an event that ends a save: a file
// closed after writing, a file renamed into place), and at the latest after
// kMaxBatch. Names for which `ignored` says true (dot-names, public/) are
// neither watched nor reported. When the kernel's queue overflowed, wait()
// says so: the caller then reads everything again.
//
//   Watcher w([](const fs::path& p) { return false; });
//   if (!w.add_tree(site_dir, &error)) ...
//   auto batch = w.wait(std::chrono::seconds(1));   // empty on timeout or stop()
//
// wait() runs on one thread; stop() may be called from any other.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace wt::serve {

struct ChangeBatch {
  std::vector<std::filesystem::path> paths;  ///< sorted, unique
  bool overflowed = false;                   ///< events were lost: read everything again
  bool empty() const { return paths.empty() && !overflowed; }
};

class Watcher {
 public:
  static constexpr std::chrono::milliseconds kQuiet{50};
  static constexpr std::chrono::milliseconds kSettled{10};
  static constexpr std::chrono::milliseconds kMaxBatch{500};

  explicit Watcher(std::function<bool(const std::filesystem::path&)> ignored);
  ~Watcher();
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;

  /// Watches `dir` and every folder below it. false, with `error`, when
  /// inotify cannot be used or `dir` cannot be watched.
  bool add_tree(const std::filesystem::path& dir, std::string* error);

  /// The next batch of changes, waiting at most `timeout` for its first
  /// event; empty on timeout or after stop().
  ChangeBatch wait(std::chrono::milliseconds timeout);

  /// True when events wait to be read, or stop() was called: a long task
  /// between two wait() calls may give way. Any thread may ask.
  bool pending() const;

  /// Makes wait() return at once, now and from now on.
  void stop();

 private:
  bool watch_one(const std::filesystem::path& dir, std::string* error);
  void watch_below(const std::filesystem::path& dir);
  // Reads the pending events into `batch`; true when the last one ended a save.
  bool read_events(ChangeBatch& batch);
  // Waits up to `ms` for events (or the stop signal): true when events can be read.
  bool poll_events(int ms);

  std::function<bool(const std::filesystem::path&)> ignored_;
  int fd_ = -1;
  int stop_fd_ = -1;
  bool stopped_ = false;
  std::map<int, std::filesystem::path> dirs_;  ///< by watch descriptor
};

}  // namespace wt::serve
