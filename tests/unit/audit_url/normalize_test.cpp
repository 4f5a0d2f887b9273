#include <catch2/catch.hpp>

#include <utility>
#include <vector>

#include "audit/url/url.hpp"

using namespace wt::audit;

TEST_CASE("audit::normalize rewrites URLs to one form", "[audit_url]") {
  const std::vector<std::pair<const char*, const char*>> cases = {
      // scheme and host case, default ports, empty path
      {"HTTP://Example.EDU.vn", "http://example.edu.vn/"},
      {"https://THCS-A.edu.vn:443/", "https://thcs-a.edu.vn/"},
      {"http://thcs-a.edu.vn:80/gioi-thieu", "http://thcs-a.edu.vn/gioi-thieu"},
      {"http://thcs-a.edu.vn:443/", "http://thcs-a.edu.vn:443/"},
      {"https://thcs-a.edu.vn:80/", "https://thcs-a.edu.vn:80/"},
      {"http://thcs-a.edu.vn:8080/", "http://thcs-a.edu.vn:8080/"},
      {"http://thcs-a.edu.vn:0080/", "http://thcs-a.edu.vn/"},
      {"http://thcs-a.edu.vn:/x", "http://thcs-a.edu.vn/x"},
      {"http://thcs-a.edu.vn?x=1", "http://thcs-a.edu.vn/?x=1"},
      {"  http://thcs-a.edu.vn/a \n", "http://thcs-a.edu.vn/a"},
      {"http://[2001:DB8::1]:80/", "http://[2001:db8::1]/"},
      {"http://us%65r:p%41ss@a.vn/", "http://user:pAss@a.vn/"},
      // path case is significant
      {"http://a.vn/Tin-Tuc/Bai.HTML", "http://a.vn/Tin-Tuc/Bai.HTML"},
      // IDN hosts: ASCII letters lower-cased, the rest as given
      {"http://XN--Trng-Bva.edu.vn/", "http://xn--trng-bva.edu.vn/"},
      {"http://Trường.EDU.vn/", "http://trường.edu.vn/"},
      // dot segments
      {"http://a.vn/a/./b/../c", "http://a.vn/a/c"},
      {"http://a.vn/../../x", "http://a.vn/x"},
      {"http://a.vn/a/b/..", "http://a.vn/a/"},
      {"http://a.vn/a/%2E%2E/b", "http://a.vn/b"},
      // percent-encoding
      {"http://a.vn/%7Euser/%41bc", "http://a.vn/~user/Abc"},
      {"http://a.vn/tin-t%e1%bb%a9c/", "http://a.vn/tin-t%E1%BB%A9c/"},
      {"http://a.vn/tin-t%E1%BB%A9c/", "http://a.vn/tin-t%E1%BB%A9c/"},
      {"http://a.vn/tin-tức/", "http://a.vn/tin-t%E1%BB%A9c/"},
      {"http://a.vn/gi%E1%BB%9Bi-thi%E1%BB%87u.html", "http://a.vn/gi%E1%BB%9Bi-thi%E1%BB%87u.html"},
      {"http://a.vn/a%2fb", "http://a.vn/a%2Fb"},
      {"http://a.vn/a b", "http://a.vn/a%20b"},
      {"http://a.vn/100%", "http://a.vn/100%25"},
      {"http://a.vn/?q=%c3%a1%20b", "http://a.vn/?q=%C3%A1%20b"},
      {"http://a.vn/?a=%2D%5F", "http://a.vn/?a=-_"},
      // fragments
      {"http://a.vn/page#section-2", "http://a.vn/page"},
      {"http://a.vn/#", "http://a.vn/"},
      // NukeViet without rewriting: every parameter kept, in order
      {"http://thcs-a.edu.vn/index.php?language=vi&nv=news&op=Tin-tuc/Khai-giang-123.html",
       "http://thcs-a.edu.vn/index.php?language=vi&nv=news&op=Tin-tuc/Khai-giang-123.html"},
      {"http://thcs-a.edu.vn/index.php?nv=news&op=detail&id=5",
       "http://thcs-a.edu.vn/index.php?nv=news&op=detail&id=5"},
      {"http://thcs-a.edu.vn/index.php?op=x&nv=news", "http://thcs-a.edu.vn/index.php?op=x&nv=news"},
      // session ids
      {"http://a.vn/index.php?PHPSESSID=abc123&nv=news", "http://a.vn/index.php?nv=news"},
      {"http://a.vn/x.jsp;jsessionid=0A1B2C?id=3", "http://a.vn/x.jsp?id=3"},
      {"http://a.vn/x.jsp;JSESSIONID=0A1B2C", "http://a.vn/x.jsp"},
      {"http://a.vn/a;jsessionid=1/b", "http://a.vn/a/b"},
      {"http://a.vn/a;x=1", "http://a.vn/a;x=1"},
      {"http://a.vn/?jsessionid=1&a=2", "http://a.vn/?a=2"},
      {"http://a.vn/?a=1&sid=9f8e&b=2", "http://a.vn/?a=1&b=2"},
      {"http://a.vn/?sessionid=1", "http://a.vn/"},
      {"http://a.vn/default.asp?ASPSESSIONIDQQGGQGPG=KJH&id=1", "http://a.vn/default.asp?id=1"},
      {"http://a.vn/?side=1&sidebar=0", "http://a.vn/?side=1&sidebar=0"},
      // tracking parameters
      {"http://a.vn/bai?utm_source=fb&utm_medium=social&id=7", "http://a.vn/bai?id=7"},
      {"http://a.vn/bai?id=7&fbclid=IwAR0x", "http://a.vn/bai?id=7"},
      {"http://a.vn/bai?gclid=x&UTM_Campaign=y", "http://a.vn/bai"},
      {"http://a.vn/bai?language=vi&utm_term=z", "http://a.vn/bai?language=vi"},
      // empty parameters and query
      {"http://a.vn/?", "http://a.vn/"},
      {"http://a.vn/?&&a=1&&b=2&", "http://a.vn/?a=1&b=2"},
      {"http://a.vn/?a=&b", "http://a.vn/?a=&b"},
      {"http://a.vn/?x=1+2", "http://a.vn/?x=1+2"},
  };
  REQUIRE(cases.size() >= 40);
  for (const auto& [in, expected] : cases) {
    INFO("input: " << in);
    auto got = normalize(in);
    REQUIRE(got);
    CHECK(*got == expected);
  }
}

