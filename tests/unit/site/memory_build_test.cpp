// A build reads its site through the FileSystem it is given, and works on
// the ThreadPool it is given: site.example held in memory, at a path that
// does not exist on disk, builds byte-identical to the same site on disk;
// every file is read and every output rendered on the threads of the pool
// passed in, and the build starts no thread of its own.
#include <catch2/catch.hpp>

#include <filesystem>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "core/file_system.hpp"
#include "core/thread_pool.hpp"
#include "output/output_writer.hpp"
#include "plugin/plugin.hpp"
#include "site/build.hpp"
#include "support/threads.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

const fs::path kMemoryRoot = "/wt-memory-build-test";

// site.example and the default theme, copied into memory under kMemoryRoot.
MemoryFileSystem example_in_memory() {
  MemoryFileSystem disk_copy, files;
  disk_copy.add_from_disk(fs::path(WT_SOURCE_DIR) / "site.example");
  disk_copy.add_from_disk(fs::path(WT_SOURCE_DIR) / "themes" / "default");
  const std::string source = fs::path(WT_SOURCE_DIR).lexically_normal().string();
  for (const auto& [path, bytes] : disk_copy.files()) {
    std::string rel = path.substr(source.size());
    if (rel.rfind("/site.example/public/", 0) == 0) continue;  // an earlier build's output, no input
    files.add(kMemoryRoot.string() + rel, bytes);
  }
  return files;
}

site::BuildOptions options(const fs::path& root) {
  site::BuildOptions opt;
  opt.site_dir = root / "site.example";
  opt.theme_dirs = {root / "themes"};
  opt.now = 1795000000;  // 18/11/2026
  return opt;
}

std::string printed(const DiagnosticSink& sink) {
  std::ostringstream out;
  sink.print(out);
  return out.str();
}

// Which threads did the work: every read of an input (through the
// FileSystem) and every output rendered (through a plugin's hook).
class ThreadLog {
 public:
  void note() {
    std::lock_guard<std::mutex> lock(mutex_);
    ids_.insert(std::this_thread::get_id());
    most_threads_ = std::max(most_threads_, test::process_threads());
  }
  std::set<std::thread::id> ids() const { return ids_; }
  size_t most_threads() const { return most_threads_; }

 private:
  std::mutex mutex_;
  std::set<std::thread::id> ids_;
  size_t most_threads_ = 0;
};

class LoggingFileSystem final : public FileSystem {
 public:
  LoggingFileSystem(const FileSystem& inner, ThreadLog& log) : inner_(inner), log_(log) {}
  fs::path real_root(const fs::path& dir) const override { return inner_.real_root(dir); }
  PathCheck check_path(const fs::path& path, const fs::path& root, std::string_view root_name) const override {
    return inner_.check_path(path, root, root_name);
  }
  EntryStatus status(const fs::path& path) const override { return inner_.status(path); }
  bool list(const fs::path& dir, std::vector<ListedEntry>* out, std::string* error) const override {
    log_.note();
    return inner_.list(dir, out, error);
  }
  std::optional<std::string> read(const fs::path& path, FileError* error, uint64_t max_bytes) const override {
    log_.note();
    return inner_.read(path, error, max_bytes);
  }

 private:
  const FileSystem& inner_;
  ThreadLog& log_;
};

class LoggingPlugin final : public plugin::Plugin {
 public:
  explicit LoggingPlugin(ThreadLog& log) : log_(log) {}
  std::string name() const override { return "thread-log"; }
  std::string summary() const override { return "notes the threads that render"; }
  void on_page_rendered(const plugin::RenderedOutput&, std::string&) override { log_.note(); }

 private:
  ThreadLog& log_;
};

struct LoggedBuild {
  std::map<std::string, std::string> files;
  ThreadLog log;
};

void build_logged(const FileSystem& files, ThreadPool& pool, LoggedBuild& out) {
  site::BuildOptions opt = options(kMemoryRoot);
  LoggingFileSystem logged(files, out.log);
  LoggingPlugin plugin(out.log);
  opt.plugins = {&plugin};
  output::MemoryWriter writer;
  DiagnosticSink sink;
  const bool ok = site::build_site_to(opt, logged, pool, writer, sink, nullptr);
  INFO(printed(sink));
  REQUIRE(ok);
  out.files = writer.files();
}

}  // namespace

TEST_CASE("site::build_site_to builds site.example from memory byte-identical to the disk", "[site][files]") {
  REQUIRE_FALSE(fs::exists(kMemoryRoot));  // nothing of the memory build can come from the disk
  const MemoryFileSystem memory = example_in_memory();
  ThreadPool pool(2);

  output::MemoryWriter from_disk, from_memory;
  DiagnosticSink disk_sink, memory_sink;
  REQUIRE(site::build_site_to(options(WT_SOURCE_DIR), real_file_system(), pool, from_disk, disk_sink, nullptr));
  const bool ok = site::build_site_to(options(kMemoryRoot), memory, pool, from_memory, memory_sink, nullptr);
  INFO(printed(memory_sink));
  REQUIRE(ok);
  CHECK(printed(memory_sink) == printed(disk_sink));

  const auto disk_files = from_disk.files(), memory_files = from_memory.files();
  CHECK(disk_files.size() > 300);
  std::vector<std::string> differ;
  for (const auto& [rel, bytes] : disk_files) {
    auto it = memory_files.find(rel);
    if (it == memory_files.end() || it->second != bytes) differ.push_back(rel);
  }
  for (const auto& [rel, bytes] : memory_files)
    if (!disk_files.count(rel)) differ.push_back(rel);
  std::string list;
  for (const auto& d : differ) list += d + "\n";
  INFO("outputs that differ:\n" << list);
  CHECK(differ.empty());
}

TEST_CASE("site::build_site_to works on the pool it is given and starts no thread", "[site][threads]") {
  const MemoryFileSystem memory = example_in_memory();
  const auto caller = std::this_thread::get_id();

  // One thread: everything on the caller, no other thread in the process.
  LoggedBuild one;
  {
    ThreadPool pool(1);
    const size_t threads = test::process_threads();
    build_logged(memory, pool, one);
    CHECK(one.log.ids() == std::set<std::thread::id>{caller});
    CHECK(one.log.most_threads() == threads);
  }

  // Three threads: the caller and the pool's two workers, no others.
  LoggedBuild three;
  {
    ThreadPool pool(3);
    const size_t threads = test::process_threads();
    const auto workers = test::pool_workers(pool);
    REQUIRE(workers.size() == 2);
    build_logged(memory, pool, three);
    std::set<std::thread::id> allowed = workers;
    allowed.insert(caller);
    for (const auto& id : three.log.ids()) CHECK(allowed.count(id) == 1);
    // Whether the workers took a share depends on the scheduler (the caller
    // works too, and on a loaded machine may take every item); that they
    // run at all is thread_pool_test's, so it is only said here.
    if (three.log.ids().size() == 1) WARN("the pool's workers took no part in this build (a busy machine?)");
    CHECK(three.log.most_threads() == threads);
  }
  CHECK(one.files.size() > 300);
  CHECK(one.files == three.files);
}
