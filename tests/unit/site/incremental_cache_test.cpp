// The build cache of an output folder, seen from `webtruong build`: a
// cache that is corrupt, of another format, of another build of webtruong,
// or that does not match the folder (a file changed or gone behind its
// back) is ignored, with its reason, and the build is a full one giving the
// right output; --full ignores it; a build where nothing changed touches
// nothing; a commit stopped after k renames is completed by the next build;
// no output may be written where Webtruong keeps its own files.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/file_io.hpp"
#include "core/thread_pool.hpp"
#include "incremental_support.hpp"
#include "output/build_cache.hpp"
#include "output/journal.hpp"
#include "site/build.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

void put(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// Builds once, lets `spoil` change the output folder, builds again: the
// second build's report. Its output must be right whatever happened.
site::BuildReport rebuild_after(const std::function<void(const fs::path& out)>& spoil) {
  test::SmallSite site;
  test::OutputFolder out;
  ThreadPool pool(2);
  site::BuildReport first, second;
  REQUIRE(site.build_to_disk(out.path(), pool, &first));
  spoil(out.path());
  REQUIRE(site.build_to_disk(out.path(), pool, &second));
  CHECK(test::OutputFolder::bytes_of(out.snapshot()) == site.build_in_memory(pool));
  site::BuildReport third;
  REQUIRE(site.build_to_disk(out.path(), pool, &third));
  CHECK(third.incremental);  // the full build left a good cache
  return second;
}

}  // namespace

TEST_CASE("site::build_site ignores a cache it cannot trust, and says why", "[site][incremental]") {
  const fs::path cache = output::kCacheFile;
  struct Case {
    const char* name;
    std::function<void(const fs::path&)> spoil;
    std::string why;
  };
  const std::vector<Case> cases = {
      {"missing", [&](const fs::path& out) { fs::remove(out / cache); }, "there is no build cache"},
      {"one byte changed",
       [&](const fs::path& out) {
         std::string text = *read_file(out / cache);
         text[text.size() / 2] ^= 1;
         put(out / cache, text);
       },
       "its checksum is wrong"},
      {"truncated",
       [&](const fs::path& out) {
         std::string text = *read_file(out / cache);
         put(out / cache, text.substr(0, text.size() * 2 / 3));
       },
       "it is truncated"},
      {"another format",
       [&](const fs::path& out) {
         std::string text = *read_file(out / cache);
         put(out / cache, "webtruong build cache 2\n" + text.substr(24));
       },
       "it was written by another version of the cache format"},
      {"a file changed", [&](const fs::path& out) { put(out / "index.html", "sửa tay"); },
       "the output 'index.html' was changed since the last build"},
      {"a file gone", [&](const fs::path& out) { fs::remove(out / "robots.txt"); },
       "it names 'robots.txt', which is not in the output folder"},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      site::BuildReport r = rebuild_after(c.spoil);
      CHECK_FALSE(r.incremental);
      CHECK(r.full_reason == c.why);
      CHECK(r.cache_refused == (c.why != "there is no build cache"));
    }
  }
}

TEST_CASE("site::build_site ignores the cache of another build of webtruong", "[site][incremental]") {
  test::SmallSite site;
  test::OutputFolder out;
  ThreadPool pool(2);
  site::BuildReport first, second;
  REQUIRE(site.build_to_disk(out.path(), pool, &first, [](site::BuildOptions& o) { o.build_id = "00000000000000aa"; }));
  REQUIRE(site.build_to_disk(out.path(), pool, &second, [](site::BuildOptions& o) { o.build_id = "00000000000000bb"; }));
  CHECK_FALSE(second.incremental);
  CHECK(second.full_reason == "it was written by another build of webtruong (build 00000000000000aa)");
  CHECK(output::read_build_cache(out.path(), "00000000000000bb", nullptr));
}

TEST_CASE("site::build_site --full ignores a good cache, and nothing changed touches nothing", "[site][incremental]") {
  test::SmallSite site;
  test::OutputFolder out;
  ThreadPool pool(2);
  site::BuildReport first, full, same;
  REQUIRE(site.build_to_disk(out.path(), pool, &first));
  REQUIRE(site.build_to_disk(out.path(), pool, &full, [](site::BuildOptions& o) { o.full = true; }));
  CHECK_FALSE(full.incremental);
  CHECK(full.full_reason == "a full build was asked for");
  const auto before = out.snapshot();
  const auto cache_stamp = output::stamp_of(out.path() / output::kCacheFile);
  REQUIRE(site.build_to_disk(out.path(), pool, &same));
  CHECK(same.incremental);
  CHECK(same.rendered == 0);
  CHECK(same.files == 0);
  CHECK(same.removed == 0);
  CHECK(same.unchanged == before.size());
  CHECK(out.snapshot() == before);
  CHECK(output::stamp_of(out.path() / output::kCacheFile) == cache_stamp);
}

