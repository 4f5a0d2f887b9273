// The error page and the terminal's diagnostics of `webtruong serve`: the
// exact text, the source line and its caret, and escaping.
#include <catch2/catch.hpp>

#include "core/message_language.hpp"

#include "serve/error_page.hpp"

using namespace wt;
using namespace wt::serve;

namespace {

ShownDiagnostic date_error() {
  return {{Severity::Error, "test.date", "'date' is not a valid date: \"30/02/2025\"",
           {"content/tin-tuc/a.md", 3, 7}},
          "date: 30/02/2025"};
}

}  // namespace

TEST_CASE("serve::line_of gives one line of a text, without its line break", "[serve]") {
  const std::string text = "---\r\ntitle: A\n\ndate: x";
  CHECK(line_of(text, 1) == "---");
  CHECK(line_of(text, 2) == "title: A");
  CHECK(line_of(text, 3) == "");
  CHECK(line_of(text, 4) == "date: x");
  CHECK(line_of(text, 5) == "");
  CHECK(line_of(text, 0) == "");
}

TEST_CASE("serve::printable_line makes a source line safe for a terminal", "[serve]") {
  CHECK(printable_line("\ttitle: \x1b[31mđỏ\x7f") == " title: ?[31mđỏ?");
  const std::string long_line(300, 'a');
  CHECK(printable_line(long_line) == std::string(240, 'a') + "…");
  // Never cut inside a character: 'ễ' is three bytes, the cut comes before one starts.
  std::string vietnamese;
  for (int i = 0; i < 100; ++i) vietnamese += "ễ";
  CHECK(printable_line(vietnamese) == std::string(vietnamese.substr(0, 240)) + "…");
}

TEST_CASE("serve::format_for_terminal shows the diagnostic, its line and a caret", "[serve]") {
  CHECK(format_for_terminal(date_error()) ==
        "content/tin-tuc/a.md:3:7: error: 'date' is not a valid date: \"30/02/2025\"\n"
        "    3 | date: 30/02/2025\n"
        "      |       ^\n");
  ShownDiagnostic whole_file{{Severity::Warning, "test.c", "no title", {"content/b.md", 0, 0}}, ""};
  CHECK(format_for_terminal(whole_file) == "content/b.md: warning: no title\n");
  ShownDiagnostic no_column{{Severity::Error, "test.c", "bad", {"site.yaml", 12, 0}}, "name: x"};
  CHECK(format_for_terminal(no_column) == "site.yaml:12: error: bad\n    12 | name: x\n");
}

TEST_CASE("serve::error_page shows file, line, column, message and source, escaped", "[serve]") {
  ShownDiagnostic hostile{{Severity::Error, "test.hostile", "bad <script>alert(1)</script> & \"x\"",
                           {"content/<b>.md", 2, 3}},
                          "ti<img src=x onerror=alert(1)>"};
  const std::string page = error_page({date_error(), hostile}, 5);
  CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);  // the tests run in English
  CHECK(page.find("<h1>The site could not be built</h1>") != std::string::npos);
  CHECK(page.find("<script src=\"/_webtruong/reload.js\" data-generation=\"5\" defer></script>") != std::string::npos);
  CHECK(page.find("<p><span class=\"where\">content/tin-tuc/a.md:3:7: error: </span>&#39;date&#39; is not a valid "
                  "date: &quot;30/02/2025&quot; [test.date]</p>\n"
                  "<pre>3 | date: 30/02/2025\n  |       ^</pre>") != std::string::npos);
  CHECK(page.find("content/&lt;b&gt;.md:2:3: error: </span>bad &lt;script&gt;alert(1)&lt;/script&gt; &amp; "
                  "&quot;x&quot;") != std::string::npos);
  CHECK(page.find("<pre>2 | ti&lt;img src=x onerror=alert(1)&gt;\n  |   ^</pre>") != std::string::npos);
  CHECK(page.find("<script>") == std::string::npos);
  CHECK(page.find("<img") == std::string::npos);
}

TEST_CASE("serve::error_page speaks the user's language", "[serve]") {
  wt::set_message_language(wt::Language::Vi);
  const std::string page = error_page({date_error()}, 1);
  wt::set_message_language(wt::Language::En);
  CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"vi\">", 0) == 0);
  CHECK(page.find("<title>Không dựng được trang web: webtruong serve</title>") != std::string::npos);
  CHECK(page.find("<h1>Không dựng được trang web</h1>") != std::string::npos);
  CHECK(page.find("<p>Sửa các lỗi dưới đây rồi lưu tệp: trang này tự tải lại khi trang web dựng được.</p>") !=
        std::string::npos);
}
