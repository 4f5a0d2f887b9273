#include <catch2/catch.hpp>

#include <atomic>
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

long ms_since(Clock::time_point a) { return ms_between(a, Clock::now()); }

FetchOptions quick() {
  FetchOptions o;
  o.delay_ms = 0;
  o.connect_timeout = 2;
  o.total_timeout = 5;
  o.retry_backoff_ms = 100;
  return o;
}

}  // namespace

TEST_CASE("fetch: 200 with a gzip body is decompressed, headers lower-cased", "[audit_fetch]") {
  TestServer server;
  const std::string html = "<html><head><title>Trường THCS A</title></head><body>Tin tức</body></html>";
  server.on("/", [&](const HttpRequest&, Connection& c) {
    c.send(http_response(200, wt::test::gzip_literal(html),
                         {{"Content-Type", "text/html; charset=utf-8"},
                          {"Content-Encoding", "gzip"},
                          {"X-Powered-By", "NukeViet"}}));
  });
  server.on("/second", [](const HttpRequest&, Connection& c) { c.send(http_response(200, "ok")); });

  auto client = make_curl_http_client(quick());
  client->add({server.url("/"), 0});
  std::vector<Response> got;
  const auto n = client->run([&](Response r) {
    if (got.empty()) client->add({server.url("/second"), 0});  // the crawler discovers a link
    got.push_back(std::move(r));
  });
  CHECK(n == 2);
  CHECK(client->pending() == 0);
  REQUIRE(got.size() == 2);
  const Response& r = got[0];
  CHECK(r.error.empty());
  CHECK(r.status == 200);
  CHECK(r.body == html);
  CHECK(r.url == server.url("/"));
  CHECK(r.content_type == "text/html; charset=utf-8");
  REQUIRE(r.header("x-powered-by"));
  CHECK(*r.header("x-powered-by") == "NukeViet");
  CHECK(r.attempts == 1);
  CHECK(r.redirects == 0);
  CHECK(got[1].body == "ok");

  const auto reqs = server.requests("/");
  REQUIRE(reqs.size() == 1);
  const auto& ae = reqs[0].headers.at("accept-encoding");
  CHECK(ae.find("gzip") != std::string::npos);
  CHECK(ae.find("br") != std::string::npos);
  CHECK(reqs[0].headers.at("user-agent").rfind("Webtruong-audit/", 0) == 0);
}

TEST_CASE("fetch: a gzip bomb stops at max_body of decompressed bytes", "[audit_fetch]") {
  TestServer server;
  const std::string bomb = wt::test::gzip_zeros(16 * 1024 * 1024);
  REQUIRE(bomb.size() < 120 * 1024);
  server.on("/bomb", [&](const HttpRequest&, Connection& c) {
    c.send(http_response(200, bomb, {{"Content-Encoding", "gzip"}}));
  });
  auto o = quick();
  o.max_body = 1024 * 1024;
  auto client = make_curl_http_client(o);
  const auto t0 = Clock::now();
  auto got = client->fetch_all({{server.url("/bomb"), 0}});
  REQUIRE(got.size() == 1);
  CHECK(got[0].error == "body too large");
  CHECK(got[0].body.size() <= o.max_body);
  CHECK(ms_since(t0) < 2000);
}

TEST_CASE("fetch: a 1 GB body dripped slowly is cut by the low-speed limit", "[audit_fetch]") {
  TestServer server;
  server.on("/drip", [](const HttpRequest&, Connection& c) {
    if (!c.send("HTTP/1.1 200 OK\r\nContent-Length: 1000000000\r\nConnection: close\r\n\r\n")) return;
    for (int i = 0; i < 100 && c.send(std::string(16, 'x')); ++i) {
      if (!c.sleep(200)) return;
    }
  });
  auto o = quick();
  o.low_speed_bytes = 1000;
  o.low_speed_seconds = 1;
  o.total_timeout = 4;
  auto client = make_curl_http_client(o);
  const auto t0 = Clock::now();
  auto got = client->fetch_all({{server.url("/drip"), 0}});
  REQUIRE(got.size() == 1);
  CHECK(got[0].error == "timeout");
  CHECK(got[0].status == 200);
  CHECK(ms_since(t0) < 3500);
}