TEST_CASE("site::build_site completes an incremental build stopped after k renames", "[site][incremental]") {
  for (size_t k : {1, 2, 3, 5, 8}) {
    INFO("stopped after " << k << " steps");
    test::SmallSite site;
    test::OutputFolder out;
    ThreadPool pool(2);
    site::BuildReport first, stopped, next;
    REQUIRE(site.build_to_disk(out.path(), pool, &first));
    // One post edited (its page, lists, feeds change), one deleted.
    site.put("content/tin-tuc/hoi-giang.md", site.get("content/tin-tuc/hoi-giang.md") + "\nThêm một đoạn.\n");
    site.remove("content/tin-tuc/hop-phu-huynh.md");
    CHECK_FALSE(site.build_to_disk(out.path(), pool, &stopped, [k](site::BuildOptions& o) {
      o.after_commit_step = [k](size_t done) { return done < k; };
    }));
    CHECK(stopped.output_partly_changed);
    CHECK(fs::exists(out.path() / output::kJournalFile));
    REQUIRE(site.build_to_disk(out.path(), pool, &next));
    CHECK(next.incremental);
    CHECK(next.files == 0);  // the journal did it all
    CHECK(site.diagnostics().find(": note: a build that was stopped while it replaced files was completed from its "
                                  "journal (") != std::string::npos);
    CHECK(test::OutputFolder::bytes_of(out.snapshot()) == site.build_in_memory(pool));
    CHECK_FALSE(fs::exists(out.path() / output::kJournalFile));
  }
}

TEST_CASE("site::build_site fails without a change when a page has an error", "[site][incremental]") {
  test::SmallSite site;
  test::OutputFolder out;
  ThreadPool pool(2);
  site::BuildReport first, failed;
  REQUIRE(site.build_to_disk(out.path(), pool, &first));
  const auto before = out.snapshot();
  const auto cache = *read_file(out.path() / output::kCacheFile);
  site.put("content/tin-tuc/moi.md", "---\ntitle: Bài mới\n---\nĐúng.\n");
  site.put("content/tin-tuc/hoi-giang.md", "---\ntitle: Hội giảng\ndate: 31/02/2025\n---\n");
  CHECK_FALSE(site.build_to_disk(out.path(), pool, &failed));
  CHECK(out.snapshot() == before);
  CHECK(*read_file(out.path() / output::kCacheFile) == cache);
  CHECK_FALSE(fs::exists(out.path() / output::kStagingDir));
}

TEST_CASE("site::plan_build refuses an output where Webtruong keeps its own files", "[site][incremental]") {
  test::SmallSite site;
  test::OutputFolder out;
  ThreadPool pool(2);
  site.put("content/lien-he.md", "---\ntitle: Liên hệ\naliases: [\"/.webtruong/cache\", \"/.webtruong-output\"]\n---\n");
  site::BuildReport report;
  CHECK_FALSE(site.build_to_disk(out.path(), pool, &report));
  CHECK(site.diagnostics() ==
        "content/lien-he.md:3:11: error: the alias '/.webtruong/cache' of content/lien-he.md would be written at "
        "'.webtruong/cache/index.html', where Webtruong keeps its own files\n"
        "content/lien-he.md:3:32: error: the alias '/.webtruong-output' of content/lien-he.md would be written at "
        "'.webtruong-output/index.html', where Webtruong keeps its own files\n");
}

TEST_CASE("site::build_site renders again only the Markdown whose text or links changed", "[site][incremental]") {
  test::SmallSite site;
  test::OutputFolder out;
  ThreadPool pool(2);
  site.put("content/tin-tuc/lien-ket.md",
           "---\ntitle: Liên kết\ndate: 01/01/2025\n---\nXem [bài](@/tin-tuc/hoi-giang.md) và [x](javascript:alert(1)).\n");
  site::BuildReport first, edited, moved;
  REQUIRE(site.build_to_disk(out.path(), pool, &first));
  const std::string warnings = site.diagnostics();
  CHECK(warnings.find("content/tin-tuc/lien-ket.md:5:") != std::string::npos);
  CHECK(first.markdown_reused == 0);
  const size_t pages = first.markdown_rendered;
  // One body edited: one page rendered again; the others' warnings said again.
  site.put("content/tin-tuc/hop-phu-huynh.md", site.get("content/tin-tuc/hop-phu-huynh.md") + "\nThêm.\n");
  REQUIRE(site.build_to_disk(out.path(), pool, &edited));
  CHECK(edited.incremental);
  CHECK(edited.markdown_rendered == 1);
  CHECK(edited.markdown_reused == pages - 1);
  CHECK(site.diagnostics() == warnings);
  // The page linked to moves (its title makes its address): the page linking to it is rendered again.
  std::string post = site.get("content/tin-tuc/hoi-giang.md");
  post.replace(post.find("title: "), std::string("title: Hội giảng chào mừng ngày 20/11").size(), "title: Hội giảng mới");
  site.put("content/tin-tuc/hoi-giang.md", post);
  REQUIRE(site.build_to_disk(out.path(), pool, &moved));
  CHECK(moved.markdown_rendered == 1);
  CHECK(test::OutputFolder::bytes_of(out.snapshot()) == site.build_in_memory(pool));
  CHECK(out.snapshot().at("tin-tuc/lien-ket/index.html").bytes.find("/tin-tuc/hoi-giang-moi/") != std::string::npos);
}
