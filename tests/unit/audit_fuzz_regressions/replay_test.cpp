// Replays every seed (tests/fuzz/corpus/<target>/) and every past finding
// (tests/fuzz/regressions/<target>/) through the fuzz targets of tests/fuzz,
// compiled here without libFuzzer (see tests/fuzz/replay.cmake): a crash or
// a failed invariant that comes back fails `make test`. Findings not fixed yet
// sit in tests/fuzz/open/<target>/ and must still fail; once one passes, move
// it to regressions/.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz_support.hpp"

extern "C" int wt_fuzz_robots(const uint8_t* data, size_t size);
extern "C" int wt_fuzz_sitemap(const uint8_t* data, size_t size);
extern "C" int wt_fuzz_url(const uint8_t* data, size_t size);
extern "C" int wt_fuzz_dates(const uint8_t* data, size_t size);
extern "C" int wt_fuzz_html(const uint8_t* data, size_t size);
extern "C" int wt_fuzz_fast_tree(const uint8_t* data, size_t size);
extern "C" int wt_fuzz_yaml(const uint8_t* data, size_t size);
extern "C" int wt_fuzz_front_matter(const uint8_t* data, size_t size);
extern "C" int wt_fuzz_markdown(const uint8_t* data, size_t size);
extern "C" int wt_fuzz_schema(const uint8_t* data, size_t size);
extern "C" int wt_fuzz_csv(const uint8_t* data, size_t size);
extern "C" int wt_fuzz_xlsx(const uint8_t* data, size_t size);

namespace {

namespace fs = std::filesystem;
using Entry = int (*)(const uint8_t*, size_t);

std::vector<fs::path> files_in(const fs::path& dir) {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && e.path().filename().string().front() != '.') out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

void replay(Entry entry, const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  REQUIRE(in);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // A copy of exactly `size` bytes, as libFuzzer hands them (ASan sees overreads).
  std::vector<uint8_t> data(bytes.begin(), bytes.end());
  entry(data.data(), data.size());
}

void replay_target(const std::string& name, Entry entry) {
  const fs::path root = WT_FUZZ_DIR;
  const auto seeds = files_in(root / "corpus" / name);
  CHECK(seeds.size() >= 3);  // the seed corpus is there and was found
  for (const auto& dir : {"corpus", "regressions"}) {
    for (const fs::path& file : files_in(root / dir / name)) {
      INFO(file.string());
      CHECK_NOTHROW(replay(entry, file));
    }
  }
  for (const fs::path& file : files_in(root / "open" / name)) {
    INFO(file.string() + " passes now: move it to tests/fuzz/regressions/" + name + "/");
    CHECK_THROWS_AS(replay(entry, file), wt_fuzz::Failure);
  }
}

}  // namespace

TEST_CASE("fuzz_robots: seeds and past findings", "[fuzz]") { replay_target("robots", wt_fuzz_robots); }
TEST_CASE("fuzz_sitemap: seeds and past findings", "[fuzz]") { replay_target("sitemap", wt_fuzz_sitemap); }
TEST_CASE("fuzz_url: seeds and past findings", "[fuzz]") { replay_target("url", wt_fuzz_url); }
TEST_CASE("fuzz_dates: seeds and past findings", "[fuzz]") { replay_target("dates", wt_fuzz_dates); }
TEST_CASE("fuzz_html: seeds and past findings", "[fuzz]") { replay_target("html", wt_fuzz_html); }
TEST_CASE("fuzz_fast_tree: seeds and past findings", "[fuzz]") {
  replay_target("fast_tree", wt_fuzz_fast_tree);
}
// The generator's parsers (issue 9).
TEST_CASE("fuzz_yaml: seeds and past findings", "[fuzz]") { replay_target("yaml", wt_fuzz_yaml); }
TEST_CASE("fuzz_front_matter: seeds and past findings", "[fuzz]") {
  replay_target("front_matter", wt_fuzz_front_matter);
}
TEST_CASE("fuzz_markdown: seeds and past findings", "[fuzz]") { replay_target("markdown", wt_fuzz_markdown); }
TEST_CASE("fuzz_schema: seeds and past findings", "[fuzz]") { replay_target("schema", wt_fuzz_schema); }
TEST_CASE("fuzz_csv: seeds and past findings", "[fuzz]") { replay_target("csv", wt_fuzz_csv); }
TEST_CASE("fuzz_xlsx: seeds and past findings", "[fuzz]") { replay_target("xlsx", wt_fuzz_xlsx); }
