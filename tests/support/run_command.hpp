// A shell command run to its end, for tests that run the webtruong binary as
// a user does: its exit status and everything it printed (standard output
// and error together, in the order written).
//
//   auto r = wt::test::run_command(std::string(WT_BINARY) + " build site -o out");
//   CHECK(r.status == 1);  CHECK(r.output == "...");
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace wt::test {

struct CommandResult {
  int status = -1;     ///< the exit status; -1 when it did not exit
  std::string output;  ///< standard output and error together
};

inline CommandResult run_command(const std::string& command) {
  CommandResult r;
  FILE* p = popen((command + " 2>&1").c_str(), "r");
  if (p == nullptr) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.output.append(buf.data(), n);
  const int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

}  // namespace wt::test
