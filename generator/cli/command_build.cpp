#include "cli/command_build.hpp"

#include <cctype>
#include <cstdio>
#include <iostream>

#include "site/build.hpp"

namespace wt::cli {
namespace {

const char* kUsage =
    "usage: webtruong build [DIR] [-o OUT] [--drafts] [--future] [--strict] [--base-url URL] [-j N]\n\n"
    "Builds the site in DIR (default: the current folder) into OUT (default: DIR/public).\n"
    "The new site replaces OUT only when the build has no error.\n\n"
    "  -o, --output OUT   where to write the site\n"
    "  --drafts           include pages marked 'draft: true'\n"
    "  --future           include pages whose publish date has not come yet\n"
    "  --strict           treat warnings as errors\n"
    "  --base-url URL     use URL instead of base_url from site.yaml\n"
    "  -j, --jobs N       threads to use (default: one per core)\n"
    "  -q, --quiet        print nothing but diagnostics\n"
    "  --timings          print the time each phase of the build took\n";

int usage_error(const std::string& msg) {
  std::cerr << "webtruong build: " << msg << "\n\n" << kUsage;
  return 2;
}

}  // namespace

int command_build(const std::vector<std::string>& args) {
  site::BuildOptions opt;
  bool have_dir = false, quiet = false, timings = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= args.size()) return false;
      out = args[++i];
      return true;
    };
    std::string v;
    if (a.size() > 2 && a.rfind("-j", 0) == 0 && std::isdigit(static_cast<unsigned char>(a[2]))) {
      try {
        opt.jobs = std::stoi(a.substr(2));
      } catch (...) {
        return usage_error("'-j' needs a number, not '" + a.substr(2) + "'");
      }
      if (opt.jobs < 1 || opt.jobs > 256) return usage_error("'-j' should be between 1 and 256");
    } else if (a == "-h" || a == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (a == "-o" || a == "--output") {
      if (!value(v)) return usage_error("'" + a + "' needs a folder");
      opt.out_dir = v;
    } else if (a == "--drafts") opt.drafts = true;
    else if (a == "--future") opt.future = true;
    else if (a == "--strict") opt.strict = true;
    else if (a == "-q" || a == "--quiet") quiet = true;
    else if (a == "--timings") timings = true;
    else if (a == "--base-url") {
      if (!value(v)) return usage_error("'--base-url' needs a URL");
      if (v.rfind("http://", 0) != 0 && v.rfind("https://", 0) != 0)
        return usage_error("'--base-url' should start with http:// or https://");
      opt.base_url = v;
    } else if (a == "-j" || a == "--jobs") {
      if (!value(v)) return usage_error("'" + a + "' needs a number");
      try {
        opt.jobs = std::stoi(v);
      } catch (...) {
        return usage_error("'" + a + "' needs a number, not '" + v + "'");
      }
      if (opt.jobs < 1 || opt.jobs > 256) return usage_error("'" + a + "' should be between 1 and 256");
    } else if (!a.empty() && a[0] == '-') {
      return usage_error("unknown option '" + a + "'");
    } else if (!have_dir) {
      opt.site_dir = a;
      have_dir = true;
    } else {
      return usage_error("only one site folder can be built at a time");
    }
  }
  DiagnosticSink sink;
  site::BuildReport report;
  bool ok = site::build_site(opt, sink, &report);
  sink.print(std::cerr);
  if (!ok) {
    size_t n = sink.error_count();
    if (opt.strict && n == 0) n = sink.warning_count();
    std::cerr << "webtruong: build failed with " << n << (n == 1 ? " error" : " errors")
              << "; the previous output was left as it was\n";
    return 1;
  }
  if (timings)
    for (const auto& [name, secs] : report.phases) std::fprintf(stderr, "webtruong: %-18s %7.3f s\n", name.c_str(), secs);
  if (!quiet) {
    std::fprintf(stderr, "webtruong: built %zu pages (%zu files) in %.2f s into %s\n", report.pages, report.files,
                 report.seconds, report.out_dir.c_str());
    if (report.drafts_skipped + report.future_skipped + report.expired_skipped > 0)
      std::fprintf(stderr, "webtruong: left out %zu drafts, %zu scheduled and %zu expired pages\n",
                   report.drafts_skipped, report.future_skipped, report.expired_skipped);
  }
  return 0;
}

}  // namespace wt::cli
