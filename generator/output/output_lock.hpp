// OutputLock: one build at a time into one output folder.
//
// Two builds into the same folder used to interleave their renames, and the
// loser printed "the previous output was left as it was" when it was not.
// The lock is flock(2) on a small file beside the output folder
// (".public.lock" for "public"; never inside the folder that is served),
// holding the process id of the build that has it, so the second build
// fails at once and names the first. flock is released by the kernel when a
// process dies, so a killed build never leaves a folder locked. release()
// removes the file while still holding the lock; acquire() checks that the
// file it locked is still the one at the path, and tries again if not.
//
//   OutputLock lock;
//   long holder = 0;
//   std::string error;
//   if (!lock.acquire(dir / ".public.lock", &holder, &error)) ...;  // holder: the other build's pid
#pragma once

#include <filesystem>
#include <string>

#include "core/diagnostic.hpp"

namespace wt::output {

class OutputLock {
 public:
  OutputLock() = default;
  ~OutputLock() { release(); }
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;

  /// Takes the lock at `path` (created if needed) and writes this process's
  /// id into it. false when another process holds it (`holder` = its id as
  /// written in the file, 0 when unknown; `error` empty) or when the file
  /// cannot be made (`error` says why).
  bool acquire(const std::filesystem::path& path, long* holder, std::string* error);

  /// Removes the lock file and lets the lock go. Safe to call twice.
  void release();

  bool held() const { return fd_ >= 0; }

 private:
  std::filesystem::path path_;
  int fd_ = -1;
};

/// Takes the lock of the output folder `out_dir` (".NAME.lock" beside it),
/// or reports output.locked (naming the build that holds it) to `sink`.
bool lock_output_folder(OutputLock& lock, const std::filesystem::path& out_dir, DiagnosticSink& sink);

}  // namespace wt::output
