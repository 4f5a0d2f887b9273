// The shapes of Markdown that cost cmark-gfm quadratic time are refused with
// an error at their line (generator/markdown/limits.hpp).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "markdown/markdown.hpp"

using namespace wt;

namespace {

std::string repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

std::vector<std::string> render_errors(const std::string& body, std::string* html = nullptr) {
  DiagnosticSink sink;
  auto r = markdown::render(body, "content/a.md", 4, nullptr, {}, sink);
  if (html) *html = r.html;
  std::vector<std::string> out;
  for (const auto& d : sink.sorted()) out.push_back(format_diagnostic(d));
  return out;
}

std::string one_error(const std::string& body) {
  std::string html;
  auto errors = render_errors(body, &html);
  CHECK(html.empty());
  REQUIRE(errors.size() == 1);
  return errors[0];
}

}  // namespace

TEST_CASE("markdown limits: an image opener repeated (quadratic in cmark-gfm) is refused", "[markdown][limits]") {
  CHECK(one_error("Mở đầu\n\n" + repeat("![[]() ", 8000)) ==
        "content/a.md:7:52502: error: this page has more than 15000 '[' (links and images); split it into several "
        "pages");
}

TEST_CASE("markdown limits: a table row with more than 128 cells is refused", "[markdown][limits]") {
  std::string table = "|" + repeat("a|", 3) + "\n|" + repeat("-|", 3) + "\n|" + repeat("b|", 200) + "\n";
  CHECK(one_error(table) ==
        "content/a.md:7:259: error: this line has more than 129 '|': a table may have at most 128 columns");
  // A delimiter row thousands of columns wide under a one-column header.
  CHECK(one_error("a\n" + repeat("-|", 5000) + "\n") ==
        "content/a.md:6:260: error: this line has more than 129 '|': a table may have at most 128 columns");
  std::string ok = "|" + repeat("a|", 128) + "\n|" + repeat("-|", 127) + "\n";
  CHECK(render_errors(ok).empty());
}

TEST_CASE("markdown limits: lists and quotes nested more than 32 levels are refused", "[markdown][limits]") {
  CHECK(one_error("x\n\n" + repeat("- ", 40) + "x\n" + repeat("\n", 1000)) ==
        "content/a.md:7:1: error: lists, quotes and indentation put this line 40 levels deep; at most 32 levels "
        "are allowed");
  CHECK(one_error(repeat(">", 100) + repeat("a*", 100)) ==
        "content/a.md:5:1: error: lists, quotes and indentation put this line 100 levels deep; at most 32 levels "
        "are allowed");
  std::string by_indent;
  for (int i = 0; i < 40; ++i) by_indent += std::string(2 * static_cast<size_t>(i), ' ') + "- a\n";
  CHECK(one_error(by_indent) ==
        "content/a.md:37:1: error: lists, quotes and indentation put this line 33 levels deep; at most 32 levels "
        "are allowed");
  // A thematic break written with spaces is not nesting.
  CHECK(render_errors(repeat("- ", 60) + "\n\nx\n").empty());
  CHECK(render_errors("- a\n  - b\n    - c\n      > d\n").empty());
}

TEST_CASE("markdown limits: emphasis that never matches, '@' and ')' after a link", "[markdown][limits]") {
  CHECK(one_error(repeat("*a ", 15000) + repeat("_a*_ ", 15000)) ==
        "content/a.md:5:86668: error: this page has more than 40000 runs of '*' or '_'; split it into several pages");
  CHECK(one_error(repeat("a@b.", 10001)) ==
        "content/a.md:5:40002: error: this page has more than 10000 '@'; split it into several pages");
  CHECK(one_error("www.a" + repeat(")", 300)) ==
        "content/a.md:5:262: error: more than 256 ')' without a space between them; put spaces between words");
  // Runs of underscores for a form to fill in count once each.
  CHECK(render_errors("Họ và tên: " + repeat("_", 30000) + "\n").empty());
  CHECK(render_errors(repeat("(a) ", 1000)).empty());
}

TEST_CASE("markdown limits: a body over 512 KB is refused at the byte where it goes over", "[markdown][limits]") {
  std::string big = repeat(repeat("x", 99) + "\n", 10486);
  CHECK(one_error(big) ==
        "content/a.md:5247:89: error: this page holds 1024 KB of text; a page may hold at most 512 KB: put "
        "pictures and documents in files beside the page and split long texts");
  CHECK(render_errors(repeat(repeat("x", 99) + "\n", 5000)).empty());
}

TEST_CASE("markdown limits: every limit crossed is reported once", "[markdown][limits]") {
  auto errors = render_errors(repeat("[", 15001) + "\n" + repeat("|", 300) + "\n" + repeat("@", 10001) + "\n");
  CHECK(errors == std::vector<std::string>{
                      "content/a.md:5:15001: error: this page has more than 15000 '[' (links and images); split it "
                      "into several pages",
                      "content/a.md:6:130: error: this line has more than 129 '|': a table may have at most 128 "
                      "columns",
                      "content/a.md:7:10001: error: this page has more than 10000 '@'; split it into several "
                      "pages"});
}
