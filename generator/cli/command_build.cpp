#include "cli/command_build.hpp"

#include <cstdarg>
#include <cstdio>
#include <iostream>

#include "config/base_url.hpp"
#include "core/file_system.hpp"
#include "core/message_catalog.hpp"
#include "core/thread_pool.hpp"
#include "plugin/option_parser.hpp"
#include "plugin/plugin.hpp"
#include "site/build.hpp"

namespace wt::cli {
namespace {

/// printf into a string of any length: the English line, then localized.
[[gnu::format(printf, 1, 2)]] std::string format_line(const char* format, ...) {
  va_list args, again;
  va_start(args, format);
  va_copy(again, args);
  const int n = std::vsnprintf(nullptr, 0, format, args);
  va_end(args);
  std::string out(n > 0 ? static_cast<size_t>(n) : 0, '\0');
  if (n > 0) std::vsnprintf(out.data(), out.size() + 1, format, again);
  va_end(again);
  return out;
}

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

/// "check finds 3 requirements missing (a, b, c): ..." (the ids, at most
/// five), or "" when nothing is missing or stale.
std::string compliance_summary(const site::BuildReport& report) {
  const auto& missing = report.missing_requirements;
  const auto& stale = report.stale_requirements;
  if (missing.empty() && stale.empty()) return "";
  auto ids = [](const std::vector<std::string>& list) {
    std::string out;
    for (size_t i = 0; i < list.size() && i < 5; ++i) out += (i ? ", " : "") + list[i];
    if (list.size() > 5) out += ", ...";
    return out;
  };
  auto count = [](size_t n) { return std::to_string(n) + (n == 1 ? " requirement" : " requirements"); };
  std::string line = "check finds ";
  if (!missing.empty()) line += count(missing.size()) + " missing (" + ids(missing) + ")";
  if (!missing.empty() && !stale.empty()) line += " and ";
  if (!stale.empty()) line += count(stale.size()) + " out of date (" + ids(stale) + ")";
  return line + ": run 'webtruong check' for what each needs";
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
    std::string line = "build failed with " + std::to_string(n) + (n == 1 ? " error" : " errors");
    if (report.output_partly_changed)
      line += "; the output was partly changed, and the next build completes it from its journal";
    else if (report.previous_output_moved_to.empty())
      line += "; the previous output was left as it was";
    else
      line += "; the previous output could not be put back and is in " + report.previous_output_moved_to.string();
    std::cerr << "webtruong: " << localized("cli.build", line) << "\n";
    return 1;
  }
  if (timings)
    for (const auto& [name, secs] : report.phases) {
      // Phase names padded by code points, so that Vietnamese ones line up too.
      std::string shown = localized("cli.timings", name);
      size_t columns = 0;
      for (unsigned char c : shown) columns += (c & 0xC0) != 0x80;
      if (columns < 18) shown += std::string(18 - columns, ' ');
      std::fprintf(stderr, "webtruong: %s %7.3f s\n", shown.c_str(), secs);
    }
  if (!quiet) {
    if (report.cache_refused) {
      std::cerr << "webtruong: "
                << localized("cli.build", "the cache of the earlier build was not used (" + report.full_reason +
                                              "): full build")
                << "\n";
    }
    std::string line =
        report.incremental
            ? format_line("rebuilt %zu pages (%zu files written, %zu removed, %zu unchanged) in %.2f s into %s",
                          report.pages, report.files, report.removed, report.unchanged, report.seconds,
                          report.out_dir.c_str())
            : format_line("built %zu pages (%zu files) in %.2f s into %s", report.pages, report.files, report.seconds,
                          report.out_dir.c_str());
    std::cerr << "webtruong: " << localized("cli.build", line) << "\n";
    if (report.drafts_skipped + report.review_skipped + report.future_skipped + report.expired_skipped > 0) {
      std::cerr << "webtruong: "
                << localized("cli.build", format_line("left out %zu drafts, %zu waiting for review, %zu scheduled and "
                                                      "%zu expired pages",
                                                      report.drafts_skipped, report.review_skipped,
                                                      report.future_skipped, report.expired_skipped))
                << "\n";
    }
    const std::string summary = compliance_summary(report);
    if (!summary.empty()) std::cerr << "webtruong: " << localized("cli.build", summary) << "\n";
  }
  return 0;
}

}  // namespace wt::cli
