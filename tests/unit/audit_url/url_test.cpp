#include <catch2/catch.hpp>

#include <utility>
#include <vector>

#include "audit/url/url.hpp"

using namespace wt::audit;

namespace {
const char* const kBase = "http://a/b/c/d;p?q";

void check_resolutions(const std::vector<std::pair<const char*, const char*>>& cases) {
  for (const auto& [ref, expected] : cases) {
    INFO("reference: \"" << ref << "\"");
    auto got = resolve_reference(kBase, ref);
    REQUIRE(got);
    CHECK(*got == expected);
  }
}
}  // namespace

TEST_CASE("audit::resolve_reference passes RFC 3986 5.4.1 normal examples", "[audit_url]") {
  check_resolutions({
      {"g:h", "g:h"},
      {"g", "http://a/b/c/g"},
      {"./g", "http://a/b/c/g"},
      {"g/", "http://a/b/c/g/"},
      {"/g", "http://a/g"},
      {"//g", "http://g"},
      {"?y", "http://a/b/c/d;p?y"},
      {"g?y", "http://a/b/c/g?y"},
      {"#s", "http://a/b/c/d;p?q#s"},
      {"g#s", "http://a/b/c/g#s"},
      {"g?y#s", "http://a/b/c/g?y#s"},
      {";x", "http://a/b/c/;x"},
      {"g;x", "http://a/b/c/g;x"},
      {"g;x?y#s", "http://a/b/c/g;x?y#s"},
      {"", "http://a/b/c/d;p?q"},
      {".", "http://a/b/c/"},
      {"./", "http://a/b/c/"},
      {"..", "http://a/b/"},
      {"../", "http://a/b/"},
      {"../g", "http://a/b/g"},
      {"../..", "http://a/"},
      {"../../", "http://a/"},
      {"../../g", "http://a/g"},
  });
}

TEST_CASE("audit::resolve_reference passes RFC 3986 5.4.2 abnormal examples", "[audit_url]") {
  check_resolutions({
      {"../../../g", "http://a/g"},
      {"../../../../g", "http://a/g"},
      {"/./g", "http://a/g"},
      {"/../g", "http://a/g"},
      {"g.", "http://a/b/c/g."},
      {".g", "http://a/b/c/.g"},
      {"g..", "http://a/b/c/g.."},
      {"..g", "http://a/b/c/..g"},
      {"./../g", "http://a/b/g"},
      {"./g/.", "http://a/b/c/g/"},
      {"g/./h", "http://a/b/c/g/h"},
      {"g/../h", "http://a/b/c/h"},
      {"g;x=1/./y", "http://a/b/c/g;x=1/y"},
      {"g;x=1/../y", "http://a/b/c/y"},
      {"g?y/./x", "http://a/b/c/g?y/./x"},
      {"g?y/../x", "http://a/b/c/g?y/../x"},
      {"g#s/./x", "http://a/b/c/g#s/./x"},
      {"g#s/../x", "http://a/b/c/g#s/../x"},
      {"http:g", "http:g"},  // strict parser
  });
}

TEST_CASE("audit::parse_url splits the components", "[audit_url]") {
  auto u = parse_url("https://user:pw@Example.edu.vn:8080/a/b.php?x=1&y=2#frag");
  REQUIRE(u);
  CHECK(u->scheme == "https");
  CHECK(u->userinfo == "user:pw");
  CHECK(u->host == "Example.edu.vn");
  CHECK(u->port == "8080");
  CHECK(u->path == "/a/b.php");
  CHECK(u->query == "x=1&y=2");
  CHECK(u->fragment == "frag");
  CHECK(to_string(*u) == "https://user:pw@Example.edu.vn:8080/a/b.php?x=1&y=2#frag");

  auto v6 = parse_url("http://[2001:db8::1]:81/");
  REQUIRE(v6);
  CHECK(v6->host == "[2001:db8::1]");
  CHECK(v6->port == "81");

  auto empty_query = parse_url("http://a?");
  REQUIRE(empty_query);
  CHECK(empty_query->has_query);
  CHECK(empty_query->query.empty());
  CHECK(empty_query->path.empty());

  CHECK_FALSE(parse_url("/relative/path"));
  CHECK_FALSE(parse_url("http://a:8x/"));
  CHECK_FALSE(parse_url("http://[::1/"));
  auto rel = parse_uri_reference("1abc:def");  // not a scheme: a relative path
  REQUIRE(rel);
  CHECK(rel->scheme.empty());
  CHECK(rel->path == "1abc:def");
}

TEST_CASE("audit::remove_dot_segments follows RFC 3986 5.2.4", "[audit_url]") {
  CHECK(remove_dot_segments("/a/b/c/./../../g") == "/a/g");
  CHECK(remove_dot_segments("mid/content=5/../6") == "mid/6");
  CHECK(remove_dot_segments("/..") == "/");
  CHECK(remove_dot_segments("/a/..") == "/");
  CHECK(remove_dot_segments("") == "");
  CHECK(remove_dot_segments("/a//b/../c") == "/a//c");
}

TEST_CASE("audit::resolve_reference cleans href text like a browser", "[audit_url]") {
  CHECK(*resolve_reference("http://a/b/c", "  ../x\n ") == "http://a/x");
  CHECK(*resolve_reference("http://a/b/c", "d\te\r\nf") == "http://a/b/def");
  CHECK_FALSE(resolve_reference("not absolute", "g"));
}
