// The configuration text of a hosting description, and what it refuses.
#include <catch2/catch.hpp>

#include <sstream>

#include "hosting/nginx_config.hpp"

using namespace wt;
using namespace wt::hosting;

namespace {

std::string printed(const DiagnosticSink& sink) {
  std::ostringstream out;
  sink.print(out);
  return out.str();
}

HostedServer portal_server() {
  HostedServer s;
  s.names = {"sgd.example.vn"};
  s.listen = "127.0.0.1:8080";
  s.root = "/srv/portal/www";
  s.position = {"portal.yaml", 1, 1};
  HostedSite member;
  member.prefix = "/thcs-le-loi/";
  member.dir = "/srv/portal/www/thcs-le-loi";
  member.not_found = "404.html";
  member.redirects = {{"/thcs-le-loi/tin-cu.html", "/thcs-le-loi/tin-tuc/moi/", "/tin-cu.html", {"content/a.md", 4, 3}}};
  member.static_files = {{"/thcs-le-loi/files/Mẫu đơn (1).pdf", {"static/files/Mẫu đơn (1).pdf", 0, 0}}};
  member.feeds = {{"/thcs-le-loi/rss.xml", "application/rss+xml"}};
  member.page_policy = "default-src 'self'";
  member.position = {"portal.yaml", 3, 5};
  s.sites.push_back(member);
  return s;
}

}  // namespace

TEST_CASE("hosting::nginx_config writes a server with a member under a path", "[hosting]") {
  DiagnosticSink sink;
  auto text = nginx_config({portal_server()}, sink);
  INFO(printed(sink));
  REQUIRE(text);
  CHECK(*text == R"(# nginx configuration written by Webtruong. Include it in the http { } block of
# nginx.conf (e.g. as /etc/nginx/conf.d/webtruong.conf); docs/hosting.md explains it.

server {
    listen 127.0.0.1:8080;
    server_name sgd.example.vn;
    root "/srv/portal/www";
    index index.html;
    charset utf-8;
    autoindex off;
    server_tokens off;
    absolute_redirect off;
    gzip on;
    gzip_vary on;
    gzip_min_length 256;
    charset_types text/css text/plain text/xml application/javascript application/json application/xml application/rss+xml application/atom+xml image/svg+xml;
    gzip_types text/css text/plain text/xml application/javascript application/json application/xml application/rss+xml application/atom+xml image/svg+xml;
    # Paths with a segment starting with '.' (.webtruong/: caches, reports) are private.
    location ~ /\. { return 404; }
    location / { return 404; }

    # The site at /thcs-le-loi/
    location = "/thcs-le-loi" { return 301 "/thcs-le-loi/"; }
    location "/thcs-le-loi/" {
        try_files $uri $uri/ =404;
        error_page 403 404 =404 "/thcs-le-loi/404.html";
        add_header Content-Security-Policy "default-src 'self'" always;
        add_header X-Content-Type-Options "nosniff" always;
        add_header Cache-Control "public, max-age=300" always;
        location ~ /\. { return 404; }
        location = "/thcs-le-loi/tin-cu.html" { return 301 "/thcs-le-loi/tin-tuc/moi/"; }
        location = "/thcs-le-loi/rss.xml" { types { } default_type "application/rss+xml"; }
        location = "/thcs-le-loi/files/Mẫu đơn (1).pdf" {
            add_header Content-Security-Policy "sandbox" always;
            add_header X-Content-Type-Options "nosniff" always;
            add_header Cache-Control "public, max-age=3600" always;
        }
    }
}
)");
}

TEST_CASE("hosting::nginx_config serves a site from elsewhere than the root with alias", "[hosting]") {
  HostedServer s = portal_server();
  s.sites[0].dir = "/home/truong/public";
  DiagnosticSink sink;
  auto text = nginx_config({s}, sink);
  REQUIRE(text);
  CHECK(text->find("    location \"/thcs-le-loi/\" {\n        alias \"/home/truong/public/\";\n") != std::string::npos);
  // A site at "/" from another folder gets its own root; none of "location / { return 404; }" then.
  s.sites[0].prefix = "/";
  s.sites[0].redirects.clear();
  s.sites[0].static_files.clear();
  s.sites[0].feeds.clear();
  text = nginx_config({s}, sink);
  REQUIRE(text);
  CHECK(text->find("    location \"/\" {\n        root \"/home/truong/public\";\n") != std::string::npos);
  CHECK(text->find("location / { return 404; }") == std::string::npos);
}

