// Per-host delay overrides (robots.txt Crawl-delay) and held requests
// (robots.txt answered 5xx, asked again later).
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "audit/fetch/http_client.hpp"
#include "test_server.hpp"

using namespace wt::audit;
using wt::test::Clock;
using wt::test::Connection;
using wt::test::http_response;
using wt::test::HttpRequest;
using wt::test::TestServer;

namespace {

long ms_between(Clock::time_point a, Clock::time_point b) {
  return static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(b - a).count());
}

FetchOptions no_delay() {
  FetchOptions o;
  o.delay_ms = 0;
  o.connect_timeout = 2;
  o.total_timeout = 5;
  return o;
}

}  // namespace

TEST_CASE("fetch: set_host_delay spaces the requests of that host only", "[audit_fetch]") {
  TestServer slow, fast;
  for (auto* s : {&slow, &fast})
    for (const char* p : {"/a", "/b", "/c"})
      s->on(p, [](const HttpRequest&, Connection& c) { c.send(http_response(200, "ok")); });

  auto client = make_curl_http_client(no_delay());
  client->set_host_delay(slow.url("/"), std::chrono::milliseconds(600));
  for (const char* p : {"/a", "/b", "/c"}) {
    client->add({slow.url(p), 0});
    client->add({fast.url(p), 0});
  }
  CHECK(client->run({}) == 6);

  auto s = slow.requests();
  REQUIRE(s.size() == 3);
  CHECK(ms_between(s[0].finished, s[1].arrived) >= 580);
  CHECK(ms_between(s[1].finished, s[2].arrived) >= 580);
  auto f = fast.requests();
  REQUIRE(f.size() == 3);
  CHECK(ms_between(f[0].arrived, f[2].finished) < 500);  // not held back by the slow host's 600 ms
}

TEST_CASE("fetch: a held request waits before it starts", "[audit_fetch]") {
  TestServer server;
  server.on("/robots.txt", [](const HttpRequest&, Connection& c) { c.send(http_response(200, "")); });
  auto client = make_curl_http_client(no_delay());
  const auto added = Clock::now();
  Request r{server.url("/robots.txt"), 0};
  r.hold = std::chrono::milliseconds(250);
  client->add(r);
  CHECK(client->run({}) == 1);
  auto got = server.requests("/robots.txt");
  REQUIRE(got.size() == 1);
  CHECK(ms_between(added, got[0].arrived) >= 240);
}
