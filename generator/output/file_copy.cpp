#include "output/file_copy.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/file_io.hpp"

namespace wt::output {

bool copy_file_to(const std::filesystem::path& src, const std::filesystem::path& dest, DiagnosticSink& sink) {
  FileError error;
  UniqueFd in = open_regular_file(src, &error);
  if (!in) {
    sink.error({src.string(), 0, 0}, error.code, error.message);
    return false;
  }
  UniqueFd out(::open(dest.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644));
  bool ok = static_cast<bool>(out);
  bool by_range = true;
  while (ok) {
    ssize_t n = by_range ? ::copy_file_range(in.get(), nullptr, out.get(), nullptr, 1 << 30, 0) : -1;
    if (n < 0 && by_range && (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP)) {
      by_range = false;  // not between these file systems: plain reads and writes
      continue;
    }
    if (!by_range) {
      char buf[65536];
      n = ::read(in.get(), buf, sizeof buf);
      if (n > 0 && !write_all(out.get(), std::string_view(buf, static_cast<size_t>(n)))) n = -1;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ok = n == 0;
      break;
    }
  }
  if (out && ::close(out.release()) != 0) ok = false;
  if (!ok) {
    sink.error({src.string(), 0, 0}, "output.copy", std::string("cannot copy this file: ") + std::strerror(errno));
    return false;
  }
  return true;
}

}  // namespace wt::output
