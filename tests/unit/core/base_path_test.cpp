#include <catch2/catch.hpp>

#include "core/base_path.hpp"

using namespace wt;

TEST_CASE("wt::base_path_of gives the path of a base URL", "[core][base-path]") {
  CHECK(base_path_of("https://thcs.example.vn/") == "/");
  CHECK(base_path_of("https://sgd.example.vn/thcs-le-loi/") == "/thcs-le-loi/");
  CHECK(base_path_of("http://127.0.0.1:8080/a/b/") == "/a/b/");
  CHECK(base_path_of("https://sgd.example.vn") == "/");
  CHECK(base_path_of("https://sgd.example.vn/thcs-le-loi") == "/thcs-le-loi/");
}

TEST_CASE("wt::is_root_relative reads the URL as a browser does", "[core][base-path]") {
  struct Case {
    const char* url;
    bool root_relative;
  };
  const Case cases[] = {
      {"/", true},           {"/tin-tuc/", true},      {" /a.jpg", true},     {"\t\n/a/", true},
      {"\\a\\", true},       {"/a//b", true},          {"//cdn.vn/x", false}, {"/\\cdn.vn/x", false},
      {"\\\\cdn.vn", false}, {"/\t/cdn.vn/x", false},  {"#muc-1", false},     {"anh.jpg", false},
      {"../a/", false},      {"https://a.vn/", false}, {"mailto:a@b.vn", false}, {"", false},
      {"  ", false},
  };
  for (const auto& c : cases) {
    INFO(c.url);
    CHECK(is_root_relative(c.url) == c.root_relative);
  }
}

TEST_CASE("wt::under_base_path puts root-relative URLs under the base path", "[core][base-path]") {
  const std::string base = "/thcs-le-loi/";
  CHECK(under_base_path("/", base) == "/thcs-le-loi/");
  CHECK(under_base_path("/tin-tuc/", base) == "/thcs-le-loi/tin-tuc/");
  CHECK(under_base_path("/tin-tuc/?trang=2#muc", base) == "/thcs-le-loi/tin-tuc/?trang=2#muc");
  CHECK(under_base_path("  /a.jpg", base) == "/thcs-le-loi/a.jpg");
  CHECK(under_base_path("\\a\\b", base) == "/thcs-le-loi/a\\b");
  for (const char* same : {"https://moet.gov.vn/", "//cdn.vn/x", "/\\cdn.vn", "mailto:a@b.vn", "#muc-1", "anh.jpg",
                           "../a/", "", "data:image/png;base64,AA=="})
    CHECK(under_base_path(same, base) == same);
  // A site at the host's root: every URL as it is, byte for byte.
  for (const char* same : {"/", "/tin-tuc/", "  /a.jpg", "\\a", "//cdn.vn/x"}) CHECK(under_base_path(same, "/") == same);
}
