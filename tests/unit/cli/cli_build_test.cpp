// Runs the real webtruong binary: exit codes, messages, and the promise
// that a failed build leaves the previous output in place.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

#include "core/file_io.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;

namespace {

struct RunResult {
  int status;
  std::string output;  // stdout and stderr together
};

RunResult run(const std::string& args) {
  std::string cmd = std::string(WT_BINARY) + " " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  int st = pclose(p);
  return {WIFEXITED(st) ? WEXITSTATUS(st) : -1, out};
}

// A fresh folder of its own (mkdtemp): parallel test processes never share one.
fs::path scratch(const std::string& name) {
  return wt::test::make_temp_dir("wt-cli-" + name);
}

std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out[fs::relative(e.path(), dir).string()] = *wt::read_file(e.path());
  return out;
}

}  // namespace

TEST_CASE("cli: usage errors exit 2", "[cli]") {
  auto r = run("biuld");
  CHECK(r.status == 2);
  CHECK(r.output.rfind("webtruong: unknown command 'biuld' (did you mean 'build'?)\n", 0) == 0);
  r = run("build --frobnicate");
  CHECK(r.status == 2);
  CHECK(r.output.rfind("webtruong build: unknown option '--frobnicate'\n", 0) == 0);
  CHECK(run("build --help").status == 0);
  CHECK(run("--version").output.rfind("webtruong 0.1.0\nbuild ", 0) == 0);  // version_test.cpp: the rest
}

TEST_CASE("cli: a failed build leaves the previous output in place", "[cli]") {
  fs::path dir = scratch("atomic");
  fs::copy(fs::path(WT_TEST_FIXTURES) / "sites" / "basic", dir / "site", fs::copy_options::recursive);
  fs::path out = dir / "out";
  auto first = run("build -q " + (dir / "site").string() + " -o " + out.string());
  INFO(first.output);
  REQUIRE(first.status == 0);
  auto before = snapshot(out);
  REQUIRE(before.count("index.html"));

  std::ofstream(dir / "site" / "content" / "tin-tuc" / "hoi-giang.md") << "---\ntitle: Hội giảng\ndate: 31/02/2025\n---\n";
  auto second = run("build -q " + (dir / "site").string() + " -o " + out.string());
  CHECK(second.status == 1);
  CHECK(second.output ==
        "content/tin-tuc/hoi-giang.md:3:7: error: 'date' is not a valid date: \"31/02/2025\" "
        "(expected a day of the calendar written 05/09/2025 or 2025-09-05, with a time if needed: 05/09/2025 07:30, 2025-09-05T07:30:00+07:00)\n"
        "webtruong: build failed with 1 error; the previous output was left as it was\n");
  CHECK(snapshot(out) == before);
  // No temporary folders are left beside the output.
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"out", "site"});
  fs::remove_all(dir);
}

TEST_CASE("cli: an alias cannot write outside the output folder", "[cli]") {
  fs::path dir = scratch("escape");
  fs::copy(fs::path(WT_TEST_FIXTURES) / "sites" / "basic", dir / "site", fs::copy_options::recursive);
  std::ofstream(dir / "site" / "content" / "lien-he.md")
      << "---\ntitle: Liên hệ\naliases: [\"/../../pwned.html\", \"../x/\"]\n---\n";
  auto r = run("build -q " + (dir / "site").string() + " -o " + (dir / "out").string());
  CHECK(r.status == 1);
  CHECK(r.output.find("content/lien-he.md:3:11: error: the alias '/../../pwned.html' is not a usable web address") == 0);
  CHECK_FALSE(fs::exists(dir / "pwned.html"));
  CHECK_FALSE(fs::exists(dir / "out"));
  fs::remove_all(dir);
}

TEST_CASE("cli: check reports site.example complete, as text and as JSON", "[cli]") {
  std::string env = "SOURCE_DATE_EPOCH=1795489200 ";  // 24/11/2026 10:00 +07:00
  std::string site = std::string(WT_SOURCE_DIR) + "/site.example";
  std::string cmd = env + std::string(WT_BINARY) + " check " + site + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  int st = pclose(p);
  INFO(out);
  CHECK(WEXITSTATUS(st) == 0);
  CHECK(out.find(" ok, 0 missing, 0 stale, ") != std::string::npos);
  CHECK(out.find("Projected score (vinh-phuc-2016-2017):") != std::string::npos);
  cmd = env + std::string(WT_BINARY) + " check --format json " + site;
  p = popen(cmd.c_str(), "r");
  out.clear();
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  pclose(p);
  CHECK(out.find("\"school_type\": \"thcs\"") != std::string::npos);
  CHECK(out.find("\"missing\": 0") != std::string::npos);
  CHECK(run("check --format yaml " + site).status == 2);
}

TEST_CASE("cli: build is incremental, says why when it is not, and --full builds all", "[cli]") {
  fs::path dir = scratch("incremental");
  fs::copy(fs::path(WT_TEST_FIXTURES) / "sites" / "basic", dir / "site", fs::copy_options::recursive);
  const std::string build = "build " + (dir / "site").string() + " -o " + (dir / "out").string();
  auto summary = [](const std::string& output) {  // the lines without the time
    std::string s = output;
    for (size_t at; (at = s.find(" in ")) != std::string::npos;) s.erase(at, s.find(" into ", at) - at);
    return s;
  };
  REQUIRE(run(build).status == 0);
  auto same = run(build);
  CHECK(summary(same.output) == "webtruong: rebuilt 0 pages (0 files written, 0 removed, 38 unchanged) into " +
                                    (dir / "out").string() +
                                    "\nwebtruong: left out 1 drafts, 0 waiting for review, 0 scheduled and 0 expired pages\n"
                                    "webtruong: check finds 21 requirements missing (intro_structure, leaders, "
                                    "legal_docs, online_admission, admission_info, ...): run 'webtruong check' for "
                                    "what each needs\n");
  std::ofstream(dir / "out" / "robots.txt") << "User-agent: *\n";
  auto refused = run(build);
  CHECK(refused.output.rfind("webtruong: the cache of the earlier build was not used (the output 'robots.txt' was "
                             "changed since the last build): full build\nwebtruong: built ", 0) == 0);
  auto full = run(build + " --full -j 1");
  CHECK(full.status == 0);
  CHECK(full.output.rfind("webtruong: built ", 0) == 0);
  fs::remove_all(dir);
}
