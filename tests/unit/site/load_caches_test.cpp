// The load phase's caches (site/cache_log, site/stat_cache, site/page_cache):
// what they hold is checked, never trusted. A record or table that is
// damaged, truncated or of another build is ignored (the file is read and
// parsed again); a file whose stat is the same but too recent to trust
// ("racy git") is read again; an edited post is the only one parsed and
// rendered again, and a no-change rebuild on disk reads no post at all.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "core/file_io.hpp"
#include "core/file_system.hpp"
#include "core/thread_pool.hpp"
#include "incremental_support.hpp"
#include "site/build.hpp"
#include "site/cache_log.hpp"
#include "site/hashing_file_system.hpp"
#include "site/markdown_cache.hpp"
#include "site/page_cache.hpp"
#include "site/stat_cache.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

void put(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

constexpr int64_t kSecond = 1000000000;

// Counts the reads that reach the disk, and gives the disk's paths (so the stat fast path applies).
class CountingDisk final : public FileSystem {
 public:
  fs::path real_root(const fs::path& dir) const override { return disk().real_root(dir); }
  PathCheck check_path(const fs::path& p, const fs::path& root, std::string_view name) const override {
    return disk().check_path(p, root, name);
  }
  EntryStatus status(const fs::path& p) const override { return disk().status(p); }
  bool list(const fs::path& dir, std::vector<ListedEntry>* out, std::string* error) const override {
    return disk().list(dir, out, error);
  }
  std::optional<std::string> read(const fs::path& p, FileError* error, uint64_t max) const override {
    if (p.extension() == ".md") ++md_reads;
    return disk().read(p, error, max);
  }
  std::optional<fs::path> disk_path(const fs::path& p) const override { return p; }
  mutable std::atomic<int> md_reads{0};

 private:
  static const FileSystem& disk() { return real_file_system(); }
};

// The small site of the incremental tests, written to a folder on disk.
class DiskSite {
 public:
  DiskSite() : root_(test::make_temp_dir("wt-load-caches")) {
    test::SmallSite memory;
    for (const auto& [path, bytes] : memory.files().files()) {
      const fs::path to = root_ / fs::path(path).lexically_relative("/wt-incremental-test");
      fs::create_directories(to.parent_path());
      put(to, bytes);
    }
  }
  ~DiskSite() {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  fs::path site() const { return root_ / "site"; }
  fs::path out() const { return root_ / "public"; }
  bool build(site::BuildReport* report, bool full = false) {
    site::BuildOptions opt;
    opt.site_dir = site();
    opt.out_dir = out();
    opt.theme_dirs = {root_ / "themes"};
    opt.now = 1795000000;
    opt.full = full;
    DiagnosticSink sink;
    files.md_reads = 0;
    return site::build_site(opt, files, pool, sink, report);
  }
  // Every output file but Webtruong's own.
  std::map<std::string, std::string> output() const {
    std::map<std::string, std::string> files;
    for (auto it = fs::recursive_directory_iterator(out()); it != fs::recursive_directory_iterator(); ++it) {
      const std::string rel = it->path().lexically_relative(out()).string();
      if (rel.rfind(".webtruong", 0) == 0) continue;
      if (it->is_regular_file()) files[rel] = *read_file(it->path());
    }
    return files;
  }
  // Gives every file of the site an old mtime (a new stat), then waits out
  // the racy window of their ctime, which is now.
  void age() const {
    const struct timespec old[2] = {{1700000000, 1}, {1700000000, 1}};
    for (const auto& e : fs::recursive_directory_iterator(root_ / "site"))
      if (e.is_regular_file()) ::utimensat(AT_FDCWD, e.path().c_str(), old, 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(80));
  }
  CountingDisk files;
  ThreadPool pool{2};

 private:
  fs::path root_;
};

// A log with three records, as a build would leave it.
std::string log_of(const std::string& salt, int records) {
  site::CacheLog log("test log", salt);
  for (int i = 0; i < records; ++i) log.put(hash_bytes(std::to_string(i)), "payload " + std::to_string(i));
  return log.compacted();
}

}  // namespace

TEST_CASE("site::CacheLog reads its records back and refuses what was damaged", "[site][incremental]") {
  const std::string text = log_of("build A", 3);
  site::CacheLog log("test log", "build A");
  REQUIRE(log.load(text));
  CHECK(log.records() == 3);
  CHECK(log.get(hash_bytes("1")) == std::optional<std::string_view>("payload 1"));
  CHECK_FALSE(log.get(hash_bytes("3")));

  SECTION("another build's log is ignored whole") {
    site::CacheLog other("test log", "build B");
    CHECK_FALSE(other.load(text));
    CHECK(other.records() == 0);
    CHECK(other.should_compact());
    site::CacheLog kind("other log", "build A");
    CHECK_FALSE(kind.load(text));
  }
  SECTION("a record with one byte changed ends the log there") {
    for (size_t at : {text.size() - 1, text.size() - 20, text.size() / 2}) {
      std::string bad = text;
      bad[at] ^= 0x20;
      site::CacheLog damaged("test log", "build A");
      damaged.load(bad);
      CHECK(damaged.records() < 3);
      CHECK(damaged.should_compact());  // the damage is not kept
    }
  }
  SECTION("a truncated log keeps its whole records only") {
    for (size_t n = 0; n < text.size(); ++n) {
      site::CacheLog cut("test log", "build A");
      cut.load(text.substr(0, n));
      CHECK(cut.records() < 3);
      for (int i = 0; i < 3; ++i)
        if (auto p = cut.get(hash_bytes(std::to_string(i)))) CHECK(*p == "payload " + std::to_string(i));
    }
  }
  SECTION("compaction keeps the records used or put, each key once") {
    log.put(hash_bytes("1"), "payload 1, again");
    const std::string compacted = log.compacted();
    site::CacheLog next("test log", "build A");
    REQUIRE(next.load(compacted));
    CHECK(next.records() == 1);  // the new 1 only: the old 1 was replaced, 0 and 2 were not used
    CHECK(next.get(hash_bytes("1")) == std::optional<std::string_view>("payload 1, again"));
    CHECK_FALSE(next.get(hash_bytes("0")));
    CHECK_FALSE(next.get(hash_bytes("2")));
    CHECK_FALSE(next.should_compact());
  }
}

TEST_CASE("site::CacheLog carried over in memory appends a build's records, and compacts once most are unused",
          "[site][incremental]") {
  // Records big enough that the compaction's slack (64 KiB) is passed.
  const std::string big(4096, 'x');
  site::CacheLog log("test log", "s");
  for (int i = 0; i < 40; ++i) log.put(hash_bytes(std::to_string(i)), big + std::to_string(i));
  REQUIRE(log.load(log.compacted()));
  const std::string first = log.compacted();
  // An edit: every record used, one key made again.
  for (int i = 0; i < 40; ++i) REQUIRE(log.get(hash_bytes(std::to_string(i))));
  log.put(hash_bytes("7"), "payload 7, edited");
  log.carry_over();
  CHECK(log.records() == 40);
  CHECK(log.put_count() == 0);
  CHECK(log.get(hash_bytes("7")) == std::optional<std::string_view>("payload 7, edited"));
  CHECK(log.get(hash_bytes("8")) == std::optional<std::string_view>(big + "8"));
  // What it holds reads back as the log a save and an open() would give.
  site::CacheLog reread("test log", "s");
  REQUIRE(reread.load(log.compacted()));
  CHECK(reread.get(hash_bytes("7")) == std::optional<std::string_view>("payload 7, edited"));
  CHECK(reread.get(hash_bytes("8")) == std::optional<std::string_view>(big + "8"));

  // A build that uses only a few records: most of the log is unused, so it
  // is compacted to what that build used.
  site::CacheLog next("test log", "s");
  REQUIRE(next.load(first));
  REQUIRE(next.get(hash_bytes("1")));
  next.put(hash_bytes("new"), "a new record");
  CHECK(next.should_compact());
  next.carry_over();
  CHECK(next.records() == 2);
  CHECK(next.get(hash_bytes("new")) == std::optional<std::string_view>("a new record"));
  CHECK_FALSE(next.get(hash_bytes("2")));
}

TEST_CASE("site::CacheLog takes the later of two records of a key", "[site][incremental]") {
  const fs::path dir = test::make_temp_dir("wt-cache-log-twice");
  const fs::path file = dir / "log";
  put(file, log_of("s", 3));
  site::CacheLog log("test log", "s");
  REQUIRE(log.open(file));
  for (int i = 0; i < 3; ++i) log.get(hash_bytes(std::to_string(i)));
  log.put(hash_bytes("1"), "payload 1, again");
  REQUIRE(log.append(file, nullptr));  // the file now holds two records of key 1
  site::CacheLog again("test log", "s");
  REQUIRE(again.open(file));
  CHECK(again.records() == 3);
  CHECK(again.get(hash_bytes("1")) == std::optional<std::string_view>("payload 1, again"));
  CHECK(again.get(hash_bytes("0")) == std::optional<std::string_view>("payload 0"));
  fs::remove_all(dir);
}

TEST_CASE("site::CacheLog appends to the file it read, and only to it", "[site][incremental]") {
  const fs::path dir = test::make_temp_dir("wt-cache-log");
  const fs::path file = dir / "log";
  put(file, log_of("s", 3));
  site::CacheLog log("test log", "s");
  REQUIRE(log.open(file));
  for (int i = 0; i < 3; ++i) log.get(hash_bytes(std::to_string(i)));
  log.put(hash_bytes("new"), "a new record");
  CHECK_FALSE(log.should_compact());
  REQUIRE(log.append(file, nullptr));
  site::CacheLog again("test log", "s");
  REQUIRE(again.open(file));
  CHECK(again.records() == 4);
  CHECK(again.get(hash_bytes("new")) == std::optional<std::string_view>("a new record"));
  // The file changed since it was read: not appended to.
  std::string error;
  CHECK_FALSE(log.append(file, &error));
  CHECK(error == file.string() + " is not the log that was read");
  // A link is not followed.
  fs::remove(file);
  fs::create_symlink(dir / "elsewhere", file);
  CHECK_FALSE(log.append(file, nullptr));
  CHECK_FALSE(fs::exists(dir / "elsewhere"));
  fs::remove_all(dir);
}

TEST_CASE("site::CacheLog streamed to a file holds each key once, as a log read back", "[site][incremental]") {
  const fs::path dir = test::make_temp_dir("wt-cache-log-stream");
  const fs::path file = dir / "log";
  {
    site::CacheLog log("test log", "s");
    REQUIRE(log.stream_to(::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644)));
    // More than the stream's buffer (256 KiB), so that it is written in pieces.
    const std::string big(100000, 'x');
    for (int i = 0; i < 5; ++i) log.put(hash_bytes(std::to_string(i)), big + std::to_string(i));
    log.put(hash_bytes("1"), "made twice: the first is kept");
    CHECK(log.put_count() == 5);
    REQUIRE(log.finish());
  }
  site::CacheLog again("test log", "s");
  REQUIRE(again.open(file));
  CHECK(again.records() == 5);
  for (int i = 0; i < 5; ++i)
    CHECK(again.get(hash_bytes(std::to_string(i))) ==
          std::optional<std::string_view>(std::string(100000, 'x') + std::to_string(i)));
  CHECK_FALSE(again.should_compact());
  site::CacheLog other("test log", "another salt");
  CHECK_FALSE(other.open(file));

  SECTION("a stream that cannot be written says so") {
    site::CacheLog bad("test log", "s");
    CHECK_FALSE(bad.stream_to(-1));
    bad.put(hash_bytes("0"), "payload");
    CHECK_FALSE(bad.finish());
    const int read_only = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    site::CacheLog refused("test log", "s");
    CHECK_FALSE(refused.stream_to(read_only));
    CHECK_FALSE(refused.finish());
  }
  fs::remove_all(dir);
}

