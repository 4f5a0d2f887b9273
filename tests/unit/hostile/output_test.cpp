// Hostile conditions for the output: builds killed between steps, leftovers
// piling up, two builds at once, output folders that must not be replaced
// (unlistable, the site itself, above it, inside static/ ...), and reports
// written to devices, pipes or the standard output. The real binary, with
// the exact messages and exit statuses.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <thread>

#include "core/file_io.hpp"
#include "output/output_writer.hpp"
#include "support/child_process.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

struct Run {
  int status;
  std::string output;
};

Run shell(const std::string& cmd) {
  FILE* p = popen(("timeout -s KILL 20 " + cmd).c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  int st = pclose(p);
  return {WIFEXITED(st) ? WEXITSTATUS(st) : -1, out};
}

std::string bin() { return std::string(WT_BINARY); }

// A scratch folder (mkdtemp) holding a copy of the fixture site 'basic' in site/.
struct Scratch {
  fs::path dir, site, out;
  Scratch() {
    std::string tmpl = (fs::temp_directory_path() / "wt-hostile-out-XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    dir = fs::canonical(tmpl);
    site = dir / "site";
    out = dir / "out";
    fs::copy(fs::path(WT_TEST_FIXTURES) / "sites" / "basic", site, fs::copy_options::recursive);
  }
  ~Scratch() {
    std::error_code ec;
    fs::permissions(out, fs::perms::owner_all, ec);
    fs::remove_all(dir, ec);
  }
  Run build(const std::string& out_dir) const { return shell(bin() + " build -q " + site.string() + " -o " + out_dir + " 2>&1"); }
  Run build() const { return build(out.string()); }
  void break_site() const {
    std::ofstream(site / "content/tin-tuc/hong.md") << "---\ntitle: Hỏng\ndate: 31/02/2025\n---\n";
  }
};

// The files a server publishes from `dir`: the build's own cache in
// .webtruong/ (never served; it records the site's file times) is left out.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    const std::string rel = fs::relative(e.path(), dir).string();
    if (e.is_regular_file() && rel.rfind(".webtruong/", 0) != 0) out[rel] = *read_file(e.path());
  }
  return out;
}

// The files that differ between two snapshots, one per line ("" when none): what a failure shows.
std::string differences(const std::map<std::string, std::string>& a, const std::map<std::string, std::string>& b) {
  std::string out;
  for (const auto& [k, v] : a)
    if (!b.count(k)) out += "only before the build: " + k + "\n";
    else if (b.at(k) != v) out += "changed: " + k + "\n";
  for (const auto& [k, v] : b)
    if (!a.count(k)) out += "only after the build: " + k + "\n";
  return out;
}

std::set<std::string> names(const fs::path& dir) {
  std::set<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.insert(e.path().filename().string());
  return out;
}

const std::string kBadDate =
    "content/tin-tuc/hong.md:3:7: error: 'date' is not a valid date: \"31/02/2025\" "
    "(expected a day of the calendar written 05/09/2025 or 2025-09-05, with a time if needed: 05/09/2025 07:30, 2025-09-05T07:30:00+07:00)\n";
const std::string kLeftAsItWas = "webtruong: build failed with 1 error; the previous output was left as it was\n";

// What a build of the site killed after `step` leaves: a child process runs
// the writer with the site's files as its new output and dies by SIGKILL.
void kill_build_after(const Scratch& s, const std::string& step, bool refuse_exchange) {
  int status = test::in_child([&] {
    DiagnosticSink sink;
    output::DiskWriterOptions o;
    o.site_dir = s.site;
    o.after_step = [&](const char* at) {
      if (step == at) ::raise(SIGKILL);
    };
    if (refuse_exchange) o.exchange = [](const fs::path&, const fs::path&) { return EINVAL; };
    output::DiskWriter w(s.out, sink, o);
    if (!w.begin()) ::_exit(2);
    w.write("index.html", "a build that never finished");
    w.commit();
    ::_exit(3);
  });
  REQUIRE(WIFSIGNALED(status));
  REQUIRE(WTERMSIG(status) == SIGKILL);
}

}  // namespace

