// IncrementalWriter: files replaced one by one under a journal. Untouched
// files keep their modification time; abort() changes nothing; a commit
// stopped after k steps (the writer's fault-injection hook, not a kill) is
// completed by the next begin(), for every k; a journal that cannot be read
// is ignored and the cache removed.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>

#include "core/file_io.hpp"
#include "output/incremental_writer.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

void put(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// Every file below `dir` but Webtruong's state folder, with its bytes.
std::map<std::string, std::string> tree(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator(); ++it) {
    const std::string rel = fs::relative(it->path(), dir).string();
    if (rel == output::kStateDir) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file()) out[rel] = *read_file(it->path());
  }
  return out;
}

// An output folder as a full build leaves it: the marker and three files.
fs::path make_output() {
  fs::path root = test::make_temp_dir("wt-incremental-writer");
  fs::path out = root / "public";
  put(out / output::DiskWriter::kMarker, "marker\n");
  put(out / "index.html", "home v1");
  put(out / "tin-tuc/a/index.html", "a v1");
  put(out / "tin-tuc/old/index.html", "old");
  put(out / "css/site.css", "body{}");
  return out;
}

const std::map<std::string, std::string> kAfter = {
    {".webtruong-output", "marker\n"},
    {"css/site.css", "body{}"},
    {"index.html", "home v2"},
    {"tin-tuc/a/index.html", "a v1"},
    {"tin-tuc/b/index.html", "b new"},
};

// The change every case makes: one file rewritten, one added, one removed.
bool change(output::IncrementalWriter& w, const fs::path& src_dir) {
  put(src_dir / "b.src", "b new");
  bool ok = w.write("index.html", "home v2") && w.copy(src_dir / "b.src", "tin-tuc/b/index.html");
  w.remove("tin-tuc/old/index.html");
  return ok;
}

}  // namespace

TEST_CASE("output::IncrementalWriter replaces changed files only", "[output]") {
  fs::path out = make_output();
  const auto css_time = fs::last_write_time(out / "css/site.css");
  const auto a_time = fs::last_write_time(out / "tin-tuc/a/index.html");
  DiagnosticSink sink;
  {
    output::IncrementalWriter w(out, sink);
    REQUIRE(w.begin() == output::IncrementalWriter::Begin::Ready);
    REQUIRE(change(w, out.parent_path()));
    CHECK(w.stamp("index.html")->size == 7);
    CHECK_FALSE(w.stamp("css/site.css"));
    CHECK(tree(out).at("index.html") == "home v1");  // nothing in place before commit
    REQUIRE(w.commit("the cache\n"));
  }
  CHECK(tree(out) == kAfter);
  CHECK(*read_file(out / output::kCacheFile) == "the cache\n");
  CHECK_FALSE(fs::exists(out / "tin-tuc/old"));  // its folder went with it
  CHECK_FALSE(fs::exists(out / output::kJournalFile));
  CHECK_FALSE(fs::exists(out / output::kStagingDir));
  CHECK(fs::last_write_time(out / "css/site.css") == css_time);
  CHECK(fs::last_write_time(out / "tin-tuc/a/index.html") == a_time);
  CHECK(sink.sorted().empty());
  fs::remove_all(out.parent_path());
}

TEST_CASE("output::IncrementalWriter abort changes nothing", "[output]") {
  fs::path out = make_output();
  const auto before = tree(out);
  DiagnosticSink sink;
  {
    output::IncrementalWriter w(out, sink);
    REQUIRE(w.begin() == output::IncrementalWriter::Begin::Ready);
    REQUIRE(change(w, out.parent_path()));
    CHECK_FALSE(w.write("../x", "y"));
    w.abort();
  }
  CHECK(tree(out) == before);
  CHECK_FALSE(fs::exists(out / output::kStagingDir));
  CHECK(sink.sorted().size() == 1);
  CHECK(sink.sorted()[0].message == "refusing to write outside the output folder: '../x'");
  fs::remove_all(out.parent_path());
}

