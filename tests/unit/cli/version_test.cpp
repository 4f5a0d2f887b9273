// `webtruong --version`: the version, then the build id that caches key on
// (version/build_info.hpp) and the git commit it was built from.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

#include "version/build_info.hpp"

namespace {

std::string run(const std::string& args, int* status) {
  FILE* p = popen((std::string(WT_BINARY) + " " + args + " 2>&1").c_str(), "r");
  REQUIRE(p != nullptr);
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  int st = pclose(p);
  *status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return out;
}

bool is_hex(const std::string& s, size_t n) {
  return s.size() == n && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

}  // namespace

TEST_CASE("cli: --version prints the version, the build id and the commit", "[cli][version]") {
  const auto& b = wt::version::build_info();
  CHECK(b.version == "0.1.0");
  CHECK(is_hex(b.id, 16));
  // From a git checkout: the commit (12 hex digits, or a tag's describe
  // ending in -g and them), then "-dirty" when tracked files differ from it.
  std::string commit = b.git;
  if (commit.size() > 6 && commit.compare(commit.size() - 6, 6, "-dirty") == 0) commit.resize(commit.size() - 6);
  if (commit.size() > 14 && commit.compare(commit.size() - 14, 2, "-g") == 0) commit = commit.substr(commit.size() - 12);
  if (!b.git.empty()) CHECK(is_hex(commit, 12));
  int status = -1;
  const std::string expected =
      "webtruong 0.1.0\nbuild " + b.id + (b.git.empty() ? " (not from git)\n" : " (git " + b.git + ")\n");
  CHECK(run("--version", &status) == expected);
  CHECK(status == 0);
  CHECK(run("version", &status) == expected);
  CHECK(status == 0);
  CHECK(run("version now", &status) == "webtruong version: takes no arguments\n");
  CHECK(status == 2);
}
