#include <catch2/catch.hpp>

#include <sstream>

#include "core/file_system.hpp"
#include "core/thread_pool.hpp"
#include "site/build.hpp"
#include "site/build_plan.hpp"
#include "site/search_outputs.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

std::unique_ptr<site::LoadedSite> load_fixture(const std::string& name, ThreadPool& pool, DiagnosticSink& sink) {
  site::BuildOptions opt;
  opt.site_dir = fs::path(WT_TEST_FIXTURES) / "sites" / name;
  opt.now = 1767225600;  // 2026-01-01
  opt.theme_dirs = {fs::path(WT_SOURCE_DIR) / "themes"};
  auto site = site::load_site(site::load_request(opt), real_file_system(), pool, sink);
  REQUIRE(site->config_ok);
  return site;
}

std::vector<std::string> urls(const std::vector<search::Document>& docs) {
  std::vector<std::string> out;
  for (const auto& d : docs) out.push_back(d.url);
  return out;
}

}  // namespace

TEST_CASE("site::search_documents: standing pages first, then dated pages newest first", "[site][search]") {
  ThreadPool pool(2);
  DiagnosticSink sink;
  auto site = load_fixture("search", pool, sink);
  const auto docs = site::search_documents(*site);
  CHECK(urls(docs) == std::vector<std::string>{"/", "/gioi-thieu/", "/tin-tuc/", "/tin-tuc/khoa-hoc/", "/tin-tuc/tuyen-sinh/",
                                               "/tin-tuc/rai-rac/", "/tin-tuc/tkb-moi/", "/tin-tuc/tkb-cu/", "/tin-tuc/doan/",
                                               "/tin-tuc/du-doan/", "/tin-tuc/lop-6a1/", "/tin-tuc/ky-tu/"});
  const search::Document& tkb = docs[6];
  CHECK(tkb.title == "Thời khóa biểu học kỳ II");
  CHECK(tkb.date == "10/01/2025");
  CHECK(tkb.section == "Tin tức");
  CHECK(tkb.text == "Nhà trường công bố lịch học mới, áp dụng từ tuần 20.");
  CHECK(tkb.excerpt == tkb.text);
  CHECK(docs[1].section.empty());  // a top section has no section above it
  CHECK(docs[11].title == "Dấu <b> & \"ngoặc\" trong tiêu đề");  // plain text, as written
}

TEST_CASE("site::search_documents: addresses under the site's base path", "[site][search]") {
  ThreadPool pool(2);
  DiagnosticSink sink;
  auto site = load_fixture("subpath", pool, sink);
  for (const auto& d : site::search_documents(*site)) {
    INFO(d.url);
    CHECK(d.url.rfind("/thcs-le-loi/", 0) == 0);
  }
}

TEST_CASE("site::plan_build: the results page and every file of the index, which depend on every page", "[site][search]") {
  ThreadPool pool(2);
  DiagnosticSink sink;
  auto site = load_fixture("search", pool, sink);
  site::BuildPlan plan;
  REQUIRE(site::plan_build(*site, plan, sink, site::build_search_index(*site, &pool)));
  const site::PlannedOutput* page = plan.find("tim-kiem/index.html");
  REQUIRE(page);
  CHECK(page->kind == site::OutputKind::SearchPage);
  const site::PlannedOutput* manifest = plan.find("search/manifest.json");
  REQUIRE(manifest);
  CHECK(manifest->kind == site::OutputKind::SearchIndex);
  CHECK(plan.find("search/d/0.json"));
  CHECK(plan.find("search/w/0.json"));
  CHECK(plan.find("search/p/0.json"));
  for (const char* input : {"file:content/tin-tuc/tkb-moi.md", "file:content/gioi-thieu/_index.md", "list:pages",
                            "config:base_url", "config:timezone"}) {
    INFO(input);
    CHECK(plan.depends_on(*manifest, input));  // through list:search, the one input it names
  }
  CHECK(manifest->inputs == std::vector<std::string>{"list:search"});
  CHECK_FALSE(plan.depends_on(*manifest, "config:name"));
}

TEST_CASE("site::build_search_index reads each page's text as it indexes it, to the same bytes as from whole documents", "[site][search]") {
  ThreadPool pool(2);
  DiagnosticSink sink;
  auto site = load_fixture("search", pool, sink);
  const auto docs = site::search_documents(*site);
  std::size_t with_text = 0;
  for (const auto& d : docs) with_text += !d.text.empty();
  REQUIRE(with_text > 5);  // the comparison below is about something
  const search::IndexFiles whole = search::build_index(docs, {}, nullptr);
  CHECK(site::build_search_index(*site, nullptr)->files == whole.files);
  CHECK(site::build_search_index(*site, &pool)->files == whole.files);
}
