// Issue 10, part 1 at the fetch layer: redirects followed by our code, each
// hop checked before it is requested; every socket checked at libcurl's
// open-socket callback against the site's own addresses, so a listener on
// 127.0.0.2 (standing for a forbidden target: any loopback address but the
// seed's counts as forbidden) sees no connection at all; DNS that changes
// its answer (CURLOPT_RESOLVE) cannot get around it; proxy variables of the
// environment are ignored; a body can be cut at a cap without failing.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>
#include <string>

#include "audit/fetch/address_guard.hpp"
#include "audit/fetch/http_client.hpp"
#include "test_server.hpp"

using namespace wt::audit;
using wt::test::Connection;
using wt::test::http_response;
using wt::test::HttpRequest;
using wt::test::TestServer;

namespace {

FetchOptions quick() {
  FetchOptions o;
  o.delay_ms = 0;
  o.connect_timeout = 2;
  o.total_timeout = 5;
  return o;
}

Response fetch_one(HttpClient& client, Request request) {
  auto got = client.fetch_all({std::move(request)}, std::chrono::seconds(20));
  REQUIRE(got.size() == 1);
  return got[0];
}

/// Sets an environment variable for the test's life, restoring it after.
struct ScopedEnv {
  std::string name;
  std::optional<std::string> old;
  ScopedEnv(const std::string& n, const std::string& value) : name(n) {
    if (const char* v = std::getenv(n.c_str())) old = v;
    ::setenv(n.c_str(), value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (old) ::setenv(name.c_str(), old->c_str(), 1);
    else ::unsetenv(name.c_str());
  }
};

}  // namespace

TEST_CASE("fetch: a redirect to another loopback address is refused at the socket, it sees no connection",
          "[audit_fetch][hostile]") {
  TestServer site;
  TestServer forbidden("127.0.0.2", 0);
  forbidden.on("/secret", [](const HttpRequest&, Connection& c) { c.send(http_response(200, "secret")); });
  site.on("/", [&](const HttpRequest&, Connection& c) {
    c.send(http_response(302, "", {{"Location", forbidden.url("/secret")}}));
  });
  auto client = make_curl_http_client(quick());
  const Response r = fetch_one(*client, {site.url("/"), 0});
  CHECK(r.error == "address refused");
  CHECK(r.status == 0);
  CHECK(r.redirects == 1);
  CHECK(r.url == forbidden.url("/secret"));
  REQUIRE(r.refusals.size() == 1);
  CHECK(r.refusals[0].url == forbidden.url("/secret"));
  CHECK(r.refusals[0].reason == "loopback address 127.0.0.2");
  CHECK(r.body.empty());
  CHECK(forbidden.connections() == 0);
  CHECK(site.requests("/").size() == 1);
}

TEST_CASE("fetch: the metadata address in decimal, in hex and behind a name is refused at the socket",
          "[audit_fetch][hostile]") {
  TestServer site;
  const std::string port = std::to_string(site.port());
  site.on("/decimal", [&](const HttpRequest&, Connection& c) {
    c.send(http_response(301, "", {{"Location", "http://2852039166:" + port + "/latest/meta-data/"}}));
  });
  site.on("/hex", [&](const HttpRequest&, Connection& c) {
    c.send(http_response(307, "", {{"Location", "http://0xA9.0xFE.0xA9.0xFE:" + port + "/"}}));
  });
  site.on("/name", [&](const HttpRequest&, Connection& c) {
    c.send(http_response(308, "", {{"Location", "http://metadata.test:" + port + "/computeMetadata/v1/"}}));
  });
  site.on("/mapped", [&](const HttpRequest&, Connection& c) {
    c.send(http_response(302, "", {{"Location", "http://mapped.test:" + port + "/"}}));
  });
  auto options = quick();
  options.test_resolve = [port] {
    return std::vector<std::string>{"metadata.test:" + port + ":169.254.169.254",
                                    "mapped.test:" + port + ":[::ffff:169.254.169.254]"};
  };
  auto client = make_curl_http_client(options);
  const std::pair<const char*, std::string> cases[] = {
      {"/decimal", "http://169.254.169.254:" + port + "/latest/meta-data/"},
      {"/hex", "http://169.254.169.254:" + port + "/"},
      {"/name", "http://metadata.test:" + port + "/computeMetadata/v1/"},
      {"/mapped", "http://mapped.test:" + port + "/"},
  };
  for (const auto& [path, target] : cases) {
    INFO(path);
    const Response r = fetch_one(*client, {site.url(path), 0});
    CHECK(r.error == "address refused");
    REQUIRE(r.refusals.size() == 1);
    CHECK(r.refusals[0].url == target);
    CHECK(r.refusals[0].reason == "cloud metadata address 169.254.169.254");
  }
}

TEST_CASE("fetch: DNS that changes its answer cannot move a site to another address",
          "[audit_fetch][hostile]") {
  TestServer site;
  TestServer forbidden("127.0.0.2", site.port());  // same port, other address
  const std::string port = std::to_string(site.port());
  site.on("/robots.txt", [](const HttpRequest&, Connection& c) { c.send(http_response(200, "User-agent: *\n")); });
  site.on("/page", [](const HttpRequest&, Connection& c) { c.send(http_response(200, "page")); });
  forbidden.on("/page", [](const HttpRequest&, Connection& c) { c.send(http_response(200, "inside")); });
  std::string address = "127.0.0.1";
  auto options = quick();
  options.test_resolve = [&] { return std::vector<std::string>{"school.test:" + port + ":" + address}; };
  auto client = make_curl_http_client(options);
  const std::string seed = "http://school.test:" + port + "/";

  // The first connection pins the seed's own address (a loopback one: allowed).
  Response first = fetch_one(*client, {seed + "robots.txt", 100, {}, seed});
  CHECK(first.error.empty());
  CHECK(first.status == 200);
  CHECK(first.refusals.empty());

  // Then the name answers another address.
  address = "127.0.0.2";
  Response second = fetch_one(*client, {seed + "page", 0, {}, seed});
  CHECK(second.error == "address refused");
  REQUIRE(second.refusals.size() == 1);
  CHECK(second.refusals[0].url == seed + "page");
  CHECK(second.refusals[0].reason == "loopback address 127.0.0.2");
  CHECK(forbidden.connections() == 0);

  // Back to the pinned address: fetched again.
  address = "127.0.0.1";
  Response third = fetch_one(*client, {seed + "page", 0, {}, seed});
  CHECK(third.error.empty());
  CHECK(third.body == "page");
}

TEST_CASE("fetch: the redirect check refuses a hop before it is requested, and says why",
          "[audit_fetch][hostile]") {
  TestServer site;
  TestServer other("127.0.0.2", 0);
  other.on("/", [](const HttpRequest&, Connection& c) { c.send(http_response(200, "other")); });
  site.on("/off", [&](const HttpRequest&, Connection& c) {
    c.send(http_response(302, "", {{"Location", other.url("/")}}));
  });
  site.on("/file", [](const HttpRequest&, Connection& c) {
    c.send(http_response(302, "", {{"Location", "file:///etc/passwd"}}));
  });
  site.on("/gopher", [](const HttpRequest&, Connection& c) {
    c.send(http_response(301, "", {{"Location", "gopher://127.0.0.1:70/"}}));
  });
  site.on("/in", [&](const HttpRequest&, Connection& c) {
    c.send(http_response(303, "", {{"Location", "/end"}}));
  });
  site.on("/end", [](const HttpRequest&, Connection& c) { c.send(http_response(200, "end")); });
  auto client = make_curl_http_client(quick());
  std::vector<std::pair<std::string, std::string>> asked;
  client->set_redirect_check([&](const Request& request, const std::string& target) -> std::string {
    asked.emplace_back(request.url, target);
    return target.rfind(site.url("/"), 0) == 0 ? "" : "redirect to another site";
  });

  Response off = fetch_one(*client, {site.url("/off"), 0});
  CHECK(off.error == "redirect refused");
  CHECK(off.status == 302);
  CHECK(off.url == site.url("/off"));
  REQUIRE(off.refusals.size() == 1);
  CHECK(off.refusals[0].url == other.url("/"));
  CHECK(off.refusals[0].reason == "redirect to another site");
  CHECK(other.connections() == 0);

  Response file = fetch_one(*client, {site.url("/file"), 0});
  CHECK(file.error == "redirect refused");
  REQUIRE(file.refusals.size() == 1);
  CHECK(file.refusals[0].reason == "redirect to a file: URL");
  Response gopher = fetch_one(*client, {site.url("/gopher"), 0});
  REQUIRE(gopher.refusals.size() == 1);
  CHECK(gopher.refusals[0].reason == "redirect to a gopher: URL");

  Response in = fetch_one(*client, {site.url("/in"), 0});
  CHECK(in.error.empty());
  CHECK(in.body == "end");
  CHECK(in.url == site.url("/end"));
  CHECK(in.redirects == 1);
  // The check saw the request and each http(s) hop, resolved.
  CHECK(asked == std::vector<std::pair<std::string, std::string>>{{site.url("/off"), other.url("/")},
                                                                   {site.url("/in"), site.url("/end")}});
}

TEST_CASE("fetch: proxy environment variables are ignored, --proxy is used when given", "[audit_fetch][hostile]") {
  TestServer site;
  TestServer proxy;
  wt::test::RefusedPort dead;
  const std::string port = std::to_string(site.port());
  const std::string target = "http://school.test:" + port + "/";
  site.on("/", [](const HttpRequest&, Connection& c) { c.send(http_response(200, "direct")); });
  proxy.on(target, [](const HttpRequest&, Connection& c) { c.send(http_response(200, "via proxy")); });
  const std::string nowhere = "http://127.0.0.1:" + std::to_string(dead.port());
  ScopedEnv e1("http_proxy", nowhere), e2("HTTP_PROXY", nowhere), e3("https_proxy", nowhere),
      e4("HTTPS_PROXY", nowhere), e5("ALL_PROXY", nowhere), e6("all_proxy", nowhere), e7("NO_PROXY", ""),
      e8("no_proxy", "");
  auto options = quick();
  options.test_resolve = [port] { return std::vector<std::string>{"school.test:" + port + ":127.0.0.1"}; };
  auto direct = make_curl_http_client(options);
  Response r = fetch_one(*direct, {target, 0});
  CHECK(r.error.empty());
  CHECK(r.body == "direct");

  options.proxy = proxy.url("");
  auto proxied = make_curl_http_client(options);
  Response p = fetch_one(*proxied, {target, 0});
  CHECK(p.error.empty());
  CHECK(p.body == "via proxy");
  CHECK(proxy.requests(target).size() == 1);
  CHECK(site.requests("/").size() == 1);  // only the direct fetch

  // Through a proxy the sockets go to the proxy: an address written in the URL is still judged.
  Response m = fetch_one(*proxied, {"http://169.254.169.254/latest/meta-data/", 0, {}, target});
  CHECK(m.error == "address refused");
  REQUIRE(m.refusals.size() == 1);
  CHECK(m.refusals[0].reason == "cloud metadata address 169.254.169.254");
  CHECK(proxy.requests().size() == 1);
}

TEST_CASE("fetch: a body cut at the request's cap is kept, without an error", "[audit_fetch][hostile]") {
  TestServer server;
  const std::string big(2 * 1024 * 1024, 'a');
  server.on("/big", [&](const HttpRequest&, Connection& c) { c.send(http_response(200, big)); });
  const std::string bomb = wt::test::gzip_zeros(64 * 1024 * 1024);
  server.on("/bomb", [&](const HttpRequest&, Connection& c) {
    c.send(http_response(200, bomb, {{"Content-Encoding", "gzip"}}));
  });
  auto client = make_curl_http_client(quick());
  for (const char* path : {"/big", "/bomb"}) {
    INFO(path);
    Request cut{server.url(path), 0};
    cut.max_body = 500 * 1024;
    cut.truncate_body = true;
    Response r = fetch_one(*client, cut);
    CHECK(r.error.empty());
    CHECK(r.status == 200);
    CHECK(r.truncated);
    CHECK(r.body.size() == 500 * 1024);
    Request strict{server.url(path), 0};
    strict.max_body = 500 * 1024;
    Response s = fetch_one(*client, strict);
    CHECK(s.error == "body too large");
    CHECK_FALSE(s.truncated);
  }
}

TEST_CASE("audit::AddressGuard allows public addresses and the seed's own, pinned once", "[audit_fetch]") {
  auto ip = [](const char* host) { return *parse_ip_host(host); };
  AddressGuard literal("http://127.0.0.1:8080/");
  CHECK_FALSE(literal.pins("127.0.0.1"));
  CHECK(literal.check(ip("127.0.0.1"), false).empty());
  CHECK(literal.check(ip("[::ffff:127.0.0.1]"), false).empty());
  CHECK(literal.check(ip("127.0.0.2"), false) == "loopback address 127.0.0.2");
  CHECK(literal.check(ip("10.0.0.1"), true) == "private address 10.0.0.1");
  CHECK(literal.check(ip("169.254.169.254"), false) == "cloud metadata address 169.254.169.254");
  CHECK(literal.check(ip("[fd00:ec2::254]"), false) == "cloud metadata address fd00:ec2::254");
  CHECK(literal.check(ip("[fe80::1]"), false) == "link-local address fe80::1");
  CHECK(literal.check(ip("100.64.1.1"), false) == "shared (CGNAT) address 100.64.1.1");
  CHECK(literal.check(ip("8.8.8.8"), false).empty());

  AddressGuard named("http://thcs-a.edu.vn/");
  CHECK_FALSE(named.pins("www.thcs-a.edu.vn"));
  REQUIRE(named.pins("thcs-a.edu.vn"));
  CHECK(named.check(ip("10.0.0.5"), true).empty());  // a LAN copy: its first answer
  CHECK(named.check(ip("169.254.169.254"), true) == "cloud metadata address 169.254.169.254");
  named.close_pinning();
  CHECK_FALSE(named.pins("thcs-a.edu.vn"));
  CHECK(named.check(ip("10.0.0.5"), false).empty());
  CHECK(named.check(ip("10.0.0.6"), true) == "private address 10.0.0.6");

  AddressGuard public_site("https://thpt-b.edu.vn/");
  CHECK(public_site.check(ip("203.113.1.1"), public_site.pins("thpt-b.edu.vn")).empty());
  public_site.close_pinning();  // a public first answer ends pinning too
  CHECK(public_site.check(ip("127.0.0.1"), public_site.pins("thpt-b.edu.vn")) == "loopback address 127.0.0.1");
}
