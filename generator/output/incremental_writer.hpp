// IncrementalWriter: changes an existing output folder file by file, for
// an incremental build; DiskWriter (output_writer.hpp) replaces the whole
// folder, for a full one.
//
// begin() checks the folder as DiskWriter does, takes the same lock, removes
// what killed full builds left beside it (remove_build_leftovers), then,
// before anything else, completes the journal a stopped build left
// (journal.hpp) and empties the staging folder. Each file written goes to
// `.webtruong/tmp/<n>` inside the output folder (same file system, so it
// can be renamed into place). Nothing the site serves changes until
// commit(): it writes the journal (the removals, the renames, the new cache
// last) durably, applies it and removes it. abort() throws the staged files
// away: the output is as it was. Unchanged files are never touched, so
// their modification times stay.
//
//   wt::output::IncrementalWriter w("public", sink, {.site_dir = "."});
//   if (w.begin() != wt::output::IncrementalWriter::Begin::Ready) full_build();
//   w.write("tin-tuc/a/index.html", html);
//   w.remove("tin-tuc/old/index.html");
//   ok ? w.commit(encode_build_cache(cache)) : w.abort();
#pragma once

#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>

#include "core/diagnostic.hpp"
#include "output/build_cache.hpp"
#include "output/journal.hpp"
#include "output/output_lock.hpp"
#include "output/output_writer.hpp"

namespace wt::output {

struct IncrementalWriterOptions {
  /// The site being built (see DiskWriterOptions::site_dir). Empty: not checked.
  std::filesystem::path site_dir;
  /// Test seam: called after each journal step of commit(); false stops the
  /// commit there as if the process had been killed (the journal stays).
  JournalHook after_step;
};

class IncrementalWriter : public OutputWriter {
 public:
  IncrementalWriter(std::filesystem::path out_dir, DiagnosticSink& sink, IncrementalWriterOptions options = {});
  ~IncrementalWriter() override;

  enum class Begin {
    Ready,     ///< locked, journal completed, staging folder empty
    NoOutput,  ///< no output folder of ours to change (missing, not a folder, not marked): build in full
    Failed,    ///< reported to the sink
  };
  Begin begin();

  bool write(const std::string& rel, const std::string& content) override;
  bool copy(const std::filesystem::path& src, const std::string& rel) override;
  /// The output at `rel` goes at commit().
  void remove(const std::string& rel);
  /// Size and modification time of the file staged for `rel`.
  std::optional<FileStamp> stamp(const std::string& rel) const;

  /// Puts every staged file in place, removes what remove() named and
  /// writes `cache_text` as the new cache, under the journal. false when a
  /// step failed (reported) or the test hook stopped it.
  bool commit(const std::string& cache_text);
  /// Throws the staged files away and lets the lock go.
  void abort();

  size_t files_written() const { return staged_.size(); }
  /// True when commit() failed after the journal was written: the folder is
  /// partly changed, and the next begin() completes it.
  bool journal_pending() const { return journal_pending_; }
  /// True when a journal left by a stopped build was completed by begin().
  bool completed_journal() const { return completed_journal_; }
  /// The output folder, absolute (after begin()).
  const std::filesystem::path& out_dir() const { return out_dir_; }

 private:
  bool roll_forward();
  bool reset_staging();
  bool stage(const std::string& rel, const std::function<bool(const std::filesystem::path&)>& make);

  struct Staged {
    std::string from;  ///< relative to the output folder
    FileStamp stamp;
  };
  std::filesystem::path out_dir_;
  DiagnosticSink& sink_;
  IncrementalWriterOptions options_;
  OutputLock lock_;
  mutable std::mutex mutex_;
  std::map<std::string, Staged> staged_;
  std::set<std::string> removed_;
  std::atomic<size_t> next_{0};
  bool active_ = false;
  bool completed_journal_ = false;
  bool journal_pending_ = false;
};

}  // namespace wt::output
