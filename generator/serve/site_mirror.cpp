#include "serve/site_mirror.hpp"

#include <system_error>

#include "core/file_io.hpp"

namespace fs = std::filesystem;

namespace wt::serve {
namespace {

bool starts_with_path(const std::string& path, const std::string& prefix) {
  return path == prefix || (path.size() > prefix.size() && path.compare(0, prefix.size(), prefix) == 0 &&
                            (prefix.back() == '/' || path[prefix.size()] == '/'));
}

}  // namespace

SiteMirror::SiteMirror(fs::path site_dir, std::vector<fs::path> theme_dirs)
    : site_dir_(std::move(site_dir)), theme_dirs_(std::move(theme_dirs)) {}

bool SiteMirror::ignored(const fs::path& path) const {
  const fs::path rel = path.lexically_relative(site_dir_);
  if (rel.empty() || *rel.begin() == "..") return false;  // not of the site: a theme's
  bool first = true;
  for (const auto& part : rel) {
    const std::string name = part.string();
    if (name == ".") continue;
    if (!name.empty() && name[0] == '.') return true;
    if (first && name == "public") return true;
    first = false;
  }
  return false;
}

fs::path SiteMirror::root_of(const fs::path& path) const {
  for (const auto& t : theme_dirs_)
    if (starts_with_path(path.string(), t.string())) return t;
  return site_dir_;
}

size_t SiteMirror::load() {
  files_ = MemoryFileSystem();
  std::error_code ec;
  for (fs::directory_iterator it(site_dir_, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path p = it->path();
    if (ignored(p)) continue;
    std::error_code st;
    if (fs::is_directory(fs::symlink_status(p, st))) files_.add_from_disk(p);
    else read_one(p);
  }
  for (const auto& t : theme_dirs_)
    if (!starts_with_path(t.string(), site_dir_.string())) files_.add_from_disk(t);
  return files_.files().size();
}

void SiteMirror::remove_below(const fs::path& path) {
  const std::string key = path.string();
  std::vector<std::string> gone;
  const auto& all = files_.files();
  for (auto it = all.lower_bound(key); it != all.end() && starts_with_path(it->first, key); ++it)
    gone.push_back(it->first);
  for (const auto& g : gone) files_.remove(g);
}

void SiteMirror::read_one(const fs::path& path) {
  FileError error;
  auto bytes = read_file_inside(path, real_root(root_of(path)), &error);
  if (bytes) files_.add(path, std::move(*bytes));
  else files_.remove(path);  // gone, a link out of the site, a pipe, too large: a build would not read it
}

void SiteMirror::refresh(const std::vector<fs::path>& changed) {
  for (const auto& p : changed) {
    if (ignored(p)) continue;
    std::error_code ec;
    const fs::file_status st = fs::symlink_status(p, ec);
    if (fs::is_directory(st)) {
      remove_below(p);
      files_.add_from_disk(p);
    } else if (fs::exists(st)) {
      remove_below(p);  // a folder replaced by a file
      read_one(p);
    } else {
      remove_below(p);
    }
  }
}

}  // namespace wt::serve
