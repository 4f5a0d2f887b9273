#include "output/output_writer.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "core/file_io.hpp"
#include "output/file_copy.hpp"
#include "output/output_location.hpp"

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

DiskWriter::DiskWriter(fs::path out_dir, DiagnosticSink& sink, DiskWriterOptions options)
    : out_dir_(std::move(out_dir)), sink_(sink), options_(std::move(options)) {}

DiskWriter::~DiskWriter() {
  if (active_) abort();
}

namespace {

int exchange_folders(const fs::path& a, const fs::path& b) {
  return ::renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) == 0 ? 0 : errno;
}

bool is_marked(const fs::path& dir) {
  struct stat st;
  return ::lstat((dir / DiskWriter::kMarker).c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// ".public.tmp-123" and ".public.old-123" for "public": what builds leave
// beside the output folder while they run.
bool is_leftover_name(const std::string& name, const std::string& out_name, const char* kind) {
  const std::string prefix = "." + out_name + "." + kind + "-";
  if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) return false;
  return std::all_of(name.begin() + static_cast<long>(prefix.size()), name.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool DiskWriter::begin() {
  const fs::path given = out_dir_;
  out_dir_ = resolved_path(out_dir_);
  const char* home = std::getenv("HOME");
  if (out_dir_ == out_dir_.root_path() || (home && *home && out_dir_ == resolved_path(home))) {
    sink_.error({out_dir_.string(), 0, 0}, "output.unsafe", "refusing to build into '" + out_dir_.string() + "'");
    return false;
  }
  if (!options_.site_dir.empty() && !check_output_location(given, options_.site_dir, sink_)) return false;
  std::error_code ec;
  fs::create_directories(out_dir_.parent_path(), ec);
  if (ec) {
    sink_.error({out_dir_.string(), 0, 0}, "output.create",
                "cannot create the folder '" + out_dir_.parent_path().string() + "': " + ec.message());
    return false;
  }
  if (!lock_output_folder(lock_, out_dir_, sink_)) return false;
  remove_build_leftovers(out_dir_, sink_);
  if (!check_existing()) {
    lock_.release();
    return false;
  }
  tmp_dir_ = out_dir_.parent_path() / ("." + out_dir_.filename().string() + ".tmp-" + std::to_string(::getpid()));
  if (!fs::create_directory(tmp_dir_, ec)) {
    sink_.error({tmp_dir_.string(), 0, 0}, "output.create",
                "cannot create '" + tmp_dir_.string() + "': " + (ec ? ec.message() : "it exists"));
    lock_.release();
    return false;
  }
  active_ = true;
  return write(kMarker, "Written by webtruong build. This folder is replaced at each build.\n");
}

void remove_build_leftovers(const fs::path& out_dir, DiagnosticSink& sink) {
  const std::string name = out_dir.filename().string();
  std::vector<fs::path> tmps, olds;
  std::error_code ec;
  for (fs::directory_iterator it(out_dir.parent_path(), ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    const std::string n = it->path().filename().string();
    const bool tmp = is_leftover_name(n, name, "tmp"), old = is_leftover_name(n, name, "old");
    std::error_code type_ec;
    if ((!tmp && !old) || !it->is_directory(type_ec) || it->is_symlink(type_ec) || !is_marked(it->path())) continue;
    (tmp ? tmps : olds).push_back(it->path());
  }
  struct stat st;
  if (!olds.empty() && ::lstat(out_dir.c_str(), &st) != 0 && errno == ENOENT) {
    // Killed between the two renames of the fallback: the previous output
    // is the newest .old folder. Put it back before anything else.
    auto newest = std::max_element(olds.begin(), olds.end(), [](const fs::path& a, const fs::path& b) {
      std::error_code e1, e2;
      return fs::last_write_time(a, e1) < fs::last_write_time(b, e2);
    });
    if (::rename(newest->c_str(), out_dir.c_str()) == 0) {
      sink.report({Severity::Note, "output.restored",
                    "the previous output was put back from '" + newest->filename().string() +
                        "', where a build that was stopped had left it",
                    {out_dir.string(), 0, 0}, {}});
      olds.erase(newest);
    }
  }
  for (const auto& dir : tmps) fs::remove_all(dir, ec);
  for (const auto& dir : olds) fs::remove_all(dir, ec);
}

bool DiskWriter::check_existing() {
  struct stat st;
  if (::lstat(out_dir_.c_str(), &st) != 0) {
    if (errno == ENOENT) return true;
    sink_.error({out_dir_.string(), 0, 0}, "output.unreadable",
                std::string("cannot look at the output folder: ") + std::strerror(errno));
    return false;
  }
  if (!S_ISDIR(st.st_mode)) {
    sink_.error({out_dir_.string(), 0, 0}, "output.not-a-folder",
                "the output '" + out_dir_.string() + "' exists and is not a folder");
    return false;
  }
  DIR* d = ::opendir(out_dir_.c_str());
  if (!d) {
    sink_.error({out_dir_.string(), 0, 0}, "output.unreadable",
                std::string("the output folder cannot be listed (") + std::strerror(errno) +
                    "), so what it holds is unknown; it was left as it was");
    return false;
  }
  bool empty = true;
  errno = 0;
  while (dirent* e = ::readdir(d)) {
    if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0) {
      empty = false;
      break;
    }
  }
  const int read_error = errno;
  ::closedir(d);
  if (read_error != 0) {
    sink_.error({out_dir_.string(), 0, 0}, "output.unreadable",
                std::string("the output folder cannot be listed (") + std::strerror(read_error) +
                    "), so what it holds is unknown; it was left as it was");
    return false;
  }
  if (!empty && !is_marked(out_dir_)) {
    sink_.error({out_dir_.string(), 0, 0}, "output.foreign",
                "the output folder '" + out_dir_.string() +
                    "' holds files that Webtruong did not write; choose an empty or new folder");
    return false;
  }
  return true;
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

int DiskWriter::open_new(const std::string& rel) {
  if (!is_safe_relative_path(rel)) {
    sink_.error({rel, 0, 0}, "output.unsafe-path", "refusing to write outside the output folder: '" + rel + "'");
    return -1;
  }
  fs::path path = tmp_dir_ / rel;
  if (!ensure_parent(path)) {
    sink_.error({rel, 0, 0}, "output.write", "cannot create the folder for '" + rel + "'");
    return -1;
  }
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) sink_.error({rel, 0, 0}, "output.write", "cannot write '" + rel + "': " + std::strerror(errno));
  return fd;
}

void DiskWriter::write_failed(const std::string& rel) {
  sink_.error({rel, 0, 0}, "output.write", "cannot write '" + rel + "' (disk full?)");
}

bool DiskWriter::write(const std::string& rel, const std::string& content) {
  const int fd = open_new(rel);
  if (fd < 0) return false;
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
  if (!ok) write_failed(rel);
  ++files_;
  return ok;
}

bool DiskWriter::copy(const fs::path& src, const std::string& rel) {
  if (!is_safe_relative_path(rel)) {
    sink_.error({rel, 0, 0}, "output.unsafe-path", "refusing to write outside the output folder: '" + rel + "'");
    return false;
  }
  fs::path path = tmp_dir_ / rel;
  if (!ensure_parent(path)) {
    sink_.error({rel, 0, 0}, "output.write", "cannot create the folder for '" + rel + "'");
    return false;
  }
  if (!copy_file_to(src, path, sink_)) return false;
  ++files_;
  return true;
}

std::optional<FileStamp> DiskWriter::stamp(const std::string& rel) const {
  if (!is_safe_relative_path(rel)) return std::nullopt;
  return stamp_of(tmp_dir_ / rel);
}

void DiskWriter::step(const char* name) const {
  if (options_.after_step) options_.after_step(name);
}

bool DiskWriter::commit() {
  step("written");
  if (!swap_in()) {
    abort();
    return false;
  }
  active_ = false;
  lock_.release();
  return true;
}

bool DiskWriter::swap_in() {
  struct stat st;
  if (::lstat(out_dir_.c_str(), &st) != 0) {
    // The first build: nothing to keep.
    if (::rename(tmp_dir_.c_str(), out_dir_.c_str()) != 0) {
      sink_.error({out_dir_.string(), 0, 0}, "output.commit",
                  std::string("cannot move the new site into place: ") + std::strerror(errno));
      return false;
    }
    step("new-moved");
    previous_ = PreviousOutput::Replaced;
    return true;
  }
  int err = options_.exchange ? options_.exchange(tmp_dir_, out_dir_) : exchange_folders(tmp_dir_, out_dir_);
  if (err == EINVAL || err == ENOSYS) return move_in_two_steps(err);
  if (err != 0) {
    sink_.error({out_dir_.string(), 0, 0}, "output.commit",
                std::string("cannot replace the previous output: ") + std::strerror(err));
    return false;
  }
  previous_ = PreviousOutput::Replaced;
  step("exchanged");
  std::error_code ec;
  fs::remove_all(tmp_dir_, ec);  // now the previous output; a later build removes it if this one is killed
  return true;
}

// The file system cannot exchange two names at once: move the old output
// aside, the new one in, and the old one back if that fails.
bool DiskWriter::move_in_two_steps(int exchange_error) {
  sink_.report({Severity::Note, "output.two-renames",
                "the file system here cannot swap two folders in one step (renameat2: " +
                    std::string(std::strerror(exchange_error)) +
                    "); the previous output was replaced with two renames, and would be put back by the next "
                    "build if this one were stopped between them",
                {out_dir_.string(), 0, 0}, {}});
  old_dir_ = out_dir_.parent_path() / ("." + out_dir_.filename().string() + ".old-" + std::to_string(::getpid()));
  std::error_code ec;
  fs::remove_all(old_dir_, ec);
  if (::rename(out_dir_.c_str(), old_dir_.c_str()) != 0) {
    sink_.error({out_dir_.string(), 0, 0}, "output.commit",
                std::string("cannot move the previous output aside: ") + std::strerror(errno));
    return false;
  }
  step("old-moved");
  if (::rename(tmp_dir_.c_str(), out_dir_.c_str()) != 0) {
    const int err = errno;
    if (::rename(old_dir_.c_str(), out_dir_.c_str()) != 0) previous_ = PreviousOutput::Moved;
    sink_.error({out_dir_.string(), 0, 0}, "output.commit",
                std::string("cannot move the new site into place: ") + std::strerror(err));
    return false;
  }
  previous_ = PreviousOutput::Replaced;
  step("new-moved");
  fs::remove_all(old_dir_, ec);
  return true;
}

void DiskWriter::abort() {
  std::error_code ec;
  if (!tmp_dir_.empty()) fs::remove_all(tmp_dir_, ec);
  active_ = false;
  lock_.release();
}

bool MemoryWriter::write(const std::string& rel, const std::string& content) {
  if (!is_safe_relative_path(rel)) return false;
  std::lock_guard<std::mutex> lock(mutex_);
  files_[rel] = content;
  return true;
}

bool MemoryWriter::copy(const fs::path& src, const std::string& rel) {
  auto bytes = read_regular_file(src, nullptr, uint64_t{1} << 34);
  if (!bytes) return false;
  return write(rel, *bytes);
}

std::map<std::string, std::string> MemoryWriter::files() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return files_;
}

}  // namespace wt::output