TEST_CASE("site::CacheLog opened from a file reads records of any size, and checks them again when asked", "[site][incremental]") {
  const fs::path dir = test::make_temp_dir("wt-cache-log-file");
  const fs::path file = dir / "log";
  // Records larger than the piece the log is read through in (1 MiB) and many small ones around them.
  const std::string large(3u << 20, 'L');
  {
    site::CacheLog log("test log", "s");
    for (int i = 0; i < 2000; ++i) log.put(hash_bytes(std::to_string(i)), "payload " + std::to_string(i));
    log.put(hash_bytes("large"), large);
    log.put(hash_bytes("larger"), large + large);
    put(file, log.compacted());
  }
  site::CacheLog log("test log", "s");
  REQUIRE(log.open(file));
  CHECK(log.records() == 2002);
  CHECK(log.get(hash_bytes("large")) == std::optional<std::string_view>(large));
  CHECK(log.get(hash_bytes("larger")) == std::optional<std::string_view>(large + large));
  for (int i = 0; i < 2000; i += 7)
    CHECK(log.get(hash_bytes(std::to_string(i))) == std::optional<std::string_view>("payload " + std::to_string(i)));

  SECTION("a record changed in the file after it was read is not taken") {
    std::string text = *read_regular_file(file, nullptr, uint64_t{1} << 30);
    const size_t at = text.find("payload 1999");
    REQUIRE(at != std::string::npos);
    text[at] = 'P';
    put(file, text);  // the same inode, rewritten in place
    CHECK_FALSE(log.get(hash_bytes("1999")));
    CHECK(log.get(hash_bytes("1998")) == std::optional<std::string_view>("payload 1998"));
  }
  SECTION("a truncated file keeps its whole records only") {
    const std::string text = *read_regular_file(file, nullptr, uint64_t{1} << 30);
    put(file, text.substr(0, text.size() - 1));
    site::CacheLog cut("test log", "s");
    REQUIRE(cut.open(file));
    CHECK(cut.records() == 2001);
    CHECK(cut.should_compact());
    size_t found = 0;
    for (int i = 0; i < 2000; ++i) found += cut.get(hash_bytes(std::to_string(i))) ? 1 : 0;
    for (const char* key : {"large", "larger"}) found += cut.get(hash_bytes(key)) ? 1 : 0;
    CHECK(found == 2001);
  }
  SECTION("a link is not followed") {
    fs::create_symlink(file, dir / "link");
    site::CacheLog linked("test log", "s");
    CHECK_FALSE(linked.open(dir / "link"));
    CHECK(linked.records() == 0);
  }
  fs::remove_all(dir);
}

