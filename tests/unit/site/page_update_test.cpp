// update_page_bodies (site/page_update.hpp) with render_dependents and
// InputHashes::rehash (site/render_changed.hpp, site/plan_inputs.hpp), the
// dev server's edits of page text: on site.example in memory, a site is
// loaded, planned and rendered once and kept; pages of every kind get
// their text edited, one after the other, each applied to the kept site;
// after each, the files are byte for byte those of a full build of the
// edited files, search index included. Then every edit that must build
// the whole site is refused, with the site left as it was.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>

#include "content/content_tree.hpp"
#include "core/date.hpp"
#include "dependency_support.hpp"
#include "output/output_writer.hpp"
#include "site/build_plan.hpp"
#include "site/hashing_file_system.hpp"
#include "site/page_update.hpp"
#include "site/plan_inputs.hpp"
#include "site/render_changed.hpp"
#include "site/search_outputs.hpp"
#include "site/validate.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

constexpr int64_t kNow = 1795000000;  // 18/11/2026 as dependency_support.cpp
constexpr const char* kSalt = "page-update-test";

// A build kept as the dev server keeps it: the site, its plan, the hashes of
// its inputs, the state and bytes of every output.
struct Kept {
  std::unique_ptr<site::HashingFileSystem> files;
  std::unique_ptr<site::LoadedSite> site;
  site::BuildPlan plan;
  std::unique_ptr<site::InputHashes> hashes;
  site::OutputStates states;
  std::map<std::string, std::string> bytes;
};

std::unique_ptr<Kept> build(test::ExampleSite& example, ThreadPool& pool) {
  auto k = std::make_unique<Kept>();
  k->files = std::make_unique<site::HashingFileSystem>(example.files());
  DiagnosticSink sink;
  site::LoadRequest request;
  request.site_dir = example.site_dir();
  request.now = kNow;
  request.theme_dirs = {example.theme_dir().parent_path()};
  request.prepare_list_items = false;
  k->site = site::load_site(request, *k->files, pool, sink);
  REQUIRE(k->site->config_ok);
  site::validate_site(*k->site, false, sink);
  REQUIRE(site::plan_build(*k->site, k->plan, sink, site::build_search_index(*k->site, &pool)));
  k->hashes = std::make_unique<site::InputHashes>(*k->site, k->plan, kSalt);
  output::MemoryWriter writer;
  site::ChangeSet change;
  REQUIRE(site::render_changed(*k->site, k->plan, *k->hashes, {}, pool, writer, {}, sink, &change));
  INFO(sink.sorted().size());
  REQUIRE_FALSE(sink.has_errors());
  k->states = std::move(change.states);
  k->bytes = writer.files();
  return k;
}

// render_dependents on the kept build, its results put in place.
site::ChangeSet apply(Kept& k, const std::vector<std::string>& inputs, ThreadPool& pool) {
  DiagnosticSink sink;
  output::MemoryWriter writer;
  site::ChangeSet change;
  REQUIRE(site::render_dependents(*k.site, k.plan, *k.hashes, inputs, k.states, pool, writer, sink, &change));
  CHECK(sink.sorted().empty());
  for (const auto& rel : change.removed) k.bytes.erase(rel);
  for (auto& [rel, bytes] : writer.files()) k.bytes[rel] = std::move(bytes);
  k.states = change.states;
  return change;
}

// The paragraph before and the line after: the summary lists show changes.
std::string edit_text(const std::string& text, int n) {
  const size_t body = text.find("\n---\n", 4) + 5;
  std::string out = text;
  out.insert(body, "Đoạn mở đầu số " + std::to_string(n) + " của ban biên tập, về thời khóa biểu mới.\n\n");
  return out + "\nDòng cuối số " + std::to_string(n) + ".\n";
}

}  // namespace

