#include "site/hashing_file_system.hpp"

namespace wt::site {

void HashingFileSystem::remember(const std::string& key, const ContentHash& h) const {
  std::lock_guard<std::mutex> lock(mutex_);
  hashes_[key] = h;
}

// Records the stat of `path` with the hash of what was read, when the file
// did not change while it was read (its stat before and after are the same).
void HashingFileSystem::note_stat(const std::string& key, const std::optional<FileStat>& before,
                                  const std::filesystem::path& path, const ContentHash& h) const {
  if (!before) return;
  if (auto after = file_stat(path); after && *after == *before) stats_->record(key, *after, h);
}

std::optional<std::string> HashingFileSystem::read(const std::filesystem::path& path, FileError* error,
                                                   uint64_t max_bytes) const {
  const std::string k = key(path);
  std::optional<std::filesystem::path> disk = stats_ ? inner_.disk_path(path) : std::nullopt;
  const std::optional<FileStat> before = disk ? file_stat(*disk) : std::nullopt;
  auto bytes = inner_.read(path, error, max_bytes);
  if (bytes) {
    const ContentHash h = hash_bytes(*bytes);
    remember(k, h);
    if (disk) note_stat(k, before, *disk, h);
  }
  return bytes;
}

std::optional<ContentHash> HashingFileSystem::known_hash(const std::filesystem::path& path) const {
  const std::string k = key(path);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = hashes_.find(k);
    if (it != hashes_.end()) return it->second;
  }
  if (!stats_ || !stats_->holds(k)) return std::nullopt;  // no stat that could answer
  auto disk = inner_.disk_path(path);
  if (!disk) return std::nullopt;
  auto st = file_stat(*disk);
  if (!st) return std::nullopt;
  auto h = stats_->known(k, *st);
  if (!h) return std::nullopt;
  stats_->record(k, *st, *h);
  remember(k, *h);
  return h;
}

std::optional<ContentHash> HashingFileSystem::hash(const std::filesystem::path& path) const {
  if (auto h = known_hash(path)) return h;
  const std::string k = key(path);
  std::optional<std::filesystem::path> disk = stats_ ? inner_.disk_path(path) : std::nullopt;
  const std::optional<FileStat> before = disk ? file_stat(*disk) : std::nullopt;
  auto h = inner_.hash(path);
  if (h) {
    remember(k, *h);
    if (disk) note_stat(k, before, *disk, *h);
  }
  return h;
}

}  // namespace wt::site