TEST_CASE("site::StatCache trusts a stat only when it is the same and older than the table", "[site][incremental]") {
  const site::FileStat st{120, 7, 3, 1000 * kSecond + 5, 1000 * kSecond + 5};
  const ContentHash h = hash_bytes("bytes");
  site::StatCache first("salt");
  first.record("/s/a.md", st, h);

  SECTION("written long after the file changed: trusted, and nothing to write again") {
    site::StatCache next("salt");
    REQUIRE(next.load(first.encode(1000 * kSecond + 5 + 3 * kSecond)));
    CHECK(next.known("/s/a.md", st) == h);
    next.record("/s/a.md", st, h);
    CHECK_FALSE(next.changed());
    CHECK(next.trusted() == 1);
  }
  SECTION("recorded by a build that began within the racy window: read again, and the table written again") {
    site::StatCache next("salt");
    REQUIRE(next.load(first.encode(1000 * kSecond + 5 + 20000000)));
    CHECK_FALSE(next.known("/s/a.md", st));
    next.record("/s/a.md", st, h);
    CHECK(next.changed());
  }
  SECTION("a time in whole seconds (a coarse file system) is racy for two seconds") {
    const site::FileStat coarse{120, 7, 3, 1000 * kSecond, 1000 * kSecond};
    site::StatCache table("salt");
    table.record("/s/a.md", coarse, h);
    site::StatCache soon("salt"), later("salt");
    REQUIRE(soon.load(table.encode(1001 * kSecond + kSecond / 2)));
    CHECK_FALSE(soon.known("/s/a.md", coarse));
    REQUIRE(later.load(table.encode(1002 * kSecond + 1)));
    CHECK(later.known("/s/a.md", coarse) == h);
  }
  SECTION("any field that differs (size, times, inode, device) is a change") {
    site::StatCache next("salt");
    REQUIRE(next.load(first.encode(2000 * kSecond)));
    for (auto change : std::vector<std::function<void(site::FileStat&)>>{
             [](site::FileStat& s) { ++s.size; }, [](site::FileStat& s) { ++s.inode; },
             [](site::FileStat& s) { ++s.device; }, [](site::FileStat& s) { ++s.mtime_ns; },
             [](site::FileStat& s) { s.ctime_ns += kSecond; }}) {
      site::FileStat other = st;
      change(other);
      CHECK_FALSE(next.known("/s/a.md", other));
    }
    CHECK_FALSE(next.known("/s/b.md", st));
  }
  SECTION("a table of another build, damaged or truncated, is not read") {
    const std::string text = first.encode(2000 * kSecond);
    site::StatCache other("another salt");
    CHECK_FALSE(other.load(text));
    CHECK_FALSE(other.known("/s/a.md", st));
    for (size_t at = 0; at < text.size(); at += 7) {
      std::string bad = text;
      bad[at] ^= 1;
      site::StatCache damaged("salt");
      CHECK_FALSE(damaged.load(bad));
      CHECK_FALSE(damaged.load(text.substr(0, at)));
    }
  }
}

