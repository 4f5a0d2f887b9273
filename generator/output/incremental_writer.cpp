#include "output/incremental_writer.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "core/file_io.hpp"
#include "output/file_copy.hpp"
#include "output/output_location.hpp"

namespace fs = std::filesystem;

namespace wt::output {

IncrementalWriter::IncrementalWriter(fs::path out_dir, DiagnosticSink& sink, IncrementalWriterOptions options)
    : out_dir_(std::move(out_dir)), sink_(sink), options_(std::move(options)) {}

IncrementalWriter::~IncrementalWriter() {
  if (active_) abort();
}

IncrementalWriter::Begin IncrementalWriter::begin() {
  const fs::path given = out_dir_;
  out_dir_ = resolved_path(out_dir_);
  struct stat st;
  if (::lstat(out_dir_.c_str(), &st) != 0 || !S_ISDIR(st.st_mode) ||
      ::lstat((out_dir_ / DiskWriter::kMarker).c_str(), &st) != 0 || !S_ISREG(st.st_mode))
    return Begin::NoOutput;
  // A folder a build may not replace: the full build's checks say why.
  const char* home = std::getenv("HOME");
  DiagnosticSink location;
  if (out_dir_ == out_dir_.root_path() || (home && *home && out_dir_ == resolved_path(home)) ||
      (!options_.site_dir.empty() && !check_output_location(given, options_.site_dir, location)))
    return Begin::NoOutput;
  // A folder whose names cannot be read holds what nobody knows: refused, as
  // DiskWriter refuses it (its marker file can still be seen through a 0300 folder).
  if (DIR* d = ::opendir(out_dir_.c_str())) {
    ::closedir(d);
  } else {
    sink_.error({out_dir_.string(), 0, 0}, "output.unreadable",
                std::string("the output folder cannot be listed (") + std::strerror(errno) +
                    "), so what it holds is unknown; it was left as it was");
    return Begin::Failed;
  }
  if (!lock_output_folder(lock_, out_dir_, sink_)) return Begin::Failed;
  remove_build_leftovers(out_dir_, sink_);  // a full build that was killed left its new folder beside this one
  active_ = true;
  if (!roll_forward() || !reset_staging()) {
    abort();
    return Begin::Failed;
  }
  return Begin::Ready;
}

// Completes what a stopped build's journal says, before anything else.
bool IncrementalWriter::roll_forward() {
  FileError error;
  auto text = read_regular_file(out_dir_ / kJournalFile, &error, uint64_t{1} << 31);
  if (!text) return true;
  std::string why;
  auto journal = decode_journal(*text, &why);
  if (!journal) {
    // Cannot be: it is renamed into place whole. Trust nothing then.
    ::unlink((out_dir_ / kCacheFile).c_str());
    remove_journal(out_dir_);
    sink_.report({Severity::Note, "output.journal-ignored",
                  "the journal of a build that was stopped could not be read (" + why +
                      "); the cache was removed, so this build is a full one",
                  {(out_dir_ / kJournalFile).string(), 0, 0}, {}});
    return true;
  }
  if (!apply_journal(out_dir_, *journal, {}, &why)) {
    sink_.error({(out_dir_ / kJournalFile).string(), 0, 0}, "output.journal",
                "the journal of a build that was stopped could not be completed: " + why);
    return false;
  }
  remove_journal(out_dir_);
  completed_journal_ = true;
  sink_.report({Severity::Note, "output.journal-completed",
                "a build that was stopped while it replaced files was completed from its journal (" +
                    std::to_string(journal->steps.size()) + " steps)",
                {out_dir_.string(), 0, 0}, {}});
  return true;
}

bool IncrementalWriter::reset_staging() {
  std::error_code ec;
  fs::remove_all(out_dir_ / kStagingDir, ec);
  fs::create_directories(out_dir_ / kStagingDir, ec);
  if (ec) {
    sink_.error({(out_dir_ / kStagingDir).string(), 0, 0}, "output.create",
                "cannot create '" + (out_dir_ / kStagingDir).string() + "': " + ec.message());
    return false;
  }
  return true;
}

bool IncrementalWriter::stage(const std::string& rel, const std::function<bool(const fs::path&)>& make) {
  if (!is_safe_relative_path(rel)) {
    sink_.error({rel, 0, 0}, "output.unsafe-path", "refusing to write outside the output folder: '" + rel + "'");
    return false;
  }
  const std::string from = std::string(kStagingDir) + "/" + std::to_string(next_++);
  if (!make(out_dir_ / from)) return false;
  auto stamp = stamp_of(out_dir_ / from);
  if (!stamp) {
    sink_.error({rel, 0, 0}, "output.write", "cannot write '" + rel + "': " + std::strerror(errno));
    return false;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  staged_[rel] = {from, *stamp};
  return true;
}

bool IncrementalWriter::write(const std::string& rel, const std::string& content) {
  return stage(rel, [&](const fs::path& path) {
    UniqueFd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!fd || !write_all(fd.get(), content) || ::close(fd.release()) != 0) {
      sink_.error({rel, 0, 0}, "output.write", "cannot write '" + rel + "': " + std::strerror(errno));
      return false;
    }
    return true;
  });
}

bool IncrementalWriter::copy(const fs::path& src, const std::string& rel) {
  return stage(rel, [&](const fs::path& path) { return copy_file_to(src, path, sink_); });
}

void IncrementalWriter::remove(const std::string& rel) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (is_safe_relative_path(rel)) removed_.insert(rel);
}

std::optional<FileStamp> IncrementalWriter::stamp(const std::string& rel) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = staged_.find(rel);
  if (it == staged_.end()) return std::nullopt;
  return it->second.stamp;
}

bool IncrementalWriter::commit(const std::string& cache_text) {
  const std::string cache_from = std::string(kStagingDir) + "/cache";
  std::string error;
  if (!write_file_replacing(out_dir_ / cache_from, cache_text, &error)) {
    sink_.error({out_dir_.string(), 0, 0}, "output.write", error);
    abort();
    return false;
  }
  // Removals first: a file may give way to a folder of the same name, or the reverse.
  Journal journal;
  for (const auto& rel : removed_)
    if (!staged_.count(rel)) journal.steps.push_back({JournalStep::Op::Remove, "", rel});
  for (const auto& [rel, s] : staged_) journal.steps.push_back({JournalStep::Op::Rename, s.from, rel});
  journal.steps.push_back({JournalStep::Op::Rename, cache_from, kCacheFile});
  if (!write_journal(out_dir_, journal, &error)) {
    sink_.error({out_dir_.string(), 0, 0}, "output.commit", error);
    abort();
    return false;
  }
  // From here the journal holds the change: whatever happens, the next run completes it.
  active_ = false;
  const bool applied = apply_journal(out_dir_, journal, options_.after_step, &error);
  if (applied) {
    remove_journal(out_dir_);
    std::error_code ec;
    fs::remove_all(out_dir_ / kStagingDir, ec);
  } else {
    journal_pending_ = true;
  }
  if (!applied && !options_.after_step) {
    sink_.error({out_dir_.string(), 0, 0}, "output.commit",
                error + "; the next build completes the change from its journal");
  }
  lock_.release();
  return applied;
}

void IncrementalWriter::abort() {
  if (!active_) return;
  std::error_code ec;
  fs::remove_all(out_dir_ / kStagingDir, ec);
  active_ = false;
  lock_.release();
}

}  // namespace wt::output
