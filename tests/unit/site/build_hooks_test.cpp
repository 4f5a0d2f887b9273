// A plugin follows a build through its hooks (plugin/build_events.hpp) with
// nothing of the generator but the plugin API: it sees the loaded site,
// every output rendered (and may change its bytes), and adds files of its
// own at the end, written with the rest; a file that would leave the output
// or replace one of the build's fails the build.
#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <mutex>
#include <sstream>

#include "core/file_system.hpp"
#include "core/thread_pool.hpp"
#include "output/output_writer.hpp"
#include "plugin/plugin.hpp"
#include "site/build.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

// What a search plugin would do: collect page titles, add an index.
class IndexPlugin final : public plugin::Plugin {
 public:
  std::string name() const override { return "index"; }
  std::string summary() const override { return "collects the pages"; }
  void on_content_loaded(const plugin::LoadedSiteInfo& site) override { loaded = site; ++loads; }
  void on_page_rendered(const plugin::RenderedOutput& out, std::string& bytes) override {
    std::lock_guard<std::mutex> lock(mutex);
    ++rendered;
    if (out.kind == "page") pages.push_back(out.url + " " + out.title);
    if (out.rel == "index.html") bytes += "<!-- index -->";
  }
  void on_build_finished(plugin::FinishedBuild& build) override {
    outputs = build.outputs();
    for (const auto& [rel, bytes] : extra) results.push_back(build.add_output(rel, bytes));
  }

  plugin::LoadedSiteInfo loaded;
  int loads = 0;
  std::mutex mutex;
  size_t rendered = 0;
  std::vector<std::string> pages, outputs;
  std::vector<std::pair<std::string, std::string>> extra;
  std::vector<bool> results;
};

site::BuildOptions example_options() {
  site::BuildOptions opt;
  opt.site_dir = fs::path(WT_SOURCE_DIR) / "site.example";
  opt.theme_dirs = {fs::path(WT_SOURCE_DIR) / "themes"};
  opt.now = 1795000000;  // 18/11/2026
  return opt;
}

std::string printed(const DiagnosticSink& sink) {
  std::ostringstream out;
  sink.print(out);
  return out.str();
}

}  // namespace

TEST_CASE("build hooks: a plugin sees the site and each output, and adds files of its own", "[site][plugin]") {
  ThreadPool pool(2);
  IndexPlugin plugin;
  plugin.extra = {{"tim-kiem/chi-muc.json", "{\"pages\": []}"}};
  site::BuildOptions opt = example_options();
  opt.plugins = {&plugin};
  output::MemoryWriter writer;
  DiagnosticSink sink;
  const bool ok = site::build_site_to(opt, real_file_system(), pool, writer, sink, nullptr);
  INFO(printed(sink));
  REQUIRE(ok);
  CHECK(plugin.loads == 1);
  CHECK(plugin.loaded.name.find("Trường") == 0);
  CHECK(plugin.loaded.base_path == "/");
  CHECK(plugin.loaded.pages > 10);
  CHECK(plugin.results == std::vector<bool>{true});
  const auto files = writer.files();
  CHECK(files.at("tim-kiem/chi-muc.json") == "{\"pages\": []}");
  const std::string& home = files.at("index.html");
  CHECK(home.size() > 14);
  CHECK(home.compare(home.size() - 14, 14, "<!-- index -->") == 0);
  // Every output but the static copies was rendered once; pages carry
  // their address and title.
  CHECK(plugin.outputs.size() == files.size() - 1);
  CHECK(plugin.rendered > plugin.pages.size());
  CHECK(plugin.rendered < plugin.outputs.size());
  CHECK(plugin.pages.size() >= plugin.loaded.pages / 2);
  for (const auto& p : plugin.pages) CHECK(p.size() > 3);
  CHECK(std::is_sorted(plugin.outputs.begin(), plugin.outputs.end()));
}

TEST_CASE("build hooks: a plugin's file may not leave the output or replace the build's", "[site][plugin]") {
  for (const std::string rel : {"../ngoai.txt", "/etc/ngoai.txt", "a/../../ngoai.txt", "index.html", "thu-muc/", "",
                                 ".webtruong/cache", ".webtruong-output"}) {
    DYNAMIC_SECTION("'" << rel << "'") {
      ThreadPool pool(1);
      IndexPlugin plugin;
      plugin.extra = {{rel, "x"}};
      site::BuildOptions opt = example_options();
      opt.plugins = {&plugin};
      output::MemoryWriter writer;
      DiagnosticSink sink;
      CHECK_FALSE(site::build_site_to(opt, real_file_system(), pool, writer, sink, nullptr));
      CHECK(plugin.results == std::vector<bool>{false});
      const std::string why = rel == "index.html"           ? "is already written by the build"
                              : rel.rfind(".webtruong", 0) == 0 ? "is where Webtruong keeps its own files"
                                                                : "is not a file path inside the output folder";
      CHECK(printed(sink).find("plugin index: error: the file '" + rel + "' it adds " + why) != std::string::npos);
    }
  }
}