TEST_CASE("site::HashingFileSystem reads a file again when its stat is the same but racy", "[site][incremental]") {
  const fs::path dir = test::make_temp_dir("wt-racy");
  const fs::path file = dir / "a.md";
  put(file, "first bytes");
  const site::FileStat st = *site::file_stat(file);
  // A table that recorded this very stat with the hash of other bytes of the
  // same size, written in the same second as the file (a coarse clock could
  // not tell the two versions apart).
  site::StatCache before("salt");
  before.record(fs::absolute(file).lexically_normal().string(), st, hash_bytes("other bytes"));
  {
    site::StatCache racy("salt");
    REQUIRE(racy.load(before.encode(std::max(st.mtime_ns, st.ctime_ns))));
    site::HashingFileSystem files(real_file_system(), &racy);
    CHECK_FALSE(files.known_hash(file));
    CHECK(files.hash(file) == hash_bytes("first bytes"));
    CHECK(racy.changed());
  }
  {
    // The same table written later would be trusted: that is what the racy rule prevents above.
    site::StatCache later("salt");
    REQUIRE(later.load(before.encode(std::max(st.mtime_ns, st.ctime_ns) + 3 * kSecond)));
    site::HashingFileSystem files(real_file_system(), &later);
    CHECK(files.known_hash(file) == hash_bytes("other bytes"));
  }
  fs::remove_all(dir);
}

