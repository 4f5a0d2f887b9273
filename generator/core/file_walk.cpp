#include "core/file_walk.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

#include "core/file_io.hpp"

namespace fs = std::filesystem;

namespace wt {

bool skip_dot_names(const std::string& name) { return name.empty() || name[0] == '.'; }

FolderWalker::FolderWalker(const fs::path& root, DiagnosticSink& sink, std::string root_name)
    : root_(real_root(root)), sink_(sink), root_name_(std::move(root_name)) {}

std::optional<WalkEntry> FolderWalker::top(const fs::path& dir, const std::string& shown) {
  PathCheck c = check_path(dir, root_, root_name_);
  if (c.kind == PathCheck::Kind::File || c.error.code == "file.missing") return std::nullopt;
  if (c.kind == PathCheck::Kind::Refused) {
    sink_.error({shown, 0, 0}, c.error.code, c.error.message);
    return std::nullopt;
  }
  return WalkEntry{dir, c.real, "", shown, true, c.is_link};
}

std::optional<WalkEntry> FolderWalker::classify(const fs::path& path, const fs::path& parent_real,
                                                const std::string& rel, const std::string& shown, bool known_link) {
  if (!known_link) {
    // The listing did not say what it is (or said "not a link"): lstat() it.
    // Not a link means inside the root, because its folder is.
    struct stat st;
    if (::lstat(path.c_str(), &st) != 0) {
      sink_.error({shown, 0, 0}, "file.read", std::string("cannot read this file: ") + std::strerror(errno));
      return std::nullopt;
    }
    if (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))
      return WalkEntry{path, parent_real / path.filename(), rel, shown, S_ISDIR(st.st_mode), false};
    if (!S_ISLNK(st.st_mode)) {
      FileError e = special_file_error(st.st_mode);
      sink_.error({shown, 0, 0}, e.code, e.message);
      return std::nullopt;
    }
  }
  PathCheck c = check_path(path, root_, root_name_);
  if (c.kind == PathCheck::Kind::Refused) {
    sink_.error({shown, 0, 0}, c.error.code, c.error.message);
    return std::nullopt;
  }
  return WalkEntry{path, c.real, rel, shown, c.kind == PathCheck::Kind::Folder, c.is_link};
}

std::vector<WalkEntry> FolderWalker::list(const WalkEntry& folder, const SkipName& skip) {
  struct Found {
    fs::path path;
    fs::file_type type;
  };
  std::vector<Found> found;
  std::error_code ec;
  fs::directory_iterator it(folder.path, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::directory_entry& e = *it;
    if (skip(e.path().filename().string())) continue;
    std::error_code type_ec;
    fs::file_type type = e.symlink_status(type_ec).type();
    found.push_back({e.path(), type_ec ? fs::file_type::unknown : type});
  }
  if (ec) {
    sink_.error({folder.shown, 0, 0}, "file.list", "cannot list this folder: " + ec.message());
    return {};
  }
  std::sort(found.begin(), found.end(),
            [](const Found& a, const Found& b) { return a.path.filename() < b.path.filename(); });
  std::vector<WalkEntry> out;
  out.reserve(found.size());
  for (const Found& f : found) {
    const std::string name = f.path.filename().string();
    const std::string rel = folder.rel.empty() ? name : folder.rel + "/" + name;
    const std::string shown = folder.shown.empty() ? name : folder.shown + "/" + name;
    const bool plain = f.type == fs::file_type::regular || f.type == fs::file_type::directory;
    std::optional<WalkEntry> entry;
    if (plain) entry = WalkEntry{f.path, folder.real / name, rel, shown, f.type == fs::file_type::directory, false};
    else entry = classify(f.path, folder.real, rel, shown, f.type == fs::file_type::symlink);
    if (entry) out.push_back(std::move(*entry));
  }
  return out;
}

bool FolderWalker::descend(const WalkEntry& folder, const std::function<void()>& body) {
  if (std::find(inside_.begin(), inside_.end(), folder.real) != inside_.end()) {
    sink_.error({folder.shown, 0, 0}, "file.link-loop",
                "this link leads back to '" + folder.real.string() + "', a folder it is inside (a loop)");
    return false;
  }
  inside_.push_back(folder.real);
  body();
  inside_.pop_back();
  return true;
}

void FolderWalker::files_into(const WalkEntry& folder, const SkipName& skip, std::vector<WalkEntry>& out) {
  for (auto& e : list(folder, skip)) {
    if (e.is_folder) descend(e, [&] { files_into(e, skip, out); });
    else out.push_back(std::move(e));
  }
}

std::vector<WalkEntry> FolderWalker::files(const WalkEntry& folder, const SkipName& skip) {
  std::vector<WalkEntry> out;
  descend(folder, [&] { files_into(folder, skip, out); });
  return out;
}

}  // namespace wt
