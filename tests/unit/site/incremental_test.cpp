// Incremental builds give the output of a full build, and touch nothing else.
//
// A small site (tests/fixtures/sites/basic with data files of data-pages and
// its own layout and partial) is held in memory and changed 200 times at
// random (a fixed seed): posts edited, added, deleted and renamed; data
// files edited, deleted, added back and renamed; the site's own layout and
// partial edited; keys of site.yaml changed; the approval status of a post
// flipped (review and draft leave it out); and now and then a post broken
// (the build must fail and change nothing), then mended. After each step
// an incremental build writes to a folder on disk, and the whole tree (every
// path and byte) must equal a full build of the same state; every file
// whose bytes did not change must keep its size and modification time.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/file_io.hpp"
#include "core/file_system.hpp"
#include "core/thread_pool.hpp"
#include "dependency_support.hpp"
#include "incremental_support.hpp"
#include "output/build_cache.hpp"
#include "output/output_writer.hpp"
#include "site/build.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

// The random steps, over the site of test::SmallSite.
class Mutator {
 public:
  Mutator(test::SmallSite& site, uint32_t seed) : site_(site), rng_(seed) {}

  /// Applies one random change; returns what it did (for the test's log)
  /// and whether the build must fail.
  std::string step(bool* must_fail) {
    *must_fail = false;
    switch (pick(22)) {
      case 0: case 1: case 2: case 3: return edit_post();
      case 4: case 5: return add_post();
      case 6: case 7: return delete_post();
      case 8: case 9: return rename_post();
      case 10: case 11: return edit_data();
      case 12: return toggle_data();
      case 13: return rename_data();
      case 14: case 15: return edit_layout();
      case 16: case 17: return edit_config();
      case 20: case 21: return flip_status();
      default: return break_post(must_fail);
    }
  }

  /// Puts back what a breaking step broke.
  void mend() {
    if (!broken_.first.empty()) site_.put(broken_.first, broken_.second);
    broken_ = {};
  }

 private:
  size_t pick(size_t n) { return rng_() % n; }

  // The posts that are one file (not a bundle's index.md, nor the section's _index.md).
  std::vector<std::string> posts() const {
    std::vector<std::string> out;
    for (const auto& rel : site_.below("content/tin-tuc", ".md"))
      if (rel.find('/', 16) == std::string::npos && rel != "content/tin-tuc/_index.md") out.push_back(rel);
    return out;
  }

  std::string post_text(int n) {
    static const char* kCats[] = {"Hoạt động chuyên môn", "Thông báo", "Đoàn Đội"};
    static const char* kTags[] = {"năm học 2025-2026", "học sinh", "giáo viên"};
    std::ostringstream t;
    t << "---\ntitle: \"Bài viết số " << n << "\"\ndate: " << 1 + pick(28) << "/" << 1 + pick(12) << "/2025 08:00\n";
    if (pick(2)) t << "categories: [" << kCats[pick(3)] << "]\n";
    if (pick(2)) t << "tags: [" << kTags[pick(3)] << "]\n";
    t << "---\nNội dung bài viết số " << n << ", lần sửa " << pick(1000) << ".\n";
    return t.str();
  }

  std::string edit_post() {
    auto all = posts();
    if (all.empty()) return add_post();
    const std::string rel = all[pick(all.size())];
    std::string text = site_.get(rel);
    if (pick(2)) {  // the body
      text += "\nMột đoạn nữa " + std::to_string(next_++) + ".\n";
    } else {  // the title, so the address moves
      const size_t at = text.find("title:");
      const size_t eol = text.find('\n', at);
      text.replace(at, eol - at, "title: \"Bài viết đổi tên " + std::to_string(next_++) + "\"");
    }
    site_.put(rel, text);
    return "edit " + rel;
  }

  std::string add_post() {
    const int n = next_++;
    const std::string rel = "content/tin-tuc/bai-" + std::to_string(n) + ".md";
    site_.put(rel, post_text(n));
    return "add " + rel;
  }

  std::string delete_post() {
    auto all = posts();
    if (all.size() < 3) return add_post();
    const std::string rel = all[pick(all.size())];
    site_.remove(rel);
    return "delete " + rel;
  }

  std::string rename_post() {
    auto all = posts();
    if (all.empty()) return add_post();
    const std::string rel = all[pick(all.size())];
    const std::string to = "content/tin-tuc/doi-ten-" + std::to_string(next_++) + ".md";
    site_.put(to, site_.get(rel));
    site_.remove(rel);
    return "rename " + rel + " -> " + to;
  }

  std::string edit_data() {
    if (pick(2) && site_.has("data/to-chuc.yaml")) {
      std::string text = site_.get("data/to-chuc.yaml");
      const size_t at = text.find("members: ");
      text.replace(at, text.find('\n', at) - at, "members: " + std::to_string(1 + pick(30)));
      site_.put("data/to-chuc.yaml", text);
      return "edit data/to-chuc.yaml";
    }
    const int n = next_++;
    site_.put("data/van-ban.csv", site_.get("data/van-ban.csv") + std::to_string(n) + "/TB-THCSND," +
                                      std::to_string(1 + pick(28)) + "/10/2025,Trường THCS Nguyễn Du,Thông báo,"
                                      "Thông báo số " + std::to_string(n) + ",,/files/a.pdf\n");
    return "edit data/van-ban.csv";
  }