TEST_CASE("site::PageCache keeps every field of a parse", "[site][incremental]") {
  content::ParsedFile p = content::parse_content_file(
      "---\ntitle: \"Tiêu đề\"\ndate: 01/02/2025 07:30\nupdated: 2025-02-03\npublish_date: 2025-01-31\n"
      "expiry_date: 2030-01-01\ndraft: true\nportal: true\ntoc: true\ncategories: [Tin tức]\ntags: [a, b]\n"
      "aliases: [/cu/]\nsummary: S\ndescription: D\nauthor: A\nsource: Nguồn\nimage: a.jpg\nimage_alt: Ảnh\n"
      "slug: tieu-de\nweight: -3\nlayout: page\n---\nThân *bài*.\n",
      "content/tin-tuc/a.md", 7 * 60, false);
  REQUIRE(p.split);
  REQUIRE(p.valid);
  const std::string bytes = site::encode_parsed_file(p);
  auto back = site::decode_parsed_file(bytes);
  REQUIRE(back);
  CHECK(site::encode_parsed_file(*back) == bytes);
  CHECK(back->fm.title == "Tiêu đề");
  CHECK(back->fm.date->epoch() == p.fm.date->epoch());
  CHECK(back->fm.date->has_time);
  CHECK(back->fm.expiry_date->year == 2030);
  CHECK((back->fm.draft && back->fm.portal && back->fm.toc));
  CHECK(back->fm.tags == std::vector<std::string>{"a", "b"});
  CHECK(back->fm.alias_positions.size() == 1);
  CHECK(back->fm.alias_positions[0].line == p.fm.alias_positions[0].line);
  CHECK(back->fm.status == content::Status::Draft);  // from draft: true
  CHECK(back->fm.status_position.line == p.fm.status_position.line);
  // The approval workflow's fields (a page cached without them lost its status).
  content::ParsedFile review = content::parse_content_file(
      "---\ntitle: T\nstatus: chờ duyệt\napproved_by: \"Nguyễn Thị Hoa (Trưởng ban)\"\n---\nx\n",
      "content/tin-tuc/b.md", 7 * 60, false);
  REQUIRE(review.valid);
  REQUIRE(review.fm.status == content::Status::Review);
  auto review_back = site::decode_parsed_file(site::encode_parsed_file(review));
  REQUIRE(review_back);
  CHECK(review_back->fm.status == content::Status::Review);
  CHECK(review_back->fm.approved_by == "Nguyễn Thị Hoa (Trưởng ban)");
  CHECK(review_back->fm.status_position.line == 3);
  CHECK(back->fm.image_alt == "Ảnh");
  CHECK(back->fm.weight == -3);
  CHECK(back->fm.title_position.line == 2);
  CHECK(back->body == "Thân *bài*.\n");
  CHECK(back->body_line_offset == p.body_line_offset);
  // An error is kept with its position.
  content::ParsedFile bad = content::parse_content_file("---\ntitle: A\ntitel: B\n---\n", "content/b.md", 420, false);
  REQUIRE(bad.diagnostics.size() == 1);
  auto bad_back = site::decode_parsed_file(site::encode_parsed_file(bad));
  REQUIRE(bad_back);
  CHECK(format_diagnostic(bad_back->diagnostics[0]) == format_diagnostic(bad.diagnostics[0]));
  CHECK_FALSE(bad_back->valid);
  // Every shorter payload is refused.
  for (size_t n = 0; n < bytes.size(); ++n) CHECK_FALSE(site::decode_parsed_file(std::string_view(bytes).substr(0, n)));
}

