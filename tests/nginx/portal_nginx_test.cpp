// `webtruong portal nginx` as a sở runs it (issue 12, part 7): a small
// portal (one member on a path of the portal's host, one on its own host
// name) built with `webtruong portal build`, its configuration written by
// `webtruong portal nginx`, Debian's nginx started on 127.0.0.1 with it
// (support/nginx_server: its own prefix, a free port, stopped at the end
// whatever happens) and every rule fetched over loopback with the Host
// header of the server it is for.
#include <catch2/catch.hpp>

#include <filesystem>

#include "core/file_io.hpp"
#include "nginx/http_get.hpp"
#include "nginx/run_webtruong.hpp"
#include "support/nginx_server.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using wt::test::http_get;
using wt::test::Run;
using wt::test::shell_quote;
using wt::test::TempSite;
using wt::test::webtruong;

namespace {

const char* kPortal = R"(
-- portal.yaml --
name: "Cổng thông tin điện tử Sở GDĐT Thử"
province: "Phú Thọ"
base_url: "https://so.example.vn/"
members:
  - slug: thcs-a
    source: members/thcs-a
    commune: "phường Vĩnh Phúc"
    school_type: thcs
  - slug: mn-b
    source: members/mn-b
    host: mnb.example.edu.vn
    commune: "xã Tam Dương"
    school_type: mn
-- members/thcs-a/site.yaml --
name: "Trường THCS A"
type: thcs
base_url: "https://thcsa.example.edu.vn/"
-- members/thcs-a/content/tin-tuc/khai-giang.md --
---
title: Lễ khai giảng
date: 2025-09-05
aliases: ["/tin-cu/khai-giang.html"]
portal: true
---
Nội dung.
-- members/thcs-a/static/files/mau-don.pdf --
%PDF-1.4
-- members/mn-b/site.yaml --
name: "Trường Mầm non B"
type: mn
-- members/mn-b/content/tin-tuc/thuc-don.md --
---
title: Thực đơn tuần
date: 2025-09-08
---
Cơm, canh.
)";

const std::string kPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'";

std::string file(const fs::path& p) { return wt::read_file(p).value_or("(missing " + p.string() + ")"); }

}  // namespace

