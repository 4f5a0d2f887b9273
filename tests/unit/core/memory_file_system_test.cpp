// MemoryFileSystem: files held in memory answer as the disk does (what a
// name is, folder listings, reads with their limit and errors, paths that
// leave a root), so a build can run from it (site/memory_build_test.cpp).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/file_system.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

std::vector<std::string> listed(const FileSystem& files, const std::string& dir) {
  std::vector<ListedEntry> entries;
  std::string error;
  REQUIRE(files.list(dir, &entries, &error));
  std::vector<std::string> out;
  for (const auto& e : entries) out.push_back(e.name + (e.status.type == EntryStatus::Type::Folder ? "/" : ""));
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("MemoryFileSystem holds files and the folders they imply", "[core][files]") {
  MemoryFileSystem files;
  files.add("/site/site.yaml", "name: A\n");
  files.add("/site/content/tin-tuc/a.md", "a");
  files.add("/site/./content//tin-tuc/b.md", "b");  // one file per normal path
  CHECK(files.files().size() == 3);
  CHECK(files.is_file("/site/content/tin-tuc/b.md"));
  CHECK(files.is_folder("/site/content"));
  CHECK_FALSE(files.is_file("/site/content"));
  CHECK(files.status("/site/missing.md").type == EntryStatus::Type::Missing);
  CHECK(listed(files, "/site") == std::vector<std::string>{"content/", "site.yaml"});
  CHECK(listed(files, "/site/content/tin-tuc") == std::vector<std::string>{"a.md", "b.md"});

  std::vector<ListedEntry> entries;
  std::string error;
  CHECK_FALSE(files.list("/site/site.yaml", &entries, &error));
  CHECK(error == "Not a directory");
  CHECK_FALSE(files.list("/site/nothing", &entries, &error));
  CHECK(error == "No such file or directory");

  // A folder goes with its last file.
  CHECK(files.remove("/site/content/tin-tuc/a.md"));
  CHECK(files.remove("/site/content/tin-tuc/b.md"));
  CHECK_FALSE(files.remove("/site/content/tin-tuc/b.md"));
  CHECK_FALSE(files.is_folder("/site/content"));
  CHECK(listed(files, "/site") == std::vector<std::string>{"site.yaml"});
}

TEST_CASE("MemoryFileSystem reads as the disk does: limits, folders, missing files", "[core][files]") {
  // The same folder on disk and copied into memory answer each read alike.
  const fs::path dir = test::make_temp_dir("wt-memory-files");
  fs::create_directories(dir / "content");
  fs::create_directories(dir / "static");
  std::ofstream(dir / "content/a.md", std::ios::binary) << "nội dung";
  std::ofstream(dir / "static/big.pdf", std::ios::binary) << std::string(3 << 20, 'x');
  MemoryFileSystem memory;
  CHECK(memory.add_from_disk(dir) == 2);
  for (const FileSystem* files : {&real_file_system(), static_cast<const FileSystem*>(&memory)}) {
    FileError error;
    CHECK(*files->read(dir / "content/a.md", &error) == "nội dung");
    CHECK_FALSE(files->read(dir / "static/big.pdf", &error, 1 << 20));
    CHECK(error.code == "file.too-large");
    CHECK(error.message == "this file is 3 MB; files over 1 MB are not read");
    CHECK_FALSE(files->read(dir / "content/b.md", &error));
    CHECK(error.code == "file.missing");
    CHECK(error.message == "this file does not exist");
    CHECK_FALSE(files->read(dir / "content", &error));
    CHECK(error.code == "file.special");
    CHECK(error.message == "this is a folder, not a file");
  }
  fs::remove_all(dir);
}

TEST_CASE("MemoryFileSystem::check_path refuses what leaves the root", "[core][files]") {
  MemoryFileSystem files;
  files.add("/site/content/a.md", "a");
  files.add("/elsewhere/secret.txt", "b");
  PathCheck inside = files.check_path("/site/content/../content/a.md", "/site", "the site folder");
  CHECK(inside.kind == PathCheck::Kind::File);
  CHECK(inside.real == "/site/content/a.md");
  PathCheck outside = files.check_path("/site/../elsewhere/secret.txt", "/site", "the site folder");
  CHECK(outside.kind != PathCheck::Kind::File);
  CHECK(outside.error.code == "file.outside-site");
  CHECK(outside.error.message == "this leads to '/elsewhere/secret.txt', outside the site folder");
  FileError error;
  CHECK_FALSE(read_file_inside(files, "/site/../elsewhere/secret.txt", "/site", &error));
  CHECK(error.code == "file.outside-site");
}