TEST_CASE("hostile output: a build killed between steps leaves the output whole, and the next build cleans up",
          "[hostile][output]") {
  for (bool two_renames : {false, true}) {
    for (const char* step : {"written", "exchanged", "old-moved", "new-moved"}) {
      if (!two_renames && (std::string(step) == "old-moved" || std::string(step) == "new-moved")) continue;
      if (two_renames && std::string(step) == "exchanged") continue;
      INFO("killed after " << step << (two_renames ? " (two renames)" : ""));
      Scratch s;
      REQUIRE(s.build().status == 0);
      auto before = snapshot(s.out);
      kill_build_after(s, step, two_renames);
      const bool swapped = std::string(step) == "exchanged" || std::string(step) == "new-moved";
      const bool gone = std::string(step) == "old-moved";  // between the two renames
      CHECK(fs::exists(s.out) == !gone);
      if (!gone && !swapped) CHECK(snapshot(s.out) == before);
      CHECK(names(s.dir).size() > 2);  // its leftovers
      // A failed build next: the previous output is whole again, the leftovers gone.
      s.break_site();
      auto r = s.build();
      CHECK(r.status == 1);
      if (gone) {
        CHECK(r.output.rfind(s.out.string() + ": note: the previous output was put back from '.out.old-", 0) == 0);
        CHECK(r.output.find("', where a build that was stopped had left it\n" + kBadDate + kLeftAsItWas) !=
              std::string::npos);
        CHECK(snapshot(s.out) == before);
      } else {
        CHECK(r.output == kBadDate + kLeftAsItWas);
      }
      CHECK(names(s.dir) == std::set<std::string>{"out", "site"});
      // And a good build publishes.
      fs::remove(s.site / "content/tin-tuc/hong.md");
      REQUIRE(s.build().status == 0);
      CHECK(differences(before, snapshot(s.out)) == "");
      CHECK(names(s.dir) == std::set<std::string>{"out", "site"});
    }
  }
}

TEST_CASE("hostile output: leftovers of many killed builds are removed, folders not ours are kept",
          "[hostile][output]") {
  Scratch s;
  REQUIRE(s.build().status == 0);
  auto before = snapshot(s.out);
  for (const char* name : {".out.tmp-101", ".out.tmp-102", ".out.old-103", ".out.old-104"}) {
    fs::create_directories(s.dir / name / "tin-tuc");
    std::ofstream(s.dir / name / output::DiskWriter::kMarker) << "x";
    std::ofstream(s.dir / name / "tin-tuc/index.html") << "half";
  }
  fs::create_directories(s.dir / ".out.tmp-9");  // no marker: someone else's
  std::ofstream(s.dir / ".out.lock") << "103\n";  // the lock file of a dead build
  auto r = s.build();
  CHECK(r.status == 0);
  CHECK(r.output.empty());
  CHECK(names(s.dir) == std::set<std::string>{".out.tmp-9", "out", "site"});
  CHECK(snapshot(s.out) == before);
}

