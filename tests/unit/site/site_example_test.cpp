// Builds the real site.example and checks every page with an HTML parser.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>

#include "core/file_system.hpp"
#include "core/thread_pool.hpp"
#include "site/build.hpp"
#include "support/html_check.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;

TEST_CASE("site.example builds and every page is well formed", "[site][example]") {
  const fs::path scratch = wt::test::make_temp_dir("wt-site-example");
  fs::path out = scratch / "public";  // not there yet: the first build of this folder
  site::BuildOptions opt;
  opt.site_dir = fs::path(WT_SOURCE_DIR) / "site.example";
  opt.out_dir = out;
  opt.theme_dirs = {fs::path(WT_SOURCE_DIR) / "themes"};
  DiagnosticSink sink;
  site::BuildReport report;
  ThreadPool pool(2);
  bool ok = site::build_site(opt, real_file_system(), pool, sink, &report);
  std::ostringstream diags;
  sink.print(diags);
  INFO(diags.str());
  REQUIRE(ok);
  CHECK(sink.warning_count() == 0);
  CHECK(report.pages >= 60);

  auto html = test::check_html_site(out, "https://thcsnguyendu.vinhphuc.edu.vn/");
  std::string problems;
  for (const auto& p : html.problems) problems += p + "\n";
  INFO(problems);
  CHECK(html.problems.empty());
  CHECK(html.pages == report.pages + 1);  // + the alias redirect page
  CHECK(html.links_checked > 1000);
  for (const char* f : {"rss.xml", "atom.xml", "sitemap.xml", "robots.txt", "404.html", "so-do-trang/index.html",
                        "chuyen-muc/index.html", "the/index.html", "css/style.css"})
    CHECK(fs::is_regular_file(out / f));
  fs::remove_all(scratch);
}
