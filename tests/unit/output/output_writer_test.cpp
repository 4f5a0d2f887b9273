#include <catch2/catch.hpp>

#include <filesystem>
#include <cstdlib>
#include <fstream>
#include <unistd.h>

#include "core/file_io.hpp"
#include "output/output_writer.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {
// A fresh folder of its own (mkdtemp): parallel test processes never share one.
fs::path temp_dir(const std::string& name) {
  return wt::test::make_temp_dir("wt-output-test-" + name);
}
}  // namespace

TEST_CASE("output::is_safe_relative_path", "[output]") {
  CHECK(output::is_safe_relative_path("index.html"));
  CHECK(output::is_safe_relative_path("tin-tuc/a/index.html"));
  for (const char* bad : {"", "/etc/passwd", "../x", "a/../../x", "a//b", "a/./b", "a\\b", "a/\x01"}) {
    INFO(bad);
    CHECK_FALSE(output::is_safe_relative_path(bad));
  }
}

TEST_CASE("output::DiskWriter swaps the new site in only on commit", "[output]") {
  fs::path root = temp_dir("commit");
  fs::path out = root / "public";
  {
    DiagnosticSink sink;
    output::DiskWriter w(out, sink);
    REQUIRE(w.begin());
    REQUIRE(w.write("index.html", "v1"));
    REQUIRE(w.commit());
  }
  CHECK(*read_file(out / "index.html") == "v1");
  {
    DiagnosticSink sink;
    output::DiskWriter w(out, sink);
    REQUIRE(w.begin());
    REQUIRE(w.write("index.html", "v2"));
    CHECK_FALSE(w.write("../escape.html", "x"));
    CHECK(sink.sorted().back().message == "refusing to write outside the output folder: '../escape.html'");
    w.abort();
  }
  CHECK(*read_file(out / "index.html") == "v1");
  CHECK_FALSE(fs::exists(root / "escape.html"));
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(root)) names.push_back(e.path().filename().string());
  CHECK(names == std::vector<std::string>{"public"});
  fs::remove_all(root);
}

TEST_CASE("output::DiskWriter refuses a folder it did not write", "[output]") {
  fs::path root = temp_dir("foreign");
  fs::create_directories(root / "docs");
  std::ofstream(root / "docs" / "thesis.txt") << "precious";
  DiagnosticSink sink;
  output::DiskWriter w(root / "docs", sink);
  CHECK_FALSE(w.begin());
  REQUIRE(sink.error_count() == 1);
  CHECK(sink.sorted()[0].message.find("holds files that Webtruong did not write") != std::string::npos);
  CHECK(*read_file(root / "docs" / "thesis.txt") == "precious");
  fs::remove_all(root);
}
