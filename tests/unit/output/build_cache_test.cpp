// The build cache file: a round trip, and every way it can be wrong
// (another format version, truncated, a wrong checksum, malformed, another
// build id, a file gone or changed behind its back), each with its reason.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "core/file_io.hpp"
#include "output/build_cache.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

void put(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// A folder with two outputs and a cache that describes them.
struct Folder {
  fs::path dir = test::make_temp_dir("wt-build-cache");
  output::BuildCache cache;
  Folder() {
    put(dir / "index.html", "home");
    put(dir / "tin-tuc/a b/index.html", "post");
    cache.build_id = "0123456789abcdef";
    for (const char* rel : {"index.html", "tin-tuc/a b/index.html"})
      cache.outputs[rel] = {hash_bytes(std::string("key ") + rel), hash_bytes(*read_file(dir / rel)),
                            *output::stamp_of(dir / rel)};
    put(dir / output::kCacheFile, output::encode_build_cache(cache));
  }
  ~Folder() { fs::remove_all(dir); }
  std::string why() {
    std::string why;
    CHECK_FALSE(output::read_build_cache(dir, "0123456789abcdef", &why));
    return why;
  }
};

}  // namespace

TEST_CASE("output::encode_build_cache round trip", "[output]") {
  Folder f;
  std::string why;
  auto read = output::read_build_cache(f.dir, "0123456789abcdef", &why);
  REQUIRE(read);
  CHECK(*read == f.cache);
  CHECK(why.empty());
  const std::string text = output::encode_build_cache(f.cache);
  CHECK(text.rfind("webtruong build cache 1\nbuild 0123456789abcdef\n2 outputs\n", 0) == 0);
}

TEST_CASE("output::read_build_cache refuses what it cannot trust, saying why", "[output]") {
  Folder f;
  const std::string text = output::encode_build_cache(f.cache);
  SECTION("missing") {
    fs::remove(f.dir / output::kCacheFile);
    CHECK(f.why() == "there is no build cache");
  }
  SECTION("another build of webtruong") {
    std::string why;
    CHECK_FALSE(output::read_build_cache(f.dir, "fedcba9876543210", &why));
    CHECK(why == "it was written by another build of webtruong (build 0123456789abcdef)");
  }
  SECTION("another version of the format") {
    std::string other = text;
    other.replace(0, 24, "webtruong build cache 0\n");
    put(f.dir / output::kCacheFile, other);
    CHECK(f.why() == "it was written by another version of the cache format");
  }
  SECTION("not a cache") {
    put(f.dir / output::kCacheFile, "<html>\n");
    CHECK(f.why() == "it is not a build cache");
  }
  SECTION("truncated") {
    for (size_t cut : {text.size() - 1, text.size() - 40, text.size() / 2, size_t{30}}) {
      put(f.dir / output::kCacheFile, text.substr(0, cut));
      INFO(cut);
      CHECK(f.why() == "it is truncated");
    }
  }
  SECTION("one byte changed") {
    std::string bad = text;
    bad[text.find("index.html")] = 'I';
    put(f.dir / output::kCacheFile, bad);
    CHECK(f.why() == "its checksum is wrong");
  }
  SECTION("malformed, with a right checksum") {
    std::string body = "webtruong build cache 1\nbuild x\n1 outputs\nnot a line\n";
    put(f.dir / output::kCacheFile, body + "checksum " + hash_bytes(body).hex() + "\n");
    CHECK(f.why() == "it is malformed at line 4");
    body = "webtruong build cache 1\nbuild x\n1 outputs\n" + std::string(32, '0') + " " + std::string(32, '0') +
           " 1 2 ../escape\n";
    put(f.dir / output::kCacheFile, body + "checksum " + hash_bytes(body).hex() + "\n");
    CHECK(f.why() == "it is malformed at line 4");
    body = "webtruong build cache 1\nbuild x\n3 outputs\n";
    put(f.dir / output::kCacheFile, body + "checksum " + hash_bytes(body).hex() + "\n");
    CHECK(f.why() == "it lists a wrong number of outputs");
  }
  SECTION("an output gone") {
    fs::remove(f.dir / "tin-tuc/a b/index.html");
    CHECK(f.why() == "it names 'tin-tuc/a b/index.html', which is not in the output folder");
  }
  SECTION("an output changed behind its back") {
    put(f.dir / "index.html", "home, edited by hand");
    CHECK(f.why() == "the output 'index.html' was changed since the last build");
  }
  SECTION("an output touched, same size") {
    struct timespec times[2] = {{0, UTIME_OMIT}, {12345, 0}};
    REQUIRE(::utimensat(AT_FDCWD, (f.dir / "index.html").c_str(), times, 0) == 0);
    CHECK(f.why() == "the output 'index.html' was changed since the last build");
  }
}
