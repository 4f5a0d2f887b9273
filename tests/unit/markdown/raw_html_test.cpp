// Raw HTML through the allow-list (generator/markdown/raw_html.hpp): what
// stays, what goes, and where the warnings point.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/utf8.hpp"
#include "markdown/markdown.hpp"
#include "support/script_check.hpp"

using namespace wt;

namespace {

struct Result {
  std::string html;
  std::vector<std::string> messages;
};

Result render(const std::string& body, int line_offset = 3) {
  DiagnosticSink sink;
  auto r = markdown::render(body, "content/a.md", line_offset, nullptr, {}, sink);
  Result out{r.html, {}};
  for (const auto& d : sink.sorted()) out.messages.push_back(format_diagnostic(d) + " [" + d.code + "]");
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("raw HTML: the issue's character reference with leading zeros", "[markdown][raw-html]") {
  auto md = render("[bấm](&#x000000006a;avascript:alert(1))\n");
  CHECK(md.html == "<p><a href=\"\">bấm</a></p>\n");
  CHECK(md.messages == Lines{"content/a.md:4:7: warning: link address '&#x000000006a;avascript:alert(1)' removed: "
                             "'javascript:' addresses run scripts [markdown.link.unsafe]"});
  auto html = render("<a href=\"&#x000000006a;avascript:alert(1)\">bấm</a>\n");
  CHECK(html.html == "<p><a>bấm</a></p>\n");
  CHECK(html.messages == Lines{"content/a.md:4:4: warning: removed href=\"javascript:alert(1)\" from <a>: "
                               "'javascript:' addresses run scripts [markdown.raw-html.dropped]"});
}

TEST_CASE("raw HTML: SVG (<animate values=javascript:>) goes with what it holds", "[markdown][raw-html]") {
  auto r = render("Mở đầu\n\n<svg><a><animate attributeName=\"href\" values=\"javascript:alert(1)\"/>"
                  "<text x=\"20\" y=\"20\">bấm</text></a></svg>\n");
  CHECK(r.html == "<p>Mở đầu</p>\n<p></p>\n");
  CHECK(r.messages == Lines{"content/a.md:6:1: warning: removed <svg> and what it holds: SVG and MathML drawings "
                            "cannot be written into a page (use a picture file) [markdown.raw-html.dropped]"});
}

TEST_CASE("raw HTML: a tag split over several blocks is judged as the parser builds it", "[markdown][raw-html]") {
  // The handler and the style end up inside escaped text: nothing to remove.
  auto r = render("<div\n\nonmouseover=\"alert(1)\" style=\"position:fixed;inset:0\">chữ</div>\n");
  CHECK(r.html == "<div>onmouseover=\"alert(1)\" style=\"position:fixed;inset:0\"&gt;chữ</div><p></p>\n");
  CHECK(r.messages == Lines{"content/a.md:4:4: warning: removed <p from <div>: '<p' is not one of the attributes "
                            "allowed on <div> [markdown.raw-html.dropped]"});
  // One block over three lines: the handler and the style are removed.
  auto one = render("<div\nonmouseover=\"alert(1)\"\nstyle=\"position:fixed;inset:0\">\nchữ\n</div>\n");
  CHECK(one.html == "<div>\nchữ\n</div>\n");
  CHECK(one.messages ==
        Lines{"content/a.md:5:1: warning: removed onmouseover from <div>: event handlers run scripts "
              "[markdown.raw-html.dropped]",
              "content/a.md:6:1: warning: removed style from <div>: the site's security policy blocks inline styles "
              "(the theme gives pages their look) [markdown.raw-html.dropped]"});
  // A quote left open swallows the rest of the page: said so.
  auto open = render("<div title=\"\n\n\" onmouseover=\"alert(1)\">chữ</div>\n");
  CHECK(open.html.empty());
  CHECK(open.messages == Lines{"content/a.md:4:1: warning: this HTML tag is never closed with '>' (or a quote in it "
                               "is never closed): everything after it is lost [markdown.raw-html.unclosed]"});
}

TEST_CASE("raw HTML: <base>, <meta http-equiv=refresh> and <link> are removed", "[markdown][raw-html]") {
  auto r = render("<base href=\"https://evil.example/\">\n<meta http-equiv=\"refresh\" "
                  "content=\"0;url=https://evil.example/\">\n<link rel=\"stylesheet\" "
                  "href=\"https://evil.example/x.css\">\n");
  CHECK(r.html == "\n\n\n");
  CHECK(r.messages ==
        Lines{"content/a.md:4:1: warning: removed <base> and what it holds: it would change the whole page, not this "
              "part of it [markdown.raw-html.dropped]",
              "content/a.md:5:1: warning: removed <meta> and what it holds: it would change the whole page, not this "
              "part of it [markdown.raw-html.dropped]",
              "content/a.md:6:1: warning: removed <link> and what it holds: the look of pages comes from the site's "
              "theme [markdown.raw-html.dropped]"});
}

TEST_CASE("raw HTML: data:text/html links are removed, data: pictures kept", "[markdown][raw-html]") {
  auto r = render("<a href=\"data:text/html,<script>alert(1)</script>\">bấm</a> "
                  "<img src=\"data:image/png;base64,iVBOR\" alt=\"ảnh\">\n");
  CHECK(r.html == "<p><a>bấm</a> <img loading=\"lazy\" src=\"data:image/png;base64,iVBOR\" alt=\"ảnh\"></p>\n");
  CHECK(r.messages == Lines{"content/a.md:4:4: warning: removed href=\"data:text/html,<script>alert(1)</script>\" "
                            "from <a>: 'data:' addresses can hold a whole page with scripts "
                            "[markdown.raw-html.dropped]"});
}

TEST_CASE("raw HTML: what a school page needs passes, cmark's own HTML unchanged but for '/>' and the column names on table cells",
          "[markdown][raw-html]") {
  auto r = render(
      "Chú thích[^1] và ~~cũ~~ <abbr title=\"Trung học cơ sở\">THCS</abbr>.\n\n- [x] xong\n- [ ] chưa\n\n"
      "| Lớp | Sĩ số |\n|:---|---:|\n| 6A1 | 42 |\n\n```cpp\nint a = 1 < 2;\n```\n\n"
      "<details open><summary>Xem thêm</summary>\n\nNội dung **đậm**.\n\n</details>\n\n"
      "<table><tr><th scope=\"col\" colspan=\"2\">Tiêu đề</th></tr></table>\n\n<pre>\n\nhai dòng</pre>\n\n"
      "<a href=\"https://moet.gov.vn/\" target=\"_blank\" rel=\"noopener\">Bộ</a> "
      "<time datetime=\"2025-09-05\">05/09</time> <figure><img src=\"a.png\" alt=\"ảnh\" width=\"300\">"
      "<figcaption>Lễ</figcaption></figure>\n\n![<b>in đậm</b>](anh.png)\n\n[^1]: Thông tư 37.\n");
  CHECK(r.messages.empty());
  CHECK(r.html ==
        "<p>Chú thích<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref=\"\">1</a></sup> "
        "và <del>cũ</del> <abbr title=\"Trung học cơ sở\">THCS</abbr>.</p>\n"
        "<ul>\n<li><input type=\"checkbox\" checked=\"\" disabled=\"\"> xong</li>\n"
        "<li><input type=\"checkbox\" disabled=\"\"> chưa</li>\n</ul>\n"
        "<table>\n<thead>\n<tr>\n<th align=\"left\">Lớp</th>\n<th align=\"right\">Sĩ số</th>\n</tr>\n</thead>\n"
        "<tbody>\n<tr>\n<td data-label=\"Lớp\" align=\"left\">6A1</td>\n<td data-label=\"Sĩ số\" align=\"right\">42</td>\n</tr>\n</tbody>\n</table>\n"
        "<pre><code class=\"language-cpp\">int a = 1 &lt; 2;\n</code></pre>\n"
        "<details open=\"\"><summary>Xem thêm</summary>\n<p>Nội dung <strong>đậm</strong>.</p>\n</details>\n"
        "<table><tbody><tr><th scope=\"col\" colspan=\"2\">Tiêu đề</th></tr></tbody></table>\n"
        "<pre>\n\nhai dòng</pre>\n"
        "<p><a href=\"https://moet.gov.vn/\" target=\"_blank\" rel=\"noopener\">Bộ</a> "
        "<time datetime=\"2025-09-05\">05/09</time> </p><figure><img loading=\"lazy\" src=\"a.png\" alt=\"ảnh\" "
        "width=\"300\"><figcaption>Lễ</figcaption></figure><p></p>\n"
        "<p><img loading=\"lazy\" src=\"anh.png\" alt=\"&lt;b&gt;in đậm&lt;/b&gt;\"></p>\n"
        "<section class=\"footnotes\" data-footnotes=\"\">\n<ol>\n<li id=\"fn-1\">\n<p>Thông tư 37. "
        "<a href=\"#fnref-1\" class=\"footnote-backref\" data-footnote-backref=\"\" aria-label=\"Back to content\">↩</a>"
        "</p>\n</li>\n</ol>\n</section>\n");
}

TEST_CASE("raw HTML: warnings point at the line and column in the file, containers included",
          "[markdown][raw-html]") {
  auto r = render("> <div class=\"hop\">\n>   <span onclick=\"x\">ấn</span>\n> </div>\n\n"
                  "- mục một\n  <img src=\"a.png\" alt=\"ảnh\"\n    onerror=\"alert(1)\">\n\n"
                  "<table><tr><th style=\"color:red\">Tiêu đề</th></tr></table>\n");
  CHECK(r.messages ==
        Lines{"content/a.md:5:11: warning: removed onclick from <span>: event handlers run scripts "
              "[markdown.raw-html.dropped]",
              "content/a.md:10:5: warning: removed onerror from <img>: event handlers run scripts "
              "[markdown.raw-html.dropped]",
              "content/a.md:12:16: warning: removed style from <th>: the site's security policy blocks inline styles "
              "(the theme gives pages their look) [markdown.raw-html.dropped]"});
  CHECK(wt_test::script_problems(r.html).empty());
}

TEST_CASE("raw HTML: unknown tags are unwrapped, forms and scripts removed with their content",
          "[markdown][raw-html]") {
  auto r = render("<font color=\"red\">Đỏ</font> và <marquee>chạy</marquee>\n\n"
                  "<form action=\"https://evil.example/\"><input name=\"mat-khau\" type=\"password\">"
                  "<button>Gửi</button></form>\n\n<p>Cuối<script>alert(1)</script></p>\n");
  CHECK(r.html == "<p>Đỏ và chạy</p>\n\n<p>Cuối</p>\n");
  CHECK(r.messages ==
        Lines{"content/a.md:4:1: warning: removed the tag <font>, kept its text: <font> is not one of the HTML tags "
              "allowed in pages [markdown.raw-html.dropped]",
              "content/a.md:4:32: warning: removed the tag <marquee>, kept its text: <marquee> is not one of the HTML "
              "tags allowed in pages [markdown.raw-html.dropped]",
              "content/a.md:6:1: warning: removed <form> and what it holds: forms are not allowed in pages (link to "
              "an online form instead) [markdown.raw-html.dropped]",
              "content/a.md:8:8: warning: removed <script> and what it holds: scripts are not allowed in pages "
              "[markdown.raw-html.dropped]"});
}

TEST_CASE("raw HTML: an unclosed comment hides the rest, and is said to", "[markdown][raw-html]") {
  auto r = render("Đầu\n\n<!-- ghi chú\n\nCuối\n");
  CHECK(r.html == "<p>Đầu</p>\n");
  CHECK(r.messages == Lines{"content/a.md:6:1: warning: this HTML comment is never closed with '-->': everything "
                            "after it is hidden [markdown.raw-html.unclosed]"});
  auto closed = render("Đầu\n\n<!-- ghi chú -->\n\nCuối\n");
  CHECK(closed.html == "<p>Đầu</p>\n\n<p>Cuối</p>\n");
  CHECK(closed.messages.empty());
}

TEST_CASE("raw HTML: pages whose only raw HTML is <!--more--> keep cmark's output", "[markdown][raw-html]") {
  auto r = render("Tóm tắt ![a](b.png)\n\n<!--more-->\n\nPhần còn lại.\n");
  CHECK(r.html == "<p>Tóm tắt <img loading=\"lazy\" src=\"b.png\" alt=\"a\" /></p>\n<p>Phần còn lại.</p>\n");
}

TEST_CASE("raw HTML: HTML gumbo 0.10.1 aborts on is parsed without SVG and MathML", "[markdown][raw-html]") {
  // Each of these made gumbo abort on an assertion (fragment or document).
  for (const char* html : {"<table><math><select><mi><select><tr>", "<table><svg><td><desc><select></table>",
                           "<svg><html><foreignObject><table></table></body>",
                           "<svg><html><foreignObject><select><textarea></textarea></body>",
                           "<TABLE><SVG><TD><DESC><SELECT></TABLE>", "<table><svg\n><td><desc><select></table>"}) {
    INFO(html);
    auto r = render(std::string("x ") + html + "\n");
    CHECK(wt_test::script_problems(r.html).empty());
    CHECK_FALSE(r.messages.empty());
  }
}

TEST_CASE("raw HTML: HTML too deep for the parser is an error at its line", "[markdown][raw-html]") {
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "<div>";
  auto r = render("Đầu\n\n" + deep + "\n");
  CHECK(r.html.empty());
  CHECK(r.messages == Lines{"content/a.md:6:1281: error: the HTML is nested more than 256 elements deep (are some "
                            "tags never closed?) [markdown.limit.html]"});
}

TEST_CASE("raw HTML: a character reference too large for any character is U+FFFD, never bytes that are not UTF-8",
          "[markdown][raw-html]") {
  // fuzz_markdown: gumbo 0.10.1 overflows on the digits and hands back a
  // stray byte before its replacement characters.
  for (const char* html : {"<div>a&#x007773088888888888a;b</div>\n", "<div>a&#x7773088888888888a b</div>\n",
                           "<div title=\"&#99999999999999999;\">c</div>\n", "<p>&#x110000; &#xFFFFFFFFFF;</p>\n"}) {
    INFO(html);
    auto r = render(html);
    CHECK(is_valid_utf8(r.html));
    CHECK(r.html.find("\xEF\xBF\xBD") != std::string::npos);
  }
}
