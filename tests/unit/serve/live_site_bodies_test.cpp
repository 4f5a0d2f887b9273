// The dev server's edits of page bodies (serve/live_site.hpp): an edit of a
// page's text alone is applied to the kept site and renders only what
// shows that page; every other edit builds the whole site. Either way the
// files served are, byte for byte, those a fresh start gives on the same
// files: each step below is compared with one.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "core/file_io.hpp"
#include "core/thread_pool.hpp"
#include "serve/live_site.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;
using namespace wt::serve;

namespace {

const fs::path kSource = WT_SOURCE_DIR;
constexpr int64_t kNow = 1795000000;  // 18/11/2026

void put(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary | std::ios::trunc) << text;
}

std::map<std::string, std::string> files_of(const Snapshot& s) {
  std::map<std::string, std::string> out;
  for (const auto& [rel, bytes] : s.files) out.emplace(rel, *bytes);
  return out;
}

// A temporary copy of the basic fixture site, served by a LiveSite.
struct Live {
  fs::path dir = test::make_temp_dir("wt-serve-bodies");
  ThreadPool pool{2};
  LiveOptions options;
  std::unique_ptr<LiveSite> live;
  fs::path post;
  std::string text;

  Live() {
    fs::copy(kSource / "tests/fixtures/sites/basic", dir / "site", fs::copy_options::recursive);
    options.site_dir = dir / "site";
    options.theme_dirs = {kSource / "themes"};
    options.now = kNow;
    live = std::make_unique<LiveSite>(options, pool);
    REQUIRE(live->start().ok);
    post = dir / "site/content/tin-tuc/hoi-giang.md";
    text = *read_file(post);
  }
  ~Live() { fs::remove_all(dir); }

  RebuildReport save(const fs::path& file, const std::string& bytes) {
    put(file, bytes);
    return live->update({{file}, false});
  }
  // What a fresh start on the same files serves (empty when it fails).
  std::map<std::string, std::string> fresh() {
    LiveSite other(options, pool);
    if (!other.start().ok) return {};
    return files_of(*other.snapshot());
  }
  std::map<std::string, std::string> served() const { return files_of(*live->snapshot()); }
  const std::string& page() const {
    static const std::string none;
    const std::string* p = live->snapshot()->find("tin-tuc/hoi-giang-chao-mung-ngay-20-11/index.html");
    return p ? *p : none;
  }
};

// The post's front matter and body, split at the closing fence.
std::pair<std::string, std::string> split(const std::string& text) {
  const size_t end = text.find("\n---\n", 4) + 5;
  return {text.substr(0, end), text.substr(end)};
}

}  // namespace

TEST_CASE("serve: an edit of a post's text renders what shows the post, and serves what a fresh start serves",
          "[serve]") {
  Live s;
  const auto [head, body] = split(s.text);

  // Appended: the post's page, the lists and feeds that show it.
  const RebuildReport appended = s.save(s.post, s.text + "\nHọc sinh làm mô hình kính vạn hoa.\n");
  REQUIRE(appended.ok);
  CHECK(appended.bodies_only);
  CHECK(appended.parsed == 1);
  CHECK(appended.markdown_rendered == 1);
  CHECK(appended.changed);
  CHECK(appended.rendered > 0);
  CHECK(appended.rendered <= 12);
  CHECK(appended.index_written > 0);  // the new words are searchable
  CHECK(s.page().find("kính vạn hoa") != std::string::npos);
  CHECK(s.served() == s.fresh());

  // The first paragraph changed: the summary the lists show changes with it.
  const RebuildReport summary = s.save(s.post, head + "Hội giảng có 14 tiết dạy, đều đạt loại giỏi.\n\n" + body);
  REQUIRE(summary.ok);
  CHECK(summary.bodies_only);
  const std::string* list = s.live->snapshot()->find("tin-tuc/index.html");
  REQUIRE(list);
  CHECK(list->find("14 tiết dạy") != std::string::npos);
  CHECK(s.served() == s.fresh());

  // A plain link to a page of the site, and an "@/" link already there elsewhere: still the text alone.
  const RebuildReport linked = s.save(s.post, s.text + "\nXem thêm [giới thiệu](/gioi-thieu/).\n");
  REQUIRE(linked.ok);
  CHECK(linked.bodies_only);
  CHECK(s.served() == s.fresh());

  // Saved again with the same bytes: nothing to do.
  const uint64_t generation = s.live->snapshot()->generation;
  const RebuildReport same = s.save(s.post, s.text + "\nXem thêm [giới thiệu](/gioi-thieu/).\n");
  CHECK(same.ok);
  CHECK(same.parsed == 0);
  CHECK(same.rendered == 0);
  CHECK_FALSE(same.changed);
  CHECK(s.live->snapshot()->generation == generation);
}

