#include <catch2/catch.hpp>

#include "core/url_safety.hpp"

using namespace wt;

TEST_CASE("core::url_scheme reads the scheme as a browser does", "[core][security]") {
  struct Case {
    std::string url;
    const char* scheme;
  };
  const Case cases[] = {
      {"https://moet.gov.vn/", "https"},
      {"HtTpS://x.vn", "https"},
      {"  \x01\x1f javascript:alert(1)", "javascript"},  // leading C0 controls and spaces
      {"java\tscript:alert(1)", "javascript"},            // tab, LF and CR anywhere
      {"java\nscr\ript:alert(1)", "javascript"},
      {"javascript:alert(1) \x02", "javascript"},
      {"mailto:c2@vinhphuc.edu.vn", "mailto"},
      {"a+b-c.d:x", "a+b-c.d"},
      {"/tin-tuc/khai-giang/", ""},
      {"tai-lieu/javascript:huong-dan.pdf", ""},  // '/' before ':' -> relative
      {"#muc-1", ""},
      {"?trang=2", ""},
      {"//cdn.example/x.js", ""},
      {"1javascript:x", ""},                       // must start with a letter
      {"java script:x", ""},                       // a space is not removed
      {"java\xC2\xA0script:x", ""},                // nor a no-break space
      {"javascript%3Aalert(1)", ""},               // percent-escapes are not decoded
      {"javascript", ""},
      {"", ""},
  };
  for (const auto& c : cases) {
    INFO(c.url);
    CHECK(url_scheme(c.url) == c.scheme);
  }
}

TEST_CASE("core::url_refusal allows http, https, mailto, tel and relative links", "[core][security]") {
  for (const char* ok : {"https://moet.gov.vn/", "http://x.vn", "mailto:a@b.vn", "tel:+842113862123",
                         "/lich-cong-tac/", "tai-lieu/a.pdf", "#muc", "", "//vinhphuc.edu.vn/"}) {
    INFO(ok);
    CHECK_FALSE(url_refusal(ok, UrlUse::Link));
  }
  CHECK(url_refusal("javascript:alert(1)", UrlUse::Link) == "'javascript:' addresses run scripts");
  CHECK(url_refusal("VBScript:msgbox(1)", UrlUse::Link) == "'vbscript:' addresses run scripts");
  CHECK(url_refusal("data:text/html;base64,PHNjcmlwdD4=", UrlUse::Link) ==
        "'data:' addresses can hold a whole page with scripts");
  CHECK(url_refusal("data:image/png;base64,iVBOR", UrlUse::Link) ==
        "'data:' addresses can hold a whole page with scripts");
  CHECK(url_refusal("file:///etc/passwd", UrlUse::Link) ==
        "'file:' is not allowed here (use http, https, mailto, tel or a path on this site)");
  CHECK(url_refusal("zalo://conversation", UrlUse::Link) ==
        "'zalo:' is not allowed here (use http, https, mailto, tel or a path on this site)");
}

TEST_CASE("core::url_refusal allows http, https, relative and four data: picture types for images",
          "[core][security]") {
  for (const char* ok : {"https://x.vn/a.jpg", "anh.jpg", "/images/logo.svg", "data:image/png;base64,iVBOR",
                         "DATA:Image/JPEG;base64,/9j/", "data:image/gif,GIF89a", "data:image/webp;base64,UklG"}) {
    INFO(ok);
    CHECK_FALSE(url_refusal(ok, UrlUse::Image));
  }
  const std::string only = "only PNG, GIF, JPEG and WebP pictures may be written as 'data:' addresses";
  CHECK(url_refusal("data:image/svg+xml,<svg onload=alert(1)>", UrlUse::Image) == only);
  CHECK(url_refusal("data:image/pngx;base64,x", UrlUse::Image) == only);
  CHECK(url_refusal("data:text/html,x", UrlUse::Image) == only);
  CHECK(url_refusal("mailto:a@b.vn", UrlUse::Image) ==
        "'mailto:' is not allowed here (use http, https or a path on this site)");
  CHECK(url_refusal("javascript:alert(1)", UrlUse::Image) == "'javascript:' addresses run scripts");
}

TEST_CASE("core::url_refusal judges the text once more with character references decoded",
          "[core][security]") {
  const char* hidden[] = {
      "&#x000000006a;avascript:alert(1)",  // leading zeros (the issue's case)
      "&#106;avascript:alert(1)",
      "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)",
      "&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)",
      "jav&#x09;ascript:alert(1)",
      "jav&#x0A;ascript:alert(1)",
      "jav&#x0D;ascript:alert(1)",
      "javascript&colon;alert(1)",
      "java&Tab;script:alert(1)",
      "java&NewLine;script:alert(1)",
      " &#14;  javascript:alert(1)",
      "&#X6A;AVASCRIPT:alert(1)",
  };
  for (const char* url : hidden) {
    INFO(url);
    CHECK(url_refusal(url, UrlUse::Link) == "'javascript:' addresses run scripts");
  }
  // References that decode to non-ASCII characters leave a relative URL.
  CHECK_FALSE(url_refusal("&#1066;avascript:alert(1)", UrlUse::Link));
  CHECK_FALSE(url_refusal("&#0;javascript:alert(1)", UrlUse::Link));
  CHECK_FALSE(url_refusal("&#x110000;javascript:x", UrlUse::Link));
  CHECK_FALSE(url_refusal("/tim-kiem?q=a&amp;b=c", UrlUse::Link));
  CHECK_FALSE(url_refusal("&", UrlUse::Link));
  CHECK_FALSE(url_refusal("&#", UrlUse::Link));
  CHECK_FALSE(url_refusal("&#x;", UrlUse::Link));
  CHECK_FALSE(url_refusal("&#99999999999999999999;", UrlUse::Link));
}
