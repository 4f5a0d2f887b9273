// Where the binary finds themes/, schemas/ and content/: the installed
// share folder beside it, then a development build's checkout, with the
// environment overriding each folder.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/installation.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

struct Scratch {
  fs::path dir = fs::canonical(test::make_temp_dir("wt-installation"));
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  // The folders each kind must hold to be found, under `root`.
  void data(const fs::path& root, bool themes, bool schemas, bool content) const {
    if (themes) fs::create_directories(root / "themes/default/layouts");
    if (schemas) fs::create_directories(root / "schemas/rules");
    if (content) fs::create_directories(root / "content/scaffold/common");
  }
  void write(const fs::path& file, const std::string& text) const {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
  }
};

}  // namespace

TEST_CASE("wt::find_installation reads <prefix>/share/webtruong beside <prefix>/bin", "[core][installation]") {
  Scratch s;
  s.data(s.dir / "prefix/share/webtruong", true, true, true);
  InstallationSearch search;
  search.exe = s.dir / "prefix/bin/webtruong";
  auto inst = find_installation(search);
  const fs::path share = s.dir / "prefix/share/webtruong";
  CHECK(inst.share == share);
  CHECK(inst.themes == share / "themes");
  CHECK(inst.schemas == share / "schemas");
  CHECK(inst.content == share / "content");
  CHECK(inst.reports() == share / "themes/default/reports");
  CHECK(inst.scaffold() == share / "content/scaffold");
}

TEST_CASE("wt::find_installation finds nothing when nothing is installed and there is no checkout",
          "[core][installation]") {
  Scratch s;
  InstallationSearch search;
  search.exe = s.dir / "bin/webtruong";
  auto inst = find_installation(search);
  CHECK(inst.share == s.dir / "share/webtruong");  // named in messages even so
  CHECK(inst.themes.empty());
  CHECK(inst.schemas.empty());
  CHECK(inst.content.empty());
  CHECK(inst.reports().empty());
  CHECK(inst.scaffold().empty());
  // A folder without what it must hold is not taken: an empty share/webtruong/schemas.
  fs::create_directories(s.dir / "share/webtruong/schemas");
  CHECK(find_installation(search).schemas.empty());
}

TEST_CASE("wt::find_installation falls back to the checkout folder by folder, the installed copy first",
          "[core][installation]") {
  Scratch s;
  s.data(s.dir / "src", true, true, true);
  s.data(s.dir / "prefix/share/webtruong", true, false, false);
  InstallationSearch search;
  search.exe = s.dir / "prefix/bin/webtruong";
  search.source_tree = s.dir / "src";
  auto inst = find_installation(search);
  CHECK(inst.themes == s.dir / "prefix/share/webtruong/themes");
  CHECK(inst.schemas == s.dir / "src/schemas");
  CHECK(inst.content == s.dir / "src/content");
  // The binary's own path unknown: the checkout alone.
  search.exe.clear();
  inst = find_installation(search);
  CHECK(inst.share.empty());
  CHECK(inst.themes == s.dir / "src/themes");
}

TEST_CASE("wt::find_installation takes an environment override as it is, found or not", "[core][installation]") {
  Scratch s;
  s.data(s.dir / "prefix/share/webtruong", true, true, true);
  InstallationSearch search;
  search.exe = s.dir / "prefix/bin/webtruong";
  search.themes_env = (s.dir / "mine/themes/").string();
  search.schemas_env = "/no/such/schemas";
  auto inst = find_installation(search);
  CHECK(inst.themes == s.dir / "mine/themes/");  // lexically normal keeps the trailing separator
  CHECK(inst.schemas == "/no/such/schemas");     // not skipped: the mistake shows in the next error
  CHECK(inst.content == s.dir / "prefix/share/webtruong/content");
}

TEST_CASE("wt::find_installation follows the data folder CMake chose relative to bin", "[core][installation]") {
  Scratch s;
  s.data(s.dir / "opt/lib/webtruong", true, true, true);
  InstallationSearch search;
  search.exe = s.dir / "opt/bin/webtruong";
  search.data_from_bin = "../lib/webtruong";
  auto inst = find_installation(search);
  CHECK(inst.share == s.dir / "opt/lib/webtruong");
  CHECK(inst.schemas == s.dir / "opt/lib/webtruong/schemas");
}

TEST_CASE("wt::source_tree_beside reads one absolute folder from webtruong-source-tree.txt", "[core][installation]") {
  Scratch s;
  const fs::path exe = s.dir / "build/webtruong";
  const fs::path marker = s.dir / "build/webtruong-source-tree.txt";
  CHECK(source_tree_beside(exe).empty());  // no file: an installed binary
  s.write(marker, s.dir.string() + "\n");
  CHECK(source_tree_beside(exe) == s.dir);
  s.write(marker, "src\n");  // relative: refused
  CHECK(source_tree_beside(exe).empty());
  s.write(marker, (s.dir / "gone").string());  // not a folder
  CHECK(source_tree_beside(exe).empty());
  CHECK(source_tree_beside({}).empty());
}

TEST_CASE("wt::installation of this test binary is found once", "[core][installation]") {
  const InstallationSearch search = this_process_search();
  std::error_code ec;
  CHECK(search.exe == fs::read_symlink("/proc/self/exe", ec));
  // A development build (WT_SOURCE_FALLBACK=ON) names its checkout beside the test binaries.
  if (fs::exists(search.exe.parent_path() / "webtruong-source-tree.txt"))
    CHECK(fs::equivalent(search.source_tree, WT_SOURCE_DIR));
  CHECK(&installation() == &installation());
}
