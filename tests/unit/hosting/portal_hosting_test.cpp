// From portal.yaml and a built portal to what nginx serves
// (hosting/portal_hosting.hpp): the portal's own pages at "/", a member on
// a path under the portal's host, a member on its own host, members left
// out, and values that cannot be written.
#include <catch2/catch.hpp>

#include <sstream>

#include "core/thread_pool.hpp"
#include "hosting/portal_hosting.hpp"
#include "portal/portal_config.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;
using wt::test::TempSite;

namespace {

constexpr int64_t kNow = 1767225600;  // 01/01/2026

const std::string kPortalYaml = R"(name: "Cổng thông tin điện tử Sở GDĐT Thử"
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
  - slug: th-c
    source: members/th-c
    commune: "xã Tam Dương"
    school_type: th
)";

const std::string kMembers = R"(
-- members/thcs-a/site.yaml --
name: "Trường THCS A"
base_url: "https://thcsa.example.edu.vn/"
-- members/thcs-a/content/tin-tuc/khai-giang.md --
---
title: Lễ khai giảng
date: 2025-09-05
aliases: ["/tin-cu/khai-giang.html"]
---
Nội dung.
-- members/thcs-a/static/files/mau-don.pdf --
%PDF-1.4
-- members/mn-b/site.yaml --
name: "Trường Mầm non B"
-- members/mn-b/content/_index.md --
---
title: Trang chủ
---
-- members/th-c/site.yaml --
name: "Trường Tiểu học C"
-- members/th-c/content/_index.md --
---
title: Trang chủ
---
)";

const std::string kPolicy = "default-src 'self'; script-src 'self'";

// The portal folder, and OUT as a build leaves it: the portal's pages in
// www/ (a home page declaring kPolicy, a 404 page and two theme files),
// thcs-a and mn-b built, th-c not.
struct Portal {
  TempSite dir;
  fs::path out = dir.path() / "public";

  explicit Portal(const std::string& yaml = kPortalYaml, const std::string& members = kMembers)
      : dir("-- portal.yaml --\n" + yaml + members) {
    dir.write("public/www/index.html",
              "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"" + kPolicy +
                  "\"></head><body></body></html>\n");
    dir.write("public/www/404.html", "<!DOCTYPE html><title>404</title>\n");
    dir.write("public/www/css/style.css", "body{}\n");
    dir.write("public/www/js/dashboard.js", "\n");
    fs::create_directories(out / "www/thcs-a");
    fs::create_directories(out / "hosts/mnb.example.edu.vn");
  }
};

struct Result {
  std::optional<std::string> text;
  std::string diagnostics;
};

Result config_of(const Portal& p, hosting::PortalHosting h = {}) {
  h.out_dir = p.out;
  h.load = {{fs::path(WT_SOURCE_DIR) / "themes"}, kNow};
  DiagnosticSink sink;
  Result r;
  if (auto cfg = portal::load_portal_config(p.dir.path(), sink)) {
    ThreadPool pool(2);
    r.text = hosting::portal_nginx_config(*cfg, h, pool, sink);
  }
  std::ostringstream out;
  sink.print(out);
  r.diagnostics = out.str();
  return r;
}

bool has(const Result& r, const std::string& line) { return r.text && r.text->find(line + "\n") != std::string::npos; }

// The text from `from` up to the next line that starts a server.
std::string server_block(const std::string& text, const std::string& names) {
  size_t at = text.find("    server_name " + names + ";\n");
  if (at == std::string::npos) return "";
  size_t end = text.find("\nserver {", at);
  return text.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

}  // namespace

