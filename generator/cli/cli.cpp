#include "cli/cli.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/command_build.hpp"
#include "cli/command_check.hpp"
#include "cli/command_import.hpp"
#include "cli/command_new.hpp"
#include "cli/command_nginx.hpp"
#include "cli/command_portal.hpp"
#include "cli/command_serve.hpp"
#include "core/text.hpp"
#include "plugin/plugin.hpp"
#include "version/build_info.hpp"

namespace wt::cli {
namespace {

struct Command {
  const char* name;
  const char* summary;
  int (*fn)(const std::vector<std::string>& args);
};

// "webtruong 0.1.0" then "build 1f0c2a9e4b7d3c85 (git 7d7d851f53fc-dirty)":
// the first line is what help2man and scripts read.
int command_version(const std::vector<std::string>& args) {
  if (!args.empty() && args[0] != "-h" && args[0] != "--help") {
    std::cerr << "webtruong version: takes no arguments\n";
    return 2;
  }
  const auto& b = version::build_info();
  std::cout << "webtruong " << b.version << "\nbuild " << b.id << " (" << (b.git.empty() ? "not from git" : "git " + b.git)
            << ")\n";
  return 0;
}

int command_help(const std::vector<std::string>&);
int command_plugins(const std::vector<std::string>&);

const Command kCommands[] = {
    {"build", "build the site in DIR into a folder of static files", command_build},
    {"serve", "preview the site in DIR at http://127.0.0.1:8080/, rebuilt and reloaded on every save", command_serve},
    {"check", "report every legal requirement as ok, missing, stale or not applicable", command_check},
    {"new", "create a new school site with every section its type requires", command_new},
    {"portal", "build the sites of every school in portal.yaml and the portal's own pages", command_portal},
    {"import", "turn a spreadsheet (CSV, XLSX) of a timetable, fee schedule or staff list into data files", command_import},
    {"nginx", "print the nginx configuration that serves a built site", command_nginx},
    {"plugins", "list the plugins built into this webtruong and the commands they add", command_plugins},
    {"version", "print the version and the build id", command_version},
    {"help", "list the commands", command_help},
};

/// The plugins, loaded once per run.
const std::vector<std::unique_ptr<plugin::Plugin>>& plugins() {
  static const auto list = plugin::installed_plugins();
  return list;
}

int command_help(const std::vector<std::string>&) {
  std::cout << "usage: webtruong COMMAND [options]\n\n"
               "Webtruong builds the website of a Vietnamese school from Markdown and data files.\n\n"
               "commands:\n";
  for (const auto& c : kCommands) std::printf("  %-10s %s\n", c.name, c.summary);
  for (const auto& p : plugins())
    for (const auto& c : p->commands())
      std::printf("  %-10s %s (plugin %s)\n", c.name.c_str(), c.summary.c_str(), p->name().c_str());
  std::cout << "\nRun 'webtruong COMMAND --help' for the options of a command.\n";
  return 0;
}

int command_plugins(const std::vector<std::string>& args) {
  if (!args.empty() && args[0] != "-h" && args[0] != "--help") {
    std::cerr << "webtruong plugins: takes no arguments\n";
    return 2;
  }
  for (const auto& p : plugins()) {
    std::printf("%-10s %s\n", p->name().c_str(), p->summary().c_str());
    for (const auto& c : p->commands()) std::printf("  webtruong %-10s %s\n", c.name.c_str(), c.summary.c_str());
  }
  return 0;
}

int dispatch(int argc, char** argv) {
  if (argc < 2) {
    command_help({});
    return 2;
  }
  std::string name = argv[1];
  if (name == "--help" || name == "-h") return command_help({});
  if (name == "--version") return command_version({});
  std::vector<std::string> args(argv + 2, argv + argc);
  std::vector<std::string> names;
  for (const auto& c : kCommands) {
    if (name == c.name) return c.fn(args);
    names.push_back(c.name);
  }
  for (const auto& p : plugins())
    for (const auto& c : p->commands()) {
      if (name == c.name) return c.run(args, *plugin::make_default_host());
      names.push_back(c.name);
    }
  std::string msg = "webtruong: unknown command '" + name + "'";
  std::string guess = closest_match(name, names);
  if (!guess.empty()) msg += " (did you mean '" + guess + "'?)";
  std::cerr << msg << "\nRun 'webtruong help' for the list of commands.\n";
  return 2;
}

}  // namespace

int guard_internal_errors(const std::function<int()>& command, std::ostream& err) {
  try {
    return command();
  } catch (const std::exception& e) {
    // A bug, not the user's input; still only 0, 1 and 2 are exit statuses.
    err << "webtruong: internal error: " << e.what() << "\n";
    return 1;
  } catch (...) {
    err << "webtruong: internal error\n";
    return 1;
  }
}

void exit_1_on_terminate() {
  std::set_terminate([] {
    std::string what;
    if (auto e = std::current_exception()) {
      try {
        std::rethrow_exception(e);
      } catch (const std::exception& ex) {
        what = std::string(": ") + ex.what();
      } catch (...) {
      }
    }
    std::fprintf(stderr, "webtruong: internal error%s\n", what.c_str());
    std::fflush(stderr);
    std::_Exit(1);
  });
}

int run(int argc, char** argv) {
  exit_1_on_terminate();
  return guard_internal_errors([&] { return dispatch(argc, argv); }, std::cerr);
}

}  // namespace wt::cli
