#include <catch2/catch.hpp>

#include "search/html_text.hpp"

using wt::search::cut_text;
using wt::search::html_text;

TEST_CASE("search::html_text: the text of the build's HTML", "[search]") {
  struct Case {
    const char* html;
    const char* text;
  };
  const Case cases[] = {
      {"<p>Thời&nbsp;khoá <b>biểu</b></p><p>6A1</p>", "Thời khoá biểu 6A1"},
      {"<p>tr<strong>ườ</strong>ng</p>", "trường"},  // inline elements do not cut a word
      {"<table><tr><td>6A1</td><td>35</td></tr></table>", "6A1 35"},
      {"<h2 id=\"a\">Mục</h2>\n<ul>\n<li>một</li><li>hai</li></ul>", "Mục một hai"},
      {"a<br>b<br />c", "a b c"},
      {"&lt;script&gt; &amp; &quot;x&quot; &#39;y&#39; &#x1EA1; &#7843;", "<script> & \"x\" 'y' ạ ả"},
      {"<!-- ẩn -->hiện<script>var a = '<p>';</script><style>p{}</style> rõ", "hiện rõ"},
      {"1 < 2 &unknown; &#xZZ; &#0;", "1 < 2 &unknown; &#xZZ; \xEF\xBF\xBD"},
      {"<p>  </p>", ""},
      {"không đóng <a href=\"x\"", "không đóng <a href=\"x\""},
  };
  for (const auto& c : cases) {
    INFO(c.html);
    CHECK(html_text(c.html) == c.text);
  }
}

TEST_CASE("search::cut_text cuts at a space within the limit", "[search]") {
  CHECK(cut_text("Thời khoá biểu", 20) == "Thời khoá biểu");
  CHECK(cut_text("Thời khoá biểu", 11) == "Thời khoá…");
  CHECK(cut_text("Thời, khoá biểu", 9) == "Thời…");
  CHECK(cut_text("Trườnghọc", 4) == "Trườ…");
  CHECK(cut_text("", 4).empty());
}