TEST_CASE("audit::normalize rejects what is not an http(s) URL", "[audit_url]") {
  for (const char* in : {"mailto:hieutruong@thcs-a.edu.vn", "tel:+842113862000", "javascript:void(0)",
                         "JavaScript:alert(1)", "data:text/html,hi", "ftp://a.vn/file",
                         "/relative", "http:///nohost", "http://a.vn:99999/", "http://a b.vn/",
                         "", "http:g",
                         "http://a:b:80/", "http://a%2Eb.vn/", "http://[::1/", "http://[zz]/"}) {
    INFO("input: " << in);
    CHECK_FALSE(normalize(in));
  }
}

TEST_CASE("audit::normalize is idempotent", "[audit_url]") {
  for (const char* in : {"HTTP://A.vn:80/x/../tin-tức?utm_source=1&nv=news#f",
                         "http://a.vn/%7e%e1%bb%a9?PHPSESSID=1&q=a%2bb",
                         "https://a.vn/x.jsp;jsessionid=1?b=2&a=1"}) {
    auto once = normalize(in);
    REQUIRE(once);
    auto twice = normalize(*once);
    REQUIRE(twice);
    CHECK(*once == *twice);
  }
}

TEST_CASE("audit::normalize_link resolves a link found on a page", "[audit_url]") {
  const char* page = "http://thcs-a.edu.vn/index.php?language=vi&nv=news";
  CHECK(*normalize_link(page, "index.php?language=vi&nv=news&op=Thong-bao#top") ==
        "http://thcs-a.edu.vn/index.php?language=vi&nv=news&op=Thong-bao");
  CHECK(*normalize_link(page, "/vi/about/") == "http://thcs-a.edu.vn/vi/about/");
  CHECK(*normalize_link(page, "//WWW.thcs-a.edu.vn:80/") == "http://www.thcs-a.edu.vn/");
  CHECK(*normalize_link("https://a.vn/tin-tuc/", "../gioi-thieu/./") == "https://a.vn/gioi-thieu/");
  CHECK_FALSE(normalize_link(page, "mailto:x@y.vn"));
  CHECK_FALSE(normalize_link(page, "javascript:void(0)"));
  CHECK_FALSE(normalize_link(page, " tel:0211"));
}
