#include "site/stat_cache.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <ctime>

#include "site/cache_log.hpp"

namespace wt::site {
namespace {

constexpr std::string_view kHeader = "webtruong stat cache 1\n";

void put_stat(std::string& out, const FileStat& s) {
  put_u64(out, s.size);
  put_u64(out, s.inode);
  put_u64(out, s.device);
  put_u64(out, static_cast<uint64_t>(s.mtime_ns));
  put_u64(out, static_cast<uint64_t>(s.ctime_ns));
}

FileStat read_stat(PayloadReader& in) {
  FileStat s;
  s.size = in.u64();
  s.inode = in.u64();
  s.device = in.u64();
  s.mtime_ns = static_cast<int64_t>(in.u64());
  s.ctime_ns = static_cast<int64_t>(in.u64());
  return s;
}

int64_t ns(const struct timespec& t) { return static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec; }

}  // namespace

std::optional<FileStat> file_stat(const std::filesystem::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  FileStat s;
  s.size = static_cast<uint64_t>(st.st_size);
  s.inode = static_cast<uint64_t>(st.st_ino);
  s.device = static_cast<uint64_t>(st.st_dev);
  s.mtime_ns = ns(st.st_mtim);
  s.ctime_ns = ns(st.st_ctim);
  return s;
}

int64_t now_ns() {
  struct timespec t {};
  ::clock_gettime(CLOCK_REALTIME, &t);
  return ns(t);
}

bool StatCache::load(std::string_view text) {
  previous_.clear();
  started_ns_ = 0;
  if (text.size() < kHeader.size() + 16 || text.substr(0, kHeader.size()) != kHeader) return false;
  const std::string_view body = text.substr(0, text.size() - 16);
  PayloadReader sum(text.substr(text.size() - 16));
  if (!(sum.hash() == hash_bytes(body))) return false;
  PayloadReader in(body.substr(kHeader.size()));
  if (in.str() != salt_) return false;
  const int64_t written = static_cast<int64_t>(in.u64());
  std::map<std::string, Entry> entries;
  for (uint32_t n = in.count(4 + 40 + 16); n > 0 && in.ok(); --n) {
    std::string path = in.str();
    Entry e;
    e.stat = read_stat(in);
    e.hash = in.hash();
    entries.emplace(std::move(path), e);
  }
  if (!in.done()) return false;
  previous_ = std::move(entries);
  started_ns_ = written;
  return true;
}

std::string StatCache::encode(int64_t started_ns) const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::string out(kHeader);
  put_str(out, salt_);
  put_u64(out, static_cast<uint64_t>(started_ns));
  put_u32(out, static_cast<uint32_t>(next_.size()));
  for (const auto& [path, e] : next_) {
    put_str(out, path);
    put_stat(out, e.stat);
    put_hash(out, e.hash);
  }
  put_hash(out, hash_bytes(out));
  return out;
}

std::optional<ContentHash> StatCache::known(const std::string& path, const FileStat& st) const {
  auto it = previous_.find(path);
  if (it == previous_.end() || !(it->second.stat == st)) return std::nullopt;
  const int64_t changed_at = std::max(st.mtime_ns, st.ctime_ns);
  const bool whole_seconds = st.mtime_ns % 1000000000 == 0 || st.ctime_ns % 1000000000 == 0;
  const int64_t granularity = whole_seconds ? kRacyCoarseNs : kRacyFineNs;
  std::lock_guard<std::mutex> lock(mutex_);
  if (changed_at > started_ns_ - granularity) {
    racy_ = true;  // read it again, and write the table again so that next time it is trusted
    return std::nullopt;
  }
  ++trusted_;
  return it->second.hash;
}

void StatCache::record(const std::string& path, const FileStat& st, const ContentHash& hash) {
  std::lock_guard<std::mutex> lock(mutex_);
  next_[path] = {st, hash};
}

bool StatCache::changed() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return racy_ || next_ != previous_;
}

}  // namespace wt::site
