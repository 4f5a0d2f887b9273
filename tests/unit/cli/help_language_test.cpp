// --help in the message language: `webtruong --help` and every command's
// --help are in Vietnamese by default (here LANG=vi_VN.UTF-8), and in English
// with --lang en or an English LANG. Every line of words is translated (no
// line of the Vietnamese help is a line of the English one); the synopsis,
// option names and placeholders stay as the user types them, and the option
// help lines up in the same column in both languages.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "support/run_command.hpp"

namespace {

/// Runs webtruong with `env` as the only language setting of its environment.
wt::test::CommandResult run_with(const std::string& env, const std::string& args) {
  return wt::test::run_command("env -u LANG -u LANGUAGE -u LC_ALL -u LC_MESSAGES " + env + " " +
                               std::string(WT_BINARY) + " " + args);
}

/// A teacher's machine: a Vietnamese LANG, no --lang.
wt::test::CommandResult in_vietnamese(const std::string& args) { return run_with("LANG=vi_VN.UTF-8", args); }

/// English asked for on the command line, with no LANG at all.
wt::test::CommandResult in_english(const std::string& args) { return run_with("", "--lang en " + args); }

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  for (size_t s = 0, e; s < text.size(); s = e + 1) {
    e = text.find('\n', s);
    if (e == std::string::npos) e = text.size();
    lines.push_back(text.substr(s, e - s));
  }
  return lines;
}

std::string trimmed(const std::string& s) {
  const size_t b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

bool is_option_line(const std::string& line) { return line.rfind("  -", 0) == 0; }

/// The left column of an option line: "-o, --output OUT" of
/// "  -o, --output OUT  where to write the site".
std::string option_of(const std::string& line) { return line.substr(2, line.find("  ", 2) - 2); }

/// Where the help of an option line starts, in code points.
size_t help_column(const std::string& line) {
  const size_t at = line.find_first_not_of(' ', line.find("  ", 2));
  size_t n = 0;
  for (size_t i = 0; i < at; ++i) n += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80;
  return n;
}

size_t code_points(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

/// The words of a help line: the line without an option's left column, trimmed.
std::string words_of(const std::string& line) {
  return trimmed(is_option_line(line) ? line.substr(line.find("  ", 2)) : line);
}

/// True when `line` has an English word (two letters or more), not only
/// addresses, paths and values ("https://host/truong/)") that read the same
/// in both languages.
bool has_words(const std::string& line) {
  const std::string words = words_of(line);
  for (size_t s = 0, e; s < words.size(); s = e + 1) {
    e = words.find(' ', s);
    if (e == std::string::npos) e = words.size();
    std::string w = words.substr(s, e - s);
    while (!w.empty() && w.front() == '(') w.erase(0, 1);
    while (!w.empty() && std::string(",.;:)").find(w.back()) != std::string::npos) w.pop_back();
    if (w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }))
      return true;
  }
  return false;
}

/// Checks that `vi` says in Vietnamese everything `en` says in English: the
/// usage line is the same after its first word, no line with English words
/// is left as it was, the options are the same ones, and their help starts
/// in the same column and stays within 100.
void check_translated(const std::string& vi, const std::string& en) {
  const auto vi_lines = lines_of(vi), en_lines = lines_of(en);
  REQUIRE(!vi_lines.empty());
  REQUIRE(!en_lines.empty());
  REQUIRE(en_lines[0].rfind("usage: webtruong ", 0) == 0);
  CHECK(vi_lines[0] == "cách dùng:" + en_lines[0].substr(6));
  std::set<std::string> english;
  std::vector<std::string> en_options, vi_options;
  std::set<size_t> en_columns, vi_columns;
  for (size_t i = 1; i < en_lines.size(); ++i) {
    if (has_words(en_lines[i])) english.insert(words_of(en_lines[i]));
    if (is_option_line(en_lines[i])) {
      en_options.push_back(option_of(en_lines[i]));
      en_columns.insert(help_column(en_lines[i]));
    }
  }
  bool in_options = false;
  for (size_t i = 1; i < vi_lines.size(); ++i) {
    const std::string& line = vi_lines[i];
    INFO("line " << i + 1 << ": " << line);
    CHECK(english.count(words_of(line)) == 0);
    if (is_option_line(line)) {
      in_options = true;
      vi_options.push_back(option_of(line));
      vi_columns.insert(help_column(line));
    }
    if (in_options) CHECK(code_points(line) <= 100);
  }
  CHECK(vi_options == en_options);
  CHECK(vi_columns == en_columns);
  CHECK(vi_columns.size() <= 1);
}

/// Every command whose --help is checked here; `webtruong help` lists no other
/// but `help` and `version` (test "every command listed ..." below).
const std::vector<std::string> kCommands = {
    "build", "serve", "check", "new", "portal", "portal build", "portal merge", "portal nginx",
    "import", "cms", "nginx", "plugins", "audit"};

/// The commands whose help OptionParser writes (usage, description, options).
bool has_options(const std::string& command) { return command != "portal" && command != "plugins"; }

}  // namespace

