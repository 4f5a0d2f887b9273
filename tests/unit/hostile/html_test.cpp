// Hostile input, HTML and URLs (issue 9, first bullet): small attacker-made
// sites built end to end by the webtruong binary. Each case names what the
// build says, and every file of the output is searched for script
// (tests/support/script_check.hpp): no page may run any but the theme's own
// /js/menu.js and /js/documents.js, and /js/search.js on the results page
// (js/dashboard.js is the portal's alone: never in a site).
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "support/script_check.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using wt::test::TempSite;

namespace {

struct Build {
  int status = -1;
  std::string output;  // stdout and stderr
};

Build build(const TempSite& site) {
  std::string cmd = std::string(WT_BINARY) + " build -q " + site.path().string() + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  Build b;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) b.output.append(buf.data(), n);
  int st = pclose(p);
  b.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return b;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Every way a file of the output could run script: pages are parsed as a
// browser would; feeds and other text files may not hold a <script> tag; the
// only scripts are the theme's own files.
std::vector<std::string> script_in_output(const fs::path& out) {
  std::vector<std::string> problems;
  const fs::path theme_js = fs::path(WT_SOURCE_DIR) / "themes" / "default" / "static" / "js";
  size_t pages = 0;
  for (auto it = fs::recursive_directory_iterator(out); it != fs::recursive_directory_iterator(); ++it) {
    const auto& e = *it;
    // .webtruong/ is the build's own state (its cache keeps the diagnostics,
    // which quote what the input held); it is never published (docs/architecture.md).
    if (e.path().filename() == ".webtruong") {
      it.disable_recursion_pending();
      continue;
    }
    if (!e.is_regular_file()) continue;
    std::string rel = fs::relative(e.path(), out).string();
    std::string ext = e.path().extension().string();
    std::string text = read(e.path());
    if (ext == ".html") {
      ++pages;
      for (const auto& p : wt_test::script_problems(text, wt_test::kWholePage)) problems.push_back(rel + ": " + p);
    } else if (ext == ".js") {
      if (rel != "js/menu.js" && rel != "js/documents.js" && rel != "js/search.js")
        problems.push_back(rel + ": a script file");
      else if (text != read(theme_js / e.path().filename())) problems.push_back(rel + ": not the theme's script");
    } else if (ext == ".svg" || ext == ".htm" || ext == ".xhtml") {
      if (rel != "favicon.svg") problems.push_back(rel + ": a file a browser may run script in");
    } else if (lower(text).find("<script") != std::string::npos) {
      problems.push_back(rel + ": holds <script");
    }
  }
  if (pages == 0) problems.push_back("no page was built");
  std::sort(problems.begin(), problems.end());
  return problems;
}

const std::string kSite = R"site(
-- site.yaml --
name: "Trường THCS Thử Nghiệm"
base_url: "https://thunghiem.example.edu.vn/"
menus:
  main:
    - name: "Tin tức"
      url: "/tin-tuc/"
links:
  - name: "Sở Giáo dục và Đào tạo"
    url: "https://vinhphuc.edu.vn/"
-- content/_index.md --
---
title: "Trang chủ"
---
Chào mừng.
)site";

// A site whose one post has `body`.
std::string site_with_post(const std::string& body) {
  return kSite + "-- content/tin-tuc/bai.md --\n---\ntitle: \"Bài viết\"\ndate: 05/09/2025\n---\n" + body;
}

void check_built_without_script(const TempSite& site, const Build& b, const std::string& expected_output) {
  INFO(b.output);
  CHECK(b.status == 0);
  CHECK(b.output == expected_output);
  CHECK(script_in_output(site.path() / "public").empty());
}

}  // namespace

TEST_CASE("hostile html: a character reference with leading zeros ('&#x000000006a' then 'avascript:')", "[hostile]") {
  TempSite site(site_with_post("[Bấm vào đây](&#x000000006a;avascript:alert(document.domain))\n\n"
                               "<a href=\"&#x000000006a;avascript:alert(document.domain)\">Hoặc đây</a>\n"));
  check_built_without_script(
      site, build(site),
      "content/tin-tuc/bai.md:5:15: warning: link address '&#x000000006a;avascript:alert(document.d' "
      "removed: 'javascript:' addresses run scripts\n"
      "content/tin-tuc/bai.md:7:4: warning: removed href=\"javascript:alert(document.domain)\" from <a>: "
      "'javascript:' addresses run scripts\n");
  std::string page = read(site.path() / "public" / "tin-tuc" / "bai-viet" / "index.html");
  CHECK(page.find("<p><a href=\"\">Bấm vào đây</a></p>\n<p><a>Hoặc đây</a></p>") != std::string::npos);
}

TEST_CASE("hostile html: <svg><animate values=javascript:>", "[hostile]") {
  TempSite site(site_with_post(
      "Mở đầu\n\n<svg width=\"100%\" height=\"100%\"><a><animate attributeName=\"href\" "
      "values=\"javascript:alert(document.domain)\"/><rect width=\"100%\" height=\"100%\"/></a></svg>\n"));
  check_built_without_script(site, build(site),
                             "content/tin-tuc/bai.md:7:1: warning: removed <svg> and what it holds: SVG and MathML "
                             "drawings cannot be written into a page (use a picture file)\n");
}