TEST_CASE("site::build_site parses again only the content files that changed", "[site][incremental]") {
  test::SmallSite site;
  test::OutputFolder out;
  ThreadPool pool(2);
  site::BuildReport first, edited;
  REQUIRE(site.build_to_disk(out.path(), pool, &first));
  CHECK(first.files_reused == 0);
  const size_t files = first.files_parsed;
  REQUIRE(files > 5);
  site.put("content/tin-tuc/hop-phu-huynh.md", site.get("content/tin-tuc/hop-phu-huynh.md") + "\nThêm.\n");
  REQUIRE(site.build_to_disk(out.path(), pool, &edited));
  CHECK(edited.incremental);
  CHECK(edited.files_parsed == 1);
  CHECK(edited.files_reused == files - 1);
  CHECK(test::OutputFolder::bytes_of(out.snapshot()) == site.build_in_memory(pool));
}

TEST_CASE("site::build_site ignores damaged or foreign entries of the load caches", "[site][incremental]") {
  struct Case {
    const char* name;
    std::function<void(const fs::path& out)> spoil;
  };
  const fs::path pages = site::kPageCacheFile, markdown = site::kMarkdownCacheFile;
  auto flip = [](const fs::path& file, size_t from_end) {
    std::string text = *read_file(file);
    text[text.size() - from_end] ^= 0x41;
    put(file, text);
  };
  const std::vector<Case> cases = {
      {"a byte of the last page record changed", [&](const fs::path& o) { flip(o / pages, 30); }},
      {"a byte of the last Markdown record changed", [&](const fs::path& o) { flip(o / markdown, 30); }},
      {"the page log cut short", [&](const fs::path& o) { fs::resize_file(o / pages, fs::file_size(o / pages) / 2); }},
      {"the page log of another build", [&](const fs::path& o) {
         test::SmallSite other;
         test::OutputFolder other_out;
         ThreadPool pool(1);
         REQUIRE(other.build_to_disk(other_out.path(), pool, nullptr,
                                     [](site::BuildOptions& opt) { opt.build_id = "another build"; }));
         fs::copy_file(other_out.path() / pages, o / pages, fs::copy_options::overwrite_existing);
       }},
      {"the caches gone", [&](const fs::path& o) { fs::remove(o / pages), fs::remove(o / markdown); }},
      {"the caches made links", [&](const fs::path& o) {
         fs::remove(o / pages);
         fs::create_symlink(o / "elsewhere", o / pages);
       }},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    test::SmallSite site;
    test::OutputFolder out;
    ThreadPool pool(2);
    site::BuildReport first, second, third;
    REQUIRE(site.build_to_disk(out.path(), pool, &first));
    c.spoil(out.path());
    site.put("content/tin-tuc/hop-phu-huynh.md", site.get("content/tin-tuc/hop-phu-huynh.md") + "\nThêm.\n");
    REQUIRE(site.build_to_disk(out.path(), pool, &second));
    CHECK(second.incremental);
    CHECK(second.files_parsed >= 1);
    CHECK(test::OutputFolder::bytes_of(out.snapshot()) == site.build_in_memory(pool));
    CHECK_FALSE(fs::exists(out.path() / "elsewhere"));
    // The next build finds whole caches again.
    REQUIRE(site.build_to_disk(out.path(), pool, &third));
    CHECK(third.files_parsed == 0);
    CHECK(third.markdown_rendered == 0);
  }
}

