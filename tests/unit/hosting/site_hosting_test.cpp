// From a built site to what nginx serves: the plan's aliases, static files,
// feeds and 404 page, the policy of the home page, and the base path.
#include <catch2/catch.hpp>

#include <sstream>

#include "core/thread_pool.hpp"
#include "hosting/site_hosting.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;
using wt::test::TempSite;

namespace {

constexpr int64_t kNow = 1767225600;  // 01/01/2026

const char* kSite = R"(
-- site.yaml --
name: "Trường THCS Thử"
base_url: "https://sgd.example.vn/thcs-thu/"
-- content/tin-tuc/khai-giang.md --
---
title: Lễ khai giảng
date: 2025-09-05
aliases: ["/tin-cũ/khai-giang/", "/tin-tuc/khai-giang.html"]
---
Nội dung.
-- static/files/Mẫu đơn.pdf --
%PDF-1.4
)";

struct Result {
  std::optional<std::string> text;
  std::string diagnostics;
};

Result config_of(const fs::path& dir, const std::string& prefix, const std::string& base_url = "") {
  hosting::ServerSpec s{{"sgd.example.vn"}, "8080", "/srv/www", {}, {"portal.yaml", 1, 1}};
  s.sites.push_back({prefix, dir, nullptr, "/srv/www" + prefix, base_url, {"portal.yaml", 2, 3}});
  ThreadPool pool(2);
  DiagnosticSink sink;
  Result r;
  r.text = hosting::nginx_config_for({s}, {{fs::path(WT_SOURCE_DIR) / "themes"}, kNow}, pool, sink);
  std::ostringstream out;
  sink.print(out);
  r.diagnostics = out.str();
  return r;
}

bool has(const Result& r, const std::string& line) { return r.text && r.text->find(line + "\n") != std::string::npos; }

}  // namespace

TEST_CASE("hosting::nginx_config_for serves what the site's plan knows", "[hosting]") {
  TempSite site(kSite);
  auto r = config_of(site.path(), "/thcs-thu/");
  INFO(r.diagnostics);
  REQUIRE(r.text);
  CHECK(r.diagnostics.empty());
  CHECK(has(r, "    location \"/thcs-thu/\" {"));
  CHECK(has(r, "        error_page 403 404 =404 \"/thcs-thu/404.html\";"));
  CHECK(has(r, "        add_header Content-Security-Policy \"default-src 'self'; script-src 'self'; style-src 'self'; "
               "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'\" always;"));
  // Each alias, a folder one in its three spellings, to the page under the base path.
  for (const char* from : {"/thcs-thu/tin-cũ/khai-giang", "/thcs-thu/tin-cũ/khai-giang/",
                           "/thcs-thu/tin-cũ/khai-giang/index.html", "/thcs-thu/tin-tuc/khai-giang.html"})
    CHECK(has(r, std::string("        location = \"") + from + "\" { return 301 \"/thcs-thu/tin-tuc/le-khai-giang/\"; }"));
  CHECK(has(r, "        location = \"/thcs-thu/files/Mẫu đơn.pdf\" {"));
  CHECK(has(r, "        location = \"/thcs-thu/js/menu.js\" {"));
  CHECK(has(r, "        location = \"/thcs-thu/tin-tuc/atom.xml\" { types { } default_type \"application/atom+xml\"; }"));
  CHECK(has(r, "        location = \"/thcs-thu/rss.xml\" { types { } default_type \"application/rss+xml\"; }"));
}

TEST_CASE("hosting::nginx_config_for refuses an alias that would inject configuration, at its file:line:col",
          "[hosting]") {
  TempSite site(R"(
-- site.yaml --
name: "Trường THCS Thử"
-- content/a.md --
---
title: A
aliases:
  - "/cu; } server { listen 81; location / { root /; } x/"
  - "/b{c}/"
---
)");
  auto r = config_of(site.path(), "/");
  CHECK_FALSE(r.text);
  CHECK(r.diagnostics ==
        "content/a.md:4:5: error: the alias '/cu; } server { listen 81; location / { root /; } x/' cannot be served "
        "by nginx: ';' cannot be written into the nginx configuration; write old addresses with letters, digits, "
        "'-', '_', '.' and '/'\n"
        "content/a.md:5:5: error: the alias '/b{c}/' cannot be served by nginx: '{' cannot be written into the nginx "
        "configuration; write old addresses with letters, digits, '-', '_', '.' and '/'\n");
}

TEST_CASE("hosting::nginx_config_for refuses a site served at another path than it was built for", "[hosting]") {
  TempSite site(kSite);
  auto r = config_of(site.path(), "/thcs-khac/");
  CHECK_FALSE(r.text);
  CHECK(r.diagnostics == "portal.yaml:2:3: error: the site in " + site.path().string() +
                             " is built for the path '/thcs-thu/' (base_url https://sgd.example.vn/thcs-thu/) but is "
                             "served at '/thcs-khac/': build it with a base URL ending in /thcs-khac/\n");
  // Built with --base-url for that path, it is.
  auto moved = config_of(site.path(), "/thcs-khac/", "https://sgd.example.vn/thcs-khac/");
  INFO(moved.diagnostics);
  CHECK(has(moved, "        location = \"/thcs-khac/tin-tuc/khai-giang.html\" { return 301 "
                   "\"/thcs-khac/tin-tuc/le-khai-giang/\"; }"));
}

TEST_CASE("hosting::nginx_config_for names a site that does not build", "[hosting]") {
  TempSite site(R"(
-- site.yaml --
name: [
)");
  auto r = config_of(site.path(), "/");
  CHECK_FALSE(r.text);
  CHECK(r.diagnostics.find("portal.yaml:2:3: error: the site in " + site.path().string() +
                           " cannot be hosted: it does not build\n") != std::string::npos);
  CHECK(r.diagnostics.find("site.yaml:") != std::string::npos);
}
