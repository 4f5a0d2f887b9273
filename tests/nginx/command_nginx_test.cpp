// `webtruong nginx` as a user runs it: the binary writes the configuration
// of a built site, nginx -t accepts it and nginx serves the site with it,
// even from a folder whose name holds spaces, ';' and braces; bad values are
// usage errors (2), an alias nginx cannot hold is an error at its line (1).
#include <catch2/catch.hpp>

#include <filesystem>

#include "core/file_io.hpp"
#include "nginx/http_get.hpp"
#include "nginx/run_webtruong.hpp"
#include "support/nginx_server.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using wt::test::Run;
using wt::test::shell_quote;
using wt::test::TempSite;
using wt::test::webtruong;

namespace {

const char* kSite = R"(
-- site.yaml --
name: "Trường THCS Thử"
base_url: "https://thcs-thu.example.vn/"
-- content/tin-tuc/khai-giang.md --
---
title: Lễ khai giảng
date: 2025-09-05
aliases: ["/tin-cu/khai-giang.html"]
---
Nội dung.
-- static/files/mau-don.pdf --
%PDF-1.4
)";

}  // namespace

TEST_CASE("webtruong nginx writes a configuration nginx -t accepts and serves with", "[nginx][cli]") {
  TempSite site(kSite);
  // A folder whose name could break an unquoted configuration.
  const fs::path dir = site.path() / "Trường A; {x} b";
  fs::create_directories(dir);
  for (const auto& e : fs::directory_iterator(site.path()))
    if (e.path() != dir) fs::rename(e.path(), dir / e.path().filename());
  Run b = webtruong("build -q " + shell_quote(dir.string()));
  INFO(b.err);
  REQUIRE(b.status == 0);

  wt::test::NginxServer::Options o;
  o.root = dir / "public";
  std::string written;
  o.servers = [&](int port) {
    fs::path conf = site.path() / "site.conf";
    Run r = webtruong("nginx " + shell_quote(dir.string()) + " --listen 127.0.0.1:" + std::to_string(port) +
                      " --server-name thcs-thu.example.vn --server-name www.thcs-thu.example.vn -o " +
                      shell_quote(conf.string()));
    if (r.status != 0) throw std::runtime_error("webtruong nginx failed: " + r.err);
    written = wt::read_file(conf).value_or("");
    return "include " + conf.string() + ";";
  };
  wt::test::NginxServer nginx(std::move(o));  // nginx -t would say what nginx says at start
  CHECK(written.find("    server_name thcs-thu.example.vn www.thcs-thu.example.vn;\n") != std::string::npos);
  CHECK(written.find("    root \"" + (dir / "public").string() + "\";\n") != std::string::npos);

  auto home = wt::test::http_get(nginx.port(), "www.thcs-thu.example.vn", "/");
  CHECK(home.status == 200);
  CHECK(home.body == wt::read_file(dir / "public/index.html").value_or("?"));
  auto alias = wt::test::http_get(nginx.port(), "thcs-thu.example.vn", "/tin-cu/khai-giang.html");
  CHECK(alias.status == 301);
  CHECK(alias.header("location") == "/tin-tuc/le-khai-giang/");
  auto pdf = wt::test::http_get(nginx.port(), "thcs-thu.example.vn", "/files/mau-don.pdf");
  CHECK(pdf.status == 200);
  CHECK(pdf.header("content-security-policy") == "sandbox");
}

TEST_CASE("webtruong nginx prints to the standard output and passes nginx -t", "[nginx][cli]") {
  TempSite site(kSite);
  Run r = webtruong("nginx " + shell_quote(site.path().string()) + " --out " +
                    shell_quote((site.path() / "dist").string()));
  CHECK(r.status == 0);
  CHECK(r.err == "webtruong: note: " + (site.path() / "dist").string() +
                     " holds no built site yet; run 'webtruong build' before nginx serves it\n");
  CHECK(r.out.rfind("# nginx configuration written by Webtruong.", 0) == 0);
  CHECK(r.out.find("    listen 80;\n    server_name thcs-thu.example.vn;\n") != std::string::npos);
  // nginx -t on it (port 80 is only bound when nginx runs, not when it tests).
  Run t = wt::test::nginx_t(r.out, site.path() / "nginx-t");
  INFO(t.out);
  CHECK(t.status == 0);
}

TEST_CASE("webtruong nginx refuses an alias nginx cannot hold at its line and column, and bad options", "[nginx][cli]") {
  TempSite site(R"(
-- site.yaml --
name: "Trường THCS Thử"
-- content/a.md --
---
title: A
aliases: ["/cu/", "/a;b/"]
---
)");
  Run r = webtruong("nginx " + shell_quote(site.path().string()));
  CHECK(r.status == 1);
  CHECK(r.out.empty());
  CHECK(r.err ==
        "content/a.md:3:19: error: the alias '/a;b/' cannot be served by nginx: ';' cannot be written into the nginx "
        "configuration; write old addresses with letters, digits, '-', '_', '.' and '/'\n");

  Run listen = webtruong("nginx " + shell_quote(site.path().string()) + " --listen '80; include /etc/passwd'");
  CHECK(listen.status == 2);
  CHECK(listen.err.rfind("webtruong nginx: '--listen' '80; include /etc/passwd' is not a port, ADDRESS:PORT, "
                         "[IPv6]:PORT or unix:/path\n\nusage: webtruong nginx [SITE_DIR] [options]\n",
                         0) == 0);
  Run host = webtruong("nginx " + shell_quote(site.path().string()) + " --server-name 'a.vn{'");
  CHECK(host.status == 2);
  CHECK(host.err.rfind("webtruong nginx: '--server-name' 'a.vn{' is not a host name: '{' is not allowed", 0) == 0);
  Run base = webtruong("nginx " + shell_quote(site.path().string()) + " --base-url ftp://x/");
  CHECK(base.status == 2);
  Run two = webtruong("nginx a b");
  CHECK(two.status == 2);
  CHECK(two.err.rfind("webtruong nginx: only one site folder at a time\n", 0) == 0);
  Run help = webtruong("nginx --help");
  CHECK(help.status == 0);
  CHECK(help.out.rfind("usage: webtruong nginx [SITE_DIR] [options]\n", 0) == 0);
}

TEST_CASE("webtruong nginx exits 1 on a site that does not load", "[nginx][cli]") {
  TempSite site(R"(
-- site.yaml --
name: [
)");
  Run r = webtruong("nginx " + shell_quote(site.path().string()));
  CHECK(r.status == 1);
  CHECK(r.out.empty());
  CHECK(r.err.rfind("site.yaml:", 0) == 0);
}
