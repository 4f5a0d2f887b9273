#include <catch2/catch.hpp>

#include "markdown/html_safety.hpp"

using namespace wt::markdown::detail;

TEST_CASE("markdown::raw_html_is_unsafe flags scripts, handlers and javascript: URLs", "[markdown][security]") {
  const char* unsafe[] = {
      "<script>alert(1)</script>",
      "<ScRiPt src=x>",
      "<object data=\"x.swf\">",
      "<EMBED src=x>",
      "<form action=\"/dang-nhap\">",
      "<img src=x onerror=alert(1)>",
      "<img src=x ONERROR = \"alert(1)\">",
      "<img/onerror=alert(1) src=x>",
      "<svg onload=alert(1)>",
      "<body\nonload=alert(1)>",
      "<div\tonmouseover='x'>",
      "<a href=\"javascript:alert(1)\">x</a>",
      "<a href=\"  JaVaScRiPt:alert(1)\">x</a>",
      "<a href=\"java\tscript:alert(1)\">x</a>",
      "<a href=\"&#106;avascript:alert(1)\">x</a>",
      "<a href=\"&#x6A;&#x61;vascript&colon;alert(1)\">x</a>",
      "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
      "<a href=\"vbscript:msgbox(1)\">x</a>",
      "<div style=\"background:url(javascript:alert(1))\">",
  };
  for (const char* html : unsafe) {
    INFO(html);
    CHECK(raw_html_is_unsafe(html));
  }
}

TEST_CASE("markdown::raw_html_is_unsafe accepts ordinary HTML", "[markdown][security]") {
  const char* safe[] = {
      "<div class=\"hop-thong-tin\">",
      "<span data-onclick=\"x\">chữ</span>",
      "<a href=\"https://online.example.vn/?x=1\">Học trực tuyến</a>",
      "<p>Thi online vào thứ Hai</p>",
      "<table><tr><td colspan=\"2\">Lớp</td></tr></table>",
      "<!-- ghi chú -->",
      "<iframe src=\"https://www.youtube.com/embed/x\"></iframe>",  // tagfilter's job
      "<details><summary>Xem thêm</summary>Nội dung</details>",
  };
  for (const char* html : safe) {
    INFO(html);
    CHECK_FALSE(raw_html_is_unsafe(html));
  }
}

TEST_CASE("markdown::url_is_dangerous follows cmark's safe-mode rule", "[markdown][security]") {
  CHECK(url_is_dangerous("javascript:alert(1)"));
  CHECK(url_is_dangerous("JAVASCRIPT:alert(1)"));
  CHECK(url_is_dangerous("  javascript:alert(1)"));
  CHECK(url_is_dangerous("\x01javascript:alert(1)"));
  CHECK(url_is_dangerous("java\nscript:alert(1)"));
  CHECK(url_is_dangerous("vbscript:x"));
  CHECK(url_is_dangerous("file:///etc/passwd"));
  CHECK(url_is_dangerous("data:text/html,<script>alert(1)</script>"));
  CHECK_FALSE(url_is_dangerous("data:image/png;base64,iVBOR"));
  CHECK_FALSE(url_is_dangerous("DATA:image/jpeg;base64,/9j/"));
  CHECK_FALSE(url_is_dangerous("https://moet.gov.vn/"));
  CHECK_FALSE(url_is_dangerous("mailto:c2nguyendu@vinhphuc.edu.vn"));
  CHECK_FALSE(url_is_dangerous("/tin-tuc/khai-giang/"));
  CHECK_FALSE(url_is_dangerous("tai-lieu/javascript:huong-dan.pdf"));
  CHECK_FALSE(url_is_dangerous("#muc-1"));
  CHECK_FALSE(url_is_dangerous(""));
}
