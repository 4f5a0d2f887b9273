// run() with work beside the transfers (keep_going) and wakeup() from another
// thread: how the crawler parses pages on other cores while it fetches.
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <thread>

#include "audit/fetch/http_client.hpp"
#include "test_server.hpp"

using namespace wt::audit;
using wt::test::Connection;
using wt::test::http_response;
using wt::test::HttpRequest;
using wt::test::TestServer;

namespace {

FetchOptions no_delay() {
  FetchOptions o;
  o.delay_ms = 0;
  o.connect_timeout = 2;
  o.total_timeout = 5;
  return o;
}

}  // namespace

TEST_CASE("fetch: run() waits for keep_going, and fetches what it adds", "[audit_fetch]") {
  TestServer server;
  for (const char* p : {"/a", "/b"})
    server.on(p, [](const HttpRequest&, Connection& c) { c.send(http_response(200, "ok")); });
  auto client = make_curl_http_client(no_delay());
  client->add({server.url("/a"), 0});

  // Another thread "finishes its work" after 200 ms; only then may /b be added.
  std::atomic<bool> ready{false};
  std::thread other([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    ready = true;
    client->wakeup();
  });
  bool added = false;
  std::vector<std::string> got;
  const auto start = std::chrono::steady_clock::now();
  const auto delivered = client->run([&](Response r) { got.push_back(r.url); }, std::chrono::seconds(10),
                                     [&] {
                                       if (ready && !added) {
                                         client->add({server.url("/b"), 0});
                                         added = true;
                                       }
                                       return !added;
                                     });
  const auto elapsed = std::chrono::steady_clock::now() - start;
  other.join();

  CHECK(delivered == 2);
  REQUIRE(got.size() == 2);
  CHECK(got[1] == server.url("/b"));
  CHECK(elapsed >= std::chrono::milliseconds(190));
  CHECK(elapsed < std::chrono::seconds(5));
}

TEST_CASE("fetch: wakeup() from another thread turns run()'s loop at once", "[audit_fetch]") {
  auto client = make_curl_http_client(no_delay());
  // Idle, run() polls at most 100 ms at a time: over the 20 wakeups below
  // (about 200 ms) that would be a few turns, not one per wakeup.
  std::atomic<bool> done{false};
  std::thread other([&] {
    for (int i = 0; i < 20; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      client->wakeup();
    }
    done = true;
    client->wakeup();
  });
  int turns = 0;
  client->run({}, std::chrono::seconds(10), [&] {
    ++turns;
    return !done;
  });
  other.join();
  CHECK(turns >= 10);
}

TEST_CASE("fetch: without keep_going, an idle run() returns at once", "[audit_fetch]") {
  auto client = make_curl_http_client(no_delay());
  const auto start = std::chrono::steady_clock::now();
  CHECK(client->run({}) == 0);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(50));
}
