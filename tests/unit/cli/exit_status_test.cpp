// Exit statuses are 0, 1 and 2 only: a bug (an exception nobody caught, even
// in a worker thread) is status 1 with "internal error", never 3 or an abort.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "cli/cli.hpp"
#include "core/file_io.hpp"
#include "support/child_process.hpp"

namespace fs = std::filesystem;

TEST_CASE("cli::guard_internal_errors turns an escaped exception into status 1", "[cli]") {
  std::ostringstream err;
  CHECK(wt::cli::guard_internal_errors([] { return 2; }, err) == 2);
  CHECK(err.str().empty());
  CHECK(wt::cli::guard_internal_errors([]() -> int { throw std::runtime_error("filesystem error: loop"); }, err) ==
        1);
  CHECK(err.str() == "webtruong: internal error: filesystem error: loop\n");
  err.str("");
  CHECK(wt::cli::guard_internal_errors([]() -> int { throw 42; }, err) == 1);
  CHECK(err.str() == "webtruong: internal error\n");
}

TEST_CASE("cli::exit_1_on_terminate: an exception escaping a thread exits 1, not by abort", "[cli]") {
  std::string tmpl = (fs::temp_directory_path() / "wt-terminate-XXXXXX").string();
  int fd = ::mkstemp(tmpl.data());
  REQUIRE(fd >= 0);
  int status = wt::test::in_child([&] {
    ::dup2(fd, 2);
    wt::cli::exit_1_on_terminate();
    std::thread([] { throw std::runtime_error("lost in a worker"); }).join();
  });
  ::close(fd);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 1);
  CHECK(*wt::read_file(tmpl) == "webtruong: internal error: lost in a worker\n");
  fs::remove(tmpl);
}
