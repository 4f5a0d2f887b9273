#include "cli/command_check.hpp"

#include <cstdlib>
#include <ctime>
#include <iostream>

#include "core/file_system.hpp"
#include "core/thread_pool.hpp"
#include "plugin/option_parser.hpp"
#include "site/load_site.hpp"

namespace fs = std::filesystem;

namespace wt::cli {
namespace {

const plugin::OptionParser& parser() {
  static const plugin::OptionParser p(
      "check", "[DIR] [--format text|json] [--strict]",
      "Checks the site in DIR (default: the current folder) against its rule sets\n"
      "(site.yaml 'rules', default tt37-2020, and tt09-2024 for schools): every\n"
      "requirement is ok, missing, stale or not applicable, with the file or page\n"
      "that satisfies it; then the posting frequency of the school year and the\n"
      "projected score on the rubric (site.yaml 'rubric'), and the pages waiting for\n"
      "review (status: review), oldest first. Writes nothing.",
      {{"--format", "", "text|json", "how to print the report (default text)"},
       {"--strict", "", "", "treat warnings as errors (a published page without approved_by when "
                            "site.yaml says approval: required, ...)"}});
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
  ThreadPool pool(default_jobs());
  site::LoadRequest request;
  request.site_dir = dir;
  request.purpose = site::LoadPurpose::Check;
  auto site = site::load_site(request, real_file_system(), pool, sink);
  sink.print(std::cerr);
  if (!site->compliance) return 1;
  const compliance::Report* report = &*site->compliance;
  if (format == "json") std::cout << compliance::to_json(*report).dump(2) << "\n";
  else std::cout << compliance::format_text(*report);
  bool complete = report->count(compliance::Status::Missing) == 0 && report->count(compliance::Status::Stale) == 0;
  const bool warned = opts->has("--strict") && sink.warning_count() > 0;
  return sink.has_errors() || warned || !complete ? 1 : 0;
}

}  // namespace wt::cli
