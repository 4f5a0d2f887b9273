// DiskWriter keeps the output whatever happens: one exchange (or two
// renames where the file system refuses it), a lock beside the folder,
// leftovers of killed builds removed, folders it must not replace refused.
// Builds are killed for real (SIGKILL in a forked child, at a named step).
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/file_io.hpp"
#include "output/output_location.hpp"
#include "output/output_writer.hpp"
#include "support/child_process.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

struct Scratch {
  fs::path dir;
  Scratch() {
    std::string tmpl = (fs::temp_directory_path() / "wt-never-lost-XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    dir = fs::canonical(tmpl);
  }
  ~Scratch() {
    std::error_code ec;
    fs::permissions(dir / "public", fs::perms::owner_all, ec);
    fs::remove_all(dir, ec);
  }
};

std::set<std::string> names(const fs::path& dir) {
  std::set<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.insert(e.path().filename().string());
  return out;
}

std::string messages(const DiagnosticSink& sink) {
  std::ostringstream out;
  sink.print(out);
  return out.str();
}

// One whole build into `out` of a site whose index.html is `text`.
bool publish(const fs::path& out, const std::string& text, DiagnosticSink& sink, output::DiskWriterOptions o = {}) {
  output::DiskWriter w(out, sink, std::move(o));
  if (!w.begin()) return false;
  w.write("index.html", text);
  w.write("tin-tuc/a/index.html", "a " + text);
  return w.commit();
}

// A folder a killed build leaves: the marker and part of a site.
void leftover(const fs::path& dir, const std::string& text) {
  fs::create_directories(dir);
  std::ofstream(dir / output::DiskWriter::kMarker) << "x";
  std::ofstream(dir / "index.html") << text;
}

// Holds the lock of `out` as a running build does: flock and its pid.
struct HeldLock {
  int fd;
  explicit HeldLock(const fs::path& lock_file, const std::string& pid) {
    fd = ::open(lock_file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    REQUIRE(fd >= 0);
    REQUIRE(::flock(fd, LOCK_EX | LOCK_NB) == 0);
    REQUIRE(::write(fd, pid.data(), pid.size()) == static_cast<ssize_t>(pid.size()));
  }
  ~HeldLock() { ::close(fd); }
};

// Runs a build of "v2" in a child that kills itself after `step`.
int killed_build(const fs::path& out, const std::string& step, bool refuse_exchange) {
  return test::in_child([&] {
    DiagnosticSink sink;
    output::DiskWriterOptions o;
    o.after_step = [&](const char* s) {
      if (step == s) ::raise(SIGKILL);
    };
    if (refuse_exchange) o.exchange = [](const fs::path&, const fs::path&) { return EINVAL; };
    publish(out, "v2", sink, o);
    ::_exit(3);  // not killed: the step never came
  });
}

}  // namespace

TEST_CASE("output::DiskWriter replaces the output in one exchange and leaves nothing beside it", "[output]") {
  Scratch s;
  fs::path out = s.dir / "public";
  DiagnosticSink sink;
  REQUIRE(publish(out, "v1", sink));
  int exchanges = 0;
  output::DiskWriterOptions o;
  o.exchange = [&](const fs::path& a, const fs::path& b) {
    ++exchanges;
    return ::renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) == 0 ? 0 : errno;
  };
  REQUIRE(publish(out, "v2", sink, o));
  CHECK(exchanges == 1);
  CHECK(*read_file(out / "index.html") == "v2");
  CHECK(names(s.dir) == std::set<std::string>{"public"});  // no temporary, old or lock file
  CHECK(messages(sink).empty());
}

TEST_CASE("output::DiskWriter falls back to two renames, with a note, where the exchange is refused", "[output]") {
  for (int refusal : {EINVAL, ENOSYS}) {
    Scratch s;
    fs::path out = s.dir / "public";
    DiagnosticSink sink;
    REQUIRE(publish(out, "v1", sink));
    output::DiskWriterOptions o;
    o.exchange = [&](const fs::path&, const fs::path&) { return refusal; };
    REQUIRE(publish(out, "v2", sink, o));
    CHECK(*read_file(out / "index.html") == "v2");
    CHECK(names(s.dir) == std::set<std::string>{"public"});
    CHECK(messages(sink) == out.string() +
                                ": note: the file system here cannot swap two folders in one step (renameat2: " +
                                std::strerror(refusal) +
                                "); the previous output was replaced with two renames, and would be put back by the "
                                "next build if this one were stopped between them\n");
  }
}

TEST_CASE("output::DiskWriter keeps the previous output when the exchange fails otherwise", "[output]") {
  Scratch s;
  fs::path out = s.dir / "public";
  DiagnosticSink sink;
  REQUIRE(publish(out, "v1", sink));
  output::DiskWriterOptions o;
  o.exchange = [](const fs::path&, const fs::path&) { return EIO; };
  output::DiskWriter w(out, sink, o);
  REQUIRE(w.begin());
  w.write("index.html", "v2");
  CHECK_FALSE(w.commit());
  CHECK(w.previous_output() == output::PreviousOutput::Untouched);
  CHECK(messages(sink) == out.string() + ": error: cannot replace the previous output: Input/output error\n");
  CHECK(*read_file(out / "index.html") == "v1");
  CHECK(names(s.dir) == std::set<std::string>{"public"});
}

