#include "site/cache_log.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <cstring>

#include "core/file_io.hpp"

namespace wt::site {
namespace {

constexpr std::string_view kMagic = "webtruong cache log 1\n";
constexpr size_t kRecordOverhead = 4 + 16 + 16;  // size, key, checksum
constexpr uint64_t kMaxLogBytes = uint64_t{1} << 33;

ContentHash record_sum(std::string_view key_and_payload) { return hash_bytes(key_and_payload); }

void put_record(std::string& out, const ContentHash& key, std::string_view payload) {
  const size_t start = out.size();
  put_u32(out, static_cast<uint32_t>(payload.size()));
  put_hash(out, key);
  out.append(payload);
  put_hash(out, record_sum(std::string_view(out).substr(start + 4)));
}

}  // namespace

// --- payload fields ----------------------------------------------------------

void put_u32(std::string& out, uint32_t v) {
  char b[4];
  std::memcpy(b, &v, 4);
  out.append(b, 4);
}
void put_u64(std::string& out, uint64_t v) {
  char b[8];
  std::memcpy(b, &v, 8);
  out.append(b, 8);
}
void put_str(std::string& out, std::string_view s) {
  put_u32(out, static_cast<uint32_t>(s.size()));
  out.append(s);
}
void put_hash(std::string& out, const ContentHash& h) {
  put_u64(out, h.high);
  put_u64(out, h.low);
}

bool PayloadReader::take(size_t n) {
  if (!ok_ || rest_.size() < n) return ok_ = false;
  taken_ = rest_.substr(0, n);
  rest_.remove_prefix(n);
  return true;
}
uint32_t PayloadReader::u32() {
  uint32_t v = 0;
  if (take(4)) std::memcpy(&v, taken_.data(), 4);
  return v;
}
uint64_t PayloadReader::u64() {
  uint64_t v = 0;
  if (take(8)) std::memcpy(&v, taken_.data(), 8);
  return v;
}
std::string PayloadReader::str() {
  const uint32_t n = u32();
  return take(n) ? std::string(taken_) : std::string();
}
ContentHash PayloadReader::hash() {
  ContentHash h;
  h.high = u64();
  h.low = u64();
  return h;
}
uint32_t PayloadReader::count(size_t min_bytes) {
  const uint32_t n = u32();
  if (static_cast<uint64_t>(n) * min_bytes > rest_.size()) ok_ = false;
  return ok_ ? n : 0;
}

// --- the log -----------------------------------------------------------------

CacheLog::CacheLog(std::string kind, std::string salt) : kind_(std::move(kind)), salt_(std::move(salt)) {}

CacheLog::~CacheLog() {
  if (fd_ >= 0) ::close(fd_);
  if (read_fd_ >= 0) ::close(read_fd_);
}

namespace {
constexpr size_t kStreamBuffer = size_t{1} << 18;
}

bool CacheLog::stream_to(int fd) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (fd_ >= 0) ::close(fd_);
  fd_ = fd;
  buffer_ = header();
  stream_ok_ = fd_ >= 0;
  return flush_locked();
}

bool CacheLog::flush_locked() {
  if (stream_ok_ && !buffer_.empty()) stream_ok_ = write_all(fd_, buffer_);
  buffer_.clear();
  return stream_ok_;
}

bool CacheLog::finish() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (fd_ < 0) return stream_ok_;
  flush_locked();
  if (::close(fd_) != 0) stream_ok_ = false;
  fd_ = -1;
  std::string().swap(buffer_);
  return stream_ok_;
}

std::string CacheLog::header() const {
  std::string h(kMagic);
  put_str(h, kind_);
  put_str(h, salt_);
  put_hash(h, hash_bytes(h));
  return h;
}

bool CacheLog::open(const std::filesystem::path& file) {
  text_.clear();
  if (read_fd_ >= 0) ::close(read_fd_);
  read_fd_ = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW);
  struct stat st {};
  if (read_fd_ < 0 || ::fstat(read_fd_, &st) != 0 || !S_ISREG(st.st_mode) ||
      static_cast<uint64_t>(st.st_size) > kMaxLogBytes) {
    if (read_fd_ >= 0) ::close(read_fd_);
    read_fd_ = -1;
    return load(std::string());
  }
  size_ = static_cast<size_t>(st.st_size);
  if (scan()) return true;
  ::close(read_fd_);
  read_fd_ = -1;
  return false;
}

bool CacheLog::load(std::string text) {
  if (read_fd_ >= 0) ::close(read_fd_);
  read_fd_ = -1;
  text_ = std::move(text);
  size_ = text_.size();
  return scan();
}

