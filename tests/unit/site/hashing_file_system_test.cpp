// HashingFileSystem: what was read is hashed from the bytes read, without a
// second read; a file never read is hashed by the inner file system once.
#include <catch2/catch.hpp>

#include <atomic>

#include "core/file_system.hpp"
#include "site/hashing_file_system.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

// Counts the reads that reach the files.
class CountingFileSystem final : public FileSystem {
 public:
  explicit CountingFileSystem(const FileSystem& inner) : inner_(inner) {}
  fs::path real_root(const fs::path& dir) const override { return inner_.real_root(dir); }
  PathCheck check_path(const fs::path& p, const fs::path& root, std::string_view name) const override {
    return inner_.check_path(p, root, name);
  }
  EntryStatus status(const fs::path& p) const override { return inner_.status(p); }
  bool list(const fs::path& dir, std::vector<ListedEntry>* out, std::string* error) const override {
    return inner_.list(dir, out, error);
  }
  std::optional<std::string> read(const fs::path& p, FileError* error, uint64_t max) const override {
    ++reads;
    return inner_.read(p, error, max);
  }
  mutable std::atomic<int> reads{0};

 private:
  const FileSystem& inner_;
};

}  // namespace

TEST_CASE("site::HashingFileSystem hashes what it read without reading again", "[site]") {
  MemoryFileSystem memory;
  memory.add("/s/a.md", "bài A");
  memory.add("/s/static/b.pdf", "%PDF");
  CountingFileSystem counting(memory);
  site::HashingFileSystem files(counting);
  REQUIRE(files.read("/s/a.md", nullptr, 100));
  CHECK(counting.reads == 1);
  CHECK(files.hash("/s/./a.md") == hash_bytes("bài A"));
  CHECK(counting.reads == 1);
  CHECK(files.hash("/s/static/b.pdf") == hash_bytes("%PDF"));
  CHECK(files.hash("/s/static/b.pdf") == hash_bytes("%PDF"));
  CHECK(counting.reads == 2);
  CHECK_FALSE(files.hash("/s/none"));
}
