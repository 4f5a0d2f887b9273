// Invalid fixture sites: each folder under tests/fixtures/invalid holds a
// broken site and expected.txt, the exact diagnostics a build must print.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "core/file_io.hpp"
#include "output/output_writer.hpp"
#include "core/file_system.hpp"
#include "core/thread_pool.hpp"
#include "site/build.hpp"

namespace fs = std::filesystem;
using namespace wt;

TEST_CASE("site::build_site_to reports every error of the invalid fixtures exactly", "[site][invalid]") {
  fs::path root = fs::path(WT_TEST_FIXTURES) / "invalid";
  std::vector<fs::path> sites;
  for (const auto& e : fs::directory_iterator(root))
    if (e.is_directory()) sites.push_back(e.path());
  std::sort(sites.begin(), sites.end());
  REQUIRE(sites.size() >= 3);
  for (const auto& dir : sites) {
    site::BuildOptions opt;
    opt.site_dir = dir;
    opt.now = 1767225600;
    opt.theme_dirs = {fs::path(WT_SOURCE_DIR) / "themes"};
    output::MemoryWriter writer;
    DiagnosticSink sink;
    ThreadPool pool(2);
    bool ok = site::build_site_to(opt, real_file_system(), pool, writer, sink, nullptr);
    std::ostringstream out;
    sink.print(out);
    INFO("fixture: " << dir.filename().string());
    CHECK_FALSE(ok);
    auto expected = read_file(dir / "expected.txt");
    REQUIRE(expected);
    CHECK(out.str() == *expected);
  }
}
