// The message catalog (core/message_catalog.hpp), the language setting
// (core/message_language.hpp), diagnostics printed with their source line,
// and the YAML mistakes told in plain words (core/yaml_syntax_error.hpp).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <map>
#include <set>
#include <string>

#include "core/diagnostic.hpp"
#include "core/message_catalog.hpp"
#include "core/message_language.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"
#include "core/yaml_syntax_error.hpp"

using namespace wt;

namespace {

/// Sets the message language for one test and puts English back after it
/// (the test main runs everything in English).
struct InLanguage {
  explicit InLanguage(Language l) { set_message_language(l); }
  ~InLanguage() { set_message_language(Language::En); }
};

size_t count(std::string_view s, std::string_view what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string_view::npos; at = s.find(what, at + what.size())) ++n;
  return n;
}

}  // namespace

TEST_CASE("message catalog: a template's variable parts come back in the Vietnamese text", "[core][messages]") {
  CHECK(translate_message("config.timezone", "'timezone' should look like +07:00, not 'GMT+7'") ==
        std::optional<std::string>("'timezone' (múi giờ) cần có dạng +07:00, không phải 'GMT+7'"));
  // A made-up code or a message nobody wrote has no translation.
  CHECK_FALSE(translate_message("test.nothing", "nothing like this was ever written"));
  CHECK_FALSE(translate_message("config.timezone", "a message that config.timezone never says"));
}

TEST_CASE("message catalog: the most specific entry wins, prefix codes match", "[core][messages]") {
  // Both "the quote {} ..." forms exist for every reader's code; the
  // bracket message is under the prefix code "*".
  auto vi = translate_message("data.syntax", "the list that opens with '[' here is never closed: add ']' at its end");
  REQUIRE(vi);
  CHECK(*vi == "danh sách mở bằng '[' ở đây chưa được đóng: hãy thêm ']' vào cuối danh sách");
  auto general = translate_message("portal.member", "member 'th-a' was not built");
  auto specific = translate_message("portal.member", "member 'th-a' was not built; its previous pages stay published");
  REQUIRE(general);
  REQUIRE(specific);
  CHECK(*general == "trường 'th-a' không dựng được");
  CHECK(*specific == "trường 'th-a' không dựng được; các trang đã đăng lần trước của trường vẫn được giữ nguyên");
}

TEST_CASE("message catalog: every entry is well formed", "[core][messages]") {
  std::map<std::pair<std::string, std::string>, std::string> seen;
  size_t entries = 0;
  for (const auto& e : message_catalog()) {
    ++entries;
    const std::string code = e.code, en = e.en, vi = e.vi;
    INFO(code << " | " << en);
    CHECK_FALSE(en.empty());
    CHECK_FALSE(vi.empty());
    CHECK(en.find("{}{}") == std::string::npos);  // two wildcards need text between them
    const size_t wildcards = count(en, "{}");
    for (char n = '1'; n <= '9'; ++n)
      if (vi.find(std::string("{") + n + "}") != std::string::npos) CHECK(static_cast<size_t>(n - '0') <= wildcards);
    CHECK(is_valid_utf8(vi));
    CHECK(to_nfc(vi) == vi);
    // The printer adds "error:" / "warning:"; the text does not repeat it.
    CHECK(vi.rfind("Lỗi:", 0) != 0);
    CHECK(vi.rfind("error:", 0) != 0);
    // One English text under one code has one Vietnamese text.
    auto [it, fresh] = seen.emplace(std::make_pair(code, en), vi);
    if (!fresh) CHECK(it->second == vi);
  }
  CHECK(entries > 1000);
}

TEST_CASE("message catalog: localized() follows the language", "[core][messages]") {
  const std::string en = "the build of 'th-a' failed";
  CHECK(localized("portal.member", en) == en);
  InLanguage vi(Language::Vi);
  CHECK(localized("portal.member", en) == "dựng trang của 'th-a' không thành công");
  // Without an entry the English stands (and the suite's hook names it).
  CHECK(translate_message("test.untranslated", "still English") == std::nullopt);
}

TEST_CASE("message language: --lang values and the environment", "[core][messages]") {
  CHECK(parse_language("vi") == Language::Vi);
  CHECK(parse_language("en") == Language::En);
  CHECK(parse_language("en_US.UTF-8") == Language::En);
  CHECK(parse_language("vi_VN") == Language::Vi);
  CHECK_FALSE(parse_language("fr"));
  CHECK_FALSE(parse_language("english"));
  CHECK_FALSE(parse_language(""));
  struct Env {
    std::map<std::string, std::string> saved;
    Env() {
      for (const char* v : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* x = std::getenv(v)) saved[v] = x;
    }
    ~Env() {
      for (const char* v : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) ::unsetenv(v);
      for (const auto& [k, v] : saved) ::setenv(k.c_str(), v.c_str(), 1);
    }
  } env;
  for (const char* v : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) ::unsetenv(v);
  CHECK(language_from_environment() == Language::Vi);  // nothing set: Vietnamese
  ::setenv("LANG", "C.UTF-8", 1);
  CHECK(language_from_environment() == Language::Vi);
  ::setenv("LANG", "en_US.UTF-8", 1);
  CHECK(language_from_environment() == Language::En);
  ::setenv("LC_ALL", "vi_VN.UTF-8", 1);  // LC_ALL comes before LANG
  CHECK(language_from_environment() == Language::Vi);
  ::setenv("LC_ALL", "", 1);  // empty is unset
  CHECK(language_from_environment() == Language::En);
}

