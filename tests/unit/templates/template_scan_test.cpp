#include <catch2/catch.hpp>

#include "templates/template_scan.hpp"

using namespace wt::templates;

TEST_CASE("templates::scan_template reads every kind of tag", "[templates]") {
  auto r = scan_template("a {{x}} {{{y}}} {{&z}} {{#s}}{{^t}}{{/t}}{{/s}} {{> p }} {{! note }}");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.tags.size() == 9);
  CHECK(r.tags[0].kind == TagKind::Variable);
  CHECK(r.tags[0].name == "x");
  CHECK(r.tags[1].kind == TagKind::Raw);
  CHECK(r.tags[1].name == "y");
  CHECK(r.tags[2].kind == TagKind::Raw);
  CHECK(r.tags[3].kind == TagKind::Section);
  CHECK(r.tags[4].kind == TagKind::Inverted);
  CHECK(r.tags[5].kind == TagKind::Close);
  CHECK(r.tags[7].kind == TagKind::Partial);
  CHECK(r.tags[7].name == "p");
  CHECK(r.tags[7].begin == 48);
  CHECK(r.tags[8].kind == TagKind::Comment);
}

TEST_CASE("templates::scan_template reports section errors in plain words", "[templates]") {
  struct Case {
    const char* text;
    size_t offset;
    const char* message;
  };
  const Case cases[] = {
      {"<p>{{#page}}x", 3, "section 'page' is opened here but never closed"},
      {"ab {{/page}}", 3, "'{{/page}}' closes section 'page', which is not open here"},
      {"{{#a}}\n{{#b}}\n{{/a}}", 7,
       "section 'b' is opened here but never closed (its end '{{/b}}' should come before '{{/a}}' on line 3)"},
      {"x {{title", 2, "this tag starts with '{{' but is never closed with '}}'"},
      {"x {{{title}}", 2, "this tag starts with '{{{' but is never closed with '}}}'"},
      {"{{=<% =}}", 0, "this tag should change the delimiters, written like {{=<% %>=}}, but it is not valid"},
      {"{{> }}", 0, "this partial tag has no name; write it like {{> header}}"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto r = scan_template(c.text);
    REQUIRE(r.error);
    CHECK(r.error->offset == c.offset);
    CHECK(r.error->message == c.message);
  }
}

TEST_CASE("templates::scan_template follows delimiter changes", "[templates]") {
  auto r = scan_template("{{=<% %>=}}<%x%> {{y}} <%={{ }}=%>{{z}}");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.tags.size() == 4);
  CHECK(r.tags[1].name == "x");
  CHECK(r.tags[1].delimiters.open == "<%");
  CHECK(r.tags[3].name == "z");
  CHECK(r.final_delimiters.is_default());
}

TEST_CASE("templates::is_standalone finds tags alone on their line", "[templates]") {
  std::string t = "a\n  {{> p}}  \nb {{> q}}\n";
  size_t lb = 0, le = 0;
  CHECK(is_standalone(t, 4, 11, &lb, &le));
  CHECK(lb == 2);
  CHECK(le == 14);
  CHECK_FALSE(is_standalone(t, 16, 23, &lb, &le));
}

TEST_CASE("templates::squeeze_whitespace keeps one space or line break per run", "[templates]") {
  CHECK(squeeze_whitespace("<ul>\n    <li>a  b</li>\n\n  <li>\tc</li>\n</ul>") ==
        "<ul>\n<li>a b</li>\n<li> c</li>\n</ul>");
  CHECK(squeeze_whitespace("<PRE>  x\n    y</PRE>  <textarea>\n  z</textarea>") ==
        "<PRE>  x\n    y</PRE> <textarea>\n  z</textarea>");
  CHECK(squeeze_whitespace("<p>  <prefix>  x") == "<p> <prefix> x");
  CHECK(squeeze_whitespace("{{=<% %>=}}  <%x%>") == "{{=<% %>=}} <%x%>");
}