TEST_CASE("fetch: a fast but endless body is cut by the total timeout", "[audit_fetch]") {
  TestServer server;
  server.on("/flood", [](const HttpRequest&, Connection& c) {
    if (!c.send("HTTP/1.1 200 OK\r\nContent-Length: 1000000000\r\nConnection: close\r\n\r\n")) return;
    for (int i = 0; i < 200 && c.send(std::string(4000, 'x')); ++i) {
      if (!c.sleep(50)) return;
    }
  });
  auto o = quick();
  o.total_timeout = 1.2;
  auto client = make_curl_http_client(o);
  const auto t0 = Clock::now();
  auto got = client->fetch_all({{server.url("/flood"), 0}});
  REQUIRE(got.size() == 1);
  CHECK(got[0].error == "timeout");
  CHECK(ms_since(t0) >= 1100);
  CHECK(ms_since(t0) < 2500);
}

TEST_CASE("fetch: an endless redirect loop stops after 10 redirects", "[audit_fetch]") {
  TestServer server;
  server.on("/loop", [](const HttpRequest&, Connection& c) {
    c.send(http_response(302, "", {{"Location", "/loop"}}));
  });
  server.on("/hop", [&](const HttpRequest&, Connection& c) {
    c.send(http_response(301, "", {{"Location", server.url("/end")}}));
  });
  server.on("/end", [](const HttpRequest&, Connection& c) { c.send(http_response(200, "end")); });
  auto client = make_curl_http_client(quick());
  auto got = client->fetch_all({{server.url("/loop"), 0}, {server.url("/hop"), 0}});
  REQUIRE(got.size() == 2);
  for (const auto& r : got) {
    if (r.requested_url == server.url("/loop")) {
      CHECK(r.error == "too many redirects");
      CHECK(r.redirects == 10);
    } else {
      CHECK(r.error.empty());
      CHECK(r.url == server.url("/end"));
      CHECK(r.redirects == 1);
      CHECK(r.body == "end");
    }
  }
  CHECK(server.requests("/loop").size() == 11);
}

TEST_CASE("fetch: 429 with Retry-After is retried after the delay", "[audit_fetch]") {
  TestServer server;
  std::atomic<int> calls{0};
  server.on("/busy", [&](const HttpRequest&, Connection& c) {
    if (calls++ == 0) {
      c.send(http_response(429, "slow down", {{"Retry-After", "1"}}));
    } else {
      c.send(http_response(200, "ok"));
    }
  });
  auto client = make_curl_http_client(quick());
  auto got = client->fetch_all({{server.url("/busy"), 0}});
  REQUIRE(got.size() == 1);
  CHECK(got[0].error.empty());
  CHECK(got[0].status == 200);
  CHECK(got[0].body == "ok");
  CHECK(got[0].attempts == 2);
  const auto reqs = server.requests("/busy");
  REQUIRE(reqs.size() == 2);
  CHECK(ms_between(reqs[0].arrived, reqs[1].arrived) >= 990);
}

TEST_CASE("fetch: 503 three times gives up after the retries, backing off", "[audit_fetch]") {
  TestServer server;
  server.on("/down", [](const HttpRequest&, Connection& c) { c.send(http_response(503, "down")); });
  auto client = make_curl_http_client(quick());  // retries 2, back-off 100 ms
  auto got = client->fetch_all({{server.url("/down"), 0}});
  REQUIRE(got.size() == 1);
  CHECK(got[0].error.empty());
  CHECK(got[0].status == 503);
  CHECK(got[0].attempts == 3);
  const auto reqs = server.requests("/down");
  REQUIRE(reqs.size() == 3);
  CHECK(ms_between(reqs[0].arrived, reqs[1].arrived) >= 95);
  CHECK(ms_between(reqs[1].arrived, reqs[2].arrived) >= 195);
}

TEST_CASE("fetch: parse_retry_after reads seconds and HTTP dates, capped", "[audit_fetch]") {
  const long long now = 784111777;  // Sun, 06 Nov 1994 08:49:37 GMT
  CHECK(parse_retry_after("1", now, 60) == 1);
  CHECK(parse_retry_after(" 120 ", now, 60) == 60);
  CHECK(parse_retry_after("99999999999999999999999", now, 60) == 60);
  CHECK(parse_retry_after("Sun, 06 Nov 1994 08:49:47 GMT", now, 60) == 10);
  CHECK(parse_retry_after("Sun, 06 Nov 1994 08:49:00 GMT", now, 60) == 0);
  CHECK(parse_retry_after("soon", now, 60) == -1);
  CHECK(parse_retry_after("-5", now, 60) == -1);
  CHECK(parse_retry_after("", now, 60) == -1);
}