TEST_CASE("help language: every command's --help is in Vietnamese on a Vietnamese machine", "[cli][messages][help]") {
  for (const auto& command : kCommands) {
    INFO("webtruong " << command << " --help");
    const auto vi = in_vietnamese(command + " --help");
    const auto en = in_english(command + " --help");
    INFO(vi.output);
    CHECK(vi.status == 0);
    CHECK(en.status == 0);
    CHECK(vi.output != en.output);
    if (command == "plugins") {
      // A list of plugins and their commands, without a usage line.
      CHECK(vi.output.find("  webtruong audit      thu thập các trang web trường học đang hoạt động") !=
            std::string::npos);
      for (const auto& line : lines_of(en.output))
        if (!trimmed(line).empty()) CHECK(vi.output.find(line) == std::string::npos);
      continue;
    }
    check_translated(vi.output, en.output);
    if (has_options(command)) {
      CHECK(vi.output.find("  -h, --help") != std::string::npos);
      CHECK(vi.output.find("in ra tài liệu hướng dẫn này\n") != std::string::npos);
      CHECK(en.output.find("print this help\n") != std::string::npos);
    }
  }
}

TEST_CASE("help language: every command listed by webtruong help has its --help checked", "[cli][messages][help]") {
  const auto r = in_english("help");
  REQUIRE(r.status == 0);
  std::set<std::string> listed;
  bool in_list = false;
  for (const auto& line : lines_of(r.output)) {
    if (line == "commands:") {
      in_list = true;
      continue;
    }
    if (in_list && line.empty()) break;
    if (in_list) listed.insert(trimmed(line).substr(0, trimmed(line).find(' ')));
  }
  CHECK(listed.count("audit") == 1);  // the plugin's command
  for (const auto& name : listed) {
    INFO(name);
    const bool checked = name == "help" || name == "version" ||
                         std::find(kCommands.begin(), kCommands.end(), name) != kCommands.end();
    CHECK(checked);
  }
}

TEST_CASE("help language: the English help is kept with --lang en or an English LANG", "[cli][messages][help]") {
  const auto en = in_english("build --help");
  CHECK(en.status == 0);
  CHECK(en.output.rfind("usage: webtruong build [DIR] [options]\n\n"
                        "Builds the site in DIR (default: the current folder) into OUT (default: DIR/public).\n",
                        0) == 0);
  CHECK(en.output.find("\n  -o, --output OUT  where to write the site\n") != std::string::npos);
  CHECK(en.output.find("\n  -h, --help        print this help\n") != std::string::npos);
  CHECK(run_with("LANG=en_US.UTF-8", "build --help").output == en.output);
  CHECK(run_with("LANG=vi_VN.UTF-8", "build --help --lang=en").output == en.output);
  // The same help in Vietnamese: its help starts in the same column.
  const auto vi = in_vietnamese("build --help");
  CHECK(vi.output.rfind("cách dùng: webtruong build [DIR] [options]\n\n"
                        "Dựng trang web trong DIR (mặc định: thư mục hiện tại) vào OUT (mặc định: DIR/public).\n",
                        0) == 0);
  CHECK(vi.output.find("\n  -o, --output OUT  nơi ghi trang web\n") != std::string::npos);
  CHECK(vi.output.find("\n  -h, --help        in ra tài liệu hướng dẫn này\n") != std::string::npos);
  // No language set at all: Vietnamese.
  CHECK(run_with("", "build --help").output == vi.output);
}

TEST_CASE("help language: the list of commands in both languages", "[cli][messages][help]") {
  const auto vi = in_vietnamese("--help");
  CHECK(vi.status == 0);
  CHECK(vi.output.rfind("cách dùng: webtruong COMMAND [options]\n\n"
                        "Webtruong dựng trang web của một trường học Việt Nam từ các tệp Markdown và tệp dữ liệu.\n\n"
                        "các lệnh:\n"
                        "  build      dựng trang web trong DIR thành thư mục tệp tĩnh\n",
                        0) == 0);
  CHECK(vi.output.find("\n  audit      thu thập các trang web trường học đang hoạt động và chấm điểm theo bộ tiêu "
                       "chí (tiện ích mở rộng audit)\n") != std::string::npos);
  const std::string vi_end = "\nChạy 'webtruong COMMAND --help' để xem các tùy chọn của một lệnh.\n";
  CHECK(vi.output.size() > vi_end.size());
  CHECK(vi.output.compare(vi.output.size() - vi_end.size(), vi_end.size(), vi_end) == 0);
  CHECK(in_vietnamese("help").output == vi.output);

  const auto en = in_english("--help");
  CHECK(en.status == 0);
  CHECK(en.output.rfind("usage: webtruong COMMAND [options]\n\n"
                        "Webtruong builds the website of a Vietnamese school from Markdown and data files.\n\n"
                        "commands:\n"
                        "  build      build the site in DIR into a folder of static files\n",
                        0) == 0);
  CHECK(en.output.find("\n  audit      crawl live school websites and score them against a rubric (plugin audit)\n") !=
        std::string::npos);
  const std::string en_end = "\nRun 'webtruong COMMAND --help' for the options of a command.\n";
  CHECK(en.output.size() > en_end.size());
  CHECK(en.output.compare(en.output.size() - en_end.size(), en_end.size(), en_end) == 0);
  CHECK(run_with("LANG=en_US.UTF-8", "help").output == en.output);

  // Every line but the blank ones says something else in Vietnamese.
  check_translated(vi.output, en.output);
  // Without a command: the list, exit 2.
  const auto none = in_vietnamese("");
  CHECK(none.status == 2);
  CHECK(none.output == vi.output);
}
