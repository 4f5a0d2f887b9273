// The webtruong command line: a table of subcommands, each with its own
// flags and --help. Exit status: 0 success, 1 the input is at fault (with
// diagnostics on stderr), 2 bad usage.
//
//   return wt::cli::run(argc, argv);
#pragma once

namespace wt::cli {

int run(int argc, char** argv);

}  // namespace wt::cli
