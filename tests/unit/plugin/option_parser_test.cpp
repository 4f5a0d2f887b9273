// generator/plugin/option_parser: one way to read options for every command.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "core/message_language.hpp"
#include "plugin/option_parser.hpp"

using wt::plugin::OptionParser;

namespace {

OptionParser audit_like() {
  return OptionParser("audit", "URL... [options]", "Crawls each site.",
                      {{"--delay", "", "MS", "milliseconds between requests"},
                       {"--rules", "", "ID", "rule set, repeatable", true},
                       {"--output", "-o", "FILE", "where to write"},
                       {"--quiet", "-q", "", "no progress line"}});
}

}  // namespace

TEST_CASE("options: values in every accepted form, positionals kept in order") {
  std::string error;
  auto o = audit_like().parse({"a.edu.vn", "--delay", "0", "-q", "--rules=tt37-2020", "-ofile.json", "--rules",
                               "tt09-2024", "b.edu.vn", "--", "--not-an-option"},
                              &error);
  REQUIRE(o);
  CHECK(error.empty());
  CHECK(o->positional == std::vector<std::string>{"a.edu.vn", "b.edu.vn", "--not-an-option"});
  CHECK(o->get("--delay") == "0");
  CHECK(o->has("--quiet"));
  CHECK(o->get("--output") == "file.json");
  CHECK(o->all("--rules") == std::vector<std::string>{"tt37-2020", "tt09-2024"});
  CHECK_FALSE(o->has("--json"));
  CHECK(o->get("--json", "fallback") == "fallback");
  CHECK_FALSE(o->help);
  long delay = 1000;
  CHECK(o->number("--delay", 0, 60000, &delay, &error));
  CHECK(delay == 0);
  CHECK(audit_like().parse({"-h"}, &error)->help);
  CHECK(audit_like().parse({"x", "--help"}, &error)->help);
}

TEST_CASE("options: every misuse is an error that says what to do") {
  std::string error;
  auto p = audit_like();
  CHECK_FALSE(p.parse({"--dely", "5"}, &error));
  CHECK(error == "unknown option '--dely' (did you mean '--delay'?)");
  CHECK_FALSE(p.parse({"--delay"}, &error));
  CHECK(error == "'--delay' needs MS");
  CHECK_FALSE(p.parse({"--quiet=yes"}, &error));
  CHECK(error == "'--quiet' takes no value");
  CHECK_FALSE(p.parse({"-o", "a", "--output", "b"}, &error));
  CHECK(error == "'--output' is given twice");
  CHECK_FALSE(p.parse({"-x"}, &error));
  CHECK(error.rfind("unknown option '-x'", 0) == 0);

  auto o = p.parse({"--delay", "12x"}, &error);
  REQUIRE(o);
  long v = 7;
  CHECK_FALSE(o->number("--delay", 0, 100, &v, &error));
  CHECK(error == "'--delay' needs a whole number, not '12x'");
  CHECK(v == 7);
  o = p.parse({"--delay", "-1"}, &error);
  CHECK_FALSE(o->number("--delay", 0, 100, &v, &error));
  CHECK(error == "'--delay' should be between 0 and 100, not -1");
}

TEST_CASE("options: usage is generated from the table, aligned and wrapped") {
  // "test.help": these made-up texts have no Vietnamese in the catalog, nor need one.
  OptionParser p("audit", "URL...", "Crawls.",
                 {{"--delay", "", "MS", "milliseconds"},
                  {"--long-help", "", "", std::string(60, 'a') + " " + std::string(30, 'b') + " tail words"}},
                 "test.help");
  const std::string u = p.usage();
  CHECK(u.rfind("usage: webtruong audit URL...\n\nCrawls.\n\n", 0) == 0);
  CHECK(u.find("  --delay MS   milliseconds\n") != std::string::npos);
  CHECK(u.find("  -h, --help   print this help\n") != std::string::npos);
  // The long help wraps before column 100 and continues under its start.
  CHECK(u.find("  --long-help  " + std::string(60, 'a') + "\n               " + std::string(30, 'b') + " tail words\n") !=
        std::string::npos);
  for (size_t s = 0, e; (e = u.find('\n', s)) != std::string::npos; s = e + 1) CHECK(e - s <= 100);
}

namespace {

size_t code_points(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

TEST_CASE("options: usage counts columns in characters, not bytes") {
  // Help of Vietnamese words (7 bytes, 5 characters each) wraps at 100 characters, and
  // a placeholder with diacritics keeps the help column.
  std::string words;
  for (int i = 0; i < 30; ++i) words += i == 0 ? "tiếng" : " tiếng";
  OptionParser p("audit", "URL...", "Crawls.", {{"--tep", "", "TỆP", "a file"}, {"--long-help", "", "", words}},
                 "test.help");
  const std::string u = p.usage();
  CHECK(u.find("\n  --tep TỆP    a file\n") != std::string::npos);
  CHECK(u.find("\n  --long-help  tiếng") != std::string::npos);
  size_t longest = 0, longest_bytes = 0;
  for (size_t s = 0, e; (e = u.find('\n', s)) != std::string::npos; s = e + 1) {
    const std::string line = u.substr(s, e - s);
    CHECK(code_points(line) <= 100);
    longest = std::max(longest, code_points(line));
    longest_bytes = std::max(longest_bytes, line.size());
  }
  CHECK(longest > 94);         // filled up to the limit in characters
  CHECK(longest_bytes > 100);  // where counting bytes would have cut it short
}

TEST_CASE("options: usage is in the message language") {
  struct InVietnamese {
    InVietnamese() { wt::set_message_language(wt::Language::Vi); }
    ~InVietnamese() { wt::set_message_language(wt::Language::En); }
  } vi;
  OptionParser p("audit", "URL... [options]", "Crawls.", {{"--delay", "", "MS", "milliseconds"}}, "test.help");
  const std::string u = p.usage();
  // The command's own texts have no entry here, so they stay; the words of every usage are translated.
  CHECK(u.rfind("cách dùng: webtruong audit URL... [options]\n\nCrawls.\n\n", 0) == 0);
  CHECK(u.find("  -h, --help  in ra tài liệu hướng dẫn này\n") != std::string::npos);
  CHECK(u.find("  --delay MS  milliseconds\n") != std::string::npos);
}
