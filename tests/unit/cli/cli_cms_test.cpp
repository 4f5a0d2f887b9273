// `webtruong cms` through the binary: writes admin/config.yml and
// index.html for the site's sections; --print writes nothing; bad usage is
// 2, a folder that is not a site 1; a link at admin/ or at config.yml is
// refused, so nothing is written outside the site.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/file_io.hpp"
#include "support/run_command.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using wt::test::run_command;

namespace {

const char* kSite = R"(
-- site.yaml --
name: Trường THCS A
base_url: https://thcs-a.example.vn/
-- content/_index.md --
---
title: Trang chủ
---
-- content/tin-tuc/_index.md --
---
title: Tin tức
---
-- content/tin-tuc/a.md --
---
title: A
date: 2026-11-02
---
)";

std::string cms(const fs::path& site, const std::string& more = "") {
  return std::string(WT_BINARY) + " cms '" + site.string() + "' " + more;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("cms: writes admin/config.yml and admin/index.html for the site", "[cli][cms]") {
  wt::test::TempSite site(kSite);
  auto r = run_command(cms(site.path()));
  INFO(r.output);
  REQUIRE(r.status == 0);
  CHECK(r.output.find("1 sections, 1 pages, 7 kinds of data") != std::string::npos);
  const std::string config = slurp(site.path() / "admin" / "config.yml");
  CHECK(config.find("folder: \"content/tin-tuc\"") != std::string::npos);
  CHECK(config.find("label: \"Tin tức\"") != std::string::npos);
  CHECK(config.find("site_url: \"https://thcs-a.example.vn/\"") != std::string::npos);
  CHECK(config.find("name: \"proxy\"") != std::string::npos);
  CHECK(slurp(site.path() / "admin" / "index.html").find("<script src=\"decap-cms.js\"></script>") != std::string::npos);

  // admin/ is not part of the published site.
  const fs::path out = wt::test::make_temp_dir("wt-cms-out");
  auto build = run_command(std::string(WT_BINARY) + " build '" + site.path().string() + "' -o '" + (out / "public").string() + "'");
  INFO(build.output);
  CHECK(build.status == 0);
  CHECK_FALSE(fs::exists(out / "public" / "admin"));
  fs::remove_all(out);
}

TEST_CASE("cms: --print and the hosted backends", "[cli][cms]") {
  wt::test::TempSite site(kSite);
  auto r = run_command(cms(site.path(), "--print --backend gitea --repo sogd/thcs-a --api-root https://git.sogd.edu.vn/api/v1 --branch xuat-ban"));
  INFO(r.output);
  REQUIRE(r.status == 0);
  CHECK(r.output.find("name: \"gitea\"") != std::string::npos);
  CHECK(r.output.find("repo: \"sogd/thcs-a\"") != std::string::npos);
  CHECK(r.output.find("branch: \"xuat-ban\"") != std::string::npos);
  CHECK_FALSE(fs::exists(site.path() / "admin"));
}

TEST_CASE("cms: bad usage is 2, a folder that is not a site is 1", "[cli][cms]") {
  wt::test::TempSite site(kSite);
  CHECK(run_command(cms(site.path(), "--backend wordpress")).status == 2);
  CHECK(run_command(cms(site.path(), "--backend github")).status == 2);
  CHECK(run_command(cms(site.path(), "--proxy-url 'javascript:alert(1)'")).status == 2);
  CHECK(run_command(cms(site.path(), "--api-root ftp://x")).status == 2);
  CHECK(run_command(cms(site.path(), "a b")).status == 2);
  wt::test::TempSite empty("-- README --\nnot a site\n");
  auto r = run_command(cms(empty.path()));
  CHECK(r.status == 1);
  CHECK(r.output.find("site.yaml") != std::string::npos);
  CHECK_FALSE(fs::exists(empty.path() / "admin"));
}

TEST_CASE("cms: a link at admin/ or at admin/config.yml is refused: nothing is written outside the site", "[cli][cms]") {
  wt::test::TempSite site(kSite);
  wt::test::TempSite outside("-- keep.txt --\nkeep\n");
  fs::create_directory_symlink(outside.path(), site.path() / "admin");
  auto r = run_command(cms(site.path()));
  INFO(r.output);
  CHECK(r.status == 1);
  CHECK_FALSE(fs::exists(outside.path() / "config.yml"));
  CHECK_FALSE(fs::exists(outside.path() / "index.html"));

  fs::remove(site.path() / "admin");
  fs::create_directory(site.path() / "admin");
  fs::create_symlink(outside.path() / "keep.txt", site.path() / "admin" / "config.yml");
  r = run_command(cms(site.path()));
  INFO(r.output);
  CHECK(r.status == 1);
  CHECK(slurp(outside.path() / "keep.txt") == "keep\n");
}
