// serve::answer_request over a snapshot made by hand: status, content
// type, the reload script in pages only, the site's 404 page, refusals,
// redirects, and the error page while a build fails.
#include <catch2/catch.hpp>

#include <memory>

#include "serve/content_type.hpp"
#include "serve/responder.hpp"

using namespace wt;
using namespace wt::serve;

namespace {

Snapshot site_snapshot() {
  Snapshot s;
  s.generation = 3;
  auto put = [&](const std::string& rel, const std::string& bytes) {
    s.files[rel] = std::make_shared<const std::string>(bytes);
  };
  put("index.html", "<html><head></head><body>Trang chủ</body></html>");
  put("404.html", "<html><head></head><body>Không tìm thấy</body></html>");
  put("tin-tuc/index.html", "<html><head></head><body>Tin tức</body></html>");
  put("css/style.css", "body{}");
  put("anh.svg", "<svg/>");
  put("rss.xml", "<rss/>");
  return s;
}

std::string header(const Reply& r, const std::string& name) {
  for (const auto& [n, v] : r.headers)
    if (n == name) return v;
  return "";
}

}  // namespace

TEST_CASE("serve::content_type_for names the type of each kind of output", "[serve]") {
  CHECK(std::string(content_type_for("a/index.html")) == "text/html; charset=utf-8");
  CHECK(std::string(content_type_for("css/style.css")) == "text/css; charset=utf-8");
  CHECK(std::string(content_type_for("js/menu.js")) == "text/javascript; charset=utf-8");
  CHECK(std::string(content_type_for("rss.xml")) == "application/rss+xml; charset=utf-8");
  CHECK(std::string(content_type_for("tin-tuc/atom.xml")) == "application/atom+xml; charset=utf-8");
  CHECK(std::string(content_type_for("sitemap.xml")) == "application/xml; charset=utf-8");
  CHECK(std::string(content_type_for("compliance.json")) == "application/json");
  CHECK(std::string(content_type_for("robots.txt")) == "text/plain; charset=utf-8");
  CHECK(std::string(content_type_for("files/Mau-Don.PDF")) == "application/pdf");
  CHECK(std::string(content_type_for("anh.JPG")) == "image/jpeg");
  CHECK(std::string(content_type_for("favicon.svg")) == "image/svg+xml");
  CHECK(std::string(content_type_for("files/bang.xlsx")) ==
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  CHECK(std::string(content_type_for("files/khong-biet.xyz")) == "application/octet-stream");
  CHECK(std::string(content_type_for("LICENSE")) == "application/octet-stream");
}

TEST_CASE("serve::answer_request serves pages with the reload script, other files as they are", "[serve]") {
  const Snapshot s = site_snapshot();
  const Reply home = answer_request(s, "/");
  CHECK(home.status == 200);
  CHECK(home.content_type == "text/html; charset=utf-8");
  CHECK(home.body == "<html><head><script src=\"/_webtruong/reload.js\" data-generation=\"3\" defer></script></head>"
                     "<body>Trang chủ</body></html>");
  CHECK(header(home, "Cache-Control") == "no-store");
  CHECK(header(home, "X-Content-Type-Options") == "nosniff");
  const Reply css = answer_request(s, "/css/style.css?v=2");
  CHECK(css.status == 200);
  CHECK(css.content_type == "text/css; charset=utf-8");
  CHECK(css.body == "body{}");
  const Reply svg = answer_request(s, "/anh.svg");
  CHECK(svg.body == "<svg/>");
  CHECK(header(svg, "Content-Security-Policy") == "default-src 'none'; style-src 'unsafe-inline'; sandbox");
  CHECK(answer_request(s, "/rss.xml").body == "<rss/>");
}

TEST_CASE("serve::answer_request answers the site's 404 page, redirects folders, refuses traversal", "[serve]") {
  const Snapshot s = site_snapshot();
  const Reply missing = answer_request(s, "/khong-co/");
  CHECK(missing.status == 404);
  CHECK(missing.content_type == "text/html; charset=utf-8");
  CHECK(missing.body.find("Không tìm thấy") != std::string::npos);
  CHECK(missing.body.find("/_webtruong/reload.js") != std::string::npos);
  const Reply folder = answer_request(s, "/tin-tuc");
  CHECK(folder.status == 301);
  CHECK(header(folder, "Location") == "/tin-tuc/");
  for (const char* bad : {"/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/.webtruong/cache"}) {
    INFO(bad);
    const Reply r = answer_request(s, bad);
    CHECK(r.status == 403);
    CHECK(r.body == "Địa chỉ này không được phép (403 Forbidden).\n");
  }
  Snapshot bare;  // a site without a 404 page
  const Reply plain = answer_request(bare, "/khong-co/");
  CHECK(plain.status == 404);
  CHECK(plain.content_type == "text/plain; charset=utf-8");
  CHECK(plain.body == "Không có trang này (404 Not Found).\n");
}

TEST_CASE("serve::answer_request answers the error page at every address while the build fails", "[serve]") {
  Snapshot s = site_snapshot();
  s.errors.push_back({{Severity::Error, "test.c", "bad", {"content/a.md", 1, 1}}, "x"});
  s.error_html = "<!DOCTYPE html><p>error page</p>";
  for (const char* target : {"/", "/tin-tuc/", "/css/style.css", "/khong-co/"}) {
    INFO(target);
    const Reply r = answer_request(s, target);
    CHECK(r.status == 500);
    CHECK(r.content_type == "text/html; charset=utf-8");
    CHECK(r.body == s.error_html);
  }
  CHECK(answer_request(s, "/../x").status == 403);
}
