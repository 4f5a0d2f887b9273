// Whole portal builds of tests/fixtures/portals/basic (one member on a path,
// one on its own host, one whose build fails): the golden output, the same
// bytes whatever -j, shards and merge, failure isolation, exit statuses.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/file_io.hpp"
#include "core/thread_pool.hpp"
#include "portal/portal_build.hpp"
#include "portal_tree.hpp"
#include "support/html_check.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;
using namespace wt::portal;

namespace {

constexpr int64_t kNow = 1781481600;  // 2026-06-15T00:00:00Z
const fs::path kFixture = fs::path(WT_TEST_FIXTURES) / "portals" / "basic";

// A folder removed at the end of the test.
struct TempDir {
  fs::path path = test::make_temp_dir("wt-portal");
  ~TempDir() { fs::remove_all(path); }
};

std::map<std::string, std::string> read_tree(const fs::path& dir) { return test::read_published(dir); }

struct Built {
  bool ok = false;
  PortalResult result;
  std::string members, diagnostics;
};

Built build(const fs::path& portal, const fs::path& out, int jobs = 2) {
  PortalBuildOptions opt;
  opt.portal_dir = portal;
  opt.out_dir = out;
  opt.now = kNow;
  opt.theme_dirs = {fs::path(WT_SOURCE_DIR) / "themes"};
  ThreadPool pool(jobs);
  DiagnosticSink sink;
  std::ostringstream members, diags;
  Built b;
  b.ok = build_portal(opt, pool, sink, members, &b.result);
  sink.print(diags);
  b.members = members.str();
  b.diagnostics = diags.str();
  return b;
}

int run(const std::string& args, std::string* output = nullptr) {
  const std::string cmd = "SOURCE_DATE_EPOCH=" + std::to_string(kNow) + " " + WT_BINARY + " " + args + " 2>&1";
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int status = pclose(p);
  if (output) *output = out;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void copy_fixture(const fs::path& to) { fs::copy(kFixture, to, fs::copy_options::recursive); }

}  // namespace

TEST_CASE("portal::build_portal matches the golden output of fixture portal 'basic'", "[portal][golden]") {
  TempDir tmp;
  Built b = build(kFixture, tmp.path / "out");
  INFO(b.diagnostics);
  CHECK_FALSE(b.ok);  // th-hong fails
  CHECK(b.result.written);
  CHECK(b.result.built == 2);
  CHECK(b.result.failed == 1);
  CHECK(b.diagnostics == "");
  CHECK(b.members ==
        "th-hong: content/tin-tuc/loi.md:3:7: error: 'date' is not a valid date: \"30/02/2026\" "
        "(expected a day of the calendar written 05/09/2025 or 2025-09-05, with a time if needed: 05/09/2025 07:30, 2025-09-05T07:30:00+07:00)\n"
        "webtruong: member 'th-hong' was not built\n");
  // Valid pages whose links all resolve, the members' under the portal's host included.
  auto html = test::check_html_site(tmp.path / "out" / "www", "https://so.example.edu.vn/");
  CHECK(html.pages > 10);
  CHECK(html.problems == std::vector<std::string>{});
  auto files = read_tree(tmp.path / "out");
  fs::path golden = fs::path(WT_SOURCE_DIR) / "tests" / "golden" / "portal" / "basic";
  if (std::getenv("WT_UPDATE_GOLDEN")) {
    fs::remove_all(golden);
    for (const auto& [rel, content] : files) {
      fs::create_directories((golden / rel).parent_path());
      std::ofstream(golden / rel, std::ios::binary) << content;
    }
    WARN("golden files rewritten: " << golden);
    return;
  }
  auto expected = read_tree(golden);
  std::vector<std::string> missing, extra;
  for (const auto& [rel, c] : expected)
    if (!files.count(rel)) missing.push_back(rel);
  for (const auto& [rel, c] : files)
    if (!expected.count(rel)) extra.push_back(rel);
  CHECK(missing == std::vector<std::string>{});
  CHECK(extra == std::vector<std::string>{});
  for (const auto& [rel, content] : expected) {
    auto it = files.find(rel);
    if (it == files.end()) continue;
    INFO("file: " << rel);
    CHECK(it->second == content);
  }
}

TEST_CASE("portal::build_portal writes the same bytes with -j 1 and -j 4", "[portal]") {
  TempDir tmp;
  build(kFixture, tmp.path / "one", 1);
  build(kFixture, tmp.path / "four", 4);
  auto one = read_tree(tmp.path / "one"), four = read_tree(tmp.path / "four");
  CHECK(one.size() > 40);
  CHECK(one == four);
}

TEST_CASE("portal::build_portal publishes the others and keeps a failed member's previous pages", "[portal]") {
  TempDir tmp;
  const fs::path portal = tmp.path / "portal", out = tmp.path / "out";
  copy_fixture(portal);
  // First every member builds.
  std::ofstream(portal / "members/th-hong/content/tin-tuc/loi.md") << "---\ntitle: Tin đúng\ndate: 28/02/2026\n---\nĐã sửa.\n";
  Built first = build(portal, out);
  INFO(first.members << first.diagnostics);
  REQUIRE(first.ok);
  CHECK(first.result.built == 3);
  const std::string kept = *read_file(out / "www/th-hong/tin-tuc/tin-dung/index.html");
  // Then th-hong breaks and mn-b gets a new post.
  std::ofstream(portal / "members/th-hong/site.yaml") << "name: [\n";
  std::ofstream(portal / "members/mn-b/content/tin-tuc/moi.md") << "---\ntitle: Tin mới\ndate: 14/06/2026\n---\nMới.\n";
  Built second = build(portal, out);
  CHECK_FALSE(second.ok);
  CHECK(second.result.written);
  CHECK(second.members.find("th-hong: site.yaml:") == 0);
  CHECK(second.members.find("webtruong: member 'th-hong' was not built; its previous pages stay published\n") !=
        std::string::npos);
  CHECK(read_file(out / "www/th-hong/tin-tuc/tin-dung/index.html") == kept);
  CHECK(fs::exists(out / "hosts/mnb.example.edu.vn/tin-tuc/tin-moi/index.html"));
  auto report = nlohmann::json::parse(*read_file(out / kReportPath));
  CHECK(report["members"][2]["slug"] == "th-hong");
  CHECK(report["members"][2]["built"] == false);
  CHECK(report["members"][2]["diagnostics"].size() >= 1);
  // A broken portal.yaml builds nothing and leaves the output as it was.
  auto before = read_tree(out);
  std::ofstream(portal / "portal.yaml", std::ios::app) << "colour: blue\n";
  Built third = build(portal, out);
  CHECK_FALSE(third.ok);
  CHECK_FALSE(third.result.config_ok);
  CHECK(third.diagnostics == (portal / "portal.yaml").string() + ":20:1: error: unknown setting 'colour' in portal.yaml\n");
  CHECK(read_tree(out) == before);
}

TEST_CASE("portal build: 3 shards in separate processes and a merge give the bytes of one build", "[portal][cli]") {
  TempDir tmp;
  const std::string dir = kFixture.string(), t = tmp.path.string();
  std::string out;
  CHECK(run("portal build " + dir + " -o " + t + "/full -j 2", &out) == 1);  // th-hong fails
  for (int k = 1; k <= 3; ++k) run("portal build " + dir + " --shard " + std::to_string(k) + "/3 -o " + t + "/s" + std::to_string(k));
  CHECK_FALSE(fs::exists(tmp.path / "s1/www/index.html"));  // shards write no portal pages
  CHECK(run("portal merge -o " + t + "/merged " + t + "/s1 " + t + "/s2 " + t + "/s3", &out) == 1);
  INFO(out);
  CHECK(out.find("webtruong: 1 member was not built by its shard\n") != std::string::npos);
  auto full = read_tree(tmp.path / "full"), merged = read_tree(tmp.path / "merged");
  CHECK(full.size() > 40);
  CHECK(full == merged);
  // Shards that do not cover the members, or of another portal, are refused.
  CHECK(run("portal merge -o " + t + "/bad " + t + "/s1 " + t + "/s2", &out) == 1);
  CHECK(out.find("error: shards missing: 3/3\n") != std::string::npos);
  CHECK_FALSE(fs::exists(tmp.path / "bad"));
  CHECK(run("portal merge -o " + t + "/bad " + t + "/s1 " + t + "/s1 " + t + "/s3", &out) == 1);
  CHECK(out.find("error: shard 1/3 does not fit: the shards must be 1/N to N/N, each once\n") != std::string::npos);
  CHECK(run("portal merge -o " + t + "/bad " + t + "/full", &out) == 1);
  CHECK(out.find("error: this is not the output of a shard ('portal build --shard K/N')\n") != std::string::npos);
}

TEST_CASE("webtruong portal: usage errors exit 2, help exits 0", "[portal][cli]") {
  std::string out;
  CHECK(run("portal --help", &out) == 0);
  CHECK(out.find("usage: webtruong portal SUBCOMMAND [options]") == 0);
  CHECK(run("portal build --help", &out) == 0);
  CHECK(run("portal merge --help", &out) == 0);
  CHECK(run("portal", &out) == 2);
  CHECK(run("portal biuld", &out) == 2);
  CHECK(out.find("webtruong portal: unknown subcommand 'biuld' (did you mean 'build'?)") == 0);
  CHECK(run("portal build --shard 4/3", &out) == 2);
  CHECK(out.find("webtruong portal build: '--shard' should be K/N with 1 <= K <= N <= 10000 (the K-th of N shards), not "
                 "'4/3'") == 0);
  CHECK(run("portal build a b", &out) == 2);
  CHECK(run("portal merge s1", &out) == 2);
  CHECK(run("portal build --colour", &out) == 2);
  TempDir tmp;
  CHECK(run("portal build " + tmp.path.string(), &out) == 1);  // no portal.yaml
}

TEST_CASE("deploy/: the Kubernetes Job and the Slurm script parse", "[portal]") {
  const std::string src = WT_SOURCE_DIR;
  CHECK(std::system(("python3 -c 'import sys, yaml; docs = list(yaml.safe_load_all(open(sys.argv[1]))); "
                     "kinds = [d[\"kind\"] for d in docs if d]; assert kinds.count(\"Job\") == 2, kinds; "
                     "assert any(d[\"spec\"].get(\"completionMode\") == \"Indexed\" for d in docs if d and d[\"kind\"] == \"Job\")' " +
                     src + "/deploy/k8s/portal-job.yaml")
                        .c_str()) == 0);
  CHECK(std::system(("bash -n " + src + "/deploy/slurm/portal.sbatch").c_str()) == 0);
}