TEST_CASE("page bodies: text edits of pages of every kind, applied in place, give the files of a full build",
          "[site][serve]") {
  test::ExampleSite example;
  ThreadPool pool(2);
  auto kept = build(example, pool);
  const content::ContentTree& tree = *kept->site->tree;

  // A page of each kind: the home page, section pages, the first and last
  // post of each section (lists, neighbours, feeds), pages with terms.
  std::vector<const content::Page*> pages;
  for (const auto& s : tree.sections) {
    if (s->index) pages.push_back(s->index);
    if (!s->pages.empty()) {
      pages.push_back(s->pages.front());
      pages.push_back(s->pages.back());
    }
  }
  std::sort(pages.begin(), pages.end());
  pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
  REQUIRE(pages.size() >= 8);

  int n = 0, taken = 0;
  for (const content::Page* page : pages) {
    const std::string source = page->source;
    INFO("edited: " << source);
    const fs::path path = example.site_dir() / source;
    const auto text = example.files().get(path);
    REQUIRE(text);
    example.files().add(path, edit_text(*text, ++n));
    auto inputs = site::update_page_bodies(*kept->site, kept->plan, {source}, kNow);
    if (!inputs) {  // a page whose text the compliance report reads, or that has warnings: a full build
      kept = build(example, pool);
      continue;
    }
    ++taken;
    CHECK(*inputs == std::vector<std::string>{"file:" + source});
    const site::ChangeSet change = apply(*kept, *inputs, pool);
    CHECK(std::binary_search(change.rendered.begin(), change.rendered.end(), page->output_path));
    // A post's page, lists, feeds; a section's page is in every page's breadcrumbs below it.
    if (!page->is_section_index) CHECK(change.rendered.size() < kept->plan.outputs.size() / 4);
    // Then the search index, as the server brings it up to date.
    auto index = site::build_search_index(*kept->site, &pool);
    REQUIRE(site::replace_search_index(kept->plan, index));
    apply(*kept, {"list:search"}, pool);

    auto full = build(example, pool);
    CHECK(kept->bytes.size() == full->bytes.size());
    for (const auto& [rel, bytes] : full->bytes) {
      INFO("output: " << rel);
      auto it = kept->bytes.find(rel);
      REQUIRE(it != kept->bytes.end());
      CHECK(it->second == bytes);
    }
    CHECK(kept->states == full->states);
  }
  CHECK(taken * 2 >= n);  // most pages' text is taken in place
}

TEST_CASE("page bodies: what is more than a page's text is refused, the site left as it was", "[site][serve]") {
  test::ExampleSite example;
  ThreadPool pool(2);
  auto kept = build(example, pool);
  const content::ContentTree& tree = *kept->site->tree;
  const content::Page* post = nullptr;
  for (const content::Page* p : tree.dated)
    if (!p->is_section_index && kept->site->links.count(p) == 0 && p->fm.image.empty()) post = p;
  REQUIRE(post);
  const std::string source = post->source;
  const fs::path path = example.site_dir() / source;
  const std::string text = *example.files().get(path);
  const std::string body_before = post->body;
  auto refused = [&](const std::string& edited, int64_t now = kNow) {
    example.files().add(path, edited);
    const bool no = !site::update_page_bodies(*kept->site, kept->plan, {source}, now);
    example.files().add(path, text);
    return no && post->body == body_before;
  };
  const size_t end = text.find("\n---\n", 4);

  CHECK_FALSE(refused(text + "\nMột câu thêm.\n"));  // the control: taken (and put back below)
  REQUIRE(site::update_page_bodies(*kept->site, kept->plan, {source}, kNow));
  CHECK(post->body == body_before);

  CHECK(refused(text.substr(0, end) + "\nauthor: Người khác" + text.substr(end)));        // the front matter
  CHECK(refused(text + "\n[CẦN ĐIỀN: tên người viết]\n"));                                 // a placeholder
  CHECK(refused(text + "\n![](https://vinhphuc.edu.vn/anh.png)\n"));                       // no alt text
  CHECK(refused(text + "\n![Ảnh](https://vinhphuc.edu.vn/anh.png)\n"));                    // a new image
  CHECK(refused(text + "\nXem [trang cũ](/khong-co-trang-nay/).\n"));                      // a broken link
  CHECK(refused(text + "\nXem [liên hệ](@/lien-he.md).\n"));                               // a new @/ link
  CHECK(refused(text + "\n<script>alert(1)</script>\n"));                                  // dropped: a warning
  CHECK(refused("---\ntitle: [\n---\n"));                                                  // a broken front matter
  CHECK(refused(text + "\nMột câu thêm.\n", kNow + 86400));                                // another day
  CHECK(refused(text + "\nMột câu thêm.\n", kNow - 60));                                   // earlier than the site
  if (tree.next_change != INT64_MAX) {
    const DateTime same_day = from_epoch(tree.next_change, kept->site->cfg.timezone_minutes);
    if (same_day.day == from_epoch(kNow, kept->site->cfg.timezone_minutes).day)
      CHECK(refused(text + "\nMột câu thêm.\n", tree.next_change));  // a scheduled page comes out
  }
  // Not a published page of the site.
  CHECK_FALSE(site::update_page_bodies(*kept->site, kept->plan, {"content/khong-co.md"}, kNow));
  CHECK_FALSE(site::update_page_bodies(*kept->site, kept->plan, {"data/truong.yaml"}, kNow));
  for (const auto& [content_path, why] : tree.unpublished)
    CHECK_FALSE(site::update_page_bodies(*kept->site, kept->plan, {"content/" + content_path}, kNow));
  // One refused file refuses the whole batch: nothing of it applied.
  const content::Page* other = tree.dated.front() == post ? tree.dated.back() : tree.dated.front();
  const fs::path other_path = example.site_dir() / other->source;
  const std::string other_text = *example.files().get(other_path);
  const std::string other_body = other->body;
  example.files().add(other_path, other_text + "\nMột câu thêm.\n");
  example.files().add(path, text.substr(0, end) + "\nauthor: Người khác" + text.substr(end));
  CHECK_FALSE(site::update_page_bodies(*kept->site, kept->plan, {other->source, source}, kNow));
  CHECK(other->body == other_body);
}

