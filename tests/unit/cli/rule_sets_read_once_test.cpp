// Each rule set and rubric is read once per run (issue 11): `build`, `check`
// and `audit` load them through regulations::load_for, and nothing reads one
// again (the build's disclosure checklist used to re-read tt09-2024). The
// real binary runs with WEBTRUONG_SCHEMAS pointing at a copy of schemas/
// watched by inotify, which counts every open of every file in rules/ and
// rubrics/.
#include <catch2/catch.hpp>

#include <sys/inotify.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>

#include "support/temp_site.hpp"

namespace fs = std::filesystem;

namespace {

/// Counts the opens of the files of `dirs` (inotify), by "folder/name".
class OpenCounter {
 public:
  explicit OpenCounter(const std::vector<fs::path>& dirs) : fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
    REQUIRE(fd_ >= 0);
    for (const auto& d : dirs) {
      // Closes too: inotify merges an event with the one before it when they
      // are the same, so two opens in a row would count once.
      const int wd = inotify_add_watch(fd_, d.c_str(), IN_OPEN | IN_CLOSE);
      REQUIRE(wd >= 0);
      folders_[wd] = d.filename().string();
    }
  }
  ~OpenCounter() { close(fd_); }

  /// "rules/tt09-2024.yaml x1, ..." for the opens since the last take().
  std::string take() {
    std::string text;
    for (const auto& [file, n] : counts()) text += (text.empty() ? "" : ", ") + file + " x" + std::to_string(n);
    return text;
  }

 private:
  std::map<std::string, int> counts() {
    std::map<std::string, int> out;
    alignas(inotify_event) std::array<char, 1 << 16> buf;
    for (;;) {
      const ssize_t n = read(fd_, buf.data(), buf.size());
      if (n <= 0) break;
      for (ssize_t i = 0; i < n;) {
        const auto* e = reinterpret_cast<const inotify_event*>(buf.data() + i);
        if (e->len > 0 && (e->mask & IN_OPEN) && !(e->mask & IN_ISDIR)) ++out[folders_[e->wd] + "/" + e->name];
        i += static_cast<ssize_t>(sizeof(inotify_event) + e->len);
      }
    }
    return out;
  }

  int fd_;
  std::map<int, std::string> folders_;
};

/// The exit status of `command` (its output dropped).
int run(const std::string& command) {
  const int st = std::system((command + " >/dev/null 2>&1").c_str());
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

struct Schemas {
  fs::path root = wt::test::make_temp_dir("wt-schemas-once");
  Schemas() { fs::copy(fs::path(WT_SOURCE_DIR) / "schemas", root, fs::copy_options::recursive); }
  ~Schemas() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
  std::string env() const { return "WEBTRUONG_SCHEMAS='" + root.string() + "' "; }
};

// tt53-2012: the rubric's own rule set.
const std::string kEachOnce =
    "rubrics/vinh-phuc-2016-2017.yaml x1, rules/tt09-2024.yaml x1, rules/tt37-2020.yaml x1, rules/tt53-2012.yaml x1";

}  // namespace

TEST_CASE("cli: build, check and audit read each rule set and the rubric once", "[cli][regulations]") {
  Schemas schemas;
  OpenCounter opens({schemas.root / "rules", schemas.root / "rubrics"});
  const fs::path out = wt::test::make_temp_dir("wt-schemas-once-out");
  const std::string site = (fs::path(WT_TEST_FIXTURES) / "sites" / "basic").string();  // a thcs
  const std::string bin = std::string(WT_BINARY);

  CHECK(run(schemas.env() + bin + " build '" + site + "' -q -o '" + out.string() + "'") == 0);
  CHECK(opens.take() == kEachOnce);

  CHECK(run(schemas.env() + bin + " check '" + site + "'") == 1);  // requirements missing
  CHECK(opens.take() == kEachOnce);

  // The audit loads its regulations before it asks for sites: without one,
  // it stops there (bad usage), with no network involved.
  CHECK(run(schemas.env() + bin + " audit --type thcs") == 2);
  CHECK(opens.take() == kEachOnce);

  // The counter sees a second read.
  CHECK(run("cat '" + (schemas.root / "rules" / "tt09-2024.yaml").string() + "' '" +
            (schemas.root / "rules" / "tt09-2024.yaml").string() + "'") == 0);
  CHECK(opens.take() == "rules/tt09-2024.yaml x2");

  std::error_code ec;
  fs::remove_all(out, ec);
}