TEST_CASE("hostile html: an HTML block split over lines into a full-screen onmouseover div", "[hostile]") {
  TempSite site(site_with_post(
      "<div\nonmouseover=\"alert(document.domain)\"\nstyle=\"position:fixed;top:0;left:0;width:100%;height:100%\">\n"
      "Tin mới\n</div>\n\n<div\n\nonmouseover=\"alert(document.domain)\" class=\"toan-man-hinh\">chữ</div>\n"));
  check_built_without_script(
      site, build(site),
      "content/tin-tuc/bai.md:6:1: warning: removed onmouseover from <div>: event handlers run scripts\n"
      "content/tin-tuc/bai.md:7:1: warning: removed style from <div>: the site's security policy blocks inline "
      "styles (the theme gives pages their look)\n"
      "content/tin-tuc/bai.md:11:4: warning: removed <p from <div>: '<p' is not one of the attributes allowed on "
      "<div>\n");
}

TEST_CASE("hostile html: <base href> that would load /js/documents.js from another host", "[hostile]") {
  TempSite site(site_with_post("<base href=\"https://evil.example/\">\n\nNội dung.\n"));
  check_built_without_script(site, build(site),
                             "content/tin-tuc/bai.md:5:1: warning: removed <base> and what it holds: it would change "
                             "the whole page, not this part of it\n");
  std::string page = read(site.path() / "public" / "tin-tuc" / "bai-viet" / "index.html");
  CHECK(page.find("<base") == std::string::npos);
  CHECK(page.find("base-uri 'none'") != std::string::npos);  // the CSP forbids it too
}

TEST_CASE("hostile html: <meta http-equiv=refresh> and an external <link>", "[hostile]") {
  TempSite site(site_with_post(
      "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">\n"
      "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">\n\nNội dung.\n"));
  check_built_without_script(
      site, build(site),
      "content/tin-tuc/bai.md:5:1: warning: removed <meta> and what it holds: it would change the whole page, not "
      "this part of it\n"
      "content/tin-tuc/bai.md:6:1: warning: removed <link> and what it holds: the look of pages comes from the "
      "site's theme\n");
}

TEST_CASE("hostile html: data:text/html links", "[hostile]") {
  TempSite site(site_with_post(
      "[Tải về](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n\n"
      "<a href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\">Mở</a>\n"));
  check_built_without_script(
      site, build(site),
      "content/tin-tuc/bai.md:5:10: warning: link address 'data:text/html;base64,PHNjcmlwdD5hbGVydC' removed: "
      "'data:' addresses can hold a whole page with scripts\n"
      "content/tin-tuc/bai.md:7:4: warning: removed href=\"data:text/html,<script>alert(1)</script>\" from <a>: "
      "'data:' addresses can hold a whole page with scripts\n");
}

TEST_CASE("hostile html: javascript: URLs in site.yaml menus and links stop the build", "[hostile]") {
  TempSite site(R"site(
-- site.yaml --
name: "Trường THCS Thử Nghiệm"
menus:
  main:
    - name: "Trang chủ"
      url: "javascript:alert(document.domain)"
  footer:
    - name: "Liên hệ"
      url: "  JAVASCRIPT:alert(1)"
links:
  - name: "Sở"
    url: "java&#x09;script:alert(1)"
-- content/_index.md --
---
title: "Trang chủ"
---
)site");
  Build b = build(site);
  INFO(b.output);
  CHECK(b.status == 1);
  CHECK(b.output ==
        "site.yaml:5:12: error: 'url' cannot be 'javascript:alert(document.domain)': 'javascript:' addresses run "
        "scripts\n"
        "site.yaml:8:12: error: 'url' cannot be '  JAVASCRIPT:alert(1)': 'javascript:' addresses run scripts\n"
        "site.yaml:11:10: error: 'url' cannot be 'java&#x09;script:alert(1)': 'javascript:' addresses run scripts\n"
        "webtruong: build failed with 3 errors; the previous output was left as it was\n");
  CHECK_FALSE(fs::exists(site.path() / "public"));
}

TEST_CASE("hostile html: a front matter image and a data file link that run script stop the build",
          "[hostile]") {
  TempSite site(kSite + R"site(-- content/tin-tuc/bai.md --
---
title: "Bài"
image: "javascript:alert(1)"
---
-- data/van-ban.yaml --
documents:
  - number: "1/TB"
    date: 18/09/2025
    issuer: "Trường"
    summary: "Thông báo"
    file: "javascript:alert(document.domain)"
)site");
  Build b = build(site);
  INFO(b.output);
  CHECK(b.status == 1);
  CHECK(b.output ==
        "content/tin-tuc/bai.md:3:8: error: 'image' cannot be 'javascript:alert(1)': 'javascript:' addresses run "
        "scripts\n"
        "data/van-ban.yaml:6:11: error: 'Tệp văn bản' (file) \"javascript:alert(document.domain)\" cannot be used: "
        "'javascript:' addresses run scripts\n"
        "webtruong: build failed with 2 errors; the previous output was left as it was\n");
  CHECK_FALSE(fs::exists(site.path() / "public"));
}

TEST_CASE("hostile html: the search for script finds it when it is there", "[hostile]") {
  // A check that cannot fail proves nothing: plant script in a built site.
  TempSite site(site_with_post("Nội dung.\n"));
  REQUIRE(build(site).status == 0);
  fs::path page = site.path() / "public" / "tin-tuc" / "bai-viet" / "index.html";
  std::string text = read(page);
  std::ofstream(page, std::ios::binary) << text.replace(text.find("</main>"), 7, "<div onclick=x></div></main>");
  std::ofstream(site.path() / "public" / "x.js") << "alert(1)";
  std::ofstream(site.path() / "public" / "rss2.xml") << "<rss><script>alert(1)</script></rss>";
  CHECK(script_in_output(site.path() / "public") ==
        std::vector<std::string>{"rss2.xml: holds <script", "tin-tuc/bai-viet/index.html: attribute onclick on <div>",
                                 "x.js: a script file"});
}