TEST_CASE("site::build_site on disk reads no post when nothing changed, and the edited one only", "[site][incremental]") {
  DiskSite site;
  site.age();
  site::BuildReport full, same, edited, touched;
  REQUIRE(site.build(&full, true));
  const auto output = site.output();
  REQUIRE(site.build(&same));
  CHECK(same.incremental);
  CHECK(site.files.md_reads == 0);
  CHECK(same.files_parsed == 0);
  CHECK(same.markdown_rendered == 0);
  CHECK(site.output() == output);
  // One post edited, its size kept and its mtime put back: its ctime tells.
  const fs::path post = site.site() / "content/tin-tuc/hop-phu-huynh.md";
  const auto st = *site::file_stat(post);
  std::string text = *read_file(post);
  text[text.size() - 2] = text[text.size() - 2] == 'x' ? 'y' : 'x';
  put(post, text);
  const struct timespec times[2] = {{st.mtime_ns / kSecond, st.mtime_ns % kSecond},
                                    {st.mtime_ns / kSecond, st.mtime_ns % kSecond}};
  REQUIRE(::utimensat(AT_FDCWD, post.c_str(), times, 0) == 0);
  REQUIRE(site::file_stat(post)->size == st.size);
  REQUIRE(site.build(&edited));
  CHECK(edited.incremental);
  CHECK(site.files.md_reads == 1);
  CHECK(edited.files_parsed == 1);
  CHECK(edited.markdown_rendered == 1);
  site::BuildReport check;
  const auto incremental = site.output();
  REQUIRE(site.build(&check, true));
  CHECK(site.output() == incremental);
  // A stat changed, bytes the same (touch): read, not parsed or rendered again.
  site.age();
  REQUIRE(site.build(&touched));
  CHECK(touched.files_parsed == 0);
  CHECK(touched.markdown_rendered == 0);
  CHECK(site.output() == incremental);
}
