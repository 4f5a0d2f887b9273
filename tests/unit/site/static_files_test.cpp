// Static files that can carry script are published only when site.yaml
// lists them (static_allow); no two outputs may share a path.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "config/site_config.hpp"
#include "output/output_writer.hpp"
#include "core/file_system.hpp"
#include "core/thread_pool.hpp"
#include "site/build.hpp"
#include "site/output_plan.hpp"
#include "site/static_files.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

std::string printed(const DiagnosticSink& sink) {
  std::ostringstream out;
  sink.print(out);
  return out.str();
}

struct Built {
  bool ok;
  std::string diagnostics;
  std::map<std::string, std::string> files;
};

Built build(const test::TempSite& site) {
  site::BuildOptions opt;
  opt.site_dir = site.path();
  opt.now = 1767225600;
  opt.theme_dirs = {fs::path(WT_SOURCE_DIR) / "themes"};
  output::MemoryWriter writer;
  DiagnosticSink sink;
  ThreadPool pool(2);
  bool ok = site::build_site_to(opt, real_file_system(), pool, writer, sink, nullptr);
  return {ok, printed(sink), writer.files()};
}

const char* kPost = R"(
-- content/tin-tuc/bai/index.md --
---
title: Bài có hình
date: 2025-09-05
---
Xin chào.
)";

}  // namespace

TEST_CASE("site::script_risk names the files a browser would run", "[site][static]") {
  test::TempSite t(R"(
-- a.xml --
<?xml version="1.0"?>
<?XML-STYLESHEET type="text/xsl" href="x.xsl"?>
<a/>
-- b.xml --
<a><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script></a>
-- c.rss --
<rss><svg xmlns="http://www.w3.org/2000/svg"/></rss>
-- d.xml --
<?xml version="1.0"?><bang-gia><muc>1</muc></bang-gia>
)");
  struct Case {
    const char* name;
    const char* risk;
  };
  for (const Case& c : {Case{"a.html", ".html files can"}, Case{"A.HTM", ".htm files can"},
                        Case{"x.xhtml", ".xhtml files can"}, Case{"x.xht", ".xht files can"},
                        Case{"x.shtml", ".shtml files can"}, Case{"logo.Svg", ".svg files can"},
                        Case{"logo.svgz", ".svgz files can"}, Case{"app.js", ".js files can"},
                        Case{"app.mjs", ".mjs files can"}, Case{"t.xsl", ".xsl files can"},
                        Case{"t.xslt", ".xslt files can"}, Case{"a.xml", "this XML file names a stylesheet"},
                        Case{"b.xml", "this XML file holds XHTML"}, Case{"c.rss", "this XML file holds SVG"},
                        Case{"d.xml", ""}, Case{"don.pdf", ""}, Case{"anh.png", ""}, Case{"style.css", ""},
                        Case{"README", ""}, Case{".html", ""}, Case{"bang.json", ""}}) {
    INFO(c.name);
    CHECK(site::script_risk(c.name, t.path() / c.name) == c.risk);
  }
}

TEST_CASE("site::static_allowed matches paths as published or from the site, globs within a folder",
          "[site][static]") {
  const std::vector<std::string> allow = {"forms/mau-don.html", "bieu-mau/*.svg", "content/tin-tuc/*/anh.svg"};
  CHECK(site::static_allowed(allow, "forms/mau-don.html", "static/forms/mau-don.html"));
  CHECK_FALSE(site::static_allowed(allow, "forms/mau-don2.html", "static/forms/mau-don2.html"));
  CHECK(site::static_allowed(allow, "bieu-mau/a.svg", "static/bieu-mau/a.svg"));
  CHECK_FALSE(site::static_allowed(allow, "bieu-mau/con/a.svg", "static/bieu-mau/con/a.svg"));  // * stays in a folder
  CHECK(site::static_allowed(allow, "tin-tuc/bai-co-hinh/anh.svg", "content/tin-tuc/bai/anh.svg"));
  CHECK(site::static_allowed({"static/forms/*"}, "forms/x.html", "static/forms/x.html"));
  CHECK_FALSE(site::static_allowed({}, "forms/x.html", "static/forms/x.html"));
}