TEST_CASE("output::DiskWriter says where the previous output is when neither could be put in place", "[output]") {
  Scratch s;
  fs::path out = s.dir / "public";
  DiagnosticSink sink;
  REQUIRE(publish(out, "v1", sink));
  output::DiskWriterOptions o;
  o.exchange = [](const fs::path&, const fs::path&) { return EINVAL; };
  o.after_step = [&](const char* step) {
    if (std::string(step) == "old-moved") std::ofstream(out) << "in the way";  // a file now holds the name
  };
  output::DiskWriter w(out, sink, o);
  REQUIRE(w.begin());
  w.write("index.html", "v2");
  CHECK_FALSE(w.commit());
  REQUIRE(w.previous_output() == output::PreviousOutput::Moved);
  const fs::path old = s.dir / (".public.old-" + std::to_string(::getpid()));
  CHECK(w.moved_to() == old);
  CHECK(*read_file(old / "index.html") == "v1");
  CHECK(messages(sink).find(out.string() + ": error: cannot move the new site into place: Not a directory\n") !=
        std::string::npos);
}

TEST_CASE("output::DiskWriter refuses to start while another build holds the lock, naming it", "[output]") {
  Scratch s;
  fs::path out = s.dir / "public";
  DiagnosticSink first;
  REQUIRE(publish(out, "v1", first));
  {
    HeldLock lock(s.dir / ".public.lock", "4242\n");
    DiagnosticSink sink;
    output::DiskWriter w(out, sink);
    CHECK_FALSE(w.begin());
    CHECK(messages(sink) == out.string() +
                                ": error: another build (process 4242) is writing to this folder; wait for it to "
                                "end, then build again\n");
    CHECK(names(s.dir) == std::set<std::string>{".public.lock", "public"});  // the other build's lock is kept
  }
  // A lock file left by a dead build is no lock.
  std::ofstream(s.dir / ".public.lock") << "999999\n";
  DiagnosticSink sink;
  REQUIRE(publish(out, "v2", sink));
  CHECK(*read_file(out / "index.html") == "v2");
  CHECK(names(s.dir) == std::set<std::string>{"public"});
}

TEST_CASE("output::DiskWriter removes what killed builds left, and only that", "[output]") {
  Scratch s;
  fs::path out = s.dir / "public";
  DiagnosticSink sink;
  REQUIRE(publish(out, "v1", sink));
  leftover(s.dir / ".public.tmp-123", "half");
  leftover(s.dir / ".public.old-456", "old");
  leftover(s.dir / ".public.tmp-12x", "not our name");
  leftover(s.dir / ".other.tmp-1", "another output's");
  fs::create_directories(s.dir / ".public.tmp-789");  // no marker: not ours
  std::ofstream(s.dir / ".public.tmp-789/thesis.txt") << "precious";
  fs::create_directory_symlink(s.dir / ".other.tmp-1", s.dir / ".public.tmp-55");  // a link is never followed
  REQUIRE(publish(out, "v2", sink));
  CHECK(names(s.dir) ==
        std::set<std::string>{".other.tmp-1", ".public.tmp-12x", ".public.tmp-55", ".public.tmp-789", "public"});
  CHECK(*read_file(s.dir / ".other.tmp-1/index.html") == "another output's");
  CHECK(*read_file(out / "index.html") == "v2");
}

TEST_CASE("output::DiskWriter after a build killed at each step: the output is whole, the next build cleans up",
          "[output]") {
  struct Case {
    const char* step;
    bool refuse_exchange;
    const char* output_after_kill;  // "" when there is no output folder
  };
  for (const Case& c : {Case{"written", false, "v1"}, Case{"exchanged", false, "v2"}, Case{"written", true, "v1"},
                        Case{"old-moved", true, ""}, Case{"new-moved", true, "v2"}}) {
    INFO("killed after " << c.step << (c.refuse_exchange ? " (two renames)" : ""));
    Scratch s;
    fs::path out = s.dir / "public";
    DiagnosticSink sink;
    REQUIRE(publish(out, "v1", sink));
    int status = killed_build(out, c.step, c.refuse_exchange);
    REQUIRE(WIFSIGNALED(status));
    REQUIRE(WTERMSIG(status) == SIGKILL);
    if (*c.output_after_kill) {
      CHECK(*read_file(out / "index.html") == c.output_after_kill);
      CHECK(*read_file(out / "tin-tuc/a/index.html") == std::string("a ") + c.output_after_kill);
    } else {
      CHECK_FALSE(fs::exists(out));  // between the two renames: the next build puts it back
    }
    CHECK(names(s.dir).size() > 1);  // leftovers of the killed build
    // The next build is allowed (the kernel dropped the lock), cleans up and
    // publishes; when it fails, the previous output is in place all the same.
    DiagnosticSink next;
    output::DiskWriter w(out, next);
    REQUIRE(w.begin());
    w.abort();
    CHECK(names(s.dir) == std::set<std::string>{"public"});
    CHECK(*read_file(out / "index.html") == (*c.output_after_kill ? c.output_after_kill : "v1"));
    if (!*c.output_after_kill) {
      const std::string note = messages(next), suffix = "', where a build that was stopped had left it\n";
      CHECK(note.rfind(out.string() + ": note: the previous output was put back from '.public.old-", 0) == 0);
      CHECK(note.size() > suffix.size());
      CHECK(note.compare(note.size() - suffix.size(), suffix.size(), suffix) == 0);
    }
    REQUIRE(publish(out, "v3", next));
    CHECK(*read_file(out / "index.html") == "v3");
    CHECK(names(s.dir) == std::set<std::string>{"public"});
  }
}

