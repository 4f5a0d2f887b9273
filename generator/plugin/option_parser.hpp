// OptionParser: the command-line options of one subcommand, declared as a
// table, parsed the same way for every command (the generator's own and the
// plugins'), and turned into the --help text, so usage and parsing never
// drift apart. Unknown options get a "did you mean" suggestion. The table is
// written in English; --help prints its description and help lines in the
// message language, through the catalog entries of code "help"
// (core/messages/help.cpp), so every new text needs its entry there.
//
//   OptionParser p("audit", "URL... [options]", "Crawls each site ...",
//                  {{"--delay", "", "MS", "milliseconds between requests to one host (default 1000)"},
//                   {"--output", "-o", "FILE", "where to write"},
//                   {"--quiet", "-q", "", "print nothing"}});
//   std::string error;
//   auto opts = p.parse(args, &error);
//   if (!opts) return p.usage_error(error);          // prints, returns 2
//   if (opts->help) { std::cout << p.usage(); return 0; }
//   long delay = 1000;
//   if (!opts->number("--delay", 0, 3'600'000, &delay, &error)) return p.usage_error(error);
//
// Accepted forms: "--name value", "--name=value", "-o value", "-ovalue",
// flags alone; "--" ends the options. Values are kept in order; a repeated
// option that is not `repeatable` is an error.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace wt::plugin {

struct OptionSpec {
  std::string name;        ///< "--max-pages"
  std::string short_name;  ///< "-o", or "" for none
  std::string value;       ///< Placeholder of the value ("N", "FILE"); "" for a flag.
  std::string help;        ///< One line, shown by usage().
  bool repeatable = false;
};

struct ParsedOptions {
  bool help = false;                                       ///< -h or --help was given.
  std::vector<std::string> positional;                     ///< In order.
  std::map<std::string, std::vector<std::string>> values;  ///< By long name; flags hold "".

  bool has(const std::string& name) const { return values.count(name) > 0; }
  /// The value given (the last one for a repeatable option), or `fallback`.
  std::string get(const std::string& name, const std::string& fallback = "") const;
  /// All values of a repeatable option, in order.
  std::vector<std::string> all(const std::string& name) const;
  /// Reads an integer option into `out` if given; false (with `error` set) if
  /// it is not a whole number within [min, max]. `out` is unchanged when absent.
  bool number(const std::string& name, long min, long max, long* out, std::string* error) const;
};

class OptionParser {
 public:
  /// `command` as typed after "webtruong"; `synopsis` what follows it in the
  /// usage line; `description` a paragraph shown under it. `catalog_code` is
  /// the message code its description and help lines are translated under
  /// (a test's made-up table says "test.help": the suite asks no entry of it).
  OptionParser(std::string command, std::string synopsis, std::string description, std::vector<OptionSpec> options,
               std::string catalog_code = "help");

  /// nullopt with `error` set on an unknown option, a missing value, a value
  /// given to a flag, or a repeated option that is not repeatable.
  std::optional<ParsedOptions> parse(const std::vector<std::string>& args, std::string* error) const;

  /// The --help text: usage line, description, one line per option, in the
  /// message language (core/message_language.hpp). The synopsis, option
  /// names and placeholders are what the user types and stay as written.
  std::string usage() const;

  /// Prints "webtruong COMMAND: message", a blank line and usage() to stderr;
  /// returns 2 (bad usage), so commands can `return parser.usage_error(e);`.
  int usage_error(const std::string& message) const;

  const std::string& command() const { return command_; }

 private:
  const OptionSpec* find(const std::string& name) const;

  std::string command_, synopsis_, description_;
  std::vector<OptionSpec> options_;
  std::string catalog_code_;
};

}  // namespace wt::plugin
