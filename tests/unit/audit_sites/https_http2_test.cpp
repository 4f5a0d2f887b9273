// HTTPS and HTTP/2 where offered (issue 4, part 1): nginx on loopback with a
// self-signed certificate made by the test, serving over TLS with http2.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

#include "audit/crawl/crawler.hpp"
#include "audit/fetch/http_client.hpp"
#include "audit/command/audit_sites.hpp"
#include "regulations/rule_set.hpp"
#include "support/nginx_server.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt::audit;

namespace {

struct TlsSite {
  fs::path dir;
  TlsSite() {
    dir = wt::test::make_temp_dir("wt-tls");
    fs::create_directories(dir / "www");
    std::ofstream(dir / "www" / "index.html")
        << "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Trường THCS A</title></head>"
           "<body><nav><a href=\"/tin-tuc/\">Tin tức</a></nav><h1>Trường THCS A</h1></body></html>";
    fs::create_directories(dir / "www" / "tin-tuc");
    std::ofstream(dir / "www" / "tin-tuc" / "index.html")
        << "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Tin tức</title></head>"
           "<body><h1>Tin tức</h1></body></html>";
    const std::string cmd = "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 "
                            "-addext subjectAltName=IP:127.0.0.1 -keyout '" +
                            (dir / "key.pem").string() + "' -out '" + (dir / "cert.pem").string() +
                            "' >/dev/null 2>&1";
    REQUIRE(std::system(cmd.c_str()) == 0);
  }
  ~TlsSite() { fs::remove_all(dir); }
  wt::test::NginxServer::Options nginx() const {
    return {dir / "www",
            "ssl_certificate " + (dir / "cert.pem").string() + ";\nssl_certificate_key " +
                (dir / "key.pem").string() + ";",
            "", "ssl http2"};
  }
};

}  // namespace

TEST_CASE("fetch: HTTPS with HTTP/2 where the server offers it, an untrusted certificate is an error") {
  TlsSite site;
  wt::test::NginxServer nginx(site.nginx());
  REQUIRE(nginx.base_url().rfind("https://127.0.0.1:", 0) == 0);

  FetchOptions o;
  o.delay_ms = 0;
  o.ca_file = (site.dir / "cert.pem").string();
  auto client = make_curl_http_client(o);
  auto got = client->fetch_all({{nginx.base_url(), 0}});
  REQUIRE(got.size() == 1);
  CHECK(got[0].error.empty());
  CHECK(got[0].status == 200);
  CHECK(got[0].http_version == 2);
  CHECK(got[0].body.find("Trường THCS A") != std::string::npos);

  FetchOptions h1 = o;
  h1.http2 = false;
  got = make_curl_http_client(h1)->fetch_all({{nginx.base_url(), 0}});
  REQUIRE(got.size() == 1);
  CHECK(got[0].http_version == 1);

  // Without the test's CA the self-signed certificate is refused, and said so.
  FetchOptions system_ca = o;
  system_ca.ca_file.clear();
  got = make_curl_http_client(system_ca)->fetch_all({{nginx.base_url(), 0}});
  REQUIRE(got.size() == 1);
  CHECK(got[0].status == 0);
  CHECK(got[0].error == "tls error");
}

TEST_CASE("crawl: a site served over HTTPS and HTTP/2 is crawled and passes the https probe") {
  TlsSite site;
  wt::test::NginxServer nginx(site.nginx());
  CrawlOptions options;
  options.delay_ms = 0;
  options.progress = false;
  options.ca_file = (site.dir / "cert.pem").string();
  options.site_budget = 20;
  wt::DiagnosticSink sink;
  auto rules = wt::regulations::load_rule_set(fs::path(WT_SOURCE_DIR) / "schemas/rules/tt37-2020.yaml", sink);
  REQUIRE(rules);
  AuditSetup setup;
  setup.rules = &*rules;
  setup.school_type = "thcs";
  auto results = audit_sites({nginx.base_url()}, setup, options);
  REQUIRE(results.size() == 1);
  CHECK(results[0].pages == 2);
  CHECK(results[0].crawl.robots_status == 404);
  bool https_found = false;
  for (const auto& m : results[0].sections)
    if (m.id == "https") https_found = m.found;
  CHECK(https_found);
}
