// Golden-output tests: each fixture site under tests/fixtures/sites/NAME is
// built in memory with a fixed clock and compared, file by file, with
// tests/golden/NAME/. Run with WT_UPDATE_GOLDEN=1 to rewrite the goldens,
// then review the diff.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/file_io.hpp"
#include "output/output_writer.hpp"
#include "core/file_system.hpp"
#include "core/thread_pool.hpp"
#include "site/build.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

constexpr int64_t kFixedNow = 1767225600;  // 2026-01-01T00:00:00Z

std::map<std::string, std::string> build_in_memory(const std::string& name, DiagnosticSink& sink, bool* ok) {
  site::BuildOptions opt;
  opt.site_dir = fs::path(WT_TEST_FIXTURES) / "sites" / name;
  opt.now = kFixedNow;
  opt.theme_dirs = {fs::path(WT_SOURCE_DIR) / "themes"};
  output::MemoryWriter writer;
  ThreadPool pool(2);
  *ok = site::build_site_to(opt, real_file_system(), pool, writer, sink, nullptr);
  return writer.files();
}

std::map<std::string, std::string> read_tree(const fs::path& dir) {
  std::map<std::string, std::string> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out[fs::relative(e.path(), dir).generic_string()] = *read_file(e.path());
  return out;
}

void check_golden(const std::string& name) {
  DiagnosticSink sink;
  bool ok = false;
  auto files = build_in_memory(name, sink, &ok);
  std::ostringstream diags;
  sink.print(diags);
  INFO(diags.str());
  REQUIRE(ok);
  fs::path golden = fs::path(WT_SOURCE_DIR) / "tests" / "golden" / name;
  if (std::getenv("WT_UPDATE_GOLDEN")) {
    fs::remove_all(golden);
    for (const auto& [rel, content] : files) {
      fs::create_directories((golden / rel).parent_path());
      std::ofstream(golden / rel, std::ios::binary) << content;
    }
    WARN("golden files rewritten: " << golden);
    return;
  }
  auto expected = read_tree(golden);
  std::vector<std::string> missing, extra;
  for (const auto& [rel, c] : expected)
    if (!files.count(rel)) missing.push_back(rel);
  for (const auto& [rel, c] : files)
    if (!expected.count(rel)) extra.push_back(rel);
  CHECK(missing == std::vector<std::string>{});
  CHECK(extra == std::vector<std::string>{});
  for (const auto& [rel, content] : expected) {
    auto it = files.find(rel);
    if (it == files.end()) continue;
    INFO("file: " << rel);
    CHECK(it->second == content);
  }
}

}  // namespace

TEST_CASE("site::build_site_to matches the golden output of fixture 'basic'", "[site][golden]") {
  check_golden("basic");
}

TEST_CASE("site::build_site_to is deterministic across thread counts", "[site]") {
  DiagnosticSink s1, s2;
  bool ok1 = false, ok2 = false;
  site::BuildOptions opt;
  opt.site_dir = fs::path(WT_TEST_FIXTURES) / "sites" / "basic";
  opt.now = kFixedNow;
  opt.theme_dirs = {fs::path(WT_SOURCE_DIR) / "themes"};
  output::MemoryWriter one, four;
  ThreadPool pool1(1), pool4(4);
  ok1 = site::build_site_to(opt, real_file_system(), pool1, one, s1, nullptr);
  ok2 = site::build_site_to(opt, real_file_system(), pool4, four, s2, nullptr);
  REQUIRE(ok1);
  REQUIRE(ok2);
  CHECK(one.files() == four.files());
}

TEST_CASE("site::build_site_to matches the golden output of fixture 'data-pages'", "[site][golden]") {
  check_golden("data-pages");
}