TEST_CASE("serve: an edit beyond a page's text builds the whole site, and serves what a fresh start serves",
          "[serve]") {
  Live s;
  const auto [head, body] = split(s.text);

  SECTION("the title") {
    std::string h = head;
    h.replace(h.find("Hội giảng chào mừng"), std::string("Hội giảng").size(), "Hội thi giáo viên dạy giỏi");
    const RebuildReport r = s.save(s.post, h + body);
    REQUIRE(r.ok);
    CHECK_FALSE(r.bodies_only);
  }
  SECTION("an @/ link to another page (an input of the post's page)") {
    const RebuildReport r = s.save(s.post, s.text + "\nXem [lịch sử](@/gioi-thieu/lich-su.md).\n");
    REQUIRE(r.ok);
    CHECK_FALSE(r.bodies_only);
    CHECK(s.page().find(">lịch sử</a>") != std::string::npos);
  }
  SECTION("a placeholder (the compliance report lists it)") {
    const RebuildReport r = s.save(s.post, s.text + "\n[CẦN ĐIỀN: số tiết dạy]\n");
    REQUIRE(r.ok);
    CHECK_FALSE(r.bodies_only);
  }
  SECTION("a photo without alternative text (a warning, and a fact of the report)") {
    const RebuildReport r = s.save(s.post, s.text + "\n![](https://vinhphuc.edu.vn/anh.png)\n");
    REQUIRE(r.ok);
    CHECK_FALSE(r.bodies_only);
    bool warned = false;
    for (const auto& d : r.diagnostics) warned = warned || d.diagnostic.code == "image.alt-missing";
    CHECK(warned);
  }
  SECTION("another file than a page: a new post") {
    const RebuildReport r =
        s.save(s.dir / "site/content/tin-tuc/moi.md", "---\ntitle: Tin mới\ndate: 16/11/2025\n---\nNội dung.\n");
    REQUIRE(r.ok);
    CHECK_FALSE(r.bodies_only);
  }
  CHECK(s.served() == s.fresh());
}

TEST_CASE("serve: a broken link in a page's text is an error, as in a full build, and the next edit builds in full",
          "[serve]") {
  Live s;
  const auto before = s.served();
  const RebuildReport broken = s.save(s.post, s.text + "\nXem [trang cũ](/khong-co/).\n");
  CHECK_FALSE(broken.ok);
  CHECK_FALSE(broken.bodies_only);
  REQUIRE(s.live->snapshot()->failed());
  CHECK(s.live->snapshot()->error_html.find("/khong-co/") != std::string::npos);
  CHECK(s.served() == before);  // the last good build stays behind the error page

  // After a failure no site is kept: even a text edit builds the whole site.
  const RebuildReport fixed = s.save(s.post, s.text + "\nXem [tin tức](/tin-tuc/).\n");
  REQUIRE(fixed.ok);
  CHECK_FALSE(fixed.bodies_only);
  CHECK_FALSE(s.live->snapshot()->failed());
  CHECK(s.served() == s.fresh());

  // ... and the one after it is a text edit again.
  const RebuildReport again = s.save(s.post, s.text + "\nXem [tin tức](/tin-tuc/) của trường.\n");
  REQUIRE(again.ok);
  CHECK(again.bodies_only);
  CHECK(s.served() == s.fresh());
}
