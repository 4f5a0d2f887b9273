// Incremental portal builds: after each change of one member's posts or of
// portal.yaml, an incremental build into the previous output gives the
// bytes of a full build into a new folder, rewrites only what changed and
// leaves the files of untouched members as they were (their mtimes too).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "core/file_io.hpp"
#include "core/thread_pool.hpp"
#include "output/build_cache.hpp"
#include "portal/portal_build.hpp"
#include "portal_tree.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;
using namespace wt::portal;

namespace {

constexpr int64_t kNow = test::kPortalNow;

struct TempDir {
  fs::path path = test::make_temp_dir("wt-portal-incr");
  ~TempDir() { fs::remove_all(path); }
};

using Built = test::BuiltPortal;

Built build(const fs::path& portal, const fs::path& out, bool full = false, int jobs = 2) {
  return test::build_portal_at(portal, out, full, jobs);
}

// Path -> modification time (ns) of every file under `dir`, build state included.
std::map<std::string, int64_t> mtimes(const fs::path& dir) {
  std::map<std::string, int64_t> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out[fs::relative(e.path(), dir).generic_string()] = output::stamp_of(e.path())->mtime_ns;
  return out;
}

// The entries of `all` under `prefix`.
std::map<std::string, int64_t> under(const std::map<std::string, int64_t>& all, const std::string& prefix) {
  std::map<std::string, int64_t> out;
  for (const auto& [rel, t] : all)
    if (rel.rfind(prefix, 0) == 0) out[rel] = t;
  return out;
}

using test::working_portal;
void write(const fs::path& file, const std::string& text) { test::write_file(file, text); }

// An incremental build of `portal` into `out`, checked against a full
// build of it into a new folder `full`.
Built incremental_matches_full(const fs::path& portal, const fs::path& out, const fs::path& full) {
  Built inc = build(portal, out);
  INFO(inc.members << inc.diagnostics);
  CHECK(inc.ok);
  CHECK(inc.result.incremental);
  fs::remove_all(full);
  Built f = build(portal, full, true);
  CHECK(f.ok);
  CHECK_FALSE(f.result.incremental);
  auto a = test::read_published(out), b = test::read_published(full);
  CHECK(a.size() > 40);
  std::vector<std::string> differ;
  for (const auto& [rel, bytes] : b)
    if (!a.count(rel) || a.at(rel) != bytes) differ.push_back(rel);
  for (const auto& [rel, bytes] : a)
    if (!b.count(rel)) differ.push_back(rel + " (extra)");
  CHECK(differ == std::vector<std::string>{});
  return inc;
}

int run(const std::string& args, std::string* output) {
  const std::string cmd = "SOURCE_DATE_EPOCH=" + std::to_string(kNow) + " " + WT_BINARY + " " + args + " 2>&1";
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int status = pclose(p);
  *output = out;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST_CASE("webtruong portal build says when it was incremental, and --full", "[portal][incremental][cli]") {
  TempDir tmp;
  const fs::path portal = working_portal(tmp.path / "portal");
  const std::string args = "portal build " + portal.string() + " -o " + (tmp.path / "out").string() + " -j 2";
  const std::string built = "webtruong: built 3 of 3 members into " + (tmp.path / "out").string() + "\n";
  std::string out;
  CHECK(run(args, &out) == 0);
  CHECK(out == built);
  CHECK(run(args, &out) == 0);
  CHECK(out == built + "webtruong: incremental: 3 unchanged members skipped, 0 of the portal's files rewritten\n");
  write(portal / "members/mn-b/content/tin-tuc/moi.md", "---\ntitle: Tin mới\ndate: 14/06/2026\nportal: true\n---\nMới.\n");
  CHECK(run(args, &out) == 0);
  CHECK(out.find("webtruong: incremental: 2 unchanged members skipped, ") == built.size());
  CHECK(run(args + " --full", &out) == 0);
  CHECK(out == built);
  // A cache that does not match its folder is not used, and the build says why.
  fs::remove(tmp.path / "out/www/index.html");
  CHECK(run(args, &out) == 0);
  CHECK(out == built + "webtruong: the cache of the earlier build was not used (it names 'www/index.html', which is not "
                       "in the output folder): full build\n");
}

TEST_CASE("portal::build_portal: an unchanged portal is rebuilt without touching a file", "[portal][incremental]") {
  TempDir tmp;
  const fs::path portal = working_portal(tmp.path / "portal"), out = tmp.path / "out";
  Built first = build(portal, out);
  REQUIRE(first.ok);
  CHECK_FALSE(first.result.incremental);
  CHECK(first.result.full_reason == "there is no previous output");
  const auto before = mtimes(out);
  Built again = build(portal, out);
  CHECK(again.ok);
  CHECK(again.result.incremental);
  CHECK(again.result.skipped == 3);
  CHECK(again.result.portal_files == 0);
  CHECK_FALSE(again.result.portal_rendered);
  CHECK(mtimes(out) == before);
  // --full exchanges the whole folder: every file is new, the bytes the same.
  const auto published = test::read_published(out);
  Built full = build(portal, out, true);
  CHECK(full.ok);
  CHECK_FALSE(full.result.incremental);
  CHECK(full.result.full_reason == "a full build was asked for");
  CHECK(full.result.skipped == 0);
  CHECK(test::read_published(out) == published);
  CHECK(mtimes(out).at("www/thcs-a/index.html") != before.at("www/thcs-a/index.html"));
}

TEST_CASE("portal::build_portal: edits, additions and deletions of one member's posts rebuild that member only",
          "[portal][incremental]") {
  TempDir tmp;
  const fs::path portal = working_portal(tmp.path / "portal"), out = tmp.path / "out", full = tmp.path / "full";
  REQUIRE(build(portal, out).ok);
  const auto start = mtimes(out);
  const fs::path posts = portal / "members/thcs-a/content/tin-tuc";

  SECTION("an edited post") {
    std::string text = *read_file(posts / "hop-to.md");
    write(posts / "hop-to.md", text + "\nMột đoạn mới.\n");
    Built b = incremental_matches_full(portal, out, full);
    CHECK(b.result.skipped == 2);
    CHECK_FALSE(b.result.portal_rendered);  // its report did not change: no portal page is rendered
    auto now = mtimes(out);
    CHECK(under(now, "hosts/") == under(start, "hosts/"));
    CHECK(under(now, "www/th-hong/") == under(start, "www/th-hong/"));
    CHECK(now.at("www/thcs-a/index.html") == start.at("www/thcs-a/index.html"));  // the home lists no body
    CHECK(now.at("www/css/style.css") == start.at("www/css/style.css"));
  }
  SECTION("an added post, then a deleted one") {
    write(posts / "moi.md", "---\ntitle: Tin mới của trường\ndate: 14/06/2026\nportal: true\n---\nMới.\n");
    Built b = incremental_matches_full(portal, out, full);
    CHECK(b.result.skipped == 2);
    CHECK(b.result.portal_rendered);
    CHECK(test::read_published(out).count("www/thcs-a/tin-tuc/tin-moi-cua-truong/index.html") == 1);
    CHECK(read_file(out / "www/index.html")->find("Tin mới của trường") != std::string::npos);
    CHECK(under(mtimes(out), "hosts/") == under(start, "hosts/"));
    fs::remove(posts / "moi.md");
    fs::remove(posts / "hoi-thao.md");
    b = incremental_matches_full(portal, out, full);
    CHECK(b.result.skipped == 2);
    CHECK(test::read_published(out).count("www/thcs-a/tin-tuc/tin-moi-cua-truong/index.html") == 0);
    CHECK(under(mtimes(out), "www/th-hong/") == under(start, "www/th-hong/"));
  }
}

TEST_CASE("portal::build_portal: members added, removed and moved in portal.yaml, built incrementally",
          "[portal][incremental]") {
  TempDir tmp;
  const fs::path portal = working_portal(tmp.path / "portal"), out = tmp.path / "out", full = tmp.path / "full";
  REQUIRE(build(portal, out).ok);
  const auto start = mtimes(out);
  const std::string yaml = *read_file(portal / "portal.yaml");

  SECTION("a member added, then removed") {
    fs::copy(portal / "members/th-hong", portal / "members/th-moi", fs::copy_options::recursive);
    write(portal / "portal.yaml", yaml +
                                      "  - slug: th-moi\n"
                                      "    source: members/th-moi\n"
                                      "    commune: \"xã Tam Dương\"\n"
                                      "    school_type: th\n");
    Built b = incremental_matches_full(portal, out, full);
    CHECK(b.result.skipped == 3);
    CHECK(fs::exists(out / "www/th-moi/index.html"));
    CHECK(under(mtimes(out), "www/thcs-a/") == under(start, "www/thcs-a/"));
    write(portal / "portal.yaml", yaml);
    b = incremental_matches_full(portal, out, full);
    CHECK(b.result.skipped == 3);
    CHECK_FALSE(fs::exists(out / "www/th-moi"));
  }
  SECTION("a member moved from its host to a path") {
    std::string moved = yaml;
    moved.replace(moved.find("    host: mnb.example.edu.vn\n"), 29, "    path: /mam-non-b/\n");
    write(portal / "portal.yaml", moved);
    Built b = incremental_matches_full(portal, out, full);
    CHECK(b.result.skipped == 2);
    CHECK(fs::exists(out / "www/mam-non-b/index.html"));
    CHECK_FALSE(fs::exists(out / "hosts/mnb.example.edu.vn"));
    CHECK(under(mtimes(out), "www/thcs-a/") == under(start, "www/thcs-a/"));
  }
}

TEST_CASE("portal::build_portal: a member that breaks keeps its folder untouched in an incremental build",
          "[portal][incremental]") {
  TempDir tmp;
  const fs::path portal = working_portal(tmp.path / "portal"), out = tmp.path / "out";
  REQUIRE(build(portal, out).ok);
  const auto start = mtimes(out);
  write(portal / "members/th-hong/site.yaml", "name: [\n");
  Built b = build(portal, out);
  CHECK_FALSE(b.ok);
  CHECK(b.result.incremental);
  CHECK(b.result.written);
  CHECK(b.result.failed == 1);
  CHECK(b.members.find("webtruong: member 'th-hong' was not built; its previous pages stay published\n") !=
        std::string::npos);
  CHECK(under(mtimes(out), "www/th-hong/") == under(start, "www/th-hong/"));
  auto report = nlohmann::json::parse(*read_file(out / kReportPath));
  CHECK(report["members"][2]["built"] == false);
}

TEST_CASE("portal::build_portal: an incremental build stopped while it replaces the portal's files is completed by the "
          "next one",
          "[portal][incremental]") {
  TempDir tmp;
  const fs::path portal = working_portal(tmp.path / "portal"), out = tmp.path / "out", full = tmp.path / "full";
  REQUIRE(build(portal, out).ok);
  write(portal / "members/mn-b/content/tin-tuc/moi.md", "---\ntitle: Tin mới\ndate: 14/06/2026\nportal: true\n---\nMới.\n");
  PortalBuildOptions opt;
  opt.portal_dir = portal;
  opt.out_dir = out;
  opt.now = kNow;
  opt.theme_dirs = {fs::path(WT_SOURCE_DIR) / "themes"};
  opt.after_commit_step = [](size_t done) { return done < 1; };  // killed after the first step of the journal
  ThreadPool pool(2);
  DiagnosticSink sink;
  std::ostringstream members;
  PortalResult stopped;
  CHECK_FALSE(build_portal(opt, pool, sink, members, &stopped));
  CHECK(stopped.incremental);
  CHECK(stopped.output_partly_changed);
  CHECK(fs::exists(out / ".webtruong/journal"));
  // The next build completes the journal first, then gives a full build's bytes.
  Built next = incremental_matches_full(portal, out, full);
  CHECK(next.result.skipped == 3);
  CHECK_FALSE(fs::exists(out / ".webtruong/journal"));
  CHECK(read_file(out / "www/index.html")->find("Tin mới") != std::string::npos);
}
