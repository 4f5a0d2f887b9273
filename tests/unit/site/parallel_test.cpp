// -j N gives the output of -j 1: site.example and a site of many posts,
// each built to disk on a pool of one thread and on a pool of four, must
// give the same tree, path for path and byte for byte, and the same cache
// keys (every phase of a build runs on the pool it is given:
// memory_build_test.cpp).
#include <catch2/catch.hpp>

#include <filesystem>

#include "core/file_io.hpp"
#include "core/thread_pool.hpp"
#include "incremental_support.hpp"
#include "output/build_cache.hpp"
#include "site/build.hpp"
#include "support/temp_site.hpp"
#include "version/build_info.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

// The folder's files and the cache's keys and hashes (its stamps differ: times).
struct Tree {
  std::map<std::string, std::string> files;
  std::map<std::string, std::pair<ContentHash, ContentHash>> keys;
  bool operator==(const Tree&) const = default;
};

Tree built_with(int threads, const std::function<bool(const fs::path&, ThreadPool&)>& build) {
  test::OutputFolder out;
  ThreadPool pool(threads);
  REQUIRE(build(out.path(), pool));
  Tree t;
  t.files = test::OutputFolder::bytes_of(out.snapshot());
  auto cache = output::read_build_cache(out.path(), version::build_info().id, nullptr);
  REQUIRE(cache);
  for (const auto& [rel, o] : cache->outputs) t.keys[rel] = {o.key, o.bytes};
  return t;
}

}  // namespace

TEST_CASE("site::build_site -j 4 gives the output of -j 1: site.example", "[site][parallel]") {
  auto build = [](const fs::path& out, ThreadPool& pool) {
    site::BuildOptions opt;
    opt.site_dir = fs::path(WT_SOURCE_DIR) / "site.example";
    opt.out_dir = out;
    opt.theme_dirs = {fs::path(WT_SOURCE_DIR) / "themes"};
    opt.now = 1795000000;
    DiagnosticSink sink;
    return site::build_site(opt, real_file_system(), pool, sink, nullptr);
  };
  const Tree one = built_with(1, build), four = built_with(4, build);
  CHECK(one.files.size() > 100);
  CHECK(one.files == four.files);
  CHECK(one.keys == four.keys);
}

TEST_CASE("site::build_site -j 4 gives the output of -j 1: 400 posts", "[site][parallel]") {
  test::SmallSite site;
  for (int i = 0; i < 400; ++i)
    site.put("content/tin-tuc/bai-" + std::to_string(i) + ".md",
             "---\ntitle: \"Bài số " + std::to_string(i) + "\"\ndate: " + std::to_string(1 + i % 28) + "/" +
                 std::to_string(1 + i % 12) + "/2025 0" + std::to_string(i % 10) + ":00\ncategories: [Nhóm " +
                 std::to_string(i % 7) + "]\ntags: [thẻ " + std::to_string(i % 11) + "]\n---\nBài **số** " +
                 std::to_string(i) + ".\n");
  auto build = [&](const fs::path& out, ThreadPool& pool) {
    site::BuildReport report;
    return site.build_to_disk(out, pool, &report);
  };
  const Tree one = built_with(1, build), four = built_with(4, build);
  CHECK(one.files.size() > 600);
  CHECK(one.files == four.files);
  CHECK(one.keys == four.keys);
}
