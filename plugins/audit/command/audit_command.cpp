// webtruong audit: options, inputs, the regulations, the crawl, and the
// reports, each step a small function of one AuditRun, listed in order in
// kSteps; run_audit runs them until one ends the run.
#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/command/audit_inputs.hpp"
#include "audit/command/audit_plugin.hpp"
#include "audit/command/audit_shard.hpp"
#include "audit/command/audit_sites.hpp"
#include "audit/report/audit_json.hpp"
#include "audit/report/history.hpp"
#include "audit/report/report.hpp"
#include "core/date.hpp"
#include "core/diagnostic.hpp"
#include "core/file_io.hpp"
#include "core/message_catalog.hpp"
#include "plugin/option_parser.hpp"
#include "regulations/regulations.hpp"
#include "regulations/school_year.hpp"

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
          {"--max-pages", "", "N", "HTML pages answered 200 per site (default 500)"},
          {"--max-requests", "", "N", "requests per site, errors, redirects and other files included (default "
                                      "twice --max-pages)"},
          {"--concurrency", "", "N", "connections in all (default 8)"},
          {"--sites-at-once", "", "N", "sites crawled at the same time, the largest first, each with its own "
                                       "connection and delay (default 32, or twice --concurrency when that is "
                                       "more)"},
          {"--shard", "", "K/N", "audit only the K-th of N shards of the sites (a stable hash of each site's "
                                 "address), for N machines writing one --db"},
          {"--per-host", "", "N", "connections per host (default 1; raise it only for your own servers)"},
          {"--delay", "", "MS", "milliseconds between requests to one host (default 1000)"},
          {"--budget", "", "SECONDS", "wall-clock limit per site (default 900; 0 = none)"},
          {"--json", "", "FILE", "write the audit JSON to FILE"},
          {"--csv", "", "FILE", "one row per site, for spreadsheets"},
          {"--html", "", "FILE", "a report in Vietnamese: score sheet, sections, posts per week"},
          {"--db", "", "FILE|URL", "keep the results in the SQLite database FILE, or in PostgreSQL "
                                   "(postgresql://...), to follow sites across crawls; a recrawl asks only "
                                   "for pages changed since"},
          {"--templates", "", "DIR", "report templates overriding the theme's reports/ (layouts/, partials/)"},
          {"--ca-file", "", "FILE", "verify HTTPS with the CA certificates in FILE (PEM) instead of the system's"},
          {"--proxy", "", "URL", "fetch through this HTTP(S) proxy (the proxy environment variables are ignored)"},
          {"--quiet", "-q", "", "no progress line"},
      });
  return p;
}

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

// What the command tells the person running it is written in English and
// printed in their language (core/message_catalog.hpp), each line under a
// code "audit.<what>" of the catalog (core/messages/audit.cpp).

/// Prints "webtruong audit: <line>" on standard error.
void say(const char* code, const std::string& english) {
  std::cerr << "webtruong audit: " << localized(code, english) << "\n";
}

/// Prints "webtruong audit: warning: <line>" on standard error.
void warn(const char* code, const std::string& english) {
  std::cerr << "webtruong audit: warning: " << localized(code, english) << "\n";
}

// Everything one run of `webtruong audit` reads and makes, filled step by
// step (kSteps).
struct AuditRun {
  AuditRun(const plugin::ParsedOptions& o, const plugin::PluginHost& h) : opts(o), host(h) {}

  const plugin::ParsedOptions& opts;
  const plugin::PluginHost& host;
  CrawlOptions options;
  AuditSetup setup;
  DiagnosticSink sink;                         ///< Problems of the site list, the inputs, the regulations.
  std::vector<ListedSite> sites;
  std::optional<AuditShard> shard;             ///< --shard: only these sites are audited.
  std::map<std::string, ScoreInputs> inputs;  ///< By site_key.
  regulations::Regulations regs;
  regulations::RuleSet rules;                  ///< The rule sets as one (the sections reported).
  std::vector<std::string> seeds;
  std::vector<SiteOverrides> per_site;
  long long started = 0;
  std::unique_ptr<HistoryStore> db;            ///< --db: SQLite or PostgreSQL (report/history.hpp).
  std::vector<SiteResult> results;
  bool failed = false;                         ///< A report not written, or a site failed: exit status 1.
};

