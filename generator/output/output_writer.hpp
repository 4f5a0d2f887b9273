// Where a build puts its files.
//
// OutputWriter is the interface the build writes through: relative paths
// only, each checked so nothing lands outside the output folder whatever a
// slug or alias says. MemoryWriter keeps files in memory (tests, the dev
// server). DiskWriter writes a new output folder beside the old one and, on
// commit(), puts it in place so that the output is never lost:
//
// - begin() refuses an output folder that is the site folder, above it or
//   inside what the build reads (output_location.hpp), that cannot be
//   listed, or that holds files Webtruong did not write; takes the lock
//   beside it (".public.lock", output_lock.hpp), so a second build into the
//   same folder fails at once naming the first; and removes what killed
//   builds left (".public.tmp-<pid>", ".public.old-<pid>" holding our
//   marker file), putting the previous output back first if a build was
//   killed between the two renames of the fallback below.
// - commit() swaps the new folder and the old one in one
//   renameat2(RENAME_EXCHANGE), then removes the old. On the first build it
//   is a plain rename. Where the file system cannot exchange (EINVAL,
//   ENOSYS), it says so in a note and uses two renames, the old output kept
//   aside until the new one is in place.
//
//   wt::output::DiskWriter out("public", sink, {.site_dir = "."});
//   if (!out.begin()) return 1;
//   out.write("index.html", html);
//   ok ? out.commit() : out.abort();
#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <string>

#include "core/diagnostic.hpp"
#include "output/build_cache.hpp"
#include "output/output_lock.hpp"

namespace wt::output {

/// True when `rel` is a safe relative output path: not empty, not absolute,
/// no "." or ".." segments, no backslash or control characters.
bool is_safe_relative_path(const std::string& rel);

/// Removes what killed builds left beside the output folder `out_dir`
/// (".public.tmp-<pid>", ".public.old-<pid>" holding our marker file),
/// first putting the previous output back when a build was killed between
/// the two renames of DiskWriter's fallback (a note to `sink` says so).
/// REQUIRES: the output folder's lock is held, so no live build owns them.
/// DiskWriter::begin() and IncrementalWriter::begin() both call it.
void remove_build_leftovers(const std::filesystem::path& out_dir, DiagnosticSink& sink);

class OutputWriter {
 public:
  virtual ~OutputWriter() = default;
  /// Writes `content` at `rel` (e.g. "tin-tuc/a/index.html"). Thread-safe.
  virtual bool write(const std::string& rel, const std::string& content) = 0;
  /// Copies the file `src` to `rel`. Thread-safe.
  virtual bool copy(const std::filesystem::path& src, const std::string& rel) = 0;
};

struct DiskWriterOptions {
  /// The site being built: the output may not be it, above it or inside
  /// what the build reads. Empty: not checked (tests of the writer alone).
  std::filesystem::path site_dir;
  /// Test seam: exchanges two folders, returning 0 or an errno value.
  /// Default: renameat2(RENAME_EXCHANGE).
  std::function<int(const std::filesystem::path&, const std::filesystem::path&)> exchange;
  /// Test seam: called after each step of commit() ("written", "exchanged",
  /// "old-moved", "new-moved"), so a test can kill the process there.
  std::function<void(const char* step)> after_step;
};

/// What happened to the output folder that was there before the build.
enum class PreviousOutput {
  Untouched,  ///< as it was (or there was none)
  Replaced,   ///< the new output is in its place
  Moved,      ///< the new output could not be put in place, nor the old one back: see moved_to()
};

class DiskWriter : public OutputWriter {
 public:
  DiskWriter(std::filesystem::path out_dir, DiagnosticSink& sink, DiskWriterOptions options = {});
  ~DiskWriter() override;

  /// Checks the output folder may be replaced, locks it, cleans up after
  /// killed builds and creates the temporary folder.
  bool begin();
  bool write(const std::string& rel, const std::string& content) override;
  bool copy(const std::filesystem::path& src, const std::string& rel) override;
  /// Opens `rel` in the new folder for a file written in pieces as it is
  /// made (one too large to hold whole in memory): a descriptor the caller
  /// writes and closes, or -1 (reported). A failed write is reported with
  /// write_failed(rel).
  int open_new(const std::string& rel);
  void write_failed(const std::string& rel);
  /// Puts the new site in place; the previous output is removed only after.
  bool commit();
  /// Removes the temporary folder; the previous output stays as it was.
  void abort();

  size_t files_written() const { return files_; }
  /// Size and modification time of the file written at `rel` (before
  /// commit(); a rename keeps them).
  std::optional<FileStamp> stamp(const std::string& rel) const;
  PreviousOutput previous_output() const { return previous_; }
  /// Where the previous output is when previous_output() is Moved.
  const std::filesystem::path& moved_to() const { return old_dir_; }
  /// The output folder, absolute, links resolved (after begin()).
  const std::filesystem::path& out_dir() const { return out_dir_; }
  /// The new folder being written (after begin(), until commit() or abort()):
  /// for a caller that builds whole sub-folders in it itself (the portal's members).
  const std::filesystem::path& staging_dir() const { return tmp_dir_; }

  static constexpr const char* kMarker = ".webtruong-output";

 private:
  bool check_folder();
  bool check_existing();
  bool swap_in();
  bool move_in_two_steps(int exchange_error);
  void step(const char* name) const;
  bool ensure_parent(const std::filesystem::path& file);
  bool make_dir_locked(const std::string& dir);  // REQUIRES: dirs_mutex_ held

  std::filesystem::path out_dir_;
  std::filesystem::path tmp_dir_;
  std::filesystem::path old_dir_;
  DiagnosticSink& sink_;
  DiskWriterOptions options_;
  OutputLock lock_;
  std::mutex dirs_mutex_;
  std::unordered_map<std::string, bool> made_dirs_;
  std::atomic<size_t> files_{0};
  bool active_ = false;
  PreviousOutput previous_ = PreviousOutput::Untouched;
};

class MemoryWriter : public OutputWriter {
 public:
  bool write(const std::string& rel, const std::string& content) override;
  bool copy(const std::filesystem::path& src, const std::string& rel) override;
  std::map<std::string, std::string> files() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::string> files_;
};

}  // namespace wt::output
