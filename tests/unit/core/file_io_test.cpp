// Reading only regular files inside the site, walking without leaving it,
// and writing reports without renaming over devices or pipes.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include "core/file_io.hpp"
#include "core/file_walk.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

struct Scratch {
  fs::path dir;
  Scratch() {
    std::string tmpl = (fs::temp_directory_path() / "wt-file-io-XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    dir = fs::canonical(tmpl);
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  void file(const std::string& rel, const std::string& text) const {
    fs::create_directories((dir / rel).parent_path());
    std::ofstream(dir / rel, std::ios::binary) << text;
  }
};

std::string error_of(const fs::path& path, uint64_t max = kMaxInputFileBytes) {
  FileError e;
  auto bytes = read_regular_file(path, &e, max);
  return bytes ? "read: " + *bytes : e.code + ": " + e.message;
}

std::string check_of(const fs::path& path, const fs::path& root) {
  PathCheck c = check_path(path, root);
  if (c.kind == PathCheck::Kind::File) return "file " + c.real.string();
  if (c.kind == PathCheck::Kind::Folder) return "folder " + c.real.string();
  return c.error.code + ": " + c.error.message;
}

}  // namespace

TEST_CASE("wt::read_regular_file refuses pipes, devices, folders and large files without blocking", "[core][files]") {
  Scratch s;
  s.file("a.md", "xin chào");
  REQUIRE(::mkfifo((s.dir / "ong.md").c_str(), 0644) == 0);
  CHECK(error_of(s.dir / "a.md") == "read: xin chào");
  CHECK(error_of(s.dir / "ong.md") == "file.special: this is a named pipe (FIFO), not a file");
  CHECK(error_of("/dev/zero") == "file.special: this is a device, not a file");
  CHECK(error_of(s.dir) == "file.special: this is a folder, not a file");
  CHECK(error_of(s.dir / "khong-co.md") == "file.missing: this file does not exist");
  s.file("lon.csv", std::string((3u << 20) - 5, 'x'));
  CHECK(error_of(s.dir / "lon.csv", 1u << 20) == "file.too-large: this file is 3 MB; files over 1 MB are not read");
  CHECK(error_of(s.dir / "lon.csv", 3u << 20).size() == 6 + (3u << 20) - 5);
  CHECK_FALSE(read_file(s.dir / "ong.md"));
  CHECK_FALSE(read_file("/dev/zero"));
}

TEST_CASE("wt::check_path resolves links and refuses what leaves the root", "[core][files]") {
  Scratch s;
  s.file("site/content/a.md", "a");
  s.file("ngoai/b.md", "b");
  const fs::path site = s.dir / "site";
  fs::create_symlink("/etc/passwd", site / "content/pw.md");
  fs::create_symlink("a.md", site / "content/alias.md");
  fs::create_symlink(s.dir / "ngoai", site / "content/ngoai");
  fs::create_symlink("vong2", site / "content/vong1");
  fs::create_symlink("vong1", site / "content/vong2");
  fs::create_symlink("khong-co.md", site / "content/gay.md");
  fs::create_symlink("content", site / "noi-dung");
  CHECK(check_of(site / "content/a.md", site) == "file " + (site / "content/a.md").string());
  CHECK(check_of(site / "content/alias.md", site) == "file " + (site / "content/a.md").string());
  CHECK(check_of(site / "noi-dung", site) == "folder " + (site / "content").string());
  CHECK(check_of(site / "content/pw.md", site) ==
        "file.outside-site: this is a link to '/etc/passwd', outside the site folder; copy what it points to into the "
        "site instead");
  CHECK(check_of(site / "content/ngoai/b.md", site) ==
        "file.outside-site: this leads through a link to '" + (s.dir / "ngoai/b.md").string() +
            "', outside the site folder; copy what it points to into the site instead");
  CHECK(check_of(site / "content/vong1", site) == "file.link-loop: this link is part of a loop of symbolic links");
  CHECK(check_of(site / "content/gay.md", site) ==
        "file.broken-link: this link points to 'khong-co.md', which does not exist");
  FileError e;
  CHECK(read_file_inside(site / "noi-dung/a.md", real_root(site), &e) == std::optional<std::string>("a"));
  CHECK_FALSE(read_file_inside(site / "content/pw.md", real_root(site), &e));
  CHECK(e.code == "file.outside-site");
  CHECK(is_inside(site / "content", site));
  CHECK(is_inside(site, site));
  CHECK_FALSE(is_inside(s.dir / "site2", site));  // a common prefix is not inside
}

TEST_CASE("wt::FolderWalker lists in name order, follows links inside and reports the rest", "[core][files]") {
  Scratch s;
  const fs::path site = s.dir / "site";
  s.file("site/data/b.yaml", "b");
  s.file("site/data/a/c.yaml", "c");
  s.file("site/data/.git/x", "x");
  s.file("site/chung/d.yaml", "d");
  fs::create_symlink("../chung", site / "data/chung");
  fs::create_symlink("..", site / "data/a/len");
  fs::create_symlink("/etc/passwd", site / "data/pw.yaml");
  REQUIRE(::mkfifo((site / "data/ong.yaml").c_str(), 0644) == 0);
  DiagnosticSink sink;
  FolderWalker walk(site, sink);
  auto top = walk.top(site / "data", "data");
  REQUIRE(top);
  std::string rels;
  for (const auto& f : walk.files(*top, skip_dot_names)) rels += f.rel + " ";
  CHECK(rels == "a/c.yaml b.yaml chung/d.yaml ");
  std::ostringstream out;
  sink.print(out);
  CHECK(out.str() == "data/a/len: error: this link leads back to '" + (site / "data").string() +
                         "', a folder it is inside (a loop)\n"
                         "data/ong.yaml: error: this is a named pipe (FIFO), not a file\n"
                         "data/pw.yaml: error: this is a link to '/etc/passwd', outside the site folder; copy what it "
                         "points to into the site instead\n");
  DiagnosticSink quiet;
  FolderWalker other(site, quiet);
  CHECK_FALSE(other.top(site / "khong-co", "khong-co"));  // missing: the caller decides
  CHECK(quiet.sorted().empty());
}

TEST_CASE("wt::write_file_replacing replaces regular files and writes devices, pipes and '-' in place",
          "[core][files]") {
  Scratch s;
  std::string error;
  // A regular file: replaced in one rename, its mode kept, nothing left beside it.
  s.file("bao-cao.json", "old");
  fs::permissions(s.dir / "bao-cao.json", fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  REQUIRE(write_file_replacing(s.dir / "bao-cao.json", "new", &error));
  CHECK(*read_file(s.dir / "bao-cao.json") == "new");
  CHECK((fs::status(s.dir / "bao-cao.json").permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
  // A link: what it points to is written, the link stays.
  fs::create_symlink("bao-cao.json", s.dir / "moi-nhat.json");
  REQUIRE(write_file_replacing(s.dir / "moi-nhat.json", "newer", &error));
  CHECK(fs::is_symlink(s.dir / "moi-nhat.json"));
  CHECK(*read_file(s.dir / "bao-cao.json") == "newer");
  // A named pipe: written to (a reader is waiting), never replaced.
  REQUIRE(::mkfifo((s.dir / "ong").c_str(), 0644) == 0);
  std::string received;
  std::thread reader([&] {
    std::ifstream in(s.dir / "ong", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    received = ss.str();
  });
  REQUIRE(write_file_replacing(s.dir / "ong", "qua ong", &error));
  reader.join();
  CHECK(received == "qua ong");
  CHECK(fs::is_fifo(s.dir / "ong"));
  // A character device (a null device of our own, so /dev/null is never at stake).
  if (::geteuid() == 0) {
    REQUIRE(::mknod((s.dir / "null").c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0);
    REQUIRE(write_file_replacing(s.dir / "null", "mất", &error));
    CHECK(fs::is_character_file(s.dir / "null"));
  }
  // "-": the standard output.
  fflush(stdout);
  int saved = ::dup(1);
  int capture = ::open((s.dir / "stdout").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  ::dup2(capture, 1);
  bool ok = write_file_replacing("-", "ra màn hình\n", &error);
  ::dup2(saved, 1);
  ::close(saved);
  ::close(capture);
  CHECK(ok);
  CHECK(*read_file(s.dir / "stdout") == "ra màn hình\n");
  CHECK_FALSE(fs::exists(s.dir / "-"));
  // A folder is not a report.
  CHECK_FALSE(write_file_replacing(s.dir, "x", &error));
  CHECK(error == "cannot write " + s.dir.string() + ": it is a folder");
  CHECK_FALSE(write_file_replacing(s.dir / "khong-co/x.json", "x", &error));
  CHECK(error == "cannot write " + (s.dir / "khong-co/x.json").string() + ": No such file or directory");
  std::set<std::string> names;
  for (const auto& e : fs::directory_iterator(s.dir)) names.insert(e.path().filename().string());
  for (const auto& n : names) CHECK(n.find(".tmp-") == std::string::npos);
}