constexpr int kGoOn = -1;  ///< A step's status when the run goes on; else the exit status.

// --max-pages, --max-requests, --concurrency, --per-host, --delay, --budget, -q.
int read_limits(AuditRun& run) {
  CrawlOptions& options = run.options;
  long max_pages = options.max_pages, concurrency = options.concurrency, per_host = options.per_host,
       delay = options.delay_ms, budget = static_cast<long>(options.site_budget);
  long max_requests = 0, sites_at_once = 0;
  std::string error;
  if (!run.opts.number("--max-pages", 1, 10'000'000, &max_pages, &error) ||
      !run.opts.number("--max-requests", 1, 20'000'000, &max_requests, &error) ||
      !run.opts.number("--concurrency", 1, 1000, &concurrency, &error) ||
      !run.opts.number("--sites-at-once", 1, 10000, &sites_at_once, &error) ||
      !run.opts.number("--per-host", 1, 100, &per_host, &error) ||
      !run.opts.number("--delay", 0, 3'600'000, &delay, &error) ||
      !run.opts.number("--budget", 0, 30 * 24 * 3600, &budget, &error))
    return parser().usage_error(error);
  options.max_pages = static_cast<int>(max_pages);
  options.max_requests = static_cast<int>(max_requests);  // 0 when not given: twice --max-pages
  options.concurrency = static_cast<int>(concurrency);
  options.per_host = static_cast<int>(per_host);
  // Enough sites at once to keep the connections busy while each host waits
  // out its delay; each site's memory is capped (docs/audit.md "Memory").
  options.sites_at_once = run.opts.has("--sites-at-once")
                              ? static_cast<int>(sites_at_once)
                              : std::max(options.sites_at_once, 2 * options.concurrency);
  if (run.opts.has("--shard")) {
    run.shard = parse_audit_shard(run.opts.get("--shard"), &error);
    if (!run.shard) return parser().usage_error(error);
  }
  options.delay_ms = delay;
  options.site_budget = static_cast<double>(budget);
  options.progress = !run.opts.has("--quiet");
  return kGoOn;
}

// --ca-file (it must be readable) and --proxy (it must be a proxy URL).
int read_connection(AuditRun& run) {
  CrawlOptions& options = run.options;
  if (run.opts.has("--ca-file")) {
    options.ca_file = run.opts.get("--ca-file");
    if (!read_file(options.ca_file)) {
      say("audit.ca-file", "cannot read the CA file " + options.ca_file);
      return 1;
    }
  }
  if (run.opts.has("--proxy")) {
    options.proxy = run.opts.get("--proxy");
    const std::string scheme = options.proxy.substr(0, options.proxy.find("://"));
    if (options.proxy.find("://") == std::string::npos ||
        (scheme != "http" && scheme != "https" && scheme != "socks5" && scheme != "socks5h"))
      return parser().usage_error("'--proxy' needs a proxy URL (http://host:port, https://, socks5://), not '" +
                                  options.proxy + "'");
  }
  return kGoOn;
}

// --since and --until.
int read_window(AuditRun& run) {
  AuditSetup& setup = run.setup;
  for (const char* name : {"--since", "--until"}) {
    if (!run.opts.has(name)) continue;
    auto d = window_date(run.opts.get(name));
    if (!d)
      return parser().usage_error(std::string("'") + name + "' needs a date (dd/mm/yyyy or yyyy-mm-dd), not '" +
                                  run.opts.get(name) + "'");
    (std::string(name) == "--since" ? setup.since : setup.until) = *d;
  }
  if (!setup.since.empty() && !setup.until.empty() && setup.since > setup.until)
    return parser().usage_error("--since " + run.opts.get("--since") + " is after --until " + run.opts.get("--until"));
  // Today, where the window ends, is the local day of the sites' offset.
  setup.tz_minutes = run.options.default_tz;
  // The crawl fetches last what is known to be older than the window.
  run.options.posts_since =
      !setup.since.empty()
          ? setup.since
          : regulations::school_year_window(static_cast<int64_t>(std::time(nullptr)), setup.tz_minutes).since;
  return kGoOn;
}