  std::string toggle_data() {
    if (site_.has("data/to-chuc.yaml")) {
      saved_org_ = site_.get("data/to-chuc.yaml");
      site_.remove("data/to-chuc.yaml");
      return "delete data/to-chuc.yaml";
    }
    site_.put("data/to-chuc.yaml", saved_org_);
    return "add data/to-chuc.yaml";
  }

  std::string rename_data() {
    auto all = site_.below("data/thu-tuc", ".yaml");
    if (all.empty()) return edit_data();
    const std::string to = "data/thu-tuc/thu-tuc-" + std::to_string(next_++) + ".yaml";
    site_.put(to, site_.get(all[0]));
    site_.remove(all[0]);
    return "rename " + all[0] + " -> " + to;
  }

  std::string edit_layout() {
    const std::string rel = pick(2) ? "layouts/page.mustache" : "partials/footer.mustache";
    site_.put(rel, site_.get(rel) + "<!-- sửa " + std::to_string(next_++) + " -->\n");
    return "edit " + rel;
  }

  std::string edit_config() {
    std::string text = site_.get("site.yaml");
    switch (pick(4)) {
      case 0: text = test::set_config_key(text, "pagination", std::to_string(1 + pick(4))); break;
      case 1: text = test::set_config_key(text, "home_latest", std::to_string(1 + pick(5))); break;
      case 2: text = test::set_config_key(text, "name", "\"Trường THCS Thử Nghiệm " + std::to_string(next_++) + "\""); break;
      default: text = test::set_config_key(text, "description", "\"Mô tả " + std::to_string(next_++) + "\""); break;
    }
    site_.put("site.yaml", text);
    return "edit site.yaml";
  }

  // Sets a post's status (none, review, draft, published with approved_by,
  // or the Vietnamese "chờ duyệt"): a post leaves the site and comes back.
  std::string flip_status() {
    auto all = posts();
    if (all.empty()) return add_post();
    const std::string rel = all[pick(all.size())];
    static const char* kStatus[] = {"", "status: review\n", "status: draft\n",
                                    "status: published\napproved_by: \"Nguyễn Thị Hoa (Trưởng ban)\"\n",
                                    "status: chờ duyệt\n"};
    std::string text = site_.get(rel);
    for (const char* key : {"\nstatus: ", "\napproved_by: ", "\ndraft: "}) {
      const size_t at = text.find(key);
      if (at != std::string::npos) text.erase(at + 1, text.find('\n', at + 1) - at);
    }
    const size_t choice = pick(5);
    text.insert(text.find('\n') + 1, kStatus[choice]);
    site_.put(rel, text);
    return "status " + std::to_string(choice) + " " + rel;
  }

  std::string break_post(bool* must_fail) {
    auto all = posts();
    if (all.empty()) return add_post();
    const std::string rel = all[pick(all.size())];
    broken_ = {rel, site_.get(rel)};
    site_.put(rel, "---\ntitle: [không đóng\n---\nHỏng.\n");
    *must_fail = true;
    return "break " + rel;
  }

  test::SmallSite& site_;
  std::mt19937 rng_;
  int next_ = 1;
  std::string saved_org_;
  std::pair<std::string, std::string> broken_;
};

}  // namespace

TEST_CASE("site::build_site incremental equals full after each of 200 random steps", "[site][incremental]") {
  test::SmallSite site;
  test::OutputFolder out;
  ThreadPool pool(2);
  Mutator mutate(site, 20261118);
  site::BuildReport first;
  REQUIRE(site.build_to_disk(out.path(), pool, &first));
  CHECK_FALSE(first.incremental);
  CHECK(first.full_reason == "there is no previous output");
  size_t incremental = 0, failed = 0, untouched = 0;
  for (int i = 0; i < 200; ++i) {
    bool must_fail = false;
    const std::string what = mutate.step(&must_fail);
    INFO("step " << i << ": " << what);
    const auto before = out.snapshot();
    site::BuildReport report;
    const bool ok = site.build_to_disk(out.path(), pool, &report);
    INFO(site.diagnostics());
    REQUIRE(ok == !must_fail);
    const auto after = out.snapshot();
    if (must_fail) {
      CHECK(after == before);  // a failed build changes nothing, not even a time
      ++failed;
      mutate.mend();
      continue;
    }
    CHECK(report.incremental);
    incremental += report.incremental;
    // Every path and byte as a full build gives them.
    const auto full = site.build_in_memory(pool);
    CHECK(test::OutputFolder::bytes_of(after) == full);
    // Files whose bytes did not change were not touched.
    for (const auto& [rel, file] : before) {
      auto it = after.find(rel);
      if (it == after.end() || it->second.bytes != file.bytes) continue;
      INFO(rel);
      CHECK(it->second.stamp == file.stamp);
      ++untouched;
    }
  }
  CHECK(incremental + failed == 200);
  CHECK(failed > 0);
  CHECK(untouched > 0);
}
