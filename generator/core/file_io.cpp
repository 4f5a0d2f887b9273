#include "core/file_io.hpp"

#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace fs = std::filesystem;

namespace wt {
namespace {

FileError errno_error(int err) {
  if (err == ENOENT || err == ENOTDIR) return {"file.missing", "this file does not exist"};
  if (err == ELOOP) return {"file.link-loop", "this link is part of a loop of symbolic links"};
  return {"file.read", std::string("cannot read this file: ") + std::strerror(err)};
}

std::string megabytes(uint64_t bytes) { return std::to_string((bytes + (1u << 20) - 1) >> 20) + " MB"; }

FileError too_large(uint64_t size, uint64_t max) {
  return {"file.too-large", "this file is " + megabytes(size) + "; files over " + megabytes(max) + " are not read"};
}

void set(FileError* out, FileError e) {
  if (out) *out = std::move(e);
}

std::optional<fs::path> resolve(const fs::path& path, int* err) {
  std::unique_ptr<char, decltype(&std::free)> real(::realpath(path.c_str(), nullptr), &std::free);
  if (!real) {
    *err = errno;
    return std::nullopt;
  }
  return fs::path(real.get());
}

std::string link_text(const fs::path& link) {
  char buf[PATH_MAX];
  ssize_t n = ::readlink(link.c_str(), buf, sizeof buf - 1);
  return n < 0 ? std::string() : std::string(buf, static_cast<size_t>(n));
}

}  // namespace

UniqueFd::~UniqueFd() {
  if (fd_ >= 0) ::close(fd_);
}

UniqueFd& UniqueFd::operator=(UniqueFd&& o) noexcept {
  if (this != &o) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = o.release();
  }
  return *this;
}

fs::path real_root(const fs::path& dir) {
  int err = 0;
  if (auto r = resolve(dir, &err)) return *r;
  std::error_code ec;
  fs::path abs = fs::absolute(dir, ec);
  return (ec ? dir : abs).lexically_normal();
}

bool is_inside(const fs::path& real, const fs::path& root) {
  const std::string& r = real.native();
  const std::string& base = root.native();
  if (r.compare(0, base.size(), base) != 0) return false;
  return r.size() == base.size() || r[base.size()] == '/' || (!base.empty() && base.back() == '/');
}

FileError special_file_error(unsigned mode) {
  if (S_ISFIFO(mode)) return {"file.special", "this is a named pipe (FIFO), not a file"};
  if (S_ISSOCK(mode)) return {"file.special", "this is a socket, not a file"};
  if (S_ISCHR(mode) || S_ISBLK(mode)) return {"file.special", "this is a device, not a file"};
  if (S_ISDIR(mode)) return {"file.special", "this is a folder, not a file"};
  return {"file.special", "this is not a regular file"};
}

PathCheck check_path(const fs::path& path, const fs::path& root, std::string_view root_name) {
  PathCheck c;
  struct stat st;
  if (::lstat(path.c_str(), &st) != 0) {
    c.error = errno_error(errno);
    return c;
  }
  c.is_link = S_ISLNK(st.st_mode);
  int err = 0;
  auto real = resolve(path, &err);
  if (!real) {
    if (err == ENOENT && c.is_link) {
      c.error = {"file.broken-link", "this link points to '" + link_text(path) + "', which does not exist"};
    } else {
      c.error = errno_error(err);
    }
    return c;
  }
  c.real = *real;
  if (!is_inside(c.real, root)) {
    c.error = {"file.outside-site", std::string(c.is_link ? "this is a link to '" : "this leads through a link to '") +
                                        c.real.string() + "', outside " + std::string(root_name) +
                                        "; copy what it points to into the site instead"};
    return c;
  }
  if (c.is_link && ::stat(c.real.c_str(), &st) != 0) {
    c.error = errno_error(errno);
    return c;
  }
  if (S_ISREG(st.st_mode)) c.kind = PathCheck::Kind::File;
  else if (S_ISDIR(st.st_mode)) c.kind = PathCheck::Kind::Folder;
  else c.error = special_file_error(st.st_mode);
  return c;
}

