// Hostile input, Markdown shapes (issue 9, part 2): posts in the shapes that
// cost Debian's cmark-gfm (and gumbo, for raw HTML) quadratic time, built end
// to end by the webtruong binary: each is refused at once with an error at
// its line, and the build never takes long.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using wt::test::TempSite;

namespace {

struct Build {
  int status = -1;
  std::string output;
  double seconds = 0;
};

Build build(const TempSite& site) {
  auto t0 = std::chrono::steady_clock::now();
  std::string cmd = std::string(WT_BINARY) + " build -q " + site.path().string() + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  Build b;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) b.output.append(buf.data(), n);
  int st = pclose(p);
  b.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  b.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return b;
}

std::string repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// A site whose one post (front matter of 4 lines) has `body`.
Build build_post(const std::string& body, bool* published = nullptr) {
  TempSite site("-- site.yaml --\nname: \"Trường THCS Thử Nghiệm\"\n-- content/_index.md --\n---\ntitle: \"Trang chủ\"\n---\n");
  site.write("content/tin-tuc/bai.md", "---\ntitle: \"Bài\"\ndate: 05/09/2025\n---\n" + body);
  Build b = build(site);
  if (published) *published = fs::exists(site.path() / "public");
  return b;
}

// The build fails with exactly `errors` (one per line), fast, publishing nothing.
void check_refused(const std::string& body, const std::vector<std::string>& errors) {
  bool published = true;
  Build b = build_post(body, &published);
  std::string expected;
  for (const auto& e : errors) expected += e + "\n";
  expected += "webtruong: build failed with " + std::to_string(errors.size()) +
              (errors.size() == 1 ? " error" : " errors") + "; the previous output was left as it was\n";
  INFO(b.output);
  CHECK(b.status == 1);
  CHECK(b.output == expected);
  CHECK_FALSE(published);
  // Before: seconds to minutes in cmark-gfm or gumbo (docs/contracts.md).
  CHECK(b.seconds < 1.5);
}

}  // namespace

TEST_CASE("hostile markdown: an image opener repeated 50,000 times", "[hostile]") {
  check_refused(repeat("![[]() ", 50000),
                {"content/tin-tuc/bai.md:5:52502: error: this page has more than 15000 '[' (links and images); split "
                "it into several pages"});
}

TEST_CASE("hostile markdown: a table 5,000 columns wide", "[hostile]") {
  check_refused("|" + repeat("a|", 5000) + "\n|" + repeat("-|", 5000) + "\n" + repeat("|" + repeat("b|", 5000) + "\n", 20),
                {"content/tin-tuc/bai.md:5:259: error: this line has more than 129 '|': a table may have at most 128 "
                "columns"});
}

TEST_CASE("hostile markdown: lists nested 30,000 deep and 30,000 blank lines", "[hostile]") {
  check_refused(repeat("- ", 30000) + "x" + repeat("\n", 30000),
                {"content/tin-tuc/bai.md:5:1: error: lists, quotes and indentation put this line 30000 levels deep; "
                "at most 32 levels are allowed"});
}

TEST_CASE("hostile markdown: emphasis in a quote 100,000 levels deep", "[hostile]") {
  check_refused(repeat(">", 100000) + repeat("a*", 100000),
                {"content/tin-tuc/bai.md:5:1: error: lists, quotes and indentation put this line 100000 levels deep; "
                 "at most 32 levels are allowed",
                 "content/tin-tuc/bai.md:5:180002: error: this page has more than 40000 runs of '*' or '_'; split it "
                 "into several pages"});
}

TEST_CASE("hostile markdown: emphasis delimiters that never match", "[hostile]") {
  check_refused(repeat("*a ", 40000) + repeat("_a*_ ", 40000),
                {"content/tin-tuc/bai.md:5:120001: error: this page has more than 40000 runs of '*' or '_'; split it "
                "into several pages"});
}

TEST_CASE("hostile markdown: an autolink followed by 100,000 ')'", "[hostile]") {
  check_refused("www.a" + repeat(".)", 100000),
                {"content/tin-tuc/bai.md:5:519: error: more than 256 ')' without a space between them; put spaces "
                "between words"});
}

TEST_CASE("hostile markdown: raw HTML 40,000 <div> deep, and misnested <b> re-created", "[hostile]") {
  check_refused("Mở đầu\n\n" + repeat("<div>", 40000) + "\n",
                {"content/tin-tuc/bai.md:7:1281: error: the HTML is nested more than 256 elements deep (are some tags "
                "never closed?)"});
  std::string misnested;
  for (int i = 0; i < 2000; ++i) misnested += "<div><b id=" + std::to_string(i) + "></div>";
  check_refused(misnested + repeat("<div>x</div>", 2000) + "\n",
                {"content/tin-tuc/bai.md:5:5230: error: the HTML is nested more than 256 elements deep (are some tags "
                "never closed?)"});
}

TEST_CASE("hostile markdown: a body of 3 MB", "[hostile]") {
  check_refused(repeat(repeat("Chữ ", 25) + "\n", 30000),
                {"content/tin-tuc/bai.md:3477:12: error: this page holds 4423 KB of text; a page may hold at most "
                "512 KB: put pictures and documents in files beside the page and split long texts"});
}

TEST_CASE("hostile markdown: raw HTML that makes gumbo 0.10.1 abort builds", "[hostile]") {
  bool published = false;
  Build b = build_post("<table><svg><td><desc><select></table>\n\n<table><math><select><mi><select><tr>\n", &published);
  INFO(b.output);
  CHECK(b.status == 0);
  CHECK(published);
  CHECK(b.output.find("content/tin-tuc/bai.md:5:8: warning: removed <svg> and what it holds") != std::string::npos);
}