TEST_CASE("webtruong portal nginx serves a built portal with a real nginx", "[nginx][portal]") {
  TempSite portal(kPortal);
  const fs::path out = portal.path() / "public", www = out / "www", host = out / "hosts/mnb.example.edu.vn";
  Run b = webtruong("portal build -q " + shell_quote(portal.path().string()));
  INFO(b.err);
  REQUIRE(b.status == 0);
  // Private folders as an incremental build or a tool may leave them.
  portal.write("public/www/.webtruong/cache.json", "{\"secret\": 1}");
  portal.write("public/www/thcs-a/.webtruong/cache.json", "{\"secret\": 2}");
  portal.write("public/hosts/mnb.example.edu.vn/.git/config", "secret");

  wt::test::NginxServer::Options o;
  o.root = www;
  std::string written;
  o.servers = [&](int port) {
    const fs::path conf = portal.path() / "portal.conf";
    Run r = webtruong("portal nginx " + shell_quote(portal.path().string()) + " --listen 127.0.0.1:" +
                      std::to_string(port) + " -o " + shell_quote(conf.string()));
    if (r.status != 0 || !r.err.empty()) throw std::runtime_error("webtruong portal nginx failed: " + r.err);
    written = file(conf);
    return "include " + conf.string() + ";";
  };
  wt::test::NginxServer nginx(std::move(o));
  CHECK(written.find("    server_name so.example.vn;\n    root \"" + fs::absolute(www).string() + "\";\n") !=
        std::string::npos);
  CHECK(written.find("    server_name mnb.example.edu.vn;\n    root \"" + fs::absolute(host).string() + "\";\n") !=
        std::string::npos);
  const int port = nginx.port();

  // Pages of the portal and of both members, with the theme's policy.
  struct Page {
    std::string host, path;
    fs::path file;
  };
  for (const Page& page : std::vector<Page>{{"so.example.vn", "/", www / "index.html"},
                                            {"so.example.vn", "/bang-theo-doi/", www / "bang-theo-doi/index.html"},
                                            {"so.example.vn", "/thcs-a/", www / "thcs-a/index.html"},
                                            {"so.example.vn", "/thcs-a/tin-tuc/le-khai-giang/",
                                             www / "thcs-a/tin-tuc/le-khai-giang/index.html"},
                                            {"mnb.example.edu.vn", "/", host / "index.html"},
                                            {"mnb.example.edu.vn", "/tin-tuc/thuc-don-tuan/",
                                             host / "tin-tuc/thuc-don-tuan/index.html"}}) {
    INFO(page.host << page.path);
    auto r = http_get(port, page.host, page.path);
    CHECK(r.status == 200);
    CHECK(r.header("content-type") == "text/html; charset=utf-8");
    CHECK(r.header("content-security-policy") == kPolicy);
    CHECK(r.header("cache-control") == "public, max-age=300");
    CHECK(r.body == file(page.file));
  }
  // The portal's home lists the member's post, crediting it.
  CHECK(file(www / "index.html").find("Lễ khai giảng") != std::string::npos);
  auto zipped = http_get(port, "so.example.vn", "/", {{"Accept-Encoding", "gzip"}});
  CHECK(zipped.header("content-encoding") == "gzip");

  // The portal's search over all members: its results page and its index, compressed.
  auto results = http_get(port, "so.example.vn", "/tim-kiem/");
  CHECK(results.status == 200);
  CHECK(results.header("content-security-policy") == kPolicy);
  CHECK(results.body == file(www / "tim-kiem/index.html"));
  auto manifest = http_get(port, "so.example.vn", "/search/manifest.json", {{"Accept-Encoding", "gzip"}});
  CHECK(manifest.status == 200);
  CHECK(manifest.header("content-type").rfind("application/json", 0) == 0);
  auto chunk = http_get(port, "so.example.vn", "/search/d/0.json");
  CHECK(chunk.status == 200);
  CHECK(chunk.body == file(www / "search/d/0.json"));
  CHECK(chunk.body.find("\"/thcs-a/\"") != std::string::npos);  // a member's entry, linked by its path

  // A path member's feed, with its own media type.
  auto rss = http_get(port, "so.example.vn", "/thcs-a/rss.xml");
  CHECK(rss.status == 200);
  CHECK(rss.header("content-type") == "application/rss+xml; charset=utf-8");
  CHECK(rss.body == file(www / "thcs-a/rss.xml"));
  auto atom = http_get(port, "mnb.example.edu.vn", "/tin-tuc/atom.xml");
  CHECK(atom.status == 200);
  CHECK(atom.header("content-type") == "application/atom+xml; charset=utf-8");

  // Each 404 page of its own: the member's under its path, the portal's elsewhere.
  struct Missing {
    std::string host, path;
    fs::path page;
  };
  for (const Missing& m : std::vector<Missing>{{"so.example.vn", "/thcs-a/khong-co/", www / "thcs-a/404.html"},
                                               {"so.example.vn", "/khong-co/", www / "404.html"},
                                               {"so.example.vn", "/tin-tuc/khong-co.html", www / "404.html"},
                                               {"mnb.example.edu.vn", "/khong-co/", host / "404.html"},
                                               // dot-folders are never served
                                               {"so.example.vn", "/.webtruong/cache.json", www / "404.html"},
                                               {"so.example.vn", "/thcs-a/.webtruong/cache.json",
                                                www / "thcs-a/404.html"},
                                               {"mnb.example.edu.vn", "/.git/config", host / "404.html"},
                                               // no listing of a folder without index.html
                                               {"so.example.vn", "/thcs-a/files/", www / "thcs-a/404.html"},
                                               // the dashboard's script is the portal's alone
                                               {"so.example.vn", "/thcs-a/js/dashboard.js",
                                                www / "thcs-a/404.html"}}) {
    INFO(m.host << m.path);
    auto r = http_get(port, m.host, m.path);
    CHECK(r.status == 404);
    CHECK(r.body == file(m.page));
    CHECK(r.body.find("secret") == std::string::npos);
  }
  CHECK(file(www / "404.html") != file(www / "thcs-a/404.html"));

  // The member's alias, and its path without the final '/'.
  auto alias = http_get(port, "so.example.vn", "/thcs-a/tin-cu/khai-giang.html");
  CHECK(alias.status == 301);
  CHECK(alias.header("location") == "/thcs-a/tin-tuc/le-khai-giang/");
  auto bare = http_get(port, "so.example.vn", "/thcs-a");
  CHECK(bare.status == 301);
  CHECK(bare.header("location") == "/thcs-a/");

  // Files from static/ sandboxed: the member's own, the portal's theme files.
  for (const std::string path : {"/thcs-a/files/mau-don.pdf", "/thcs-a/css/style.css", "/js/dashboard.js",
                                 "/css/style.css"}) {
    INFO(path);
    auto r = http_get(port, "so.example.vn", path);
    CHECK(r.status == 200);
    CHECK(r.header("content-security-policy") == "sandbox");
    CHECK(r.header("x-content-type-options") == "nosniff");
    CHECK(r.header("cache-control") == "public, max-age=3600");
    CHECK(r.body == file(www / path.substr(1)));
  }
}

