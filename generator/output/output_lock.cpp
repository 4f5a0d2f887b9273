#include "output/output_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>


namespace wt::output {
namespace {

long read_holder(int fd) {
  char buf[32] = {0};
  ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return 0;
  char* end = nullptr;
  long pid = std::strtol(buf, &end, 10);
  return end != buf && pid > 0 ? pid : 0;
}

bool same_file(int fd, const std::filesystem::path& path) {
  struct stat a, b;
  if (::fstat(fd, &a) != 0 || ::lstat(path.c_str(), &b) != 0) return false;
  return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

}  // namespace

bool OutputLock::acquire(const std::filesystem::path& path, long* holder, std::string* error) {
  release();
  *holder = 0;
  error->clear();
  // A few tries: the file may be removed by its holder between our open()
  // and our flock(), and we would then hold a lock on a file nobody sees.
  for (int attempt = 0; attempt < 8; ++attempt) {
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) {
      *error = "cannot create the lock file '" + path.string() + "': " + std::strerror(errno);
      return false;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      int err = errno;
      if (err == EWOULDBLOCK) *holder = read_holder(fd);
      else *error = "cannot lock '" + path.string() + "': " + std::strerror(err);
      ::close(fd);
      return false;
    }
    if (!same_file(fd, path)) {
      ::close(fd);
      continue;
    }
    std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.data(), pid.size(), 0) != static_cast<ssize_t>(pid.size())) {
      *error = "cannot write the lock file '" + path.string() + "': " + std::strerror(errno);
      ::close(fd);
      return false;
    }
    fd_ = fd;
    path_ = path;
    return true;
  }
  *error = "cannot lock '" + path.string() + "': it keeps being replaced";
  return false;
}

void OutputLock::release() {
  if (fd_ < 0) return;
  ::unlink(path_.c_str());  // still locked: nobody can take a lock on it meanwhile and miss it
  ::close(fd_);
  fd_ = -1;
}

bool lock_output_folder(OutputLock& lock, const std::filesystem::path& out_dir, DiagnosticSink& sink) {
  long holder = 0;
  std::string error;
  const std::filesystem::path lock_file = out_dir.parent_path() / ("." + out_dir.filename().string() + ".lock");
  if (lock.acquire(lock_file, &holder, &error)) return true;
  if (error.empty())
    error = "another build" + (holder > 0 ? " (process " + std::to_string(holder) + ")" : std::string()) +
            " is writing to this folder; wait for it to end, then build again";
  sink.error({out_dir.string(), 0, 0}, "output.locked", error);
  return false;
}

}  // namespace wt::output
