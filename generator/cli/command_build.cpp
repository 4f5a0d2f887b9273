#include "cli/command_build.hpp"

#include <cstdio>
#include <iostream>

#include "config/base_url.hpp"
#include "core/file_system.hpp"
#include "core/thread_pool.hpp"
#include "plugin/option_parser.hpp"
#include "plugin/plugin.hpp"
#include "site/build.hpp"

namespace wt::cli {
namespace {

const plugin::OptionParser& parser() {
  static const plugin::OptionParser p(
      "build", "[DIR] [options]",
      "Builds the site in DIR (default: the current folder) into OUT (default: DIR/public).\n"
      "The new site replaces OUT only when the build has no error. When OUT holds the cache of\n"
      "an earlier build (OUT/.webtruong/), only the pages whose inputs changed are rendered and\n"
      "only the files that changed are replaced; --full builds everything anew.",
      {{"--output", "-o", "OUT", "where to write the site"},
       {"--drafts", "", "", "include drafts and pages waiting for review (status: draft, review), marked as such"},
       {"--future", "", "", "include pages whose publish date has not come yet"},
       {"--strict", "", "", "treat warnings as errors"},
       {"--base-url", "", "URL", "use URL instead of base_url from site.yaml (may be a folder: https://host/truong/)"},
       {"--full", "", "", "ignore the cache of the earlier build: render and write every page"},
       {"--jobs", "-j", "N", "threads to use for every phase (default: one per core)"},
       {"--quiet", "-q", "", "print nothing but diagnostics"},
       {"--timings", "", "", "print the time each phase of the build took"}});
  return p;
}

}  // namespace

int command_build(const std::vector<std::string>& args) {
  const auto& p = parser();
  std::string error;
  auto opts = p.parse(args, &error);
  if (!opts) return p.usage_error(error);
  if (opts->help) {
    std::cout << p.usage();
    return 0;
  }
  if (opts->positional.size() > 1) return p.usage_error("only one site folder can be built at a time");
  site::BuildOptions opt;
  if (!opts->positional.empty()) opt.site_dir = opts->positional[0];
  if (opts->has("--output")) opt.out_dir = opts->get("--output");
  opt.drafts = opts->has("--drafts");
  opt.future = opts->has("--future");
  opt.strict = opts->has("--strict");
  opt.full = opts->has("--full");
  const bool quiet = opts->has("--quiet"), timings = opts->has("--timings");
  if (opts->has("--base-url")) {
    std::string why;
    auto url = config::normalize_base_url(opts->get("--base-url"), &why);
    if (!url) return p.usage_error("'--base-url' " + why);
    opt.base_url = *url;
  }
  long jobs = 0;
  if (!opts->number("--jobs", 1, 256, &jobs, &error)) return p.usage_error(error);
  // The one pool of the process: every phase of the build runs on it.
  ThreadPool pool(jobs > 0 ? static_cast<int>(jobs) : default_jobs());
  auto plugins = plugin::installed_plugins();
  for (const auto& pl : plugins) opt.plugins.push_back(pl.get());
  DiagnosticSink sink;
  site::BuildReport report;
  bool ok = site::build_site(opt, real_file_system(), pool, sink, &report);
  sink.print(std::cerr);
  if (!ok) {
    size_t n = sink.error_count();
    if (opt.strict && n == 0) n = sink.warning_count();
    // Said only when true: a failed commit may have left the previous output aside.
    std::cerr << "webtruong: build failed with " << n << (n == 1 ? " error" : " errors");
    if (report.output_partly_changed)
      std::cerr << "; the output was partly changed, and the next build completes it from its journal\n";
    else if (report.previous_output_moved_to.empty())
      std::cerr << "; the previous output was left as it was\n";
    else
      std::cerr << "; the previous output could not be put back and is in " << report.previous_output_moved_to.string()
                << "\n";
    return 1;
  }
  if (timings)
    for (const auto& [name, secs] : report.phases) std::fprintf(stderr, "webtruong: %-18s %7.3f s\n", name.c_str(), secs);
  if (!quiet) {
    if (report.cache_refused)
      std::fprintf(stderr, "webtruong: the cache of the earlier build was not used (%s): full build\n",
                   report.full_reason.c_str());
    if (report.incremental)
      std::fprintf(stderr,
                   "webtruong: rebuilt %zu pages (%zu files written, %zu removed, %zu unchanged) in %.2f s into %s\n",
                   report.pages, report.files, report.removed, report.unchanged, report.seconds,
                   report.out_dir.c_str());
    else
      std::fprintf(stderr, "webtruong: built %zu pages (%zu files) in %.2f s into %s\n", report.pages, report.files,
                   report.seconds, report.out_dir.c_str());
    if (report.drafts_skipped + report.review_skipped + report.future_skipped + report.expired_skipped > 0)
      std::fprintf(stderr, "webtruong: left out %zu drafts, %zu waiting for review, %zu scheduled and %zu expired pages\n",
                   report.drafts_skipped, report.review_skipped, report.future_skipped, report.expired_skipped);
  }
  return 0;
}

}  // namespace wt::cli
