#include "site/hashing_file_system.hpp"

namespace wt::site {

std::optional<std::string> HashingFileSystem::read(const std::filesystem::path& path, FileError* error,
                                                   uint64_t max_bytes) const {
  auto bytes = inner_.read(path, error, max_bytes);
  if (bytes) {
    const ContentHash h = hash_bytes(*bytes);
    std::lock_guard<std::mutex> lock(mutex_);
    hashes_[key(path)] = h;
  }
  return bytes;
}

std::optional<ContentHash> HashingFileSystem::hash(const std::filesystem::path& path) const {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = hashes_.find(key(path));
    if (it != hashes_.end()) return it->second;
  }
  auto h = inner_.hash(path);
  if (h) {
    std::lock_guard<std::mutex> lock(mutex_);
    hashes_[key(path)] = *h;
  }
  return h;
}

}  // namespace wt::site