TEST_CASE("hosting::portal_nginx_config serves the portal's pages, its path members and its host members",
          "[hosting][portal]") {
  Portal p;
  auto r = config_of(p);
  INFO(r.diagnostics);
  REQUIRE(r.text);
  const std::string yaml = (p.dir.path() / "portal.yaml").lexically_normal().string();
  CHECK(r.diagnostics == yaml +
                             ":14:5: warning: the member 'th-c' is not built (there is no " +
                             (p.out / "www/th-c").string() +
                             "): it is left out of the nginx configuration; build the portal, then write the "
                             "configuration again\n");
  const fs::path www = fs::absolute(p.out / "www");
  const std::string portal = server_block(*r.text, "so.example.vn");
  REQUIRE_FALSE(portal.empty());
  auto in_portal = [&](const std::string& line) { return portal.find(line + "\n") != std::string::npos; };
  CHECK(in_portal("    root \"" + www.string() + "\";"));
  // The portal's own pages at "/", with its own 404 page and policy, and
  // the files it copies from the theme sandboxed (only those it holds).
  CHECK(in_portal("    # The site at /"));
  CHECK(in_portal("    location \"/\" {"));
  CHECK(in_portal("        error_page 403 404 =404 \"/404.html\";"));
  CHECK(in_portal("        add_header Content-Security-Policy \"" + kPolicy + "\" always;"));
  CHECK(in_portal("        location = \"/css/style.css\" {"));
  CHECK(in_portal("        location = \"/js/dashboard.js\" {"));
  CHECK_FALSE(in_portal("        location = \"/js/menu.js\" {"));
  CHECK(portal.find("location / { return 404; }") == std::string::npos);
  // The member under its path, with its 404, alias, static file and feeds.
  CHECK(in_portal("    location = \"/thcs-a\" { return 301 \"/thcs-a/\"; }"));
  CHECK(in_portal("    location \"/thcs-a/\" {"));
  CHECK(in_portal("        error_page 403 404 =404 \"/thcs-a/404.html\";"));
  CHECK(in_portal("        location = \"/thcs-a/tin-cu/khai-giang.html\" { return 301 "
                  "\"/thcs-a/tin-tuc/le-khai-giang/\"; }"));
  CHECK(in_portal("        location = \"/thcs-a/files/mau-don.pdf\" {"));
  CHECK(in_portal("        location = \"/thcs-a/js/menu.js\" {"));
  CHECK(in_portal("        location = \"/thcs-a/rss.xml\" { types { } default_type \"application/rss+xml\"; }"));
  CHECK(portal.find("th-c") == std::string::npos);
  CHECK(portal.find("mnb.example.edu.vn") == std::string::npos);
  // The member on its own host: a server of its own, its site at "/".
  const std::string own = server_block(*r.text, "mnb.example.edu.vn");
  REQUIRE_FALSE(own.empty());
  CHECK(own.find("    root \"" + fs::absolute(p.out / "hosts/mnb.example.edu.vn").string() + "\";\n") !=
        std::string::npos);
  CHECK(own.find("        error_page 403 404 =404 \"/404.html\";\n") != std::string::npos);
  CHECK(own.find("        location = \"/js/menu.js\" {\n") != std::string::npos);
  CHECK(own.find("/thcs-a/") == std::string::npos);
  // Two servers, the portal's first.
  CHECK(r.text->find("server_name so.example.vn;") < r.text->find("server_name mnb.example.edu.vn;"));
  size_t servers = 0;
  for (size_t at = r.text->find("\nserver {\n"); at != std::string::npos; at = r.text->find("\nserver {\n", at + 1))
    ++servers;
  CHECK(servers == 2);
}

TEST_CASE("hosting::portal_nginx_config takes the listen address, host names and base URL it is given",
          "[hosting][portal]") {
  Portal p;
  hosting::PortalHosting h;
  h.listen = "127.0.0.1:8080";
  h.names = {"phutho.edu.vn", "www.phutho.edu.vn"};
  auto r = config_of(p, h);
  INFO(r.diagnostics);
  REQUIRE(r.text);
  CHECK(has(r, "    listen 127.0.0.1:8080;\n    server_name phutho.edu.vn www.phutho.edu.vn;"));
  CHECK(has(r, "    listen 127.0.0.1:8080;\n    server_name mnb.example.edu.vn;"));
  CHECK(r.text->find("listen 80;") == std::string::npos);
  // Built with another base URL: the portal's host is that one's.
  hosting::PortalHosting moved;
  moved.base_url = "https://gd.phutho.vn/";
  auto m = config_of(p, moved);
  CHECK(has(m, "    server_name gd.phutho.vn;"));
  CHECK(m.text->find("so.example.vn") == std::string::npos);
}

