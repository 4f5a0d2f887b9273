// `webtruong serve` as a user runs it: the real binary on a free port of
// 127.0.0.1, stopped by SIGTERM (exit 0); its usage errors (exit 2) and a
// missing folder (exit 1). Every wait is bounded.
#include <catch2/catch.hpp>

#include <httplib.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <regex>

#include "support/temp_site.hpp"

namespace fs = std::filesystem;
extern char** environ;

namespace {

struct RunResult {
  int status;
  std::string output;
};

RunResult run(const std::string& args) {
  const std::string cmd = std::string(WT_BINARY) + " " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  const int st = pclose(p);
  return {WIFEXITED(st) ? WEXITSTATUS(st) : -1, out};
}

// Reads from `fd` until a line ends or ten seconds pass.
std::string read_line(int fd) {
  std::string line;
  const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (std::chrono::steady_clock::now() < end) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 100) <= 0) continue;
    char c;
    if (read(fd, &c, 1) != 1) break;
    if (c == '\n') break;
    line += c;
  }
  return line;
}

}  // namespace

TEST_CASE("serve: usage errors exit 2, a missing folder 1", "[serve]") {
  auto r = run("serve --port 70000");
  CHECK(r.status == 2);
  CHECK(r.output.rfind("webtruong serve: ", 0) == 0);
  r = run("serve a b");
  CHECK(r.status == 2);
  CHECK(r.output.rfind("webtruong serve: only one site folder can be served at a time\n", 0) == 0);
  r = run("serve --bnid 0.0.0.0");
  CHECK(r.status == 2);
  r = run("serve --help");
  CHECK(r.status == 0);
  CHECK(r.output.find("It listens on 127.0.0.1 only (this computer) unless --bind names another address") !=
        std::string::npos);
  r = run("serve /nonexistent/wt-serve-site --port 0");
  CHECK(r.status == 1);
  CHECK(r.output == "webtruong serve: cannot serve '/nonexistent/wt-serve-site': there is no such folder\n");
}

TEST_CASE("serve: the binary serves a site on 127.0.0.1 and stops on SIGTERM", "[serve]") {
  const fs::path dir = wt::test::make_temp_dir("wt-serve-cli");
  fs::copy(fs::path(WT_SOURCE_DIR) / "tests/fixtures/sites/basic", dir / "site", fs::copy_options::recursive);
  int out[2];
  REQUIRE(pipe(out) == 0);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  const std::string site = (dir / "site").string();
  const char* argv[] = {WT_BINARY, "serve", site.c_str(), "--port", "0", "-j", "2", nullptr};
  pid_t pid = 0;
  REQUIRE(posix_spawn(&pid, WT_BINARY, &actions, nullptr, const_cast<char**>(argv), environ) == 0);
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);

  const std::string line = read_line(out[0]);
  std::smatch m;
  const bool started = std::regex_match(line, m, std::regex(R"(webtruong serve: http://127\.0\.0\.1:(\d+)/ \(Ctrl\+C to stop\))"));
  CHECK(started);
  if (started) {
    httplib::Client cli("127.0.0.1", std::stoi(m[1]));
    cli.set_read_timeout(10, 0);
    auto home = cli.Get("/");
    REQUIRE(home);
    CHECK(home->status == 200);
    CHECK(home->body.find("/_webtruong/reload.js") != std::string::npos);
  }
  kill(pid, SIGTERM);
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  close(out[0]);
  CHECK_FALSE(fs::exists(dir / "site/public"));
  fs::remove_all(dir);
}
