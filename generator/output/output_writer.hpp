// Where a build puts its files.
//
// OutputWriter is the interface the build writes through: relative paths
// only, each checked so nothing lands outside the output folder whatever a
// slug or alias says. DiskWriter writes into a temporary folder beside the
// output folder and, on commit(), swaps it into place, so a failed build
// leaves the previous site untouched. MemoryWriter keeps files in memory
// (tests, the dev server).
//
//   wt::output::DiskWriter out("public", sink);
//   if (!out.begin()) return 1;
//   out.write("index.html", html);
//   ok ? out.commit() : out.abort();
#pragma once

#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <unordered_map>
#include <string>

#include "core/diagnostic.hpp"

namespace wt::output {

/// True when `rel` is a safe relative output path: not empty, not absolute,
/// no "." or ".." segments, no backslash or control characters.
bool is_safe_relative_path(const std::string& rel);

class OutputWriter {
 public:
  virtual ~OutputWriter() = default;
  /// Writes `content` at `rel` (e.g. "tin-tuc/a/index.html"). Thread-safe.
  virtual bool write(const std::string& rel, const std::string& content) = 0;
  /// Copies the file `src` to `rel`. Thread-safe.
  virtual bool copy(const std::filesystem::path& src, const std::string& rel) = 0;
};

class DiskWriter : public OutputWriter {
 public:
  DiskWriter(std::filesystem::path out_dir, DiagnosticSink& sink);
  ~DiskWriter() override;

  /// Checks the output folder may be replaced and creates the temporary folder.
  bool begin();
  bool write(const std::string& rel, const std::string& content) override;
  bool copy(const std::filesystem::path& src, const std::string& rel) override;
  /// Swaps the new site into place; the previous output is removed only after.
  bool commit();
  /// Removes the temporary folder; the previous output stays as it was.
  void abort();

  size_t files_written() const { return files_; }
  static constexpr const char* kMarker = ".webtruong-output";

 private:
  bool ensure_parent(const std::filesystem::path& file);
  bool make_dir_locked(const std::string& dir);  // REQUIRES: dirs_mutex_ held

  std::filesystem::path out_dir_;
  std::filesystem::path tmp_dir_;
  DiagnosticSink& sink_;
  std::mutex dirs_mutex_;
  std::unordered_map<std::string, bool> made_dirs_;
  std::atomic<size_t> files_{0};
  bool active_ = false;
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
