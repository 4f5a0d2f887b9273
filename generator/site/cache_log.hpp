// CacheLog: an append-only file of checksummed records, each a key (a
// content hash) and a payload, for the load phase's caches (parsed content
// files, rendered Markdown) in the output folder's .webtruong/. A build
// reads the whole log once, takes what it needs by key and appends only
// the records it made (a record is read from the file when it is asked
// for: the log is not held in memory); the file is rewritten (compacted) only when most of
// it is records no build used lately, so an edit to one post appends one or
// two records instead of rewriting tens of megabytes.
//
//   CacheLog log("webtruong pages", salt);
//   log.open(out / ".webtruong/pages");        // missing or unreadable: empty
//   if (auto payload = log.get(key)) ...       // a record that passed its checksum
//   log.put(key, bytes);                       // kept for save()
//   if (log.should_compact() || !log.append(file, &error)) writer.write(rel, log.compacted());
//
// A full build, which reads no log, writes its logs as it goes instead:
// stream_to(fd) writes the header, each put() then writes its record (once
// per key) and drops it, and finish() closes the file, so tens of megabytes
// of records are never held in memory. The records are then in the order
// they were made; a reader takes them by key.
//
// Nothing in a log is trusted: the header names the kind and the salt (the
// build id and the settings that change what is cached: another build's log
// is ignored whole), each record carries a checksum of its key and payload,
// and reading stops at the first record that is truncated or does not match
// its checksum (what follows is dropped at the next save). A reader of the
// payloads still checks what it decodes.
//
// get() and put() may be called from many threads at once.
#pragma once

#include <atomic>
#include <map>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/content_hash.hpp"

namespace wt::site {

class CacheLog {
 public:
  /// `kind` names what the log holds ("webtruong pages"); `salt` is folded into its header.
  CacheLog(std::string kind, std::string salt);
  ~CacheLog();
  CacheLog(const CacheLog&) = delete;
  CacheLog& operator=(const CacheLog&) = delete;

  /// Reads the log at `file` through, checking every record, and keeps it
  /// open to read the records from when they are asked for (not in memory);
  /// false (and an empty log) when it is missing, of another kind or salt,
  /// or unreadable. A log whose tail is damaged is read up to the damage.
  bool open(const std::filesystem::path& file);
  /// Reads a log from its bytes (as open() does), kept in memory.
  bool load(std::string text);

  /// The payload of `key`, or nullopt: a record read, or one put since. The
  /// record counts as used. A record read from the file is checked again
  /// (the file may have changed since).
  std::optional<std::string> get(const ContentHash& key);
  /// Keeps a new record for save(); it replaces a record of the same key.
  void put(const ContentHash& key, std::string payload);

  /// The whole log with only the records used or put by this build.
  std::string compacted() const;
  /// For a log kept in memory from one build to the next (serve): what a
  /// save and the next open() would make of it. Compacted when
  /// should_compact() says so; else this build's records are appended to it
  /// (an edit to one post adds a record or two, instead of copying and
  /// checking tens of megabytes again). Every record then counts as unused.
  void carry_over();
  /// True when the log should be written whole (compacted()) rather than
  /// appended to: nothing valid was read, its tail is damaged, or it holds
  /// more bytes of records this build did not use than of records it did.
  bool should_compact() const;
  /// Appends this build's records to `file`, which must still be the
  /// regular file that was read (not a link); nothing to append is success.
  /// false (and a message in `error`) otherwise: then write it whole.
  bool append(const std::filesystem::path& file, std::string* error) const;

  /// From now on the log is written to `fd` (owned: closed by finish() or
  /// the destructor) as it is made: the header now, each record when it is
  /// put. For a log that read nothing: compacted() and append() are then
  /// not for it. false when the header cannot be written.
  bool stream_to(int fd);
  /// Writes what stream_to() still buffers and closes the file; false when
  /// a write failed (the file is then not a whole log).
  bool finish();

  size_t records() const { return index_.size(); }                      ///< records read
  size_t put_count() const { return added_.size() + streamed_.size(); }  ///< records put by this build

 private:
  struct Slot {
    size_t offset = 0, size = 0;  ///< of the whole record in the log
    mutable std::atomic<bool> used{false};
  };
  struct HashOf {
    size_t operator()(const ContentHash& h) const { return static_cast<size_t>(h.low ^ (h.high * 31)); }
  };
  std::string header() const;
  // Checks the records of the log (from text_ or read_fd_) and indexes them.
  bool scan();
  // `size` bytes of the log at `offset` appended to `out`; false when they cannot be read.
  bool read_at(size_t offset, size_t size, std::string& out) const;

  std::string kind_, salt_;
  std::string text_;          ///< the log as read by load()
  int read_fd_ = -1;          ///< the log opened by open()
  size_t size_ = 0;           ///< bytes of the log when read
  size_t valid_end_ = 0;      ///< bytes of the log that are whole records (0: nothing read)
  bool damaged_ = false;      ///< the log goes on after valid_end_
  std::unordered_map<ContentHash, Slot, HashOf> index_;
  mutable std::mutex mutex_;
  std::map<ContentHash, std::string> added_;  ///< by key: a later put() replaces an earlier one
  // stream_to(): the file, what is not yet written to it, the keys written.
  bool flush_locked();  // REQUIRES: mutex_ held
  int fd_ = -1;
  bool stream_ok_ = true;
  std::string buffer_;
  std::unordered_set<ContentHash, HashOf> streamed_;
};

/// Little-endian fields of cache payloads, and a reader that refuses a
/// payload that ends early or goes on too long.
void put_u32(std::string& out, uint32_t v);
void put_u64(std::string& out, uint64_t v);
void put_str(std::string& out, std::string_view s);
void put_hash(std::string& out, const ContentHash& h);

class PayloadReader {
 public:
  explicit PayloadReader(std::string_view text) : rest_(text) {}
  bool ok() const { return ok_; }
  bool done() const { return ok_ && rest_.empty(); }
  uint32_t u32();
  uint64_t u64();
  std::string str();
  ContentHash hash();
  /// A count of items each at least `min_bytes` long: refused when the rest cannot hold them.
  uint32_t count(size_t min_bytes);
  void fail() { ok_ = false; }

 private:
  bool take(size_t n);
  std::string_view rest_;
  std::string_view taken_;
  bool ok_ = true;
};

}  // namespace wt::site
