// The reload script: where it goes into a page, what it asks the server,
// and that a build's own output never holds it.
#include <catch2/catch.hpp>

#include <filesystem>

#include "core/file_system.hpp"
#include "core/thread_pool.hpp"
#include "output/output_writer.hpp"
#include "serve/reload_script.hpp"
#include "site/build.hpp"

namespace fs = std::filesystem;
using namespace wt;
using namespace wt::serve;

TEST_CASE("serve::inject_reload_script puts one script element before </head>", "[serve]") {
  const std::string tag = "<script src=\"/_webtruong/reload.js\" data-generation=\"7\" defer></script>";
  CHECK(reload_script_tag(7) == tag);
  CHECK(inject_reload_script("<html><head><title>A</title></head><body></body></html>", 7) ==
        "<html><head><title>A</title>" + tag + "</head><body></body></html>");
  CHECK(inject_reload_script("<HTML><HEAD></HEAD></HTML>", 7) == "<HTML><HEAD>" + tag + "</HEAD></HTML>");
  CHECK(inject_reload_script("<p>a</p></body>", 7) == "<p>a</p>" + tag + "</body>");
  CHECK(inject_reload_script("<p>a</p>", 7) == "<p>a</p>" + tag);
  // Only the first </head>: a second one in the body's text is left alone.
  CHECK(inject_reload_script("<head></head><pre>&lt;/head&gt;</head></pre>", 7) ==
        "<head>" + tag + "</head><pre>&lt;/head&gt;</head></pre>");
}

TEST_CASE("serve::reload_script listens for reload events from the page's own build on", "[serve]") {
  const std::string& js = reload_script();
  CHECK(js.find("new EventSource(\"/_webtruong/events?since=\" + encodeURIComponent(since))") != std::string::npos);
  CHECK(js.find("addEventListener(\"reload\"") != std::string::npos);
  CHECK(js.find("getAttribute(\"data-generation\")") != std::string::npos);
  CHECK(js.find("window.location.reload()") != std::string::npos);
  CHECK(js.find("<") == std::string::npos);  // served as a file; nothing that looks like markup
}

TEST_CASE("serve: a build's output holds no reload script", "[serve]") {
  MemoryFileSystem files;
  files.add_from_disk(fs::path(WT_SOURCE_DIR) / "tests/fixtures/sites/basic");
  files.add_from_disk(fs::path(WT_SOURCE_DIR) / "themes/default");
  site::BuildOptions opt;
  opt.site_dir = fs::path(WT_SOURCE_DIR) / "tests/fixtures/sites/basic";
  opt.theme_dirs = {fs::path(WT_SOURCE_DIR) / "themes"};
  opt.now = 1795000000;
  ThreadPool pool(2);
  output::MemoryWriter writer;
  DiagnosticSink sink;
  REQUIRE(site::build_site_to(opt, files, pool, writer, sink, nullptr));
  const auto out = writer.files();
  REQUIRE(out.count("index.html"));
  for (const auto& [rel, bytes] : out) {
    INFO(rel);
    CHECK(bytes.find("_webtruong") == std::string::npos);
  }
}
