#include "cli/command_audit.hpp"

#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include <nlohmann/json.hpp>

#include "audit/crawl/crawler.hpp"
#include "audit/report/history.hpp"
#include "audit/report/report.hpp"
#include "compliance/rule_set.hpp"
#include "core/diagnostic.hpp"
#include "site/site_check.hpp"

namespace fs = std::filesystem;

namespace wt::cli {
namespace {

const char* kUsage =
    "usage: webtruong audit URL... [--list FILE] [--rules ID] [--rubric FILE] [--since DATE] [--until DATE]\n"
    "                       [--max-pages N] [--concurrency N] [--per-host N] [--delay MS] [--json F]\n"
    "                       [--csv F] [--html F] [--db F]\n\n"
    "Crawls each site politely (robots.txt, a delay per host, one connection per host by\n"
    "default), finds its required sections and the publication dates of its articles, and\n"
    "scores it against the rubric. Writes the audit JSON to F, or to standard output.\n\n"
    "  --list FILE        more site URLs, one a line ('#' starts a comment)\n"
    "  --rules ID         rule set of the sections reported, repeatable (default tt37-2020 and tt09-2024)\n"
    "  --rubric FILE      rubric file or id under schemas/rubrics (default vinh-phuc-2016-2017)\n"
    "  --since DATE       start of the posting window (default 5 September of this school year)\n"
    "  --until DATE       end of the posting window (default 31 May)\n"
    "  --max-pages N      HTML pages fetched per site (default 500)\n"
    "  --concurrency N    connections in all (default 8)\n"
    "  --per-host N       connections per host (default 1)\n"
    "  --delay MS         milliseconds between requests to one host (default 1000)\n"
    "  --json F           write the JSON to F instead of standard output\n"
    "  --csv F            one row per site, for spreadsheets\n"
    "  --html F           a report in Vietnamese: score sheet, sections, posts per week\n"
    "  --db F             keep the results in the SQLite database F, to follow sites across crawls\n";

int usage_error(const std::string& message) {
  std::cerr << "webtruong audit: " << message << "\n\n" << kUsage;
  return 2;
}

std::optional<long> to_number(const std::string& s, long min) {
  try {
    size_t used = 0;
    long v = std::stol(s, &used);
    if (used != s.size() || v < min) return std::nullopt;
    return v;
  } catch (...) {
    return std::nullopt;
  }
}

}  // namespace

int command_audit(const std::vector<std::string>& args) {
  std::vector<std::string> urls, rule_ids;
  std::string list, rubric_arg, json_file, csv_file, html_file, db_file;
  audit::CrawlOptions options;
  audit::AuditSetup setup;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      std::cout << kUsage;
      return 0;
    }
    if (!a.empty() && a[0] == '-') {
      static const char* kValued[] = {"--list", "--rules", "--rubric", "--since", "--until", "--max-pages",
                                      "--concurrency", "--per-host", "--delay", "--json", "--csv", "--html", "--db"};
      if (std::find(std::begin(kValued), std::end(kValued), a) == std::end(kValued))
        return usage_error("unknown option '" + a + "'");
      if (i + 1 >= args.size()) return usage_error("'" + a + "' needs a value");
      const std::string& v = args[++i];
      if (a == "--list") list = v;
      else if (a == "--rules") rule_ids.push_back(v);
      else if (a == "--rubric") rubric_arg = v;
      else if (a == "--since") setup.since = v;
      else if (a == "--until") setup.until = v;
      else if (a == "--json") json_file = v;
      else if (a == "--csv") csv_file = v;
      else if (a == "--html") html_file = v;
      else if (a == "--db") db_file = v;
      else {
        auto n = to_number(v, a == "--delay" ? 0 : 1);
        if (!n) return usage_error("'" + a + "' needs a number, not '" + v + "'");
        if (a == "--max-pages") options.max_pages = static_cast<int>(*n);
        else if (a == "--concurrency") options.concurrency = static_cast<int>(*n);
        else if (a == "--per-host") options.per_host = static_cast<int>(*n);
        else options.delay_ms = *n;
      }
    } else {
      urls.push_back(a);
    }
  }
  if (!list.empty()) {
    std::ifstream in(list);
    if (!in) {
      std::cerr << "webtruong audit: cannot read " << list << "\n";
      return 1;
    }
    std::string line;
    while (std::getline(in, line)) {
      if (auto h = line.find('#'); h != std::string::npos) line.erase(h);
      auto b = line.find_first_not_of(" \t\r"), e = line.find_last_not_of(" \t\r");
      if (b != std::string::npos) urls.push_back(line.substr(b, e - b + 1));
    }
  }
  if (urls.empty()) return usage_error("give at least one site URL (or --list FILE)");
  for (auto& u : urls)
    if (u.find("://") == std::string::npos) u = "http://" + u;

  DiagnosticSink sink;
  fs::path schemas = site::find_schemas_dir();
  if (rule_ids.empty()) rule_ids = {"tt37-2020", "tt09-2024"};
  compliance::RuleSet rules;
  for (const auto& id : rule_ids) {
    auto set = compliance::load_rule_set(schemas / "rules" / (id + ".yaml"), sink);
    if (!set) {
      sink.print(std::cerr);
      std::cerr << "webtruong audit: no rule set '" << id << "' in " << (schemas / "rules").string() << "\n";
      return 1;
    }
    if (rules.id.empty()) rules.id = set->id;
    else rules.id += "+" + set->id;
    for (auto& r : set->requirements) rules.requirements.push_back(std::move(r));
  }
  fs::path rubric_file = rubric_arg.empty() ? schemas / "rubrics" / "vinh-phuc-2016-2017.yaml" : fs::path(rubric_arg);
  if (!rubric_arg.empty() && !fs::exists(rubric_file)) rubric_file = schemas / "rubrics" / (rubric_arg + ".yaml");
  auto rubric = compliance::load_rubric(rubric_file, sink);
  if (!rubric) {
    sink.print(std::cerr);
    std::cerr << "webtruong audit: cannot load the rubric " << rubric_file.string() << "\n";
    return 1;
  }
  std::optional<compliance::RuleSet> rubric_rules;
  if (!rubric->rule_set.empty() &&
      std::find(rule_ids.begin(), rule_ids.end(), rubric->rule_set) == rule_ids.end()) {
    rubric_rules = compliance::load_rule_set(schemas / "rules" / (rubric->rule_set + ".yaml"), sink);
    if (!rubric_rules) {
      sink.print(std::cerr);
      return 1;
    }
  }
  sink.print(std::cerr);
  setup.rules = &rules;
  setup.rubric = &*rubric;
  setup.rubric_rules = rubric_rules ? &*rubric_rules : nullptr;

  auto results = audit::audit_sites(urls, setup, options);
  nlohmann::json out = {{"sites", nlohmann::json::array()}};
  for (const auto& r : results) out["sites"].push_back(audit::to_json(r));
  std::string text = out.dump(2) + "\n";
  auto write_file = [](const std::string& path, const std::string& content) {
    std::ofstream f(path, std::ios::binary);
    f << content;
    if (!f) std::cerr << "webtruong audit: cannot write " << path << "\n";
    return static_cast<bool>(f);
  };
  bool ok = true;
  if (!csv_file.empty()) ok = write_file(csv_file, audit::to_csv(results)) && ok;
  if (!html_file.empty()) ok = write_file(html_file, audit::to_html(results)) && ok;
  if (!db_file.empty()) {
    char stamp[32];
    std::time_t t = std::time(nullptr);
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
    auto rec = audit::record(db_file, results, stamp, rules.id, rubric->id);
    if (!rec.error.empty()) {
      std::cerr << "webtruong audit: " << rec.error << "\n";
      ok = false;
    }
  }
  if (!ok) return 1;
  if (json_file.empty() && (!csv_file.empty() || !html_file.empty() || !db_file.empty())) return 0;
  if (json_file.empty()) {
    std::cout << text;
  } else {
    std::ofstream f(json_file, std::ios::binary);
    f << text;
    if (!f) {
      std::cerr << "webtruong audit: cannot write " << json_file << "\n";
      return 1;
    }
  }
  return 0;
}

}  // namespace wt::cli
