// serve's /admin/ (serve/cms_routes.hpp): the page that loads Decap, with
// no reload script; config.yml made afresh from the site on each request
// (a section added while serving has its form at once); Decap's scripts
// from its folder only, by plain name; everything else under /admin/ 404.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "serve/cms_routes.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt::serve;

namespace {

const fs::path kSchemas = fs::path(WT_SOURCE_DIR) / "schemas";

std::string header(const Reply& r, const std::string& name) {
  for (const auto& [k, v] : r.headers)
    if (k == name) return v;
  return "";
}

}  // namespace

TEST_CASE("cms routes: /admin/ and config.yml, made from the site as it is now", "[serve][cms]") {
  wt::test::TempSite site(R"(
-- site.yaml --
name: Trường THCS A
-- content/tin-tuc/_index.md --
---
title: Tin tức
---
-- content/tin-tuc/a.md --
---
title: A
---
)");
  fs::path scripts = wt::test::make_temp_dir("wt-cms-scripts");
  wt::test::TempSite outside("-- secret.js --\nsecret\n");
  {
    std::ofstream(scripts / "decap-cms.js") << "/* decap */";
    std::ofstream(scripts / "1077.decap-cms.js") << "/* part */";
  }
  CmsRoutes routes({site.path(), kSchemas, scripts, "http://127.0.0.1:9999/api/v1"});

  CHECK_FALSE(routes.answer("/", "http://127.0.0.1:8080/"));
  CHECK_FALSE(routes.answer("/administration/", "http://127.0.0.1:8080/"));
  CHECK_FALSE(routes.answer("/tin-tuc/admin/", "http://127.0.0.1:8080/"));

  auto redirect = routes.answer("/admin", "http://127.0.0.1:8080/");
  REQUIRE(redirect);
  CHECK(redirect->status == 301);
  CHECK(header(*redirect, "Location") == "/admin/");

  for (const char* target : {"/admin/", "/admin/index.html", "/admin/?x=1"}) {
    auto page = routes.answer(target, "http://127.0.0.1:8080/");
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(page->content_type == "text/html; charset=utf-8");
    CHECK(page->body.find("<script src=\"decap-cms.js\"></script>") != std::string::npos);
    CHECK(page->body.find("EventSource") == std::string::npos);  // no reload: a form being filled is kept
    CHECK(page->body.find("/__webtruong") == std::string::npos);
  }

  auto config = routes.answer("/admin/config.yml", "http://127.0.0.1:8080/");
  REQUIRE(config);
  CHECK(config->status == 200);
  CHECK(config->content_type == "text/yaml; charset=utf-8");
  CHECK(config->body.find("proxy_url: \"http://127.0.0.1:9999/api/v1\"") != std::string::npos);
  CHECK(config->body.find("site_url: \"http://127.0.0.1:8080/\"") != std::string::npos);
  CHECK(config->body.find("folder: \"content/tin-tuc\"") != std::string::npos);
  CHECK(config->body.find("content/thong-bao") == std::string::npos);
  CHECK(header(*config, "Cache-Control") == "no-store");

  site.write("content/thong-bao/b.md", "---\ntitle: B\n---\n");  // a section made while serving
  config = routes.answer("/admin/config.yml", "http://127.0.0.1:8080/");
  REQUIRE(config);
  CHECK(config->body.find("folder: \"content/thong-bao\"") != std::string::npos);

  auto script = routes.answer("/admin/decap-cms.js", "http://127.0.0.1:8080/");
  REQUIRE(script);
  CHECK(script->status == 200);
  CHECK(script->content_type == "text/javascript; charset=utf-8");
  CHECK(script->body == "/* decap */");
  auto part = routes.answer("/admin/1077.decap-cms.js", "http://127.0.0.1:8080/");
  REQUIRE(part);
  CHECK(part->body == "/* part */");

  const std::string escape = "/admin/" + fs::relative(outside.path() / "secret.js", scripts).string();
  for (std::string target : {escape, std::string("/admin/..%2fsecret.js"), std::string("/admin/.hidden.js"),
                             std::string("/admin/config.yaml"), std::string("/admin/site.yaml"),
                             std::string("/admin/missing.js"), std::string("/admin/a/decap-cms.js")}) {
    INFO(target);
    auto r = routes.answer(target, "http://127.0.0.1:8080/");
    REQUIRE(r);
    CHECK(r->status == 404);
    CHECK(r->body.find("secret") == std::string::npos);
  }
  fs::remove_all(scripts);
}

TEST_CASE("cms routes: without the CMS installed, the script says so, and a broken schema folder is a 500 that names it",
          "[serve][cms]") {
  wt::test::TempSite site("-- site.yaml --\nname: Trường THCS A\n");
  CmsRoutes no_cms({site.path(), kSchemas, {}, "http://127.0.0.1:8081/api/v1"});
  auto script = no_cms.answer("/admin/decap-cms.js", "http://127.0.0.1:8080/");
  REQUIRE(script);
  CHECK(script->status == 404);
  CHECK(script->body.find("Decap CMS is not installed") != std::string::npos);

  CmsRoutes no_schemas({site.path(), site.path() / "khong-co", {}, "http://127.0.0.1:8081/api/v1"});
  auto config = no_schemas.answer("/admin/config.yml", "http://127.0.0.1:8080/");
  REQUIRE(config);
  CHECK(config->status == 500);
  CHECK(config->body.find("front-matter.schema.json") != std::string::npos);
}