UniqueFd open_regular_file(const fs::path& path, FileError* error) {
  // stat() first: opening a named pipe blocks until a writer comes, and a
  // device may do anything when opened. O_NONBLOCK guards the moment between
  // the two calls; fstat() then checks what was really opened.
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    set(error, errno_error(errno));
    return UniqueFd();
  }
  if (!S_ISREG(st.st_mode)) {
    set(error, special_file_error(st.st_mode));
    return UniqueFd();
  }
  UniqueFd fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (!fd) {
    set(error, errno_error(errno));
    return fd;
  }
  if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
    set(error, special_file_error(st.st_mode));
    return UniqueFd();
  }
  return fd;
}

std::optional<std::string> read_regular_file(const fs::path& path, FileError* error, uint64_t max_bytes) {
  UniqueFd fd = open_regular_file(path, error);
  if (!fd) return std::nullopt;
  struct stat st;
  if (::fstat(fd.get(), &st) != 0) {
    set(error, errno_error(errno));
    return std::nullopt;
  }
  const uint64_t size = static_cast<uint64_t>(st.st_size);
  if (size > max_bytes) {
    set(error, too_large(size, max_bytes));
    return std::nullopt;
  }
  std::string out;
  out.reserve(static_cast<size_t>(size));
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd.get(), buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      set(error, errno_error(errno));
      return std::nullopt;
    }
    if (n == 0) break;
    out.append(buf, static_cast<size_t>(n));
    if (out.size() > max_bytes) {  // the file grew while it was read
      set(error, too_large(out.size(), max_bytes));
      return std::nullopt;
    }
  }
  return out;
}

std::optional<std::string> read_file_inside(const fs::path& path, const fs::path& root, FileError* error,
                                            uint64_t max_bytes) {
  PathCheck c = check_path(path, root);
  if (c.kind == PathCheck::Kind::Folder) c.error = special_file_error(S_IFDIR);
  if (c.kind != PathCheck::Kind::File) {
    set(error, c.error);
    return std::nullopt;
  }
  return read_regular_file(c.real, error, max_bytes);
}

std::optional<std::string> read_file(const fs::path& path) { return read_regular_file(path, nullptr); }

bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

namespace {

bool write_in_place(const fs::path& path, std::string_view content, std::string* error) {
  UniqueFd fd(::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC));
  if (!fd || !write_all(fd.get(), content)) {
    *error = "cannot write " + path.string() + ": " + std::strerror(errno);
    return false;
  }
  return true;
}

bool write_by_rename(const fs::path& target, std::string_view content, const struct stat* existing,
                     std::string* error) {
  fs::path tmp = target.parent_path() / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()));
  auto fail = [&](int err) {
    ::unlink(tmp.c_str());
    *error = "cannot write " + target.string() + ": " + std::strerror(err);
    return false;
  };
  ::unlink(tmp.c_str());  // left by a killed run of a process with the same id
  UniqueFd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666));
  if (!fd) {
    *error = "cannot write " + target.string() + ": " + std::strerror(errno);
    return false;
  }
  if (existing && ::fchmod(fd.get(), existing->st_mode & 07777) != 0) return fail(errno);
  if (!write_all(fd.get(), content) || ::fsync(fd.get()) != 0) return fail(errno);
  if (::close(fd.release()) != 0) return fail(errno);
  if (::rename(tmp.c_str(), target.c_str()) != 0) return fail(errno);
  return true;
}

}  // namespace

bool write_file_replacing(const fs::path& path, std::string_view content, std::string* error) {
  if (path == "-") {
    std::fflush(stdout);
    if (!write_all(STDOUT_FILENO, content)) {
      *error = std::string("cannot write to the standard output: ") + std::strerror(errno);
      return false;
    }
    return true;
  }
  fs::path target = path;
  struct stat st;
  if (::lstat(path.c_str(), &st) != 0) {
    if (path.filename().empty()) {
      *error = "cannot write " + path.string() + ": it names a folder, not a file";
      return false;
    }
    return write_by_rename(target, content, nullptr, error);
  }
  if (S_ISLNK(st.st_mode)) {
    // A link is kept: what it points to is written.
    int err = 0;
    if (auto real = resolve(path, &err)) target = *real;
    if (::stat(target.c_str(), &st) != 0) return write_by_rename(target, content, nullptr, error);
  }
  if (S_ISDIR(st.st_mode)) {
    *error = "cannot write " + path.string() + ": it is a folder";
    return false;
  }
  if (!S_ISREG(st.st_mode)) return write_in_place(target, content, error);
  return write_by_rename(target, content, &st, error);
}

}  // namespace wt
