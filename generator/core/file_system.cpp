#include "core/file_system.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <system_error>

#include "core/file_walk.hpp"

namespace fs = std::filesystem;

namespace wt {

// --- FileSystem ---------------------------------------------------------------

std::optional<ContentHash> FileSystem::hash(const fs::path& path) const {
  auto bytes = read(path, nullptr, UINT64_MAX);
  if (!bytes) return std::nullopt;
  return hash_bytes(*bytes);
}

bool FileSystem::is_folder(const fs::path& path) const {
  return check_path(path, "/", "the machine").kind == PathCheck::Kind::Folder;
}

bool FileSystem::is_file(const fs::path& path) const {
  return check_path(path, "/", "the machine").kind == PathCheck::Kind::File;
}

std::optional<std::string> read_file_inside(const FileSystem& files, const fs::path& path, const fs::path& root,
                                            FileError* error, uint64_t max_bytes) {
  PathCheck c = files.check_path(path, root, "the site folder");
  if (c.kind == PathCheck::Kind::Folder) c.error = special_file_error(S_IFDIR);
  if (c.kind != PathCheck::Kind::File) {
    if (error) *error = c.error;
    return std::nullopt;
  }
  return files.read(c.real, error, max_bytes);
}

// --- RealFileSystem -----------------------------------------------------------

namespace {

EntryStatus status_of_mode(unsigned mode) {
  EntryStatus s;
  if (S_ISREG(mode)) s.type = EntryStatus::Type::File;
  else if (S_ISDIR(mode)) s.type = EntryStatus::Type::Folder;
  else if (S_ISLNK(mode)) s.type = EntryStatus::Type::Link;
  else s.type = EntryStatus::Type::Special;
  s.mode = mode;
  return s;
}

}  // namespace

fs::path RealFileSystem::real_root(const fs::path& dir) const { return wt::real_root(dir); }

PathCheck RealFileSystem::check_path(const fs::path& path, const fs::path& root, std::string_view root_name) const {
  return wt::check_path(path, root, root_name);
}

EntryStatus RealFileSystem::status(const fs::path& path) const {
  struct stat st;
  if (::lstat(path.c_str(), &st) != 0) {
    EntryStatus s;
    const int err = errno;
    s.type = err == ENOENT || err == ENOTDIR ? EntryStatus::Type::Missing : EntryStatus::Type::Unreadable;
    s.error = std::strerror(err);
    return s;
  }
  return status_of_mode(st.st_mode);
}

bool RealFileSystem::list(const fs::path& dir, std::vector<ListedEntry>* out, std::string* error) const {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::directory_entry& e = *it;
    ListedEntry entry{e.path().filename().string(), {}};
    // The listing says what most entries are; lstat() the others.
    std::error_code type_ec;
    fs::file_type type = e.symlink_status(type_ec).type();
    if (!type_ec && type == fs::file_type::regular) entry.status.type = EntryStatus::Type::File;
    else if (!type_ec && type == fs::file_type::directory) entry.status.type = EntryStatus::Type::Folder;
    else if (!type_ec && type == fs::file_type::symlink) entry.status.type = EntryStatus::Type::Link;
    else entry.status = status(e.path());
    out->push_back(std::move(entry));
  }
  if (ec) {
    *error = ec.message();
    return false;
  }
  return true;
}

std::optional<std::string> RealFileSystem::read(const fs::path& path, FileError* error, uint64_t max_bytes) const {
  return read_regular_file(path, error, max_bytes);
}

const FileSystem& real_file_system() {
  static const RealFileSystem disk;
  return disk;
}

// --- MemoryFileSystem ---------------------------------------------------------

std::string MemoryFileSystem::key(const fs::path& path) {
  std::error_code ec;
  fs::path abs = path.is_absolute() ? path : fs::absolute(path, ec);
  std::string k = abs.lexically_normal().generic_string();
  while (k.size() > 1 && k.back() == '/') k.pop_back();
  return k;
}

