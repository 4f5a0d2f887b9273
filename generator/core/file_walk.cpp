#include "core/file_walk.hpp"

#include <algorithm>

#include "core/file_io.hpp"
#include "core/file_system.hpp"

namespace fs = std::filesystem;

namespace wt {

bool skip_dot_names(const std::string& name) { return name.empty() || name[0] == '.'; }

FolderWalker::FolderWalker(const FileSystem& files, const fs::path& root, DiagnosticSink& sink, std::string root_name)
    : files_(files), root_(files.real_root(root)), sink_(sink), root_name_(std::move(root_name)) {}

FolderWalker::FolderWalker(const fs::path& root, DiagnosticSink& sink, std::string root_name)
    : FolderWalker(real_file_system(), root, sink, std::move(root_name)) {}

std::optional<WalkEntry> FolderWalker::top(const fs::path& dir, const std::string& shown) {
  PathCheck c = files_.check_path(dir, root_, root_name_);
  if (c.kind == PathCheck::Kind::File || c.error.code == "file.missing") return std::nullopt;
  if (c.kind == PathCheck::Kind::Refused) {
    sink_.error({shown, 0, 0}, c.error.code, c.error.message);
    return std::nullopt;
  }
  return WalkEntry{dir, c.real, "", shown, true, c.is_link};
}

// A link: where it leads must be a file or folder inside the root.
std::optional<WalkEntry> FolderWalker::classify(const fs::path& path, const std::string& rel, const std::string& shown) {
  PathCheck c = files_.check_path(path, root_, root_name_);
  if (c.kind == PathCheck::Kind::Refused) {
    sink_.error({shown, 0, 0}, c.error.code, c.error.message);
    return std::nullopt;
  }
  return WalkEntry{path, c.real, rel, shown, c.kind == PathCheck::Kind::Folder, c.is_link};
}

std::vector<WalkEntry> FolderWalker::list(const WalkEntry& folder, const SkipName& skip) {
  std::vector<ListedEntry> found;
  std::string error;
  if (!files_.list(folder.path, &found, &error)) {
    sink_.error({folder.shown, 0, 0}, "file.list", "cannot list this folder: " + error);
    return {};
  }
  found.erase(std::remove_if(found.begin(), found.end(), [&](const ListedEntry& e) { return skip(e.name); }),
              found.end());
  std::sort(found.begin(), found.end(), [](const ListedEntry& a, const ListedEntry& b) { return a.name < b.name; });
  std::vector<WalkEntry> out;
  out.reserve(found.size());
  for (const ListedEntry& f : found) {
    const fs::path path = folder.path / f.name;
    const std::string rel = folder.rel.empty() ? f.name : folder.rel + "/" + f.name;
    const std::string shown = folder.shown.empty() ? f.name : folder.shown + "/" + f.name;
    using Type = EntryStatus::Type;
    switch (f.status.type) {
      case Type::File:
      case Type::Folder:
        // Not a link: inside the root, because its folder is.
        out.push_back(WalkEntry{path, folder.real / f.name, rel, shown, f.status.type == Type::Folder, false});
        break;
      case Type::Link:
        if (auto entry = classify(path, rel, shown)) out.push_back(std::move(*entry));
        break;
      case Type::Special: {
        FileError e = special_file_error(f.status.mode);
        sink_.error({shown, 0, 0}, e.code, e.message);
        break;
      }
      case Type::Missing:
      case Type::Unreadable:
        sink_.error({shown, 0, 0}, "file.read", "cannot read this file: " + f.status.error);
        break;
    }
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