TEST_CASE("site::build_site_to refuses static files that can carry script unless site.yaml lists them",
          "[site][static]") {
  test::TempSite site(std::string(kPost) + R"(
-- site.yaml --
name: "Trường THCS Thử"
-- static/forms/mau-don.html --
<form><script>alert(1)</script></form>
-- static/js/them.js --
alert(1)
-- static/ban-do.svg --
<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>
-- static/bang.xml --
<?xml-stylesheet href="x.xsl"?><a/>
-- static/don.pdf --
%PDF-1.4
-- content/tin-tuc/bai/anh.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
-- content/tin-tuc/so-do.htm --
<p>x</p>
)");
  auto r = build(site);
  CHECK_FALSE(r.ok);
  const std::string tail = "; to publish it all the same, add '";
  CHECK(r.diagnostics ==
        "content/tin-tuc/bai/anh.svg: error: this file can carry script that would run on the school's web pages "
        "(.svg files can)" + tail + "content/tin-tuc/bai/anh.svg' to static_allow in site.yaml\n"
        "content/tin-tuc/so-do.htm: error: this file can carry script that would run on the school's web pages "
        "(.htm files can)" + tail + "content/tin-tuc/so-do.htm' to static_allow in site.yaml\n"
        "static/ban-do.svg: error: this file can carry script that would run on the school's web pages (.svg files "
        "can)" + tail + "ban-do.svg' to static_allow in site.yaml\n"
        "static/bang.xml: error: this file can carry script that would run on the school's web pages (this XML file "
        "names a stylesheet)" + tail + "bang.xml' to static_allow in site.yaml\n"
        "static/forms/mau-don.html: error: this file can carry script that would run on the school's web pages "
        "(.html files can)" + tail + "forms/mau-don.html' to static_allow in site.yaml\n"
        "static/js/them.js: error: this file can carry script that would run on the school's web pages (.js files "
        "can)" + tail + "js/them.js' to static_allow in site.yaml\n");

  site.write("site.yaml", "name: \"Trường THCS Thử\"\nstatic_allow:\n  - forms/mau-don.html\n  - \"*.svg\"\n"
                          "  - static/js/*.js\n  - bang.xml\n  - content/tin-tuc/*\n  - content/tin-tuc/*/*.svg\n");
  r = build(site);
  INFO(r.diagnostics);
  CHECK(r.ok);
  for (const char* f : {"forms/mau-don.html", "js/them.js", "ban-do.svg", "bang.xml", "don.pdf",
                        "tin-tuc/bai-co-hinh/anh.svg", "tin-tuc/so-do.htm"})
    CHECK(r.files.count(f));
  CHECK(r.files.count("js/menu.js"));  // the theme's own scripts are trusted
}

TEST_CASE("config::parse_site_config reads static_allow and refuses paths that leave the site", "[site][static]") {
  DiagnosticSink sink;
  auto cfg = config::parse_site_config("name: A\nstatic_allow: [\"forms/*.html\", \"static/x.svg\"]\n", "site.yaml", sink);
  REQUIRE(cfg);
  CHECK(cfg->static_allow == std::vector<std::string>{"forms/*.html", "static/x.svg"});
  DiagnosticSink bad2;
  CHECK_FALSE(config::parse_site_config("name: A\nstatic_allow: [\"/etc/x.html\", \"../x.js\"]\n", "site.yaml", bad2));
  const std::string hint = "' is not a path inside the site: write it as the file is published, like "
                           "bieu-mau/don.html, without a leading '/' or '..'\n";
  CHECK(printed(bad2) == "site.yaml:2:16: error: '/etc/x.html" + hint + "site.yaml:2:31: error: '../x.js" + hint);
  DiagnosticSink bad3;
  CHECK_FALSE(config::parse_site_config("name: A\nstatic_allow: forms/x.html\n", "site.yaml", bad3));
  CHECK(printed(bad3) ==
        "site.yaml:2:15: error: 'static_allow' should be a list of file paths, like [\"bieu-mau/don.html\"]\n");
}

TEST_CASE("site::OutputPlan reports each path claimed twice once, naming both sources", "[site]") {
  site::OutputPlan plan;
  plan.claim("cac-khoan-thu/index.html", "the page 'Các khoản thu' built from data/", {"data", 0, 0});
  plan.claim("tin-tuc/a/index.html", "content/tin-tuc/a.md", {"content/tin-tuc/a.md", 0, 0});
  plan.claim("cac-khoan-thu/index.html", "the alias '/cac-khoan-thu/' of content/b.md", {"content/b.md", 3, 11});
  DiagnosticSink sink;
  CHECK_FALSE(plan.check(sink));
  CHECK(printed(sink) ==
        "content/b.md:3:11: error: the alias '/cac-khoan-thu/' of content/b.md and the page 'Các khoản thu' built "
        "from data/ would both be written to 'cac-khoan-thu/index.html'; change one of them\n");
  site::OutputPlan fine;
  fine.claim("a/index.html", "content/a.md", {});
  DiagnosticSink quiet;
  CHECK(fine.check(quiet));
  CHECK(fine.size() == 1);
}
