// webtruong: the command-line entry point. Everything lives in wt::cli.
#include "cli/cli.hpp"

int main(int argc, char** argv) { return wt::cli::run(argc, argv); }
