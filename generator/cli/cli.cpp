#include "cli/cli.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <iostream>
#include <mutex>
#include <string>
#include <vector>

#include "cli/command_build.hpp"
#include "cli/command_check.hpp"
#include "cli/command_cms.hpp"
#include "cli/command_import.hpp"
#include "cli/command_new.hpp"
#include "cli/command_nginx.hpp"
#include "cli/command_portal.hpp"
#include "cli/command_serve.hpp"
#include "core/message_catalog.hpp"
#include "core/message_language.hpp"
#include "core/text.hpp"
#include "plugin/plugin.hpp"
#include "version/build_info.hpp"

namespace wt::cli {
namespace {

struct Command {
  const char* name;
  const char* summary;  ///< In English; printed through the catalog (code "help").
  int (*fn)(const std::vector<std::string>& args);
};

// "webtruong 0.1.0" then "build 1f0c2a9e4b7d3c85 (git 7d7d851f53fc-dirty)":
// the first line is what help2man and scripts read.
int command_version(const std::vector<std::string>& args) {
  if (!args.empty() && args[0] != "-h" && args[0] != "--help") {
    std::cerr << "webtruong version: " << localized("cli.usage", "takes no arguments") << "\n";
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
    {"cms", "write the forms of Decap CMS for this site (admin/config.yml) from its sections and schemas", command_cms},
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

/// `english`, a line of help, in the message language (catalog code "help":
/// core/messages/help.cpp).
std::string help_text(const std::string& english) { return localized("help", english); }

// The list of commands, in the message language; the names are typed as they are.
int command_help(const std::vector<std::string>&) {
  std::cout << help_text("usage:") << " webtruong COMMAND [options]\n\n"
            << help_text("Webtruong builds the website of a Vietnamese school from Markdown and data files.")
            << "\n\n"
            << help_text("commands:") << "\n";
  for (const auto& c : kCommands) std::printf("  %-10s %s\n", c.name, help_text(c.summary).c_str());
  for (const auto& p : plugins())
    for (const auto& c : p->commands())
      std::printf("  %-10s %s %s\n", c.name.c_str(), help_text(c.summary).c_str(),
                  help_text("(plugin " + p->name() + ")").c_str());
  std::cout << "\n" << help_text("Run 'webtruong COMMAND --help' for the options of a command.") << "\n";
  return 0;
}

int command_plugins(const std::vector<std::string>& args) {
  if (!args.empty() && args[0] != "-h" && args[0] != "--help") {
    std::cerr << "webtruong plugins: " << localized("cli.usage", "takes no arguments") << "\n";
    return 2;
  }
  for (const auto& p : plugins()) {
    std::printf("%-10s %s\n", p->name().c_str(), help_text(p->summary()).c_str());
    for (const auto& c : p->commands())
      std::printf("  webtruong %-10s %s\n", c.name.c_str(), help_text(c.summary).c_str());
  }
  return 0;
}

/// Takes `--lang vi|en` (or `--lang=...`) out of `args`, wherever it stands,
/// and sets the language of messages: that option, else the environment.
/// False, with `*error` set, on a value that is not a language.
bool take_language_option(std::vector<std::string>* args, std::string* error) {
  set_message_language(language_from_environment());
  for (size_t i = 0; i < args->size(); ++i) {
    std::string value;
    size_t n = 0;
    const std::string& a = (*args)[i];
    if (a == "--") break;
    if (a == "--lang") {
      if (i + 1 >= args->size()) {
        *error = "'--lang' needs a value: vi or en";
        return false;
      }
      value = (*args)[i + 1];
      n = 2;
    } else if (a.rfind("--lang=", 0) == 0) {
      value = a.substr(7);
      n = 1;
    } else {
      continue;
    }
    auto language = parse_language(value);
    if (!language) {
      *error = "'--lang' should be vi or en, not '" + value + "'";
      return false;
    }
    set_message_language(*language);
    args->erase(args->begin() + static_cast<long>(i), args->begin() + static_cast<long>(i + n));
    --i;
  }
  return true;
}

int dispatch(int argc, char** argv) {
  std::vector<std::string> all(argv + 1, argv + argc);
  std::string language_error;
  if (!take_language_option(&all, &language_error)) {
    std::cerr << "webtruong: " << localized("cli.usage", language_error) << "\n";
    return 2;
  }
  if (all.empty()) {
    command_help({});
    return 2;
  }
  std::string name = all[0];
  if (name == "--help" || name == "-h") return command_help({});
  if (name == "--version") return command_version({});
  std::vector<std::string> args(all.begin() + 1, all.end());
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
  std::string msg = "unknown command '" + name + "'";
  std::string guess = closest_match(name, names);
  if (!guess.empty()) msg += " (did you mean '" + guess + "'?)";
  std::cerr << "webtruong: " << localized("cli.usage", msg) << "\n"
            << localized("cli.usage", "Run 'webtruong help' for the list of commands.") << "\n";
  return 2;
}

}  // namespace

int guard_internal_errors(const std::function<int()>& command, std::ostream& err) {
  try {
    return command();
  } catch (const std::exception& e) {
    // A bug, not the user's input; still only 0, 1 and 2 are exit statuses.
    err << "webtruong: " << localized("cli.internal", std::string("internal error: ") + e.what()) << "\n";
    return 1;
  } catch (...) {
    err << "webtruong: " << localized("cli.internal", "internal error") << "\n";
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
    std::string line = "internal error" + what;
    try {
      line = localized("cli.internal", line);
    } catch (...) {  // out of memory: the English line
    }
    std::fprintf(stderr, "webtruong: %s\n", line.c_str());
    std::fflush(stderr);
    std::_Exit(1);
  });
}

// The test suite's check that every message has its Vietnamese text
// (tests/support/catch_main.cpp): messages without one are appended to the
// file WEBTRUONG_UNTRANSLATED_LOG names. Unset for users.
const char* g_untranslated_log = nullptr;

void append_untranslated(std::string_view code, std::string_view message) {
  static std::mutex mutex;
  std::lock_guard<std::mutex> lock(mutex);
  if (FILE* f = std::fopen(g_untranslated_log, "a")) {
    std::string line = std::string(code) + ": " + std::string(message);
    for (char& c : line)
      if (c == '\n') c = ' ';
    std::fprintf(f, "%s\n", line.c_str());
    std::fclose(f);
  }
}

int run(int argc, char** argv) {
  exit_1_on_terminate();
  g_untranslated_log = std::getenv("WEBTRUONG_UNTRANSLATED_LOG");
  if (g_untranslated_log != nullptr && *g_untranslated_log != '\0') set_untranslated_hook(append_untranslated);
  return guard_internal_errors([&] { return dispatch(argc, argv); }, std::cerr);
}

}  // namespace wt::cli
