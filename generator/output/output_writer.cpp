#include "output/output_writer.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <cstdio>

#include "core/file_io.hpp"

namespace fs = std::filesystem;

namespace wt::output {

bool is_safe_relative_path(const std::string& rel) {
  if (rel.empty() || rel[0] == '/') return false;
  size_t start = 0;
  while (start <= rel.size()) {
    size_t slash = rel.find('/', start);
    std::string seg = rel.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (seg.empty() || seg == "." || seg == "..") return false;
    for (unsigned char c : seg)
      if (c < 0x20 || c == 0x7f || c == '\\') return false;
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return true;
}

DiskWriter::DiskWriter(fs::path out_dir, DiagnosticSink& sink) : out_dir_(std::move(out_dir)), sink_(sink) {}

DiskWriter::~DiskWriter() {
  if (active_) abort();
}

bool DiskWriter::begin() {
  std::error_code ec;
  fs::path abs = fs::absolute(out_dir_, ec).lexically_normal();
  if (!abs.has_filename()) abs = abs.parent_path();
  if (abs == abs.root_path() || abs == fs::path(getenv("HOME") ? getenv("HOME") : "/")) {
    sink_.error({abs.string(), 0, 0}, "output.unsafe", "refusing to build into '" + abs.string() + "'");
    return false;
  }
  out_dir_ = abs;
  if (fs::exists(out_dir_, ec)) {
    if (!fs::is_directory(out_dir_, ec)) {
      sink_.error({out_dir_.string(), 0, 0}, "output.not-a-folder",
                  "the output '" + out_dir_.string() + "' exists and is not a folder");
      return false;
    }
    bool empty = fs::directory_iterator(out_dir_, ec) == fs::directory_iterator();
    if (!empty && !fs::exists(out_dir_ / kMarker, ec)) {
      sink_.error({out_dir_.string(), 0, 0}, "output.foreign",
                  "the output folder '" + out_dir_.string() +
                      "' holds files that Webtruong did not write; choose an empty or new folder");
      return false;
    }
  }
  fs::create_directories(out_dir_.parent_path(), ec);
  std::string name = "." + out_dir_.filename().string() + ".tmp-" + std::to_string(getpid());
  tmp_dir_ = out_dir_.parent_path() / name;
  fs::remove_all(tmp_dir_, ec);
  if (!fs::create_directory(tmp_dir_, ec)) {
    sink_.error({tmp_dir_.string(), 0, 0}, "output.create", "cannot create '" + tmp_dir_.string() + "': " + ec.message());
    return false;
  }
  active_ = true;
  return write(kMarker, "Written by webtruong build. This folder is replaced at each build.\n");
}

bool DiskWriter::ensure_parent(const fs::path& file) {
  // Directories are made once each, with plain mkdir(2) calls from the top:
  // std::filesystem::create_directories would stat every component of every
  // path, and a build makes one folder per page.
  std::string dir = file.parent_path().string();
  std::lock_guard<std::mutex> lock(dirs_mutex_);
  return make_dir_locked(dir);
}

bool DiskWriter::make_dir_locked(const std::string& dir) {
  if (dir.size() <= tmp_dir_.string().size() || made_dirs_.count(dir)) return true;
  size_t slash = dir.rfind('/');
  if (slash != std::string::npos && !make_dir_locked(dir.substr(0, slash))) return false;
  if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) return false;
  made_dirs_[dir] = true;
  return true;
}

bool DiskWriter::write(const std::string& rel, const std::string& content) {
  if (!is_safe_relative_path(rel)) {
    sink_.error({rel, 0, 0}, "output.unsafe-path", "refusing to write outside the output folder: '" + rel + "'");
    return false;
  }
  fs::path path = tmp_dir_ / rel;
  if (!ensure_parent(path)) {
    sink_.error({rel, 0, 0}, "output.write", "cannot create the folder for '" + rel + "'");
    return false;
  }
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    sink_.error({rel, 0, 0}, "output.write", "cannot write '" + rel + "': " + std::strerror(errno));
    return false;
  }
  const char* data = content.data();
  size_t left = content.size();
  bool ok = true;
  while (left > 0) {
    ssize_t n = ::write(fd, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      ok = false;
      break;
    }
    data += n;
    left -= static_cast<size_t>(n);
  }
  ok = (::close(fd) == 0) && ok;
  if (!ok) sink_.error({rel, 0, 0}, "output.write", "cannot write '" + rel + "' (disk full?)");
  ++files_;
  return ok;
}

bool DiskWriter::copy(const fs::path& src, const std::string& rel) {
  if (!is_safe_relative_path(rel)) {
    sink_.error({rel, 0, 0}, "output.unsafe-path", "refusing to write outside the output folder: '" + rel + "'");
    return false;
  }
  fs::path path = tmp_dir_ / rel;
  std::error_code ec;
  if (!ensure_parent(path)) return false;
  fs::copy_file(src, path, fs::copy_options::overwrite_existing, ec);
  if (ec) {
    sink_.error({src.string(), 0, 0}, "output.copy", "cannot copy this file: " + ec.message());
    return false;
  }
  ++files_;
  return true;
}

bool DiskWriter::commit() {
  std::error_code ec;
  fs::path old = out_dir_.parent_path() / ("." + out_dir_.filename().string() + ".old-" + std::to_string(getpid()));
  fs::remove_all(old, ec);
  bool had_old = fs::exists(out_dir_, ec);
  if (had_old) {
    fs::rename(out_dir_, old, ec);
    if (ec) {
      sink_.error({out_dir_.string(), 0, 0}, "output.commit", "cannot replace the previous output: " + ec.message());
      abort();
      return false;
    }
  }
  fs::rename(tmp_dir_, out_dir_, ec);
  if (ec) {
    if (had_old) fs::rename(old, out_dir_, ec);
    sink_.error({out_dir_.string(), 0, 0}, "output.commit", "cannot move the new site into place");
    abort();
    return false;
  }
  active_ = false;
  if (had_old) fs::remove_all(old, ec);
  return true;
}

void DiskWriter::abort() {
  std::error_code ec;
  fs::remove_all(tmp_dir_, ec);
  active_ = false;
}

bool MemoryWriter::write(const std::string& rel, const std::string& content) {
  if (!is_safe_relative_path(rel)) return false;
  std::lock_guard<std::mutex> lock(mutex_);
  files_[rel] = content;
  return true;
}

bool MemoryWriter::copy(const fs::path& src, const std::string& rel) {
  auto bytes = read_file(src);
  if (!bytes) return false;
  return write(rel, *bytes);
}

std::map<std::string, std::string> MemoryWriter::files() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return files_;
}

}  // namespace wt::output