TEST_CASE("hosting::nginx_config refuses an alias that would inject configuration, at the alias", "[hosting]") {
  for (const char* bad : {"/a; } server { listen 81; ", "/a{b}/", "/a\nreturn 200;"}) {
    INFO(bad);
    HostedServer s = portal_server();
    s.sites[0].redirects = {{std::string("/thcs-le-loi") + bad, "/thcs-le-loi/", bad, {"content/tin-tuc/a.md", 5, 11}}};
    DiagnosticSink sink;
    CHECK_FALSE(nginx_config({s}, sink));
    std::string shown = std::string(bad) == "/a{b}/" ? "'{'" : std::string(bad)[2] == ';' ? "';'" : "a control character (U+000A)";
    CHECK(printed(sink) == "content/tin-tuc/a.md:5:11: error: the alias '" + std::string(bad) +
                               "' cannot be served by nginx: " + shown +
                               " cannot be written into the nginx configuration; write old addresses with letters, "
                               "digits, '-', '_', '.' and '/'\n");
  }
}

TEST_CASE("hosting::nginx_config refuses every value it cannot write, naming each", "[hosting]") {
  HostedServer s = portal_server();
  s.names = {"sgd.example.vn;"};
  s.listen = "80 default_server";
  s.root = "/srv/$x";
  s.sites[0].page_policy = "default-src \"self\"";
  s.sites[0].static_files[0].path = "/thcs-le-loi/a\"b.pdf";
  s.sites[0].redirects[0].to = "/thcs-le-loi/a b/";
  HostedSite other = s.sites[0];
  other.redirects.clear();
  other.static_files.clear();
  other.page_policy.clear();
  other.position = {"portal.yaml", 9, 5};
  s.sites.push_back(other);
  DiagnosticSink sink;
  CHECK_FALSE(nginx_config({s}, sink));
  CHECK(printed(sink) ==
        "content/a.md:4:3: error: the alias '/tin-cu.html' leads to '/thcs-le-loi/a b/', which a space cannot be "
        "written into the nginx configuration\n"
        "portal.yaml:1:1: error: the host name 'sgd.example.vn;' is not a host name: ';' is not allowed (write a "
        "Vietnamese name in its xn-- form)\n"
        "portal.yaml:1:1: error: the listen address '80 default_server' is not a port, ADDRESS:PORT, [IPv6]:PORT or "
        "unix:/path\n"
        "portal.yaml:1:1: error: the root folder '/srv/$x' cannot be served by nginx: '$' cannot be written into the "
        "nginx configuration\n"
        "portal.yaml:3:5: error: the Content-Security-Policy of the pages cannot be sent by nginx: '\"' cannot be "
        "written into the nginx configuration\n"
        "portal.yaml:9:5: error: two sites are served at '/thcs-le-loi/'\n"
        "static/files/Mẫu đơn (1).pdf: error: the file '/thcs-le-loi/a\"b.pdf' cannot be served by nginx: '\"' "
        "cannot be written into the nginx configuration\n");
}

TEST_CASE("hosting::nginx_config refuses what another site would shadow, and one host twice", "[hosting]") {
  HostedServer s = portal_server();
  HostedSite root;
  root.prefix = "/";
  root.dir = "/srv/portal/www";
  root.redirects = {{"/thcs-le-loi/cu/", "/moi/", "/thcs-le-loi/cu/", {"content/b.md", 3, 12}},
                    {"/thcs-le-loi", "/moi/", "/thcs-le-loi", {"content/b.md", 3, 32}},
                    {"/thcs-le-loi-cu/", "/moi/", "/thcs-le-loi-cu/", {"content/b.md", 3, 50}}};
  root.position = {"portal.yaml", 2, 5};
  s.sites.insert(s.sites.begin(), root);
  HostedServer twin;
  twin.names = {"sgd.example.vn"};
  twin.listen = s.listen;
  twin.root = "/srv/other";
  twin.position = {"portal.yaml", 12, 1};
  DiagnosticSink sink;
  CHECK_FALSE(nginx_config({s, twin}, sink));
  CHECK(printed(sink) ==
        "content/b.md:3:12: error: the alias '/thcs-le-loi/cu/' (/thcs-le-loi/cu/) lies under the site at "
        "'/thcs-le-loi/' and would never be served\n"
        "content/b.md:3:32: error: the alias '/thcs-le-loi' (/thcs-le-loi) lies under the site at '/thcs-le-loi/' and "
        "would never be served\n"
        "portal.yaml:12:1: error: the host name 'sgd.example.vn' is served twice on 127.0.0.1:8080\n");
}

TEST_CASE("hosting::nginx_config refuses a prefix that is not a folder path", "[hosting]") {
  HostedServer s = portal_server();
  s.sites[0].prefix = "/thcs-le-loi";
  s.sites[0].redirects.clear();
  s.sites[0].static_files.clear();
  DiagnosticSink sink;
  CHECK_FALSE(nginx_config({s}, sink));
  CHECK(printed(sink) ==
        "portal.yaml:3:5: error: the path '/thcs-le-loi' cannot be served by nginx: it does not end with '/'\n");
  s.sites[0].prefix = "/a;b/";
  DiagnosticSink sink2;
  CHECK_FALSE(nginx_config({s}, sink2));
  CHECK(printed(sink2) ==
        "portal.yaml:3:5: error: the path '/a;b/' cannot be served by nginx: ';' cannot be written into the nginx "
        "configuration\n");
}
