// `check` on copies of site.example that each miss one requirement, and
// `build --strict` failing on what check reports.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>

#include "config/site_config.hpp"
#include "content/content_tree.hpp"
#include "core/date.hpp"
#include "core/file_io.hpp"
#include "data/data_set.hpp"
#include "output/output_writer.hpp"
#include "core/file_system.hpp"
#include "core/thread_pool.hpp"
#include "site/build.hpp"
#include "site/site_check.hpp"
#include "support/temp_site.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

const int64_t kNow = parse_date("2026-11-24T10:00:00+07:00")->epoch();

struct SiteCopy {
  fs::path dir;
  explicit SiteCopy(const std::string& name) {
    dir = wt::test::make_temp_dir("wt-check-" + name);
    fs::copy(fs::path(WT_SOURCE_DIR) / "site.example", dir, fs::copy_options::recursive);
    fs::remove_all(dir / "public");
  }
  ~SiteCopy() { fs::remove_all(dir); }
  void replace(const std::string& rel, const std::string& from, const std::string& to) const {
    std::string text = *read_file(dir / rel);
    size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    std::ofstream(dir / rel, std::ios::binary) << text;
  }
};

compliance::Report check_dir(const fs::path& dir) {
  DiagnosticSink sink;
  auto cfg = config::load_site_config(dir, sink);
  REQUIRE(cfg);
  content::LoadOptions lo;
  lo.site_dir = dir;
  lo.now = kNow;
  auto tree = content::load_content(lo, *cfg, sink);
  fs::path schemas = fs::path(WT_SOURCE_DIR) / "schemas";
  auto data = data::load_data(dir, schemas, sink);
  auto report = site::check_loaded_site(*cfg, *tree, &data, schemas, kNow, sink);
  std::ostringstream diags;
  sink.print(diags);
  INFO(diags.str());
  REQUIRE(sink.error_count() == 0);
  REQUIRE(report);
  return *report;
}

const compliance::Result& result(const compliance::Report& r, const std::string& id) {
  for (const auto& x : r.results)
    if (x.id == id) return x;
  FAIL("no requirement " << id);
  return r.results.front();
}

}  // namespace

TEST_CASE("site::check_loaded_site finds site.example complete", "[site][check]") {
  SiteCopy site("complete");
  auto report = check_dir(site.dir);
  CHECK(report.count(compliance::Status::Missing) == 0);
  CHECK(report.count(compliance::Status::Stale) == 0);
  CHECK(report.count(compliance::Status::Ok) >= 30);
  CHECK(result(report, "legal_docs").urls == std::vector<std::string>{"/van-ban/"});
  CHECK(result(report, "disc_finance").evidence == "data/cong-khai/2026-2027.yaml");
}

TEST_CASE("site::check_loaded_site reports each requirement missing in turn", "[site][check]") {
  struct Case {
    const char* id;
    const char* status;
    std::function<void(const SiteCopy&)> mutate;
  };
  const Case cases[] = {
      {"news", "missing", [](const SiteCopy& s) { fs::remove_all(s.dir / "content" / "tin-tuc"); }},
      {"legal_docs", "missing",
       [](const SiteCopy& s) {
         fs::remove(s.dir / "data" / "van-ban.yaml");
         fs::remove_all(s.dir / "content" / "van-ban");
       }},
      {"leaders", "missing",
       [](const SiteCopy& s) {
         fs::remove(s.dir / "data" / "to-chuc.yaml");
         fs::remove(s.dir / "content" / "gioi-thieu" / "ban-giam-hieu.md");
         s.replace("site.yaml", "        - name: \"Ban giám hiệu\"\n          page: \"@/gioi-thieu/ban-giam-hieu.md\"\n", "");
       }},
      {"contact", "missing", [](const SiteCopy& s) { s.replace("site.yaml", "email: \"c2nguyendu@vinhphuc.edu.vn\"\n", ""); }},
      {"disc_general", "stale", [](const SiteCopy& s) { fs::remove(s.dir / "data" / "cong-khai" / "2026-2027.yaml"); }},
      {"disclosure_section", "missing",
       [](const SiteCopy& s) {
         fs::remove_all(s.dir / "data" / "cong-khai");
         fs::remove_all(s.dir / "content" / "cong-khai");
       }},
      {"a11y_basic", "missing",
       [](const SiteCopy& s) { std::ofstream(s.dir / "content" / "tin-tuc" / "anh.md") << "---\ntitle: Ảnh\ndate: 2026-10-01\n---\n![](anh.png)\n"; }},
  };
  for (const auto& c : cases) {
    SiteCopy site(c.id);
    c.mutate(site);
    auto report = check_dir(site.dir);
    INFO("requirement " << c.id);
    const auto& r = result(report, c.id);
    CHECK(compliance::status_name(r.status) == std::string(c.status));
    CHECK_FALSE(r.note.empty());
  }
}

TEST_CASE("site::build_site --strict fails on what check reports", "[site][check]") {
  SiteCopy site("strict");
  site.replace("site.yaml", "email: \"c2nguyendu@vinhphuc.edu.vn\"\n", "");
  site::BuildOptions opt;
  opt.site_dir = site.dir;
  opt.now = kNow;
  ThreadPool pool(2);
  opt.theme_dirs = {fs::path(WT_SOURCE_DIR) / "themes"};
  output::MemoryWriter plain;
  DiagnosticSink ok_sink;
  CHECK(site::build_site_to(opt, real_file_system(), pool, plain, ok_sink, nullptr));
  CHECK(plain.files().count("compliance.json") == 1);
  opt.strict = true;
  output::MemoryWriter strict;
  DiagnosticSink sink;
  CHECK_FALSE(site::build_site_to(opt, real_file_system(), pool, strict, sink, nullptr));
  std::ostringstream out;
  sink.print(out);
  CHECK(out.str().find("site.yaml: error: requirement 'contact' (Thông tin liên hệ / giao dịch) is missing: site.yaml has no email\n") !=
        std::string::npos);
}
