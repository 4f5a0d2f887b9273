// webtruong audit: options, inputs, the regulations, the crawl, and the
// reports, each step a function of its own, run in order by run_audit.
#include <unistd.h>

#include <ctime>
#include <filesystem>
#include <iostream>
#include <optional>
#include <set>

#include <nlohmann/json.hpp>

#include "audit/command/audit_inputs.hpp"
#include "audit/command/audit_plugin.hpp"
#include "audit/command/audit_sites.hpp"
#include "audit/report/audit_json.hpp"
#include "audit/report/history.hpp"
#include "audit/report/report.hpp"
#include "core/date.hpp"
#include "core/diagnostic.hpp"
#include "core/file_io.hpp"
#include "plugin/option_parser.hpp"
#include "regulations/regulations.hpp"

namespace fs = std::filesystem;

namespace wt::audit {
namespace {

const plugin::OptionParser& parser() {
  static const plugin::OptionParser p(
      "audit", "URL... [--list FILE] [options]",
      "Crawls each site politely (robots.txt with its Crawl-delay, a delay per host, one\n"
      "connection per host by default), finds its required sections and the publication\n"
      "dates of its articles, and scores it against the rubric. Writes the audit JSON to\n"
      "--json F, or to standard output when no other report is asked for.",
      {
          {"--list", "", "FILE", "more sites, one a line: URL [TYPE] ('#' starts a comment)"},
          {"--type", "", "TYPE", "school type of every site (mn, th, thcs, thpt, gdtx, pgd, sgd); default: per "
                                 "line of --list, else guessed from the home page"},
          {"--rules", "", "ID", "rule set of the sections reported, repeatable (default tt37-2020 and tt09-2024)",
           true},
          {"--rubric", "", "FILE", "rubric file, or id under schemas/rubrics (default vinh-phuc-2016-2017)"},
          {"--input", "", "FILE", "CSV or JSON of what a crawl cannot measure, per site (visits_per_day, "
                                  "posts_to_portal)"},
          {"--since", "", "DATE", "start of the posting window (default 5 September of this school year)"},
          {"--until", "", "DATE", "end of the posting window (default 31 May, or today while the year runs)"},
          {"--max-pages", "", "N", "HTML pages fetched per site (default 500)"},
          {"--concurrency", "", "N", "connections in all (default 8)"},
          {"--per-host", "", "N", "connections per host (default 1; raise it only for your own servers)"},
          {"--delay", "", "MS", "milliseconds between requests to one host (default 1000)"},
          {"--budget", "", "SECONDS", "wall-clock limit per site (default 900; 0 = none)"},
          {"--json", "", "FILE", "write the audit JSON to FILE"},
          {"--csv", "", "FILE", "one row per site, for spreadsheets"},
          {"--html", "", "FILE", "a report in Vietnamese: score sheet, sections, posts per week"},
          {"--db", "", "FILE", "keep the results in the SQLite database FILE, to follow sites across crawls"},
          {"--templates", "", "DIR", "report templates overriding the theme's reports/ (layouts/, partials/)"},
          {"--ca-file", "", "FILE", "verify HTTPS with the CA certificates in FILE (PEM) instead of the system's"},
          {"--proxy", "", "URL", "fetch through this HTTP(S) proxy (the proxy environment variables are ignored)"},
          {"--quiet", "-q", "", "no progress line"},
      });
  return p;
}

constexpr int kGoOn = -1;  ///< A step's status when the run goes on; else the exit status.

/// --since/--until: dd/mm/yyyy or yyyy-mm-dd -> "yyyy-mm-dd".
std::optional<std::string> window_date(const std::string& text) {
  auto d = parse_date(text);
  if (!d) return std::nullopt;
  return format_iso_date(*d);
}

std::string iso_now(long long now) {
  std::time_t t = static_cast<std::time_t>(now);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string vn_now(long long now) { return format_vn_datetime(from_epoch(now, 7 * 60)); }

// --max-pages, --concurrency, --per-host, --delay, --budget, -q.
int read_limits(const plugin::ParsedOptions& opts, CrawlOptions& options) {
  long max_pages = options.max_pages, concurrency = options.concurrency, per_host = options.per_host,
       delay = options.delay_ms, budget = static_cast<long>(options.site_budget);
  std::string error;
  if (!opts.number("--max-pages", 1, 10'000'000, &max_pages, &error) ||
      !opts.number("--concurrency", 1, 1000, &concurrency, &error) ||
      !opts.number("--per-host", 1, 100, &per_host, &error) || !opts.number("--delay", 0, 3'600'000, &delay, &error) ||
      !opts.number("--budget", 0, 30 * 24 * 3600, &budget, &error))
    return parser().usage_error(error);
  options.max_pages = static_cast<int>(max_pages);
  options.concurrency = static_cast<int>(concurrency);
  options.per_host = static_cast<int>(per_host);
  options.delay_ms = delay;
  options.site_budget = static_cast<double>(budget);
  options.progress = !opts.has("--quiet");
  return kGoOn;
}

// --ca-file (it must be readable) and --proxy (it must be a proxy URL).
int read_connection(const plugin::ParsedOptions& opts, CrawlOptions& options) {
  if (opts.has("--ca-file")) {
    options.ca_file = opts.get("--ca-file");
    if (!read_file(options.ca_file)) {
      std::cerr << "webtruong audit: cannot read the CA file " << options.ca_file << "\n";
      return 1;
    }
  }
  if (opts.has("--proxy")) {
    options.proxy = opts.get("--proxy");
    const std::string scheme = options.proxy.substr(0, options.proxy.find("://"));
    if (options.proxy.find("://") == std::string::npos ||
        (scheme != "http" && scheme != "https" && scheme != "socks5" && scheme != "socks5h"))
      return parser().usage_error("'--proxy' needs a proxy URL (http://host:port, https://, socks5://), not '" +
                                  options.proxy + "'");
  }
  return kGoOn;
}

// --since, --until and --type.
int read_window_and_type(const plugin::ParsedOptions& opts, AuditSetup& setup) {
  for (const char* name : {"--since", "--until"}) {
    if (!opts.has(name)) continue;
    auto d = window_date(opts.get(name));
    if (!d)
      return parser().usage_error(std::string("'") + name + "' needs a date (dd/mm/yyyy or yyyy-mm-dd), not '" +
                                  opts.get(name) + "'");
    (std::string(name) == "--since" ? setup.since : setup.until) = *d;
  }
  if (!setup.since.empty() && !setup.until.empty() && setup.since > setup.until)
    return parser().usage_error("--since " + opts.get("--since") + " is after --until " + opts.get("--until"));
  if (opts.has("--type")) {
    setup.school_type = opts.get("--type");
    if (!regulations::is_school_type(setup.school_type))
      return parser().usage_error("unknown school type '" + setup.school_type + "' (one of " +
                                  regulations::school_type_list() + ")");
  }
  return kGoOn;
}

// The sites of the command line, then of --list.
int read_sites(const plugin::ParsedOptions& opts, std::vector<ListedSite>& sites, DiagnosticSink& sink) {
  for (const auto& u : opts.positional) {
    auto listed = read_site_list(u, "(command line)", sink);
    sites.insert(sites.end(), listed.begin(), listed.end());
  }
  if (!opts.has("--list")) return kGoOn;
  const std::string list = opts.get("--list");
  auto text = read_file(list);
  if (!text) {
    std::cerr << "webtruong audit: cannot read the site list " << list << "\n";
    return 1;
  }
  auto listed = read_site_list(*text, list, sink);
  sites.insert(sites.end(), listed.begin(), listed.end());
  return kGoOn;
}

// --input: what a crawl cannot measure, by site_key.
int read_inputs(const plugin::ParsedOptions& opts, const plugin::PluginHost& host,
                std::map<std::string, ScoreInputs>& inputs, DiagnosticSink& sink) {
  if (!opts.has("--input")) return kGoOn;
  const std::string file = opts.get("--input");
  auto text = read_file(file);
  if (!text) {
    std::cerr << "webtruong audit: cannot read the input file " << file << "\n";
    return 1;
  }
  if (auto in = read_score_inputs(*text, file, host, sink)) inputs = std::move(*in);
  return kGoOn;
}

// The request of an audit: --rules (default tt37-2020 and tt09-2024, for
// sites of any type), --rubric (a file, or an id under schemas/rubrics).
regulations::RegulationRequest regulation_request(const plugin::ParsedOptions& opts, const fs::path& schemas) {
  regulations::RegulationRequest request;
  request.schemas_dir = schemas;
  request.rule_sets = opts.all("--rules");
  request.disclosure = request.rule_sets.empty();
  const std::string rubric = opts.get("--rubric");
  std::error_code ec;
  if (!rubric.empty() && fs::exists(rubric, ec)) request.rubric_file = rubric;
  else request.rubric = rubric;
  request.require_rubric = true;
  request.report_missing = [rules_dir = schemas / "rules"](const regulations::MissingFile& missing,
                                                           DiagnosticSink& sink) {
    if (missing.kind == regulations::MissingFile::Kind::Rubric)
      sink.error({missing.file.string(), 0, 0}, "rules.read", "cannot read this rule file");
    else
      sink.error({missing.file.string(), 0, 0}, "audit.rules",
                 "no rule set '" + missing.id + "' in " + rules_dir.string());
  };
  return request;
}

/// The file a rubric request reads, for the message when it cannot.
fs::path rubric_file(const regulations::RegulationRequest& request) {
  if (!request.rubric_file.empty()) return request.rubric_file;
  return request.schemas_dir / "rubrics" /
         ((request.rubric.empty() ? std::string(regulations::kDefaultRubric) : request.rubric) + ".yaml");
}

// Every site with its own type and inputs; warns of inputs no site uses.
void pair_sites(const std::vector<ListedSite>& sites, const std::map<std::string, ScoreInputs>& inputs,
                const std::string& input_file, std::vector<std::string>& seeds, std::vector<SiteOverrides>& per_site) {
  std::set<std::string> keys_used;
  for (const auto& s : sites) {
    seeds.push_back(s.url);
    SiteOverrides o;
    o.school_type = s.type;
    if (auto it = inputs.find(site_key(s.url)); it != inputs.end()) {
      o.inputs = it->second;
      keys_used.insert(it->first);
    }
    per_site.push_back(std::move(o));
  }
  for (const auto& [key, _] : inputs)
    if (!keys_used.count(key))
      std::cerr << "webtruong audit: warning: " << input_file << ": '" << key << "' matches no site of this audit\n";
}

/// Writes `content` through the host; false (reported) when it cannot.
bool write_report(const plugin::PluginHost& host, const std::string& path, const std::string& content) {
  std::string err;
  if (host.write_file(path, content, &err)) return true;
  std::cerr << "webtruong audit: " << err << "\n";
  return false;
}

// --html: the theme's report templates (or --templates) rendered by the host.
bool write_html(const plugin::ParsedOptions& opts, const plugin::PluginHost& host,
                const std::vector<SiteResult>& results, const regulations::Rubric& rubric, long long started) {
  HtmlOptions html;
  html.generated_at = vn_now(started);
  html.rubric_title = rubric.name;
  std::vector<HistoryResult> past;
  if (opts.has("--db"))
    for (const auto& r : results) past.push_back(history(opts.get("--db"), r.url));
  DiagnosticSink report_sink;
  auto text =
      host.render_report("audit", html_report_view(results, html, past), opts.get("--templates"), report_sink);
  report_sink.print(std::cerr);
  return text && write_report(host, opts.get("--html"), *text);
}

// Every report asked for; the JSON on standard output when none is. False
// when one could not be written.
bool write_reports(const plugin::ParsedOptions& opts, const plugin::PluginHost& host,
                   const std::vector<SiteResult>& results, const std::string& rules_id,
                   const regulations::Rubric& rubric, long long started) {
  nlohmann::ordered_json out = {{"sites", nlohmann::ordered_json::array()}};
  for (const auto& r : results) out["sites"].push_back(to_json(r));
  bool ok = true;
  if (opts.has("--json")) ok = write_report(host, opts.get("--json"), out.dump(2) + "\n") && ok;
  if (opts.has("--csv")) ok = write_report(host, opts.get("--csv"), to_csv(results)) && ok;
  if (opts.has("--db")) {
    auto rec = record(opts.get("--db"), results, iso_now(started), rules_id, rubric.id);
    if (!rec.error.empty()) {
      std::cerr << "webtruong audit: " << rec.error << "\n";
      ok = false;
    }
  }
  if (opts.has("--html")) ok = write_html(opts, host, results, rubric, started) && ok;
  if (!opts.has("--json") && !opts.has("--csv") && !opts.has("--html") && !opts.has("--db"))
    std::cout << out.dump(2) << "\n";
  return ok;
}

// Every failed site is named here (and in each report); one is enough for
// exit status 1. True when none failed.
bool tell_failures(const std::vector<SiteResult>& results) {
  bool all_ok = true;
  for (const auto& r : results) {
    if (r.error) {
      all_ok = false;
      std::cerr << "webtruong audit: " << r.url << ": " << r.error->what;
      if (!r.error->where.empty() && r.error->where != r.url) std::cerr << " (at " << r.error->where << ")";
      std::cerr << "\n";
    }
    if (r.crawl.refused_count > 0)
      std::cerr << "webtruong audit: " << r.url << ": " << r.crawl.refused_count
                << " request(s) refused (redirects off the site, addresses it may not reach); see the report\n";
    if (r.pages > 0 && r.school_type.empty())
      std::cerr << "webtruong audit: " << r.url
                << ": the school type could not be guessed from the home page; every school requirement was "
                   "applied (give it with --type or in the --list file)\n";
  }
  return all_ok;
}

}  // namespace

int run_audit(const std::vector<std::string>& args, const plugin::PluginHost& host) {
  const auto& p = parser();
  std::string error;
  auto opts = p.parse(args, &error);
  if (!opts) return p.usage_error(error);
  if (opts->help) {
    std::cout << p.usage();
    return 0;
  }
  CrawlOptions options;
  AuditSetup setup;
  for (int status : {read_limits(*opts, options), read_connection(*opts, options), read_window_and_type(*opts, setup)})
    if (status != kGoOn) return status;

  DiagnosticSink sink;
  std::vector<ListedSite> sites;
  std::map<std::string, ScoreInputs> inputs;
  if (int status = read_sites(*opts, sites, sink); status != kGoOn) return status;
  if (int status = read_inputs(*opts, host, inputs, sink); status != kGoOn) return status;
  const auto request = regulation_request(*opts, host.schemas_dir());
  auto regs = regulations::load_for("", request, sink);
  sink.print(std::cerr);
  if (sink.has_errors() || !regs.complete) {
    if (!regs.rubric) std::cerr << "webtruong audit: cannot load the rubric " << rubric_file(request).string() << "\n";
    return 1;
  }
  if (sites.empty()) return p.usage_error("give at least one site URL (or --list FILE)");

  const regulations::RuleSet rules = regulations::combine(regs.rule_sets);
  setup.rules = &rules;
  setup.rubric = &*regs.rubric;
  setup.rubric_rules = regs.rubric_rules ? &*regs.rubric_rules : nullptr;
  std::vector<std::string> seeds;
  std::vector<SiteOverrides> per_site;
  pair_sites(sites, inputs, opts->get("--input"), seeds, per_site);

  const long long started = host.now();
  const auto results = audit_sites(seeds, setup, options, per_site);
  const bool written = write_reports(*opts, host, results, rules.id, *regs.rubric, started);
  const bool all_ok = tell_failures(results);
  return written && all_ok ? 0 : 1;
}

}  // namespace wt::audit