TEST_CASE("fetch: the per-host delay separates requests, priority orders them", "[audit_fetch]") {
  TestServer server;
  for (const char* p : {"/a", "/b", "/c"}) {
    server.on(p, [](const HttpRequest&, Connection& c) { c.send(http_response(200, "x")); });
  }
  auto o = quick();
  o.delay_ms = 300;
  auto client = make_curl_http_client(o);
  auto got = client->fetch_all({{server.url("/a"), 0}, {server.url("/b"), 5}, {server.url("/c"), 1}});
  CHECK(got.size() == 3);
  const auto reqs = server.requests();
  REQUIRE(reqs.size() == 3);
  CHECK(reqs[0].path == "/b");
  CHECK(reqs[1].path == "/c");
  CHECK(reqs[2].path == "/a");
  CHECK(ms_between(reqs[0].arrived, reqs[1].arrived) >= 300);
  CHECK(ms_between(reqs[1].arrived, reqs[2].arrived) >= 300);
}

TEST_CASE("fetch: two hosts run concurrently, one connection per host", "[audit_fetch]") {
  TestServer a;
  TestServer b;
  auto slow = [](const HttpRequest&, Connection& c) {
    if (c.sleep(400)) c.send(http_response(200, "slow"));
  };
  a.on("/1", slow);
  a.on("/2", slow);
  b.on("/1", slow);
  b.on("/2", slow);
  auto client = make_curl_http_client(quick());  // per_host 1, delay 0
  const auto t0 = Clock::now();
  auto got = client->fetch_all(
      {{a.url("/1"), 0}, {a.url("/2"), 0}, {b.url("/1"), 0}, {b.url("/2"), 0}});
  const long took = ms_since(t0);
  REQUIRE(got.size() == 4);
  for (const auto& r : got) CHECK(r.body == "slow");
  const auto ra = a.requests();
  const auto rb = b.requests();
  REQUIRE(ra.size() == 2);
  REQUIRE(rb.size() == 2);
  CHECK(ms_between(ra[0].arrived, ra[1].arrived) >= 390);  // not two at once on one host
  CHECK(ms_between(rb[0].arrived, rb[1].arrived) >= 390);
  CHECK(std::abs(ms_between(ra[0].arrived, rb[0].arrived)) < 200);  // hosts overlap
  CHECK(took < 1500);
}

TEST_CASE("fetch: connection refused and bad URLs end as errors", "[audit_fetch]") {
  auto client = make_curl_http_client(quick());
  const wt::test::RefusedPort closed;
  const std::string refused = "http://127.0.0.1:" + std::to_string(closed.port()) + "/";
  auto got = client->fetch_all({{refused, 0},
                                {"file:///etc/passwd", 0},
                                {"ht!tp://x", 0},
                                {"", 0},
                                {std::string("http://a\0b/", 11), 0}});
  REQUIRE(got.size() == 5);
  for (const auto& r : got) {
    CHECK(r.status == 0);
    if (r.requested_url == refused) {
      CHECK(r.error == "connection refused");
      CHECK(r.attempts == 1);
    } else {
      CHECK(r.error == "bad url");
      CHECK(r.attempts == 0);
    }
  }
}

TEST_CASE("fetch: the host budget and the run budget bound the time", "[audit_fetch]") {
  TestServer server;
  server.on("/stall", [](const HttpRequest&, Connection& c) {
    if (c.sleep(5000)) c.send(http_response(200, "late"));
  });

  SECTION("host budget") {
    auto o = quick();
    o.host_budget = 0.5;
    auto client = make_curl_http_client(o);
    const auto t0 = Clock::now();
    auto got = client->fetch_all({{server.url("/stall"), 0}, {server.url("/stall?2"), 0}});
    REQUIRE(got.size() == 2);
    CHECK(got[0].error == "host budget exceeded");
    CHECK(got[1].error == "host budget exceeded");
    CHECK(server.requests().size() == 1);
    CHECK(ms_since(t0) < 1500);
  }
  SECTION("run budget") {
    auto client = make_curl_http_client(quick());
    client->add({server.url("/stall"), 0});
    client->add({server.url("/stall?2"), 0});
    const auto t0 = Clock::now();
    std::vector<Response> got;
    client->run([&](Response r) { got.push_back(std::move(r)); }, std::chrono::milliseconds(300));
    CHECK(ms_since(t0) < 1000);
    REQUIRE(got.size() == 1);
    CHECK(got[0].error == "run budget exceeded");
    CHECK(client->pending() == 1);  // the second waits for a later run
  }
}