TEST_CASE("hosting::portal_nginx_config leaves out members portal.yaml keeps from being built", "[hosting][portal]") {
  std::string yaml = kPortalYaml + R"(  - slug: thcs-a2
    source: members/thcs-a
    path: /thcs-a/
    commune: "phường Vĩnh Phúc"
    school_type: thcs
  - slug: thcs-d
    source: members/khong-co
    commune: "phường Vĩnh Phúc"
    school_type: thcs
)";
  Portal p(yaml);
  fs::create_directories(p.out / "www/thcs-d");  // an old folder of a member whose source is gone
  fs::create_directories(p.out / "www/th-c");
  auto r = config_of(p);
  INFO(r.diagnostics);
  REQUIRE(r.text);
  const std::string file = (p.dir.path() / "portal.yaml").lexically_normal().string();
  CHECK(r.diagnostics == file + ":18:5: warning: the member 'thcs-a2' is left out of the nginx configuration: two " +
                             "members with the path '/thcs-a/': this one ('thcs-a2') is not built; the member at " +
                             file + ":5:5 ('thcs-a') has it\n" + file +
                             ":23:5: warning: the member 'thcs-d' is left out of the nginx configuration: the source "
                             "folder 'members/khong-co' of member 'thcs-d' does not exist; the member is not built\n");
  CHECK(has(r, "    location \"/th-c/\" {"));
  CHECK(r.text->find("thcs-d") == std::string::npos);
  CHECK(r.text->find("thcs-a2") == std::string::npos);
}

TEST_CASE("hosting::portal_nginx_config refuses a portal that is not built", "[hosting][portal]") {
  Portal p;
  fs::remove(p.out / "www/index.html");
  auto r = config_of(p);
  CHECK_FALSE(r.text);
  CHECK(r.diagnostics == (p.dir.path() / "portal.yaml").lexically_normal().string() +
                             ":3:11: error: the portal is not built: there is no " +
                             (p.out / "www/index.html").string() +
                             "; run 'webtruong portal build' first (or give its output folder with --out)\n");
}

TEST_CASE("hosting::portal_nginx_config refuses values that would inject configuration, where they are written",
          "[hosting][portal]") {
  SECTION("a host name in base_url, at its line and column") {
    std::string yaml = kPortalYaml;
    yaml.replace(yaml.find("https://so.example.vn/"), 22, "https://so;listen.vn/");
    Portal p(yaml);
    auto r = config_of(p);
    CHECK_FALSE(r.text);
    CHECK(r.diagnostics == (p.dir.path() / "portal.yaml").lexically_normal().string() +
                               ":3:11: error: the portal's host name 'so;listen.vn' is not a host name: ';' is not "
                               "allowed (write a Vietnamese name in its xn-- form)\n");
  }
  SECTION("a member's host or path, at its line and column in portal.yaml") {
    std::string yaml = kPortalYaml;
    yaml.replace(yaml.find("mnb.example.edu.vn"), 18, "\"mnb.vn; root /\"");
    yaml.replace(yaml.find("  - slug: th-c\n"), 15, "  - slug: th-c\n    path: \"/th c{/\"\n");
    Portal p(yaml);
    auto r = config_of(p);
    CHECK_FALSE(r.text);
    const std::string file = (p.dir.path() / "portal.yaml").lexically_normal().string();
    CHECK(r.diagnostics == file +
                               ":11:11: error: 'mnb.vn; root /' is not a host name: write it in lower case without "
                               "http:// or '/', like thcsleloi.phutho.edu.vn\n" +
                               file +
                               ":15:11: error: the path '/th c{/' should be one folder of lower-case letters a-z, "
                               "digits and '-', like /thcs-le-loi/\n");
  }
  SECTION("a member's alias, at its file (named under the member's folder), line and column") {
    std::string members = kMembers;
    members.replace(members.find("[\"/tin-cu/khai-giang.html\"]"), 27, "[\"/cu; } server { x/\"]");
    Portal p(kPortalYaml, members);
    auto r = config_of(p);
    CHECK_FALSE(r.text);
    CHECK(r.diagnostics.find((p.dir.path() / "members/thcs-a/content/tin-tuc/khai-giang.md").string() +
                             ":4:11: error: the alias '/cu; } server { x/' cannot be served by nginx: ';' cannot be "
                             "written into the nginx configuration; write old addresses with letters, digits, '-', "
                             "'_', '.' and '/'\n") != std::string::npos);
  }
  SECTION("a member that is built but whose site no longer loads") {
    Portal p;
    p.dir.write("members/thcs-a/site.yaml", "name: [\n");
    auto r = config_of(p);
    CHECK_FALSE(r.text);
    const std::string file = (p.dir.path() / "portal.yaml").lexically_normal().string();
    CHECK(r.diagnostics.find(file + ":5:5: error: the site in " +
                             (p.dir.path() / "members/thcs-a").lexically_normal().string() +
                             " cannot be hosted: it does not build\n") != std::string::npos);
    CHECK(r.diagnostics.find((p.dir.path() / "members/thcs-a/site.yaml").string() + ":") != std::string::npos);
  }
}
