// Content hashes (XXH3-128) of bytes, of framed sequences, and of the files
// of a FileSystem, on disk and in memory: equal bytes hash equal, and a
// change of content changes the hash.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/content_hash.hpp"
#include "core/file_system.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;

TEST_CASE("hash_bytes is XXH3-128, written as its canonical 32 hex digits", "[core][hash]") {
  // The reference vectors of xxHash (sanity test vectors, and python-xxhash's xxh3_128_hexdigest).
  CHECK(hash_bytes("").hex() == "99aa06d3014798d86001c324468d497f");
  CHECK(hash_bytes("abc").hex() == "06b05ab6733a618578af5f94892f3950");
  CHECK(hash_bytes("ClickHouse").hex() == "14c27b7bef95d36fecf5520ca2daf030");
}

TEST_CASE("hash_bytes changes with every change of content", "[core][hash]") {
  const std::string text = "---\ntitle: \"Lễ khai giảng\"\n---\nNội dung.\n";
  CHECK(hash_bytes(text) == hash_bytes(std::string(text)));
  std::string one_byte = text;
  one_byte[one_byte.size() - 2] = '!';
  CHECK(hash_bytes(one_byte) != hash_bytes(text));
  CHECK(hash_bytes(text + "\n") != hash_bytes(text));
  CHECK(hash_bytes(text.substr(1)) != hash_bytes(text));
  // NFC and NFD spell the same word with different bytes: different inputs.
  CHECK(hash_bytes("Trường") != hash_bytes("Tru\xcc\x9bo\xcc\x9b\xcc\x80ng"));
}

TEST_CASE("HashBuilder frames each part by its length", "[core][hash]") {
  auto of = [](std::initializer_list<std::string_view> parts) {
    HashBuilder b;
    for (auto p : parts) b.add(p);
    return b.finish();
  };
  CHECK(of({"ab", "c"}) == of({"ab", "c"}));
  CHECK(of({"ab", "c"}) != of({"a", "bc"}));
  CHECK(of({"abc"}) != of({"abc", ""}));
  CHECK(of({"abc"}) != hash_bytes("abc"));
  CHECK(of({"a", "b"}) != of({"b", "a"}));
  HashBuilder with_hash;
  with_hash.add("config:name");
  with_hash.add(hash_bytes("Trường THCS A"));
  HashBuilder other_hash;
  other_hash.add("config:name");
  other_hash.add(hash_bytes("Trường THCS B"));
  CHECK(with_hash.finish() != other_hash.finish());
}

TEST_CASE("MemoryFileSystem::hash follows the file's content", "[core][hash][files]") {
  MemoryFileSystem files;
  files.add("/site/content/a.md", "một");
  files.add("/site/content/b.md", "một");
  const ContentHash first = *files.hash("/site/content/a.md");
  CHECK(first == hash_bytes("một"));
  CHECK(*files.hash("/site/content/b.md") == first);  // equal bytes, wherever they are
  files.add("/site/content/a.md", "hai");
  CHECK(*files.hash("/site/content/a.md") == hash_bytes("hai"));
  CHECK(*files.hash("/site/content/a.md") != first);
  CHECK_FALSE(files.hash("/site/content/c.md"));
  CHECK_FALSE(files.hash("/site/content"));  // a folder has no content hash
  files.remove("/site/content/a.md");
  CHECK_FALSE(files.hash("/site/content/a.md"));
}

TEST_CASE("RealFileSystem::hash follows the file's content on disk, as memory does", "[core][hash][files]") {
  const fs::path dir = test::make_temp_dir("wt-content-hash");
  const fs::path file = dir / "site.yaml";
  std::ofstream(file, std::ios::binary) << "name: \"Trường THCS A\"\n";
  const FileSystem& disk = real_file_system();
  const ContentHash before = *disk.hash(file);
  MemoryFileSystem memory;
  memory.add_from_disk(dir);
  CHECK(*memory.hash(file) == before);
  std::ofstream(file, std::ios::binary | std::ios::app) << "type: thcs\n";
  CHECK(*disk.hash(file) != before);
  CHECK(*disk.hash(file) == hash_bytes("name: \"Trường THCS A\"\ntype: thcs\n"));
  CHECK_FALSE(disk.hash(dir / "missing.yaml"));
  CHECK_FALSE(disk.hash(dir));
  fs::remove_all(dir);
}
