#include "cli/command_check.hpp"

#include <cstdlib>
#include <ctime>
#include <iostream>

#include "config/site_config.hpp"
#include "core/clock.hpp"
#include "content/content_tree.hpp"
#include "core/parallel.hpp"
#include "data/data_set.hpp"
#include "plugin/option_parser.hpp"
#include "site/site_check.hpp"

namespace fs = std::filesystem;

namespace wt::cli {
namespace {

const plugin::OptionParser& parser() {
  static const plugin::OptionParser p(
      "check", "[DIR] [--format text|json]",
      "Checks the site in DIR (default: the current folder) against its rule sets\n"
      "(site.yaml 'rules', default tt37-2020, and tt09-2024 for schools): every\n"
      "requirement is ok, missing, stale or not applicable, with the file or page\n"
      "that satisfies it; then the posting frequency of the school year and the\n"
      "projected score on the rubric (site.yaml 'rubric'). Writes nothing.",
      {{"--format", "", "text|json", "how to print the report (default text)"}});
  return p;
}

}  // namespace

int command_check(const std::vector<std::string>& args) {
  const auto& p = parser();
  std::string error;
  auto opts = p.parse(args, &error);
  if (!opts) return p.usage_error(error);
  if (opts->help) {
    std::cout << p.usage();
    return 0;
  }
  if (opts->positional.size() > 1) return p.usage_error("only one site folder can be checked at a time");
  fs::path dir = opts->positional.empty() ? fs::path(".") : fs::path(opts->positional[0]);
  std::string format = opts->get("--format", "text");
  if (format != "text" && format != "json")
    return p.usage_error("'--format' should be text or json, not '" + format + "'");
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
