#include <catch2/catch.hpp>

#include "audit/url/scope.hpp"

using namespace wt::audit;

TEST_CASE("audit::same_site accepts the seed host and its www twin", "[audit_url]") {
  const char* seed = "http://thcs-a.edu.vn/";
  CHECK(same_site("http://thcs-a.edu.vn/tin-tuc/", seed));
  CHECK(same_site("https://thcs-a.edu.vn/tin-tuc/", seed));
  CHECK(same_site("http://www.thcs-a.edu.vn/", seed));
  CHECK(same_site("HTTPS://WWW.THCS-A.edu.vn:443/x", seed));
  CHECK(same_site("http://thcs-a.edu.vn/", "https://www.thcs-a.edu.vn/"));
  CHECK(same_site("http://thcs-a.edu.vn/index.php?nv=news&op=a", seed));

  CHECK_FALSE(same_site("http://thcs-b.edu.vn/", seed));
  CHECK_FALSE(same_site("http://mail.thcs-a.edu.vn/", seed));
  CHECK_FALSE(same_site("http://thcs-a.edu.vn.evil.com/", seed));
  CHECK_FALSE(same_site("http://evilthcs-a.edu.vn/", seed));
  CHECK_FALSE(same_site("http://www.www.thcs-a.edu.vn/", seed));
  CHECK_FALSE(same_site("http://thcs-a.edu.vn:8080/", seed));
  CHECK_FALSE(same_site("ftp://thcs-a.edu.vn/", seed));
  CHECK_FALSE(same_site("mailto:a@thcs-a.edu.vn", seed));
  CHECK_FALSE(same_site("http://thcs-a.edu.vn/", "not a url"));
}

TEST_CASE("audit::same_site keeps a sub-path site under its prefix", "[audit_url]") {
  const char* seed = "http://vinhphuc.edu.vn/thpt-b/";
  auto in = [&](const char* url) { return same_site(url, seed, ScopeMode::PathPrefix); };
  CHECK(in("http://vinhphuc.edu.vn/thpt-b/"));
  CHECK(in("http://vinhphuc.edu.vn/thpt-b"));
  CHECK(in("https://www.vinhphuc.edu.vn/thpt-b/tin-tuc/a.html"));
  CHECK(in("http://vinhphuc.edu.vn/thpt-b/index.php?nv=news"));
  CHECK_FALSE(in("http://vinhphuc.edu.vn/"));
  CHECK_FALSE(in("http://vinhphuc.edu.vn/thpt-c/"));
  CHECK_FALSE(in("http://vinhphuc.edu.vn/thpt-bc/"));
  CHECK_FALSE(in("http://vinhphuc.edu.vn/thpt-b/../thpt-c/"));
  // Host mode ignores the path.
  CHECK(same_site("http://vinhphuc.edu.vn/thpt-c/", seed));
  // Seeds naming a file or lacking the slash.
  CHECK(same_site("http://vinhphuc.edu.vn/thpt-b/x", "http://vinhphuc.edu.vn/thpt-b/index.php",
                  ScopeMode::PathPrefix));
  CHECK(same_site("http://vinhphuc.edu.vn/thpt-b/x", "http://vinhphuc.edu.vn/thpt-b",
                  ScopeMode::PathPrefix));
}

TEST_CASE("audit::scope_path_prefix and host_without_www", "[audit_url]") {
  CHECK(scope_path_prefix("/thpt-b/") == "/thpt-b/");
  CHECK(scope_path_prefix("/thpt-b") == "/thpt-b/");
  CHECK(scope_path_prefix("/thpt-b/index.php") == "/thpt-b/");
  CHECK(scope_path_prefix("/") == "/");
  CHECK(scope_path_prefix("") == "/");
  CHECK(host_without_www("WWW.A.vn") == "a.vn");
  CHECK(host_without_www("www2.a.vn") == "www2.a.vn");
  CHECK(host_without_www("www.") == "www.");
}
