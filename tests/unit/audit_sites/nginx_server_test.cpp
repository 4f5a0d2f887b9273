// The nginx harness itself: it serves, counts requests, and fails loudly.
#include <catch2/catch.hpp>

#include <fstream>

#include "audit/fetch/http_client.hpp"
#include "site_truth.hpp"
#include "support/nginx_server.hpp"

using wt::test::NginxServer;

TEST_CASE("NginxServer serves a root on 127.0.0.1 and stops with the object", "[nginx]") {
  wt::test::TempDir tmp("nginx-harness");
  std::ofstream(tmp.path / "index.html") << "<title>xin chào</title>";
  std::string base;
  {
    NginxServer nginx({tmp.path, "location = /gone { return 410; }", ""});
    base = nginx.base_url();
    CHECK(base.rfind("http://127.0.0.1:", 0) == 0);
    auto client = wt::audit::make_curl_http_client(wt::test::local_fetch_options());
    auto responses = client->fetch_all({{base, 0}, {base + "gone", 0}});
    REQUIRE(responses.size() == 2);
    for (const auto& r : responses) {
      if (r.url == base) CHECK(r.body == "<title>xin chào</title>");
      else CHECK(r.status == 410);
    }
    CHECK(nginx.requests(2) == 2);
  }
  // Stopped: nothing listens on the port any more.
  auto client = wt::audit::make_curl_http_client(wt::test::local_fetch_options());
  auto after = client->fetch_all({{base, 0}});
  REQUIRE(after.size() == 1);
  CHECK(after[0].error == "connection refused");
}

TEST_CASE("NginxServer reports nginx's own message when it cannot start", "[nginx]") {
  wt::test::TempDir tmp("nginx-harness-bad");
  CHECK_THROWS_WITH(NginxServer({tmp.path, "no_such_directive on;", ""}),
                    Catch::Contains("nginx test server did not start") && Catch::Contains("no_such_directive"));
}