TEST_CASE("output::IncrementalWriter has nothing to change without a marked folder", "[output]") {
  fs::path root = test::make_temp_dir("wt-incremental-writer");
  DiagnosticSink sink;
  output::IncrementalWriter missing(root / "public", sink);
  CHECK(missing.begin() == output::IncrementalWriter::Begin::NoOutput);
  put(root / "public/index.html", "not ours");
  output::IncrementalWriter foreign(root / "public", sink);
  CHECK(foreign.begin() == output::IncrementalWriter::Begin::NoOutput);
  CHECK(tree(root / "public").size() == 1);
  CHECK(sink.sorted().empty());
  fs::remove_all(root);
}

TEST_CASE("output::IncrementalWriter completes a commit stopped after k steps", "[output]") {
  // 4 steps: remove old, rename b, rename index, rename the cache.
  for (size_t k = 0; k <= 4; ++k) {
    INFO("stopped after " << k << " steps");
    fs::path out = make_output();
    DiagnosticSink sink;
    {
      output::IncrementalWriterOptions opt;
      if (k > 0) opt.after_step = [k](size_t done) { return done < k; };
      output::IncrementalWriter w(out, sink, opt);
      REQUIRE(w.begin() == output::IncrementalWriter::Begin::Ready);
      REQUIRE(change(w, out.parent_path()));
      CHECK(w.commit("the cache\n") == (k == 0));
    }
    if (k > 0) {
      CHECK(fs::exists(out / output::kJournalFile));
      output::IncrementalWriter next(out, sink);
      REQUIRE(next.begin() == output::IncrementalWriter::Begin::Ready);
      CHECK(next.completed_journal());
      next.abort();
      REQUIRE(sink.sorted().size() == 1);
      CHECK(format_diagnostic(sink.sorted()[0]) ==
            out.string() +
                ": note: a build that was stopped while it replaced files was completed from its journal (4 steps)");
    }
    CHECK(tree(out) == kAfter);
    CHECK(*read_file(out / output::kCacheFile) == "the cache\n");
    CHECK_FALSE(fs::exists(out / output::kJournalFile));
    fs::remove_all(out.parent_path());
  }
}

TEST_CASE("output::IncrementalWriter ignores a journal it cannot read, and the cache with it", "[output]") {
  fs::path out = make_output();
  put(out / output::kCacheFile, "the old cache\n");
  put(out / output::kJournalFile, "webtruong journal 1\nremove index.html\nchecksum 00\n");
  DiagnosticSink sink;
  output::IncrementalWriter w(out, sink);
  REQUIRE(w.begin() == output::IncrementalWriter::Begin::Ready);
  w.abort();
  CHECK(fs::exists(out / "index.html"));
  CHECK_FALSE(fs::exists(out / output::kCacheFile));
  CHECK_FALSE(fs::exists(out / output::kJournalFile));
  REQUIRE(sink.sorted().size() == 1);
  CHECK(sink.sorted()[0].message ==
        "the journal of a build that was stopped could not be read (its checksum is wrong); the cache was removed, "
        "so this build is a full one");
  fs::remove_all(out.parent_path());
}

TEST_CASE("output::encode_journal round trip", "[output]") {
  output::Journal j;
  j.steps.push_back({output::JournalStep::Op::Remove, "", "a b/index.html"});
  j.steps.push_back({output::JournalStep::Op::Rename, ".webtruong/tmp/3", "x/index.html"});
  std::string why;
  auto back = output::decode_journal(output::encode_journal(j), &why);
  REQUIRE(back);
  CHECK(*back == j);
  std::string text = output::encode_journal(j);
  text.replace(text.find("x/index"), 1, "../");
  CHECK_FALSE(output::decode_journal(text, &why));
  CHECK(why == "its checksum is wrong");
}
