// Brotli (Content-Encoding: br), offered in Accept-Encoding: decoded, and
// its size limit applies to the decompressed body, as for gzip.
#include <catch2/catch.hpp>

#include <brotli/encode.h>

#include <string>

#include "audit/fetch/http_client.hpp"
#include "test_server.hpp"

using namespace wt::audit;
using wt::test::Connection;
using wt::test::http_response;
using wt::test::HttpRequest;
using wt::test::TestServer;

namespace {

std::string brotli(const std::string& text) {
  std::string out(BrotliEncoderMaxCompressedSize(text.size()), '\0');
  size_t size = out.size();
  REQUIRE(BrotliEncoderCompress(BROTLI_DEFAULT_QUALITY, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, text.size(),
                                reinterpret_cast<const uint8_t*>(text.data()), &size,
                                reinterpret_cast<uint8_t*>(out.data())) == BROTLI_TRUE);
  out.resize(size);
  return out;
}

FetchOptions quick() {
  FetchOptions o;
  o.delay_ms = 0;
  o.connect_timeout = 2;
  o.total_timeout = 10;
  return o;
}

}  // namespace

TEST_CASE("fetch: a brotli body is decoded", "[audit_fetch]") {
  TestServer server;
  const std::string html = "<html><head><title>Trường THCS A</title></head><body>Tin tức, thông báo</body></html>";
  const std::string body = brotli(html);
  server.on("/", [&](const HttpRequest&, Connection& c) {
    c.send(http_response(200, body, {{"Content-Type", "text/html; charset=utf-8"}, {"Content-Encoding", "br"}}));
  });
  auto client = make_curl_http_client(quick());
  auto got = client->fetch_all({{server.url("/"), 0}});
  REQUIRE(got.size() == 1);
  CHECK(got[0].error.empty());
  CHECK(got[0].body == html);
}

TEST_CASE("fetch: a brotli bomb stops at max_body of decompressed bytes", "[audit_fetch]") {
  TestServer server;
  const std::string bomb = brotli(std::string(64 * 1024 * 1024, '0'));
  REQUIRE(bomb.size() < 64 * 1024);  // 64 MiB in a few KiB
  server.on("/bomb", [&](const HttpRequest&, Connection& c) {
    c.send(http_response(200, bomb, {{"Content-Encoding", "br"}}));
  });
  auto o = quick();
  o.max_body = 1024 * 1024;
  auto client = make_curl_http_client(o);
  auto got = client->fetch_all({{server.url("/bomb"), 0}});
  REQUIRE(got.size() == 1);
  CHECK(got[0].error == "body too large");
  CHECK(got[0].body.size() <= o.max_body);
}
