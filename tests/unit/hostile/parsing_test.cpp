// Hostile input to the generator's parsers (issue 9, part 2): each case is a
// small site an attacker could hand a portal, run through `webtruong build`
// and `webtruong check`. Each must fail cleanly: exit status 1 and exactly
// one clear error naming file, line and column, quickly and without
// crashing (these took 3.8 GB, a segfault, 47 s, or a stack overflow).
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using wt::test::TempSite;

namespace {

struct Run {
  int status = -1;
  std::vector<std::string> lines;  ///< what it printed on standard error
};

Run run(const std::string& args) {
  Run r;
  // Standard error only: `check` prints its report on standard output.
  FILE* p = ::popen((std::string(WT_BINARY) + " " + args + " 2>&1 >/dev/null").c_str(), "r");
  REQUIRE(p);
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int st = ::pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  size_t start = 0;
  for (size_t nl = out.find('\n'); nl != std::string::npos; nl = out.find('\n', start)) {
    r.lines.push_back(out.substr(start, nl - start));
    start = nl + 1;
  }
  if (start < out.size()) r.lines.push_back(out.substr(start));
  return r;
}

// The diagnostics of a run: its lines without the closing "webtruong: ..." summary.
std::vector<std::string> diagnostics(const Run& r) {
  std::vector<std::string> out;
  for (const auto& l : r.lines)
    // The lines themselves; not the summary, nor the source line and caret shown under each.
    if (l.rfind("webtruong: ", 0) != 0 && l.rfind("    ", 0) != 0 && l.rfind("      |", 0) != 0) out.push_back(l);
  return out;
}

const char* kSiteYaml = "name: Trường THCS Hòa Bình\ntype: thcs\nbase_url: https://thcshoabinh.edu.vn\n";

// A valid site plus `extra` (txtar blocks).
std::string site_with(const std::string& extra) {
  return std::string("-- site.yaml --\n") + kSiteYaml + "-- content/_index.md --\n---\ntitle: Trang chủ\n---\nXin chào.\n" +
         extra;
}

// Builds and checks `site`: both fail with exit status 1 and exactly `error`.
void expect_one_error(const TempSite& site, const std::string& error) {
  const std::string dir = "'" + site.path().string() + "'";
  Run build = run("build -q " + dir + " -o " + dir + "/public");
  INFO("build:\n" << [&] { std::string s; for (auto& l : build.lines) s += l.substr(0, 300) + "\n"; return s; }());
  CHECK(build.status == 1);
  CHECK(diagnostics(build) == std::vector<std::string>{error});
  REQUIRE_FALSE(build.lines.empty());
  CHECK(build.lines.back().rfind("webtruong: build failed with 1 error", 0) == 0);
  CHECK_FALSE(fs::exists(site.path() / "public" / "index.html"));

  Run check = run("check " + dir);
  INFO("check:\n" << [&] { std::string s; for (auto& l : check.lines) s += l.substr(0, 300) + "\n"; return s; }());
  CHECK(check.status == 1);
  CHECK(diagnostics(check) == std::vector<std::string>{error});
}

std::string repeat(const std::string& s, int n) {
  std::string out;
  out.reserve(s.size() * static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// The 400-byte file that asked for 9^9 copies of "lol".
std::string billion_laughs() {
  std::string y = "lol: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  const std::string names = "abcdefghi";
  for (size_t i = 1; i < names.size(); ++i) {
    std::string list;
    for (int k = 0; k < 9; ++k) list += std::string(k ? "," : "") + "*" + names[i - 1];
    y += std::string(1, names[i]) + ": &" + names[i] + " [" + list + "]\n";
  }
  return y;
}

}  // namespace

TEST_CASE("hostile parsing: billion laughs in a data file stops at the alias past the limit", "[hostile]") {
  TempSite site(site_with("-- data/van-ban.yaml --\n" + billion_laughs()));
  expect_one_error(site, "data/van-ban.yaml:6:8: error: the alias '*e' makes the aliases of this file repeat more "
                         "than 100000 values: Webtruong expands no more");
}

TEST_CASE("hostile parsing: billion laughs in front matter and in site.yaml", "[hostile]") {
  {
    TempSite site(site_with("-- content/tin-tuc/a.md --\n---\ntitle: A\n" + billion_laughs() + "---\nBody\n"));
    expect_one_error(site, "content/tin-tuc/a.md:8:8: error: the alias '*e' makes the aliases of this file repeat "
                           "more than 100000 values: Webtruong expands no more");
  }
  {
    TempSite site(site_with(""));
    site.write("site.yaml", kSiteYaml + billion_laughs());
    expect_one_error(site, "site.yaml:9:8: error: the alias '*e' makes the aliases of this file repeat more than "
                           "100000 values: Webtruong expands no more");
  }
}

TEST_CASE("hostile parsing: 50,000 nested levels are an error at the 101st", "[hostile]") {
  const std::string deep = repeat("[", 50000) + repeat("]", 50000);
  {
    TempSite site(site_with("-- content/tin-tuc/a.md --\n---\ntitle: A\ntags: " + deep + "\n---\nBody\n"));
    expect_one_error(site, "content/tin-tuc/a.md:3:106: error: the values here are nested more than 100 levels deep: "
                           "Webtruong reads at most 100 levels");
  }
  {
    TempSite site(site_with("-- data/van-ban.yaml --\ndocuments:\n  " + repeat("- ", 50000) + "x\n"));
    expect_one_error(site, "data/van-ban.yaml:2:201: error: the values here are nested more than 100 levels deep: "
                           "Webtruong reads at most 100 levels");
  }
  {
    TempSite site(site_with("-- data/van-ban.json --\n{\"documents\": " + deep + "}\n"));
    expect_one_error(site, "data/van-ban.json:1:114: error: the values here are nested more than 100 levels deep: "
                           "Webtruong reads at most 100 levels");
  }
}

TEST_CASE("hostile parsing: 80,000 front-matter keys, the last one written twice", "[hostile]") {
  std::string fm = "---\ntitle: A\n";
  for (int i = 0; i < 80000; ++i) fm += "k" + std::to_string(i) + ": v\n";
  fm += "k0: again\n---\nBody\n";
  TempSite site(site_with(""));
  site.write("content/tin-tuc/a.md", fm);
  expect_one_error(site, "content/tin-tuc/a.md:80003:1: error: the front matter is not valid YAML: the key 'k0' is "
                         "written twice");
}

TEST_CASE("hostile parsing: a 50 KB value in a field with a pattern", "[hostile]") {
  const std::string date = repeat("1", 50 * 1024);
  TempSite site(site_with("-- data/van-ban.yaml --\ndocuments:\n  - number: \"12/KH-THCS\"\n    date: \"" + date +
                          "\"\n    issuer: \"Trường THCS Hòa Bình\"\n    summary: \"Kế hoạch năm học\"\n"
                          "    file: \"https://thcshoabinh.edu.vn/files/kh.pdf\"\n"));
  expect_one_error(site, "data/van-ban.yaml:3:11: error: 'Ngày ban hành' (date) is not a valid date: \"" +
                             repeat("1", 60) + "…\" (51200 characters) (expected dd/mm/yyyy)");
}

TEST_CASE("hostile parsing: a 50,000-digit number", "[hostile]") {
  TempSite site(site_with("-- data/khoan-thu/2025-2026.yaml --\nschool_year: \"2025-2026\"\nitems:\n"
                          "  - item: \"Nước uống\"\n    amount: " +
                          repeat("9", 50000) +
                          "\n    unit: \"đồng/học sinh/tháng\"\n    payer: \"Học sinh\"\n    mandatory: false\n"));
  expect_one_error(site, "data/khoan-thu/2025-2026.yaml:4:13: error: 'Số tiền' (amount) should be a whole number of "
                         "đồng, not \"" +
                             repeat("9", 60) + "…\" (50000 characters)");
}

TEST_CASE("hostile parsing: a 50,000-digit number written with thousands dots", "[hostile]") {
  // "1.000.000. … .000" went through std::regex's grouped-number match.
  TempSite site(site_with("-- data/khoan-thu/2025-2026.yaml --\nschool_year: \"2025-2026\"\nitems:\n"
                          "  - item: \"Nước uống\"\n    amount: \"1" +
                          repeat(".000", 12500) +
                          "\"\n    unit: \"đồng/học sinh/tháng\"\n    payer: \"Học sinh\"\n    mandatory: false\n"));
  expect_one_error(site, "data/khoan-thu/2025-2026.yaml:4:13: error: 'Số tiền' (amount) should be a whole number of "
                         "đồng, not \"1" +
                             repeat(".000", 14) + ".00…\" (50001 characters)");
}
