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
  auto text = read_regular_file(file, nullptr, kMaxLogBytes);
  if (!text) {
    load(std::string());
    return false;
  }
  return load(std::move(*text));
}

bool CacheLog::load(std::string text) {
  index_.clear();
  valid_end_ = 0;
  damaged_ = false;
  text_ = std::move(text);
  const std::string head = header();
  if (text_.compare(0, head.size(), head) != 0) {
    damaged_ = !text_.empty();
    return false;
  }
  size_t at = head.size();
  while (at < text_.size()) {
    PayloadReader in(std::string_view(text_).substr(at));
    const uint64_t size = in.u32();
    if (!in.ok() || text_.size() - at < kRecordOverhead + size) break;
    const std::string_view body = std::string_view(text_).substr(at + 4, 16 + size);
    PayloadReader sum(std::string_view(text_).substr(at + 4 + 16 + size, 16));
    if (!(sum.hash() == record_sum(body))) break;
    PayloadReader key_reader(body);
    Slot& slot = index_[key_reader.hash()];  // a later record of a key replaces an earlier one
    slot.offset = at;
    slot.size = kRecordOverhead + size;
    at += slot.size;
  }
  valid_end_ = at;
  damaged_ = at != text_.size();
  return true;
}

std::optional<std::string_view> CacheLog::get(const ContentHash& key) {
  auto it = index_.find(key);
  if (it == index_.end()) return std::nullopt;
  it->second.used.store(true, std::memory_order_relaxed);
  const Slot& s = it->second;
  return std::string_view(text_).substr(s.offset + 4 + 16, s.size - kRecordOverhead);
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
  for (const Slot* s : kept) out.append(text_, s->offset, s->size);
  for (const auto& [key, payload] : added_) put_record(out, key, payload);
  return out;
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
  bool ok = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<uint64_t>(st.st_size) == text_.size();
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
