// serve::Watcher on a real folder: the editors' ways of saving, new
// folders, names it leaves out. Each wait is bounded (a missed event fails
// the test in two seconds, it does not hang it).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <thread>

#include "serve/watcher.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt::serve;
using namespace std::chrono_literals;

namespace {

void put(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

struct Watched {
  fs::path dir = wt::test::make_temp_dir("wt-watcher");
  Watcher watcher{[this](const fs::path& p) {
    const std::string name = p.filename().string();
    return name[0] == '.' || p == dir / "public";
  }};
  Watched() {
    put(dir / "content/a.md", "a");
    fs::create_directories(dir / "public");
    std::string error;
    REQUIRE(watcher.add_tree(dir, &error));
  }
  ~Watched() { fs::remove_all(dir); }
  // Whether a batch reports `path`, waiting at most two seconds in all;
  // `seen` collects every path reported until then.
  bool sees(const fs::path& path, std::vector<fs::path>* seen = nullptr) {
    const auto end = std::chrono::steady_clock::now() + 2s;
    while (std::chrono::steady_clock::now() < end) {
      const ChangeBatch b = watcher.wait(500ms);
      if (seen) seen->insert(seen->end(), b.paths.begin(), b.paths.end());
      for (const auto& p : b.paths)
        if (p == path) return true;
    }
    return false;
  }
};

}  // namespace

TEST_CASE("serve::Watcher reports a file written in place", "[serve]") {
  Watched w;
  put(w.dir / "content/a.md", "b");
  CHECK(w.sees(w.dir / "content/a.md"));
}

TEST_CASE("serve::Watcher reports a file renamed over the old one (vim, VS Code)", "[serve]") {
  Watched w;
  put(w.dir / "content/.a.md.swp", "new");
  fs::rename(w.dir / "content/.a.md.swp", w.dir / "content/a.md");
  const ChangeBatch b = w.watcher.wait(2s);
  CHECK(std::find(b.paths.begin(), b.paths.end(), w.dir / "content/a.md") != b.paths.end());
  for (const auto& p : b.paths) CHECK(p.filename().string()[0] != '.');
}

TEST_CASE("serve::Watcher reports a file deleted and created again in one batch", "[serve]") {
  Watched w;
  fs::remove(w.dir / "content/a.md");
  put(w.dir / "content/a.md", "again");
  const ChangeBatch b = w.watcher.wait(2s);
  CHECK(b.paths == std::vector<fs::path>{w.dir / "content/a.md"});
}

TEST_CASE("serve::Watcher watches a new folder and reports it, then what is written in it", "[serve]") {
  Watched w;
  fs::create_directories(w.dir / "content/su-kien/2026");
  CHECK(w.sees(w.dir / "content/su-kien"));
  put(w.dir / "content/su-kien/2026/b.md", "b");
  CHECK(w.sees(w.dir / "content/su-kien/2026/b.md"));
}

TEST_CASE("serve::Watcher leaves out dot-names and what the caller ignores", "[serve]") {
  Watched w;
  put(w.dir / ".git/index", "x");
  put(w.dir / "public/index.html", "x");
  put(w.dir / "content/.a.md.swp", "x");
  put(w.dir / "content/a.md", "c");
  std::vector<fs::path> seen;
  CHECK(w.sees(w.dir / "content/a.md", &seen));
  CHECK(seen == std::vector<fs::path>{w.dir / "content/a.md"});
}

TEST_CASE("serve::Watcher::stop makes wait return at once", "[serve]") {
  Watched w;
  w.watcher.stop();
  const auto start = std::chrono::steady_clock::now();
  CHECK(w.watcher.wait(5s).empty());
  CHECK(std::chrono::steady_clock::now() - start < 1s);
}

TEST_CASE("serve::Watcher::pending says a save waits, without reading it", "[serve]") {
  Watched w;
  CHECK_FALSE(w.watcher.pending());
  put(w.dir / "content/a.md", "b");
  const auto end = std::chrono::steady_clock::now() + 2s;
  while (!w.watcher.pending() && std::chrono::steady_clock::now() < end) std::this_thread::sleep_for(5ms);
  CHECK(w.watcher.pending());
  CHECK(w.watcher.pending());  // asking reads nothing
  CHECK(w.sees(w.dir / "content/a.md"));
  CHECK_FALSE(w.watcher.pending());
  w.watcher.stop();
  CHECK(w.watcher.pending());  // stopped: whatever runs may give way
}
