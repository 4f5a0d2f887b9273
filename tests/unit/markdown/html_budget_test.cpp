// check_html_budget: raw HTML that would make the HTML5 tree builder slow or
// huge is refused before gumbo sees it; ordinary HTML passes.
#include <catch2/catch.hpp>

#include <string>

#include "markdown/html_budget.hpp"

using namespace wt::markdown::detail;

namespace {

std::string repeat(const std::string& s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

std::string numbered(const std::string& before, const std::string& after, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += before + std::to_string(i) + after;
  return out;
}

const std::string kTooDeep = "the HTML is nested more than 256 elements deep (are some tags never closed?)";

}  // namespace

TEST_CASE("markdown::check_html_budget refuses unclosed tags nested deeper than 256", "[markdown][budget]") {
  auto excess = check_html_budget(repeat("<div>", 10000));
  REQUIRE(excess);
  CHECK(excess->offset == 256 * 5);
  CHECK(excess->message == kTooDeep);
  CHECK_FALSE(check_html_budget(repeat("<div>", 256)));
  CHECK_FALSE(check_html_budget(repeat("<div>", 10000) .substr(0, 0)));
  // Closed ones do not add up.
  CHECK_FALSE(check_html_budget(repeat("<div><span>x</span></div>\n", 10000)));
  CHECK(check_html_budget(repeat("<ul><li>", 200)));
  CHECK(check_html_budget(repeat("<table><tr><td>", 100)));
  CHECK(check_html_budget(repeat("<svg><g>", 200)));
  CHECK(check_html_budget(repeat("<b><i>", 150)));
}

TEST_CASE("markdown::check_html_budget counts formatting tags left behind by misnesting", "[markdown][budget]") {
  // Each </div> closes the <b> inside it, but the parser keeps the <b> to
  // re-create it at every later text: the model keeps it too.
  auto excess = check_html_budget(numbered("<div><b id=", "></div>", 300));
  REQUIRE(excess);
  CHECK(excess->message == kTooDeep);
  // Fewer of them, but re-created at each of many paragraphs.
  auto work = check_html_budget("<p>" + numbered("<b id=", ">", 100) + "</p>" + repeat("<p>x</p>", 1300));
  REQUIRE(work);
  CHECK(work->message ==
        "formatting tags such as <b>, <i> or <font> are left open or misnested so often that the page would take "
        "too long to build: close each one where it ends");
  // Identical ones are kept three times at most, as the parser does.
  CHECK_FALSE(check_html_budget(repeat("<div><b></div>", 1000) + repeat("<div>x</div>", 1000)));
  // A <b> left open in a paragraph, and many paragraphs after it.
  CHECK_FALSE(check_html_budget("<p><b>Chú ý</p>\n" + repeat("<p>x</p>\n", 10000)));
}

TEST_CASE("markdown::check_html_budget refuses a tag with more than 100 attributes", "[markdown][budget]") {
  auto excess = check_html_budget("<p>a</p><div " + numbered("a", "=b ", 101) + ">");
  REQUIRE(excess);
  CHECK(excess->offset == 8);
  CHECK(excess->message == "this tag has 101 attributes; at most 100 are allowed");
  CHECK_FALSE(check_html_budget("<div " + numbered("a", "=b ", 100) + ">"));
  // Quoted values may hold '>' and spaces.
  CHECK_FALSE(check_html_budget("<div title=\"a > b c d\" class='x > y'>" + repeat("<p>x</p>", 10)));
}

TEST_CASE("markdown::check_html_budget passes the HTML of ordinary pages", "[markdown][budget]") {
  // A big table written by hand, cells and rows never closed.
  std::string table = "<table><thead><tr><th>Lớp<th>Sĩ số</thead><tbody>";
  for (int i = 0; i < 2000; ++i) table += "<tr><td>6A" + std::to_string(i) + "<td><b>42</b>";
  table += "</table>";
  CHECK_FALSE(check_html_budget(table));
  std::string lists = repeat("<ul><li>a<li>b<li><p>c<p>d</ul>\n<dl><dt>x<dd>y<dt>z<dd>w</dl>\n", 2000);
  CHECK_FALSE(check_html_budget(lists));
  CHECK_FALSE(check_html_budget(repeat("<p>Đoạn <a href=\"/x\">liên kết</a> <em>nghiêng</em><br>\n", 5000)));
  CHECK_FALSE(check_html_budget(repeat("<!-- <div> --><div>x</div>", 1000)));
}

TEST_CASE("markdown::check_html_budget does not trust end tags it may read differently from the parser",
          "[markdown][budget]") {
  // "--!>" can end a comment before "-->": the </div> in between may be text.
  CHECK(check_html_budget(repeat("<div><!-- --!></div> -->", 300)));
  // An end tag inside a comment closes nothing.
  CHECK(check_html_budget(repeat("<div><!--</div>-->", 300)));
  // A script holding "<!--" may run past its first end tag.
  CHECK(check_html_budget("<script><!--</script>" + repeat("<div></div>", 300)));
  // Inside raw text, start tags count (SVG reads <style> content as markup).
  CHECK(check_html_budget("<svg><style>" + repeat("<div>", 300) + "</style></svg>"));
  // </div> cannot close a <div> outside the cell it is in.
  CHECK(check_html_budget(repeat("<div><table><tr><td></div>", 60)));
  // </b> with a block inside the <b> is left to the parser's adoption agency:
  // the model keeps both open.
  CHECK(check_html_budget(numbered("<b id=", "><div></b>", 200)));
}

TEST_CASE("markdown::check_html_budget bounds the elements and the walks of the parser's stack",
          "[markdown][budget]") {
  auto many = check_html_budget(repeat("<br>", 150001));
  REQUIRE(many);
  CHECK(many->offset == 150000 * 4);
  CHECK(many->message == "this page holds more than 150000 HTML elements with its raw HTML; split it into several pages");
  CHECK_FALSE(check_html_budget(repeat("<br>", 150000)));
  // Every <p> walks the 40 open <div> looking for a <p> to close.
  auto walks = check_html_budget(repeat("<div>", 40) + repeat("<p>x</p>", 130000));
  REQUIRE(walks);
  CHECK(walks->message ==
        "the HTML leaves so many tags open for so long that the page would take too long to build: close each tag "
        "where it ends");
  CHECK_FALSE(check_html_budget(repeat("<div>", 40) + repeat("<p>x</p>", 50000)));
}