TEST_CASE("hostile output: a second build into the same folder fails at once, naming the first", "[hostile][output]") {
  Scratch s;
  REQUIRE(s.build().status == 0);
  auto before = snapshot(s.out);
  const std::string pid = std::to_string(::getpid());
  int fd = ::open((s.dir / ".out.lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  REQUIRE(fd >= 0);
  REQUIRE(::flock(fd, LOCK_EX | LOCK_NB) == 0);
  REQUIRE(::write(fd, (pid + "\n").data(), pid.size() + 1) == static_cast<ssize_t>(pid.size() + 1));
  auto r = s.build();
  CHECK(r.status == 1);
  CHECK(r.output == s.out.string() + ": error: another build (process " + pid +
                        ") is writing to this folder; wait for it to end, then build again\n" + kLeftAsItWas);
  CHECK(snapshot(s.out) == before);
  CHECK(*read_file(s.dir / ".out.lock") == pid + "\n");  // the running build's lock is not touched
  ::close(fd);
  r = s.build();
  CHECK(r.status == 0);
  CHECK(names(s.dir) == std::set<std::string>{"out", "site"});
}

TEST_CASE("hostile output: an output folder that cannot be listed is refused and left as it was",
          "[hostile][output]") {
  Scratch s;
  REQUIRE(s.build().status == 0);
  fs::permissions(s.out, fs::perms::owner_write | fs::perms::owner_exec);  // 0300
  std::string output;
  int status = test::run_without_folder_override(bin() + " build -q " + s.site.string() + " -o " + s.out.string(),
                                                 &output);
  fs::permissions(s.out, fs::perms::owner_all);
  CHECK(status == 1);
  CHECK(output == s.out.string() +
                      ": error: the output folder cannot be listed (Permission denied), so what it holds is unknown; "
                      "it was left as it was\n" +
                      kLeftAsItWas);
  CHECK(fs::exists(s.out / "index.html"));
  CHECK(names(s.dir) == std::set<std::string>{"out", "site"});
}

TEST_CASE("hostile output: the site folder, a folder above it and folders the build reads are refused",
          "[hostile][output]") {
  Scratch s;
  const std::string use = "use " + (s.site / "public").string() + " (the default)";
  auto refused = [&](const fs::path& out, const std::string& why) {
    INFO(out.string());
    auto r = s.build(out.string());
    CHECK(r.status == 1);
    CHECK(r.output == out.string() + ": error: " + why + "\n" + kLeftAsItWas);
  };
  refused(s.site, "the output folder cannot be the site folder itself: every build replaces it; " + use);
  refused(s.dir, "the output folder holds the site folder '" + s.site.string() + "': every build replaces it; " + use);
  for (const char* d : {"content", "data", "static", "layouts", "partials"})
    refused(s.site / d / "public", std::string("the output folder is inside ") + d +
                                       "/ of the site, which the build reads; " + use + " or a folder outside " + d +
                                       "/");
  CHECK_FALSE(fs::exists(s.site / "static/public"));
  // The default DIR/public is allowed, and does not nest on the next build.
  for (int i = 0; i < 2; ++i) {
    auto r = shell(bin() + " build -q " + s.site.string() + " 2>&1");
    INFO(r.output);
    CHECK(r.status == 0);
  }
  CHECK(fs::exists(s.site / "public/index.html"));
  CHECK_FALSE(fs::exists(s.site / "public/public"));
}

TEST_CASE("hostile output: reports go into devices, pipes and the standard output, never over them",
          "[hostile][output]") {
  Scratch s;
  const std::string csv = (fs::path(WT_TEST_FIXTURES) / "import" / "fees-2025-2026.csv").string();
  const std::string expected_yaml = *read_file(fs::path(WT_TEST_FIXTURES) / "import" / "expected" / "fees-csv.yaml");
  // import -o PIPE: written through the pipe (a reader waits), never renamed over.
  fs::path pipe = s.dir / "ong";
  REQUIRE(::mkfifo(pipe.c_str(), 0644) == 0);
  std::string piped;
  std::thread reader([&] {
    std::ifstream in(pipe, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    piped = ss.str();
  });
  auto r = shell(bin() + " import fees " + csv + " -o " + pipe.string() + " 2>&1");
  reader.join();
  CHECK(r.status == 0);
  CHECK(piped == expected_yaml);
  CHECK(fs::is_fifo(pipe));
  // import -o -: the standard output.
  r = shell(bin() + " import fees " + csv + " -o - 2>/dev/null");
  CHECK(r.status == 0);
  CHECK(r.output == expected_yaml);
  CHECK_FALSE(fs::exists(fs::current_path() / "-"));
  // audit --json - : the standard output (the site cannot be reached; the report is written all the same).
  r = shell(bin() + " audit http://127.0.0.1:1/ --delay 0 --budget 1 -q --json - 2>/dev/null");
  CHECK(r.status == 1);
  CHECK(r.output.rfind("{\n  \"sites\": [", 0) == 0);
  // A device (made here, so /dev/null is never at stake): as root, renaming
  // over it used to replace the device with an ordinary file.
  if (::geteuid() != 0) return;
  fs::path device = s.dir / "null";
  REQUIRE(::mknod(device.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0);
  r = shell(bin() + " audit http://127.0.0.1:1/ --delay 0 --budget 1 -q --json " + device.string() + " --csv " +
            device.string() + " --html " + device.string() + " 2>&1");
  CHECK(r.status == 1);
  CHECK(fs::is_character_file(device));
  r = shell(bin() + " import fees " + csv + " -o " + device.string() + " 2>&1");
  CHECK(r.status == 0);
  CHECK(fs::is_character_file(device));
  CHECK(names(s.dir) == std::set<std::string>{"null", "ong", "site"});
}
