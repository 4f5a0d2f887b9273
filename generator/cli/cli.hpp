// The webtruong command line: a table of subcommands, each with its own
// flags and --help. Exit status: 0 success, 1 the input is at fault (with
// diagnostics on stderr) or an internal error, 2 bad usage; nothing else.
//
//   return wt::cli::run(argc, argv);
#pragma once

#include <functional>
#include <iosfwd>

namespace wt::cli {

int run(int argc, char** argv);

/// Runs `command` and returns its status; an exception that escapes it (a
/// bug, never the user's input) is printed to `err` as
/// "webtruong: internal error: ..." and gives status 1.
int guard_internal_errors(const std::function<int()>& command, std::ostream& err);

/// Makes std::terminate (an exception escaping a worker thread, say) print
/// "webtruong: internal error: ..." and exit with status 1 instead of
/// aborting. run() installs it.
void exit_1_on_terminate();

}  // namespace wt::cli
