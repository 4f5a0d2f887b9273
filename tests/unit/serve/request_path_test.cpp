// serve::map_request_path: every request target to the output it names,
// or refused; table-driven over the outputs of a small site.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "serve/request_path.hpp"

using namespace wt::serve;
using Kind = PathAnswer::Kind;

namespace {

const std::set<std::string> kOutputs = {"index.html", "404.html", "css/style.css", "tin-tuc/index.html",
                                        "tin-tuc/le-khai-giang/index.html", "tin-tuc/le-khai-giang/anh.svg",
                                        "files/mẫu đơn.pdf", "rss.xml"};

PathAnswer map(const std::string& target) {
  return map_request_path(target, [](const std::string& rel) { return kOutputs.count(rel) > 0; });
}

}  // namespace

TEST_CASE("serve::map_request_path maps addresses to outputs", "[serve]") {
  struct Case {
    const char* target;
    Kind kind;
    const char* rel_or_location;
  };
  const Case cases[] = {
      {"/", Kind::File, "index.html"},
      {"/?x=1", Kind::File, "index.html"},
      {"/tin-tuc/", Kind::File, "tin-tuc/index.html"},
      {"/tin-tuc/?trang=2#dau", Kind::File, "tin-tuc/index.html"},
      {"/tin-tuc/index.html", Kind::File, "tin-tuc/index.html"},
      {"/css/style.css", Kind::File, "css/style.css"},
      {"/tin-tuc/le-khai-giang/anh.svg", Kind::File, "tin-tuc/le-khai-giang/anh.svg"},
      {"/files/m%E1%BA%ABu%20%C4%91%C6%A1n.pdf", Kind::File, "files/mẫu đơn.pdf"},
      {"/tin-tuc", Kind::Redirect, "/tin-tuc/"},
      {"/tin-tuc/le-khai-giang", Kind::Redirect, "/tin-tuc/le-khai-giang/"},
      {"/tin-tuc/le-khai-giang?a=1", Kind::Redirect, "/tin-tuc/le-khai-giang/"},
      {"/khong-co/", Kind::NotFound, ""},
      {"/khong-co", Kind::NotFound, ""},
      {"/css/", Kind::NotFound, ""},
      {"/tin-tuc//index.html", Kind::NotFound, ""},
      {"/%252e%252e/index.html", Kind::NotFound, ""},  // decoded once: a folder named "%2e%2e"
  };
  for (const auto& c : cases) {
    INFO(c.target);
    const PathAnswer a = map(c.target);
    CHECK(a.kind == c.kind);
    if (c.kind == Kind::File) CHECK(a.rel == c.rel_or_location);
    if (c.kind == Kind::Redirect) CHECK(a.location == c.rel_or_location);
  }
}

TEST_CASE("serve::map_request_path refuses traversal, dot-names and bad bytes", "[serve]") {
  for (const char* target :
       {"/../etc/passwd", "/tin-tuc/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E/%2e%2e/etc/passwd",
        "/tin-tuc/%2e%2e/index.html", "/./index.html", "/.webtruong/cache", "/.git/config", "/tin-tuc/.hidden",
        "/.well-known/x", "/a%5c..%5cb", "/a\\b", "/index.html%00.css", "/a%0d%0aSet-Cookie:x", "/%zz", "/%4",
        "index.html", "", "*"}) {
    INFO(target);
    CHECK(map(target).kind == Kind::Refused);
  }
}

TEST_CASE("serve::percent_encode_path keeps the path's characters and encodes the rest", "[serve]") {
  CHECK(percent_encode_path("/tin-tuc/a_b.c~d/") == "/tin-tuc/a_b.c~d/");
  CHECK(percent_encode_path("/mẫu đơn/") == "/m%E1%BA%ABu%20%C4%91%C6%A1n/");
  CHECK(percent_encode_path("/a\"<b>") == "/a%22%3Cb%3E");
}
