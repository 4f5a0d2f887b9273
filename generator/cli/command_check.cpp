#include "cli/command_check.hpp"

#include <cstdlib>
#include <ctime>
#include <iostream>

#include "config/site_config.hpp"
#include "core/installed.hpp"
#include "content/content_tree.hpp"
#include "core/parallel.hpp"
#include "data/data_set.hpp"
#include "site/site_check.hpp"

namespace fs = std::filesystem;

namespace wt::cli {
namespace {

const char* kUsage =
    "usage: webtruong check [DIR] [--format text|json]\n\n"
    "Checks the site in DIR (default: the current folder) against its rule sets\n"
    "(site.yaml 'rules', default tt37-2020, and tt09-2024 for schools): every\n"
    "requirement is ok, missing, stale or not applicable, with the file or page\n"
    "that satisfies it; then the posting frequency of the school year and the\n"
    "projected score on the rubric (site.yaml 'rubric'). Writes nothing.\n\n"
    "  --format text|json   how to print the report (default text)\n";


}  // namespace

int command_check(const std::vector<std::string>& args) {
  fs::path dir = ".";
  std::string format = "text";
  bool have_dir = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (a == "--format") {
      if (i + 1 >= args.size()) {
        std::cerr << "webtruong check: '--format' needs text or json\n\n" << kUsage;
        return 2;
      }
      format = args[++i];
      if (format != "text" && format != "json") {
        std::cerr << "webtruong check: '--format' should be text or json, not '" << format << "'\n";
        return 2;
      }
    } else if (!a.empty() && a[0] == '-') {
      std::cerr << "webtruong check: unknown option '" << a << "'\n\n" << kUsage;
      return 2;
    } else if (!have_dir) {
      dir = a;
      have_dir = true;
    } else {
      std::cerr << "webtruong check: only one site folder can be checked at a time\n";
      return 2;
    }
  }
  DiagnosticSink sink;
  auto cfg = config::load_site_config(dir, sink);
  if (!cfg) {
    sink.print(std::cerr);
    return 1;
  }
  int64_t now = now_seconds();
  content::LoadOptions lo;
  lo.site_dir = dir;
  lo.now = now;
  lo.jobs = default_jobs();
  auto tree = content::load_content(lo, *cfg, sink);
  fs::path schemas = site::find_schemas_dir();
  auto data = data::load_data(dir, schemas, sink);
  auto report = site::check_loaded_site(*cfg, *tree, &data, schemas, now, sink);
  sink.print(std::cerr);
  if (!report) return 1;
  if (format == "json") std::cout << compliance::to_json(*report).dump(2) << "\n";
  else std::cout << compliance::format_text(*report);
  bool complete = report->count(compliance::Status::Missing) == 0 && report->count(compliance::Status::Stale) == 0;
  return sink.has_errors() || !complete ? 1 : 0;
}

}  // namespace wt::cli