// --type.
int read_type(AuditRun& run) {
  if (!run.opts.has("--type")) return kGoOn;
  run.setup.school_type = run.opts.get("--type");
  if (!regulations::is_school_type(run.setup.school_type))
    return parser().usage_error("unknown school type '" + run.setup.school_type + "' (one of " +
                                regulations::school_type_list() + ")");
  return kGoOn;
}

// The sites of the command line, then of --list.
int read_sites(AuditRun& run) {
  for (const auto& u : run.opts.positional) {
    auto listed = read_site_list(u, "(command line)", run.sink);
    run.sites.insert(run.sites.end(), listed.begin(), listed.end());
  }
  if (!run.opts.has("--list")) return kGoOn;
  const std::string list = run.opts.get("--list");
  auto text = read_file(list);
  if (!text) {
    say("audit.list", "cannot read the site list " + list);
    return 1;
  }
  auto listed = read_site_list(*text, list, run.sink);
  run.sites.insert(run.sites.end(), listed.begin(), listed.end());
  return kGoOn;
}

// --input: what a crawl cannot measure, by site_key.
int read_inputs(AuditRun& run) {
  if (!run.opts.has("--input")) return kGoOn;
  const std::string file = run.opts.get("--input");
  auto text = read_file(file);
  if (!text) {
    say("audit.input", "cannot read the input file " + file);
    return 1;
  }
  if (auto in = read_score_inputs(*text, file, run.host, run.sink)) run.inputs = std::move(*in);
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

// The rule sets and the rubric (regulations::load_for, as `check` reads
// them); every problem found so far is printed, and any stops the run.
int load_regulations(AuditRun& run) {
  const auto request = regulation_request(run.opts, run.host.schemas_dir());
  run.regs = regulations::load_for("", request, run.sink);
  run.sink.print(std::cerr);
  if (run.sink.has_errors() || !run.regs.complete) {
    if (!run.regs.rubric)
      say("audit.rubric", "cannot load the rubric " + rubric_file(request).string());
    return 1;
  }
  run.rules = regulations::combine(run.regs.rule_sets);
  run.setup.rules = &run.rules;
  run.setup.rubric = &*run.regs.rubric;
  run.setup.rubric_rules = run.regs.rubric_rules ? &*run.regs.rubric_rules : nullptr;
  return kGoOn;
}

// Every site with its own type and inputs; warns of inputs no site uses.
int pair_sites(AuditRun& run) {
  if (run.sites.empty()) return parser().usage_error("give at least one site URL (or --list FILE)");
  std::set<std::string> keys_used;
  for (const auto& s : run.sites) {
    // Inputs of the other shards' sites are theirs, not unused.
    if (run.shard && !in_audit_shard(s.url, *run.shard)) {
      if (run.inputs.count(site_key(s.url))) keys_used.insert(site_key(s.url));
      continue;
    }
    run.seeds.push_back(s.url);
    SiteOverrides o;
    o.school_type = s.type;
    if (auto it = run.inputs.find(site_key(s.url)); it != run.inputs.end()) {
      o.inputs = it->second;
      keys_used.insert(it->first);
    }
    run.per_site.push_back(std::move(o));
  }
  for (const auto& [key, _] : run.inputs)
    if (!keys_used.count(key))
      warn("audit.input.unused", run.opts.get("--input") + ": '" + key + "' matches no site of this audit");
  return kGoOn;
}

// --db: the history is opened once for the run; each site's crawl asks it
// for the pages an earlier crawl kept, to ask for them conditionally. A
// history that cannot be read means every page is fetched whole (said once).
int open_db(AuditRun& run) {
  if (!run.opts.has("--db")) return kGoOn;
  run.db = open_history(run.opts.get("--db"));
  run.options.recall = [&run, warned = false](const std::string& seed) mutable {
    MemoResult m = run.db->memos(seed);
    if (!m.error.empty() && !warned) {
      warned = true;
      warn("audit.db.memos", m.error + "; every page is fetched whole");
    }
    return std::move(m.pages);
  };
  return kGoOn;
}

// The crawl, each site analysed as soon as its crawl ends (audit_sites).
int crawl_and_analyse(AuditRun& run) {
  run.started = run.host.now();
  run.results = audit_sites(run.seeds, run.setup, run.options, run.per_site);
  return kGoOn;
}

/// Writes `content` through the host; false (reported) when it cannot.
bool write_report(const plugin::PluginHost& host, const std::string& path, const std::string& content) {
  std::string err;
  if (host.write_file(path, content, &err)) return true;
  say("audit.write", err);
  return false;
}

// --db: the results kept in the history (SQLite or PostgreSQL).
bool write_history(const AuditRun& run) {
  auto rec = run.db->record(run.results, iso_now(run.started), run.rules.id, run.regs.rubric->id);
  if (rec.error.empty()) return true;
  say("audit.db", rec.error);
  return false;
}

// --html: the theme's report templates (or --templates) rendered by the host.
bool write_html(const AuditRun& run) {
  HtmlOptions html;
  html.generated_at = vn_now(run.started);
  html.rubric_title = run.regs.rubric->name;
  std::vector<HistoryResult> past;
  if (run.db)
    for (const auto& r : run.results) past.push_back(run.db->history(r.url));
  DiagnosticSink report_sink;
  auto text = run.host.render_report("audit", html_report_view(run.results, html, past), run.opts.get("--templates"),
                                     report_sink);
  report_sink.print(std::cerr);
  return text && write_report(run.host, run.opts.get("--html"), *text);
}

// Every report asked for; the JSON on standard output when none is. A
// report that cannot be written fails the run (after the others).
int write_reports(AuditRun& run) {
  const auto& opts = run.opts;
  nlohmann::ordered_json out = {{"sites", nlohmann::ordered_json::array()}};
  for (const auto& r : run.results) out["sites"].push_back(to_json(r));
  bool ok = true;
  if (opts.has("--json")) ok = write_report(run.host, opts.get("--json"), out.dump(2) + "\n") && ok;
  if (opts.has("--csv")) ok = write_report(run.host, opts.get("--csv"), to_csv(run.results)) && ok;
  if (opts.has("--db")) ok = write_history(run) && ok;
  if (opts.has("--html")) ok = write_html(run) && ok;
  if (!opts.has("--json") && !opts.has("--csv") && !opts.has("--html") && !opts.has("--db"))
    std::cout << out.dump(2) << "\n";
  run.failed = run.failed || !ok;
  return kGoOn;
}

// Every failed site is named here (and in each report); one is enough for
// exit status 1.
int tell_failures(AuditRun& run) {
  if (run.db && !run.opts.has("--quiet")) {
    // A recrawl with --db: how much was read again (docs/audit.md "Recrawls"); -q: not said.
    BodyCounts all;
    for (const auto& r : run.results) {
      all.fetched += r.crawl.bodies.fetched;
      all.pages += r.crawl.bodies.pages;
      all.reused += r.crawl.bodies.reused;
    }
    say("audit.summary", std::to_string(run.results.size()) + " site(s): " + std::to_string(all.pages) +
                             " page(s) fetched, " + std::to_string(all.reused) +
                             " unchanged (304, stored facts read), " + std::to_string(all.fetched) +
                             " bodies in all (robots.txt, sitemaps, feeds, pages)");
  }
  for (const auto& r : run.results) {
    if (r.error) {
      run.failed = true;
      std::string line = r.url + ": " + r.error->what;
      if (!r.error->where.empty() && r.error->where != r.url) line += " (at " + r.error->where + ")";
      say("audit.site.failed", line);
    }
    if (r.crawl.refused_count > 0)
      say("audit.site.refused", r.url + ": " + std::to_string(r.crawl.refused_count) +
                                    " request(s) refused (redirects off the site, addresses it may not reach); "
                                    "see the report");
    if (r.pages > 0 && r.school_type.empty())
      say("audit.site.type", r.url + ": the school type could not be guessed from the home page; every school "
                                 "requirement was applied (give it with --type or in the --list file)");
  }
  return kGoOn;
}

/// One step of a run: kGoOn, or the exit status that ends it.
using Step = int (*)(AuditRun&);

// A run of `webtruong audit`, in order: options, sites and inputs, the
// regulations, the crawl and its analysis, the reports.
constexpr Step kSteps[] = {read_limits,      read_connection, read_window,       read_type,
                           read_sites,       read_inputs,     load_regulations,  pair_sites,
                           open_db,          crawl_and_analyse, write_reports,   tell_failures};

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
  AuditRun run(*opts, host);
  for (Step step : kSteps)
    if (int status = step(run); status != kGoOn) return status;
  return run.failed ? 1 : 0;
}

}  // namespace wt::audit