TEST_CASE("format_diagnostic: the source line and a caret under the column", "[core][messages]") {
  Diagnostic d{Severity::Error, "test.x", "something", {"site.yaml", 5, 10}, "tên: [Trường THCS"};
  CHECK(format_diagnostic(d) ==
        "site.yaml:5:10: error: something\n"
        "    5 | tên: [Trường THCS\n"
        "      |          ^");
  d.position.column = 0;
  CHECK(format_diagnostic(d) == "site.yaml:5: error: something\n    5 | tên: [Trường THCS");
  d.source_line.clear();
  CHECK(format_diagnostic(d) == "site.yaml:5: error: something");
  // A tab in the line keeps the caret under its column.
  Diagnostic t{Severity::Error, "test.x", "m", {"a.yaml", 12, 3}, "\tx: 1"};
  CHECK(format_diagnostic(t) == "a.yaml:12:3: error: m\n    12 | \tx: 1\n       | \t ^");
}

TEST_CASE("line_of: the line a position names, cut when very long", "[core][messages]") {
  CHECK(line_of("a\nb\r\nc", 2) == "b");
  CHECK(line_of("a\nb\nc", 3) == "c");
  CHECK(line_of("a\nb", 4) == "");
  CHECK(line_of("a", 0) == "");
  const std::string long_line(500, 'x');
  CHECK(line_of(long_line, 1) == std::string(200, 'x') + "...");
}

TEST_CASE("find_unclosed_bracket: a square or curly bracket never closed", "[core][messages][yaml]") {
  CHECK(find_unclosed_bracket("menus: [Trang chủ, Tin tức\n") == 7);
  CHECK(find_unclosed_bracket("a: {b: 1\n") == 3);
  CHECK(find_unclosed_bracket("a: [1, 2]\nb: {c: 1}\n") == std::string::npos);
  // Closed on a later line: valid YAML.
  CHECK(find_unclosed_bracket("tags: [a,\n  b]\nx: 1\n") == std::string::npos);
  // A new key at the indentation of the line that opened it: never closed.
  const std::string text = "name: Trường\nmenus:\n  main: [Trang chủ, Tin tức\n  footer: []\nphone: 1\n";
  CHECK(find_unclosed_bracket(text) == text.find('['));
  // Brackets in plain text, quotes and comments are not lists.
  CHECK(find_unclosed_bracket("title: Lớp [A\n") == std::string::npos);
  CHECK(find_unclosed_bracket("title: \"[x\"\n") == std::string::npos);
  CHECK(find_unclosed_bracket("a: 1 # [x\n") == std::string::npos);
}

TEST_CASE("report_yaml_syntax_error: an unclosed square bracket is told on its own line", "[core][messages][yaml]") {
  // The case: '[' on line 5, which the parser notices on line 7.
  const std::string text =
      "name: Trường THCS Lê Lợi\n"
      "type: thcs\n"
      "base_url: https://thcs-leloi.edu.vn/\n"
      "menus:\n"
      "  main: [Trang chủ, Tin tức\n"
      "  footer: []\n"
      "phone: \"0123\"\n";
  yaml::ParseError err;
  REQUIRE_FALSE(yaml::parse(text, &err));
  DiagnosticSink sink;
  report_yaml_syntax_error(sink, {"site.yaml", text, "config.yaml", "this is not valid YAML: "}, err);
  auto all = sink.sorted();
  REQUIRE(all.size() == 1);
  CHECK(format_diagnostic(all[0]) ==
        "site.yaml:5:9: error: the list that opens with '[' here is never closed: add ']' at its end\n"
        "    5 |   main: [Trang chủ, Tin tức\n"
        "      |         ^");
  InLanguage vi(Language::Vi);
  CHECK(format_diagnostic(all[0]) ==
        "site.yaml:5:9: error: danh sách mở bằng '[' ở đây chưa được đóng: hãy thêm ']' vào cuối danh sách\n"
        "    5 |   main: [Trang chủ, Tin tức\n"
        "      |         ^");
}

TEST_CASE("report_yaml_syntax_error: front matter lines count from the file's first line", "[core][messages][yaml]") {
  // The YAML of a front matter starts on line 2 of its file.
  const std::string yaml = "title: \"Họp phụ huynh\ndate: 05/09/2025\n";
  yaml::ParseError err;
  REQUIRE_FALSE(yaml::parse(yaml, &err));
  DiagnosticSink sink;
  report_yaml_syntax_error(
      sink, {"content/a.md", yaml, "content.front-matter.yaml", "the front matter is not valid YAML: ", 1}, err);
  auto all = sink.sorted();
  REQUIRE(all.size() == 1);
  CHECK(format_diagnostic(all[0]) ==
        "content/a.md:2:8: error: the quote \" that starts here is never closed: add the closing \" at the end of the "
        "value\n"
        "    2 | title: \"Họp phụ huynh\n"
        "      |        ^");
}

TEST_CASE("report_yaml_syntax_error: other mistakes keep the parser's place, in plain words", "[core][messages][yaml]") {
  const std::string text = "name: a\n  phone: 1\n";
  yaml::ParseError err;
  REQUIRE_FALSE(yaml::parse(text, &err));
  DiagnosticSink sink;
  report_yaml_syntax_error(sink, {"site.yaml", text, "config.yaml", "this is not valid YAML: "}, err);
  auto all = sink.sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].message.rfind("this is not valid YAML: ", 0) == 0);
  CHECK(all[0].source_line == line_of(text, all[0].position.line));
  // Whatever libfyaml said, the catalog has plain Vietnamese for it.
  auto vi = translate_message("config.yaml", all[0].message);
  REQUIRE(vi);
  CHECK(vi->find("YAML") != std::string::npos);
}