TEST_CASE("webtruong portal nginx prints a file nginx -t accepts, names members left out, refuses bad input",
          "[nginx][portal][cli]") {
  TempSite portal(kPortal);
  const std::string dir = shell_quote(portal.path().string());
  const std::string yaml = (portal.path() / "portal.yaml").lexically_normal().string();

  Run unbuilt = webtruong("portal nginx " + dir);
  CHECK(unbuilt.status == 1);
  CHECK(unbuilt.out.empty());
  CHECK(unbuilt.err == yaml + ":3:11: error: the portal is not built: there is no " +
                           (portal.path() / "public/www/index.html").string() +
                           "; run 'webtruong portal build' first (or give its output folder with --out)\n");

  const fs::path out = portal.path() / "elsewhere";
  Run b = webtruong("portal build -q " + dir + " -o " + shell_quote(out.string()));
  INFO(b.err);
  REQUIRE(b.status == 0);
  fs::remove_all(out / "hosts/mnb.example.edu.vn");
  Run r = webtruong("portal nginx " + dir + " --out " + shell_quote(out.string()));
  CHECK(r.status == 0);
  CHECK(r.err == yaml + ":9:5: warning: the member 'mn-b' is not built (there is no " +
                     (out / "hosts/mnb.example.edu.vn").string() +
                     "): it is left out of the nginx configuration; build the portal, then write the configuration "
                     "again\n");
  CHECK(r.out.rfind("# nginx configuration written by Webtruong.", 0) == 0);
  CHECK(r.out.find("    listen 80;\n    server_name so.example.vn;\n") != std::string::npos);
  CHECK(r.out.find("mnb.example.edu.vn") == std::string::npos);
  Run t = wt::test::nginx_t(r.out, portal.path() / "nginx-t");
  INFO(t.out);
  CHECK(t.status == 0);

  Run listen = webtruong("portal nginx " + dir + " --listen '80; include /etc/passwd'");
  CHECK(listen.status == 2);
  CHECK(listen.err.rfind("webtruong portal nginx: '--listen' '80; include /etc/passwd' is not a port, ADDRESS:PORT, "
                         "[IPv6]:PORT or unix:/path\n\nusage: webtruong portal nginx [PORTAL_DIR] [options]\n",
                         0) == 0);
  Run name = webtruong("portal nginx " + dir + " --server-name 'so.vn;'");
  CHECK(name.status == 2);
  CHECK(name.err.rfind("webtruong portal nginx: '--server-name' 'so.vn;' is not a host name: ';' is not allowed", 0) ==
        0);
  Run base = webtruong("portal nginx " + dir + " --base-url https://so.vn/thu/");
  CHECK(base.status == 2);
  CHECK(base.err.rfind("webtruong portal nginx: '--base-url' should be the root of the portal's host, like "
                       "https://phutho.edu.vn/\n",
                       0) == 0);
  Run two = webtruong("portal nginx a b");
  CHECK(two.status == 2);
  CHECK(two.err.rfind("webtruong portal nginx: only one portal folder at a time\n", 0) == 0);
  Run help = webtruong("portal nginx --help");
  CHECK(help.status == 0);
  CHECK(help.out.rfind("usage: webtruong portal nginx [PORTAL_DIR] [options]\n", 0) == 0);
  Run listed = webtruong("portal --help");
  CHECK(listed.out.find("  nginx      print the nginx configuration that serves the built portal\n") !=
        std::string::npos);

  // A host in portal.yaml that would inject configuration: refused where it is written.
  std::string text = file(portal.path() / "portal.yaml");
  portal.write("portal.yaml", text.replace(text.find("mnb.example.edu.vn"), 18, "\"mnb.vn; root /;\""));
  Run bad = webtruong("portal nginx " + dir + " --out " + shell_quote(out.string()));
  CHECK(bad.status == 1);
  CHECK(bad.out.empty());
  CHECK(bad.err == yaml + ":11:11: error: 'mnb.vn; root /;' is not a host name: write it in lower case without "
                          "http:// or '/', like thcsleloi.phutho.edu.vn\n");
}
