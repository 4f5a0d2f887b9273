// render_output: one output of site.example rendered alone, from a freshly
// loaded site and its plan, nothing else rendered, has the bytes the full
// build writes for it; rendering it again, or others first, changes nothing.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <sstream>

#include "core/file_system.hpp"
#include "core/thread_pool.hpp"
#include "output/output_writer.hpp"
#include "site/build.hpp"
#include "site/render_output.hpp"
#include "site/validate.hpp"

namespace fs = std::filesystem;
using namespace wt;

namespace {

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

TEST_CASE("site::render_output renders any one output of site.example alone, as the full build writes it",
          "[site][render]") {
  const site::BuildOptions opt = example_options();
  ThreadPool pool(2);
  DiagnosticSink build_sink;
  output::MemoryWriter full;
  REQUIRE(site::build_site_to(opt, real_file_system(), pool, full, build_sink, nullptr));
  const auto written = full.files();

  DiagnosticSink sink;
  auto loaded = site::load_site(site::load_request(opt), real_file_system(), pool, sink);
  REQUIRE(loaded->config_ok);
  site::validate_site(*loaded, false, sink);
  site::BuildPlan plan;
  REQUIRE(site::plan_build(*loaded, plan, sink));
  INFO(printed(sink));
  REQUIRE_FALSE(sink.has_errors());
  CHECK(plan.outputs.size() == written.size());

  // The first output of each kind, rendered alone: no other output has
  // been rendered from this loaded site.
  std::map<site::OutputKind, const site::PlannedOutput*> first;
  for (const auto& o : plan.outputs) first.emplace(o.kind, &o);
  CHECK(first.size() == 16);  // site.example has every kind of output
  for (const auto& [kind, o] : first) {
    INFO(site::kind_name(kind) << " " << o->rel);
    auto bytes = site::render_output(*loaded, *o, sink);
    REQUIRE(bytes);
    REQUIRE(written.count(o->rel));
    CHECK(*bytes == written.at(o->rel));
  }

  // Every output, last planned first, and one of them twice: the same bytes.
  for (auto it = plan.outputs.rbegin(); it != plan.outputs.rend(); ++it) {
    INFO(it->rel);
    auto bytes = site::render_output(*loaded, *it, sink);
    REQUIRE(bytes);
    CHECK(*bytes == written.at(it->rel));
  }
  const site::PlannedOutput* home = plan.find("index.html");
  REQUIRE(home);
  CHECK(*site::render_output(*loaded, *home, sink) == written.at("index.html"));
  CHECK_FALSE(sink.has_errors());
}