void MemoryFileSystem::add(const fs::path& path, std::string bytes) {
  const std::string k = key(path);
  auto [it, inserted] = files_.insert_or_assign(k, std::move(bytes));
  if (!inserted) return;
  for (fs::path p = fs::path(k).parent_path();; p = p.parent_path()) {
    ++folders_[p.generic_string()];
    if (p == p.parent_path()) break;
  }
}

bool MemoryFileSystem::remove(const fs::path& path) {
  const std::string k = key(path);
  if (files_.erase(k) == 0) return false;
  for (fs::path p = fs::path(k).parent_path();; p = p.parent_path()) {
    auto it = folders_.find(p.generic_string());
    if (it != folders_.end() && --it->second == 0) folders_.erase(it);
    if (p == p.parent_path()) break;
  }
  return true;
}

std::optional<std::string> MemoryFileSystem::get(const fs::path& path) const {
  auto it = files_.find(key(path));
  if (it == files_.end()) return std::nullopt;
  return it->second;
}

size_t MemoryFileSystem::add_from_disk(const fs::path& dir) {
  DiagnosticSink ignored;  // what the walk refuses is left out
  FolderWalker walk(real_file_system(), dir, ignored, "the folder");
  auto top = walk.top(dir, dir.string());
  if (!top) return 0;
  size_t n = 0;
  for (const auto& f : walk.files(*top, skip_dot_names)) {
    if (auto bytes = read_regular_file(f.real, nullptr)) {
      add(dir / f.rel, std::move(*bytes));
      ++n;
    }
  }
  return n;
}

fs::path MemoryFileSystem::real_root(const fs::path& dir) const { return key(dir); }

PathCheck MemoryFileSystem::check_path(const fs::path& path, const fs::path& root, std::string_view root_name) const {
  PathCheck c;
  const std::string k = key(path);
  if (!is_inside(k, key(root))) {
    c.error = {"file.outside-site", "this leads to '" + k + "', outside " + std::string(root_name)};
    return c;
  }
  if (files_.count(k)) c.kind = PathCheck::Kind::File;
  else if (folders_.count(k)) c.kind = PathCheck::Kind::Folder;
  else {
    c.error = {"file.missing", "this file does not exist"};
    return c;
  }
  c.real = k;
  return c;
}

EntryStatus MemoryFileSystem::status(const fs::path& path) const {
  EntryStatus s;
  const std::string k = key(path);
  if (files_.count(k)) s.type = EntryStatus::Type::File;
  else if (folders_.count(k)) s.type = EntryStatus::Type::Folder;
  else s.error = "No such file or directory";
  return s;
}

bool MemoryFileSystem::list(const fs::path& dir, std::vector<ListedEntry>* out, std::string* error) const {
  const std::string k = key(dir);
  if (!folders_.count(k)) {
    *error = files_.count(k) ? "Not a directory" : "No such file or directory";
    return false;
  }
  const std::string prefix = k == "/" ? k : k + "/";
  std::string last;
  for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
       ++it) {
    std::string rest = it->first.substr(prefix.size());
    size_t slash = rest.find('/');
    std::string name = rest.substr(0, slash);
    if (name == last) continue;
    last = name;
    ListedEntry e{name, {}};
    e.status.type = slash == std::string::npos ? EntryStatus::Type::File : EntryStatus::Type::Folder;
    out->push_back(std::move(e));
  }
  return true;
}

std::optional<std::string> MemoryFileSystem::read(const fs::path& path, FileError* error, uint64_t max_bytes) const {
  auto it = files_.find(key(path));
  if (it == files_.end()) {
    if (error) *error = folders_.count(key(path)) ? special_file_error(S_IFDIR) : FileError{"file.missing", "this file does not exist"};
    return std::nullopt;
  }
  if (it->second.size() > max_bytes) {
    if (error)
      *error = {"file.too-large", "this file is " + std::to_string((it->second.size() + (1u << 20) - 1) >> 20) +
                                      " MB; files over " + std::to_string((max_bytes + (1u << 20) - 1) >> 20) +
                                      " MB are not read"};
    return std::nullopt;
  }
  return it->second;
}

}  // namespace wt
