// What may be written into an nginx configuration, value by value.
#include <catch2/catch.hpp>

#include "hosting/nginx_values.hpp"

using namespace wt::hosting;

TEST_CASE("hosting::check_address accepts URL paths and refuses what could leave a directive", "[hosting]") {
  std::string why;
  for (const char* ok : {"/", "/tin-tuc/bai-cu.html", "/thcs-le-loi/", "/tin-cũ/", "/a_b.c~d/(1)+x,y=z@w!&'*/"}) {
    INFO(ok);
    CHECK(check_address(ok, AddressUse::Location, &why));
  }
  struct Bad {
    std::string path, why;
  };
  for (const Bad& b : std::vector<Bad>{
           {"/tin;cu/", "';' cannot be written into the nginx configuration"},
           {"/a{b}/", "'{' cannot be written into the nginx configuration"},
           {"/a}/", "'}' cannot be written into the nginx configuration"},
           {"/a\nb/", "a control character (U+000A) cannot be written into the nginx configuration"},
           {std::string("/a\0b", 4), "a control character (U+0000) cannot be written into the nginx configuration"},
           {"/a b/", "a space cannot be written into the nginx configuration"},
           {"/a\"b/", "'\"' cannot be written into the nginx configuration"},
           {"/a\\b/", "'\\' cannot be written into the nginx configuration"},
           {"/$host/", "'$' cannot be written into the nginx configuration"},
           {"/a#b", "'#' cannot be written into the nginx configuration"},
           {"/a%20b/", "'%' cannot be written into the nginx configuration"},
           {"/a\xff/", "it is not valid UTF-8"},
           {"tin-tuc/", "it does not start with '/'"},
           {"", "it does not start with '/'"}}) {
    INFO(b.path);
    CHECK_FALSE(check_address(b.path, AddressUse::Location, &why));
    CHECK(why == b.why);
  }
  // A Location header may hold percent escapes; a location to match may not.
  CHECK(check_address("/tr%C6%B0%E1%BB%9Dng/", AddressUse::Redirect, &why));
  CHECK_FALSE(check_address("/a;b", AddressUse::Redirect, &why));
}

TEST_CASE("hosting::check_quotable lets file names keep spaces and braces, never quotes or '$'", "[hosting]") {
  std::string why;
  CHECK(check_quotable("/srv/Trường A; {x}/public", &why));
  CHECK(check_quotable("default-src 'self'; img-src 'self' data:", &why));
  CHECK_FALSE(check_quotable("/srv/a\"b", &why));
  CHECK(why == "'\"' cannot be written into the nginx configuration");
  CHECK_FALSE(check_quotable("/srv/$document_root", &why));
  CHECK(why == "'$' cannot be written into the nginx configuration");
  CHECK_FALSE(check_quotable("a\rb", &why));
  CHECK(why == "a control character (U+000D) cannot be written into the nginx configuration");
  CHECK_FALSE(check_quotable("", &why));
  CHECK(why == "it is empty");
}

TEST_CASE("hosting::check_host_name accepts DNS names only", "[hosting]") {
  std::string why;
  for (const char* ok : {"sgd.example.vn", "thcs-le-loi.vinhphuc.edu.vn", "localhost", "xn--trng-8ya.vn", "127.0.0.1"})
    CHECK(check_host_name(ok, &why));
  CHECK_FALSE(check_host_name("a;b.vn", &why));
  CHECK(why == "'a;b.vn' is not a host name: ';' is not allowed (write a Vietnamese name in its xn-- form)");
  CHECK_FALSE(check_host_name("trường.vn", &why));
  CHECK_FALSE(check_host_name("-a.vn", &why));
  CHECK(why == "'-a.vn' is not a host name (labels of letters, digits and '-', joined by '.')");
  CHECK_FALSE(check_host_name("a..vn", &why));
  CHECK_FALSE(check_host_name("", &why));
  CHECK_FALSE(check_host_name(std::string(64, 'a') + ".vn", &why));
}

TEST_CASE("hosting::check_listen accepts ports, addresses with ports and unix sockets", "[hosting]") {
  std::string why;
  for (const char* ok : {"80", "8080", "127.0.0.1:8080", "[::1]:80", "unix:/run/webtruong.sock"}) {
    INFO(ok);
    CHECK(check_listen(ok, &why));
  }
  CHECK_FALSE(check_listen("0", &why));
  CHECK(why == "'0' is not a port (1 to 65535)");
  CHECK_FALSE(check_listen("70000", &why));
  CHECK_FALSE(check_listen("127.0.0.1:80; include /etc/passwd", &why));
  CHECK_FALSE(check_listen("localhost:80", &why));
  CHECK(why == "'localhost:80' is not a port, ADDRESS:PORT, [IPv6]:PORT or unix:/path");
  CHECK_FALSE(check_listen("300.0.0.1:80", &why));
  CHECK_FALSE(check_listen("unix:run.sock", &why));
  CHECK(why == "'unix:run.sock': a unix socket is written unix:/absolute/path");
  CHECK_FALSE(check_listen("unix:/run/a;b.sock", &why));
  CHECK(why == "'unix:/run/a;b.sock': ';' cannot be written into the nginx configuration");
}

TEST_CASE("hosting::decode_path decodes escapes as nginx matches paths", "[hosting]") {
  CHECK(decode_path("/tr%C6%B0%E1%BB%9Dng/") == "/trường/");
  CHECK(decode_path("/thcs-le-loi/") == "/thcs-le-loi/");
  CHECK_FALSE(decode_path("/a%2"));
  CHECK_FALSE(decode_path("/a%zz/"));
  CHECK_FALSE(decode_path("/a%0Ab/"));
  CHECK_FALSE(decode_path("/a%24b/"));  // '$'
}