TEST_CASE("page bodies: a list stops what it would carry when its value is the same", "[site][serve]") {
  test::ExampleSite example;
  ThreadPool pool(2);
  auto kept = build(example, pool);
  content::Page* post = nullptr;
  for (const auto& p : kept->site->tree->pages)
    if (!p->is_section_index && p->has_date()) post = p.get();
  REQUIRE(post);
  const std::string input = "file:" + post->source;
  // Nothing changed: nothing to key again.
  CHECK(kept->hashes->rehash({input}, pool).empty());
  // Its text (read again by update_page_bodies): the file alone; every
  // list computed from it has the same value.
  const fs::path path = example.site_dir() / post->source;
  const std::string text = *example.files().get(path);
  example.files().add(path, text + "\nMột câu thêm.\n");
  REQUIRE(site::update_page_bodies(*kept->site, kept->plan, {post->source}, kNow));
  CHECK(kept->hashes->rehash({input}, pool) == std::vector<std::string>{input});
  // Its title, the file read again and the page changed as a load would: the
  // lists that show titles (the site map's) change too.
  const size_t title = text.find("title:");
  REQUIRE(title != std::string::npos);
  example.files().add(path, text.substr(0, title) + "title: Tiêu đề khác\n" + text.substr(text.find('\n', title) + 1));
  FileError error;
  REQUIRE(static_cast<const FileSystem&>(*kept->files).read(path, &error));
  post->fm.title = "Tiêu đề khác";
  const auto changed = kept->hashes->rehash({input}, pool);
  CHECK(std::find(changed.begin(), changed.end(), input) != changed.end());
  CHECK(std::find(changed.begin(), changed.end(), "list:pages") != changed.end());
  for (const auto& c : changed) CHECK((c == input || c.rfind("list:", 0) == 0));
}

TEST_CASE("page bodies: a search index with fewer files put in the plan removes the files it no longer has",
          "[site][serve]") {
  test::ExampleSite example;
  ThreadPool pool(2);
  auto kept = build(example, pool);
  auto index = site::build_search_index(*kept->site, &pool);
  REQUIRE(index->files.size() > 2);
  // The same index without its last file (as after an edit that empties a shard).
  auto smaller = std::make_shared<search::IndexFiles>(*index);
  const std::string gone = std::prev(smaller->files.end())->first;
  smaller->files.erase(std::prev(smaller->files.end()));
  REQUIRE(site::replace_search_index(kept->plan, smaller));
  const site::ChangeSet change = apply(*kept, {"list:search"}, pool);
  CHECK(change.removed == std::vector<std::string>{std::string(site::kSearchIndexDir) + gone});
  CHECK(kept->bytes.count(std::string(site::kSearchIndexDir) + gone) == 0);
  CHECK(kept->states.size() == kept->plan.outputs.size());
  // And back: the file is planned and written again.
  REQUIRE(site::replace_search_index(kept->plan, index));
  const site::ChangeSet back = apply(*kept, {"list:search"}, pool);
  CHECK(std::binary_search(back.written.begin(), back.written.end(), std::string(site::kSearchIndexDir) + gone));
  CHECK(kept->states.size() == kept->plan.outputs.size());
}