bool CacheLog::read_at(size_t offset, size_t size, std::string& out) const {
  if (offset > size_ || size > size_ - offset) return false;
  if (read_fd_ < 0) {
    out.append(text_, offset, size);
    return true;
  }
  const size_t start = out.size();
  out.resize(start + size);
  size_t done = 0;
  while (done < size) {
    const ssize_t n = ::pread(read_fd_, out.data() + start + done, size - done, static_cast<off_t>(offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      out.resize(start);
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return true;
}

bool CacheLog::scan() {
  index_.clear();
  valid_end_ = 0;
  damaged_ = false;
  const std::string head = header();
  std::string got;
  if (!read_at(0, std::min(head.size(), size_), got) || got != head) {
    damaged_ = size_ != 0;
    return false;
  }
  // Read through in pieces of about a megabyte: a window of the log from `base`.
  constexpr size_t kPiece = size_t{1} << 20;
  std::string window;
  size_t base = head.size();
  size_t at = head.size();
  auto have = [&](size_t n) {  // the window holds [at, at + n)
    if (at + n <= base + window.size()) return true;
    if (n > size_ - at) return false;
    window.erase(0, at - base);
    base = at;
    return read_at(base + window.size(), std::min(std::max(n, kPiece) - window.size(), size_ - base - window.size()),
                   window) &&
           window.size() >= n;
  };
  while (at < size_) {
    if (!have(4)) break;
    PayloadReader in(std::string_view(window).substr(at - base, 4));
    const uint64_t size = in.u32();
    if (!have(kRecordOverhead + size)) break;
    const std::string_view record = std::string_view(window).substr(at - base, kRecordOverhead + size);
    PayloadReader sum(record.substr(4 + 16 + size, 16));
    if (!(sum.hash() == record_sum(record.substr(4, 16 + size)))) break;
    PayloadReader key_reader(record.substr(4, 16));
    Slot& slot = index_[key_reader.hash()];  // a later record of a key replaces an earlier one
    slot.offset = at;
    slot.size = kRecordOverhead + size;
    at += slot.size;
  }
  valid_end_ = at;
  damaged_ = at != size_;
  return true;
}

std::optional<std::string> CacheLog::get(const ContentHash& key) {
  auto it = index_.find(key);
  if (it == index_.end()) {
    // A record put since the log was read (serve: an edit applied in place,
    // then a build that failed) is found too.
    std::lock_guard<std::mutex> lock(mutex_);
    auto added = added_.find(key);
    if (added == added_.end()) return std::nullopt;
    return added->second;
  }
  const Slot& s = it->second;
  std::string record;
  if (!read_at(s.offset, s.size, record)) return std::nullopt;
  const size_t size = s.size - kRecordOverhead;
  if (read_fd_ >= 0) {  // checked when read through; the file may have changed since
    PayloadReader sum(std::string_view(record).substr(4 + 16 + size, 16));
    if (!(sum.hash() == record_sum(std::string_view(record).substr(4, 16 + size)))) return std::nullopt;
  }
  it->second.used.store(true, std::memory_order_relaxed);
  record.resize(4 + 16 + size);
  record.erase(0, 4 + 16);
  return record;
}

void CacheLog::put(const ContentHash& key, std::string payload) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (fd_ < 0) {
    added_[key] = std::move(payload);
    return;
  }
  // The payload of a key is the same every time it is made: the first is kept.
  if (!streamed_.insert(key).second) return;
  put_record(buffer_, key, payload);
  if (buffer_.size() >= kStreamBuffer) flush_locked();
}

std::string CacheLog::compacted() const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::string out = header();
  // Records in the order they were read, then the new ones.
  std::vector<const Slot*> kept;
  for (const auto& [key, slot] : index_)
    if (slot.used.load(std::memory_order_relaxed) && !added_.count(key)) kept.push_back(&slot);
  std::sort(kept.begin(), kept.end(), [](const Slot* a, const Slot* b) { return a->offset < b->offset; });
  for (const Slot* s : kept)
    if (!read_at(s->offset, s->size, out)) break;  // the file changed since: the rest is dropped
  for (const auto& [key, payload] : added_) put_record(out, key, payload);
  return out;
}

void CacheLog::carry_over() {
  if (read_fd_ >= 0 || fd_ >= 0 || should_compact()) {
    load(compacted());
    return;
  }
  std::map<ContentHash, std::string> added;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    added.swap(added_);
  }
  for (auto& [key, slot] : index_) slot.used.store(false, std::memory_order_relaxed);
  // Made by this build, in memory: not checked again as a read log is.
  for (const auto& [key, payload] : added) {
    const size_t at = text_.size();
    put_record(text_, key, payload);
    Slot& slot = index_[key];  // a later record of a key replaces an earlier one
    slot.offset = at;
    slot.size = text_.size() - at;
  }
  size_ = valid_end_ = text_.size();
}

bool CacheLog::should_compact() const {
  if (valid_end_ == 0 || damaged_) return true;
  size_t used = 0;
  for (const auto& [key, slot] : index_)
    if (slot.used.load(std::memory_order_relaxed)) used += slot.size;
  const size_t unused = valid_end_ - header().size() - used;
  return unused > used + (size_t{1} << 16);
}

bool CacheLog::append(const std::filesystem::path& file, std::string* error) const {
  std::string records;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    for (const auto& [key, payload] : added_) put_record(records, key, payload);
  }
  if (records.empty()) return true;
  const int fd = ::open(file.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  if (fd < 0) {
    if (error) *error = "cannot append to " + file.string() + ": " + std::strerror(errno);
    return false;
  }
  struct stat st {};
  bool ok = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<uint64_t>(st.st_size) == size_;
  if (!ok && error) *error = file.string() + " is not the log that was read";
  if (ok && !write_all(fd, records)) {
    ok = false;
    if (error) *error = "cannot append to " + file.string() + ": " + std::strerror(errno);
    // A partial record ends the log for the next reader, which then rewrites it.
  }
  ::close(fd);
  return ok;
}

}  // namespace wt::site