TEST_CASE("output::DiskWriter refuses an output folder it cannot list, and leaves it", "[output]") {
  Scratch s;
  fs::path out = s.dir / "public";
  DiagnosticSink first;
  REQUIRE(publish(out, "v1", first));
  fs::permissions(out, fs::perms::owner_write | fs::perms::owner_exec);  // 0300: no listing
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  int status = test::in_child([&] {
    ::close(fds[0]);
    if (!test::drop_folder_override()) ::_exit(2);
    DiagnosticSink sink;
    output::DiskWriter w(out, sink);
    bool began = w.begin();
    std::string text = messages(sink);
    (void)!::write(fds[1], text.data(), text.size());
    ::_exit(began ? 1 : 0);
  });
  ::close(fds[1]);
  std::string text;
  char buf[1024];
  ssize_t n;
  while ((n = ::read(fds[0], buf, sizeof buf)) > 0) text.append(buf, static_cast<size_t>(n));
  ::close(fds[0]);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(text == out.string() +
                    ": error: the output folder cannot be listed (Permission denied), so what it holds is unknown; it "
                    "was left as it was\n");
  fs::permissions(out, fs::perms::owner_all);
  CHECK(*read_file(out / "index.html") == "v1");
  CHECK(names(s.dir) == std::set<std::string>{"public"});
}

TEST_CASE("output::check_output_location refuses the site, above it and what the build reads", "[output]") {
  Scratch s;
  fs::path site = s.dir / "truong";
  for (const char* d : {"content", "data", "static", "layouts", "partials", "themes"}) fs::create_directories(site / d);
  auto refused = [&](const fs::path& out) {
    DiagnosticSink sink;
    bool ok = output::check_output_location(out, site, sink);
    return ok ? std::string("allowed") : messages(sink);
  };
  const std::string use = "use " + (site / "public").string() + " (the default)";
  CHECK(refused(site / "public") == "allowed");
  CHECK(refused(site / "dist") == "allowed");
  CHECK(refused(s.dir / "public") == "allowed");
  CHECK(refused(site) == site.string() + ": error: the output folder cannot be the site folder itself: every build "
                                         "replaces it; " + use + "\n");
  CHECK(refused(site / ".") == (site / ".").string() +
                                   ": error: the output folder cannot be the site folder itself: every build replaces "
                                   "it; " + use + "\n");
  CHECK(refused(s.dir) == s.dir.string() + ": error: the output folder holds the site folder '" + site.string() +
                              "': every build replaces it; " + use + "\n");
  for (const char* d : {"content", "data", "static", "layouts", "partials", "themes"}) {
    INFO(d);
    CHECK(refused(site / d / "public") == (site / d / "public").string() +
                                              ": error: the output folder is inside " + d +
                                              "/ of the site, which the build reads; " + use +
                                              " or a folder outside " + d + "/\n");
  }
  CHECK(refused(site / "static") == (site / "static").string() +
                                        ": error: the output folder is inside static/ of the site, which the build "
                                        "reads; " + use + " or a folder outside static/\n");
  // A link does not slip the output inside static/.
  fs::create_directory_symlink(site / "static", s.dir / "via-link");
  CHECK(refused(s.dir / "via-link" / "out") == (s.dir / "via-link" / "out").string() +
                                                  ": error: the output folder is inside static/ of the site, which "
                                                  "the build reads; " + use + " or a folder outside static/\n");
}

TEST_CASE("output::DiskWriter copies regular files only, without blocking on a pipe", "[output]") {
  Scratch s;
  REQUIRE(::mkfifo((s.dir / "pipe").c_str(), 0644) == 0);
  std::ofstream(s.dir / "a.txt") << "a";
  DiagnosticSink sink;
  output::DiskWriter w(s.dir / "public", sink);
  REQUIRE(w.begin());
  CHECK(w.copy(s.dir / "a.txt", "a.txt"));
  CHECK_FALSE(w.copy(s.dir / "pipe", "pipe.txt"));
  CHECK_FALSE(w.copy("/dev/zero", "zero.bin"));
  CHECK(messages(sink) == "/dev/zero: error: this is a device, not a file\n" + (s.dir / "pipe").string() +
                              ": error: this is a named pipe (FIFO), not a file\n");
  w.abort();
}
