#include "cli/command_portal.hpp"

#include <cstdio>
#include <iostream>

#include "cli/command_portal_nginx.hpp"
#include "config/base_url.hpp"
#include "core/message_catalog.hpp"
#include "core/text.hpp"
#include "core/thread_pool.hpp"
#include "plugin/option_parser.hpp"
#include "portal/portal_build.hpp"

namespace wt::cli {
namespace {

/// `webtruong portal --help`, in the message language (catalog code "help":
/// core/messages/help.cpp); the names are typed as they are.
std::string portal_usage() {
  auto help = [](const char* english) { return localized("help", english); };
  return help("usage:") + " webtruong portal SUBCOMMAND [options]\n\n" +
         help("Builds the websites of the schools of a sở GDĐT listed in portal.yaml, and the portal's own pages\n"
              "(home with the latest news of all schools, news list, directory of schools, the compliance dashboard\n"
              "bang-theo-doi/ with each school's audit beside it when --db is given, sitemap index).") +
         "\n\n" + help("subcommands:") + "\n" +
         "  build      " + help("build every member site and the portal (or one shard of the members)") + "\n" +
         "  merge      " + help("assemble the outputs of the shards into one portal") + "\n" +
         "  nginx      " + help("print the nginx configuration that serves the built portal") + "\n\n" +
         help("Run 'webtruong portal SUBCOMMAND --help' for the options of a subcommand (docs/portal.md).") + "\n";
}

const plugin::OptionParser& build_parser() {
  static const plugin::OptionParser p(
      "portal build", "[PORTAL_DIR] [options]",
      "Builds every member site listed in PORTAL_DIR/portal.yaml (default: the current folder) and the\n"
      "portal's own pages into OUT (default: PORTAL_DIR/public): OUT/www/ is the portal's host, with each\n"
      "member on a path under it; OUT/hosts/HOST/ each member on its own host name. A member that fails\n"
      "is named with its diagnostics, keeps its previous pages, and the others are published (exit 1).\n"
      "When OUT holds an earlier build, only what changed is rebuilt: members whose files did not change\n"
      "are skipped, the others rebuild their changed pages, and only files whose bytes changed are\n"
      "replaced; --full builds everything anew and swaps the new OUT in whole.",
      {{"--output", "-o", "OUT", "where to write the portal"},
       {"--full", "", "", "ignore the caches of the earlier build: build every member and page anew"},
       {"--shard", "", "K/N", "build only the K-th of N shares of the members, for 'portal merge'"},
       {"--jobs", "-j", "N", "threads to use (default: one per core)"},
       {"--db", "", "FILE", "the audit history (SQLite file of 'audit --db') shown beside each member"},
       {"--base-url", "", "URL", "use URL instead of base_url from portal.yaml"},
       {"--quiet", "-q", "", "print nothing but diagnostics"}});
  return p;
}

const plugin::OptionParser& merge_parser() {
  static const plugin::OptionParser p(
      "portal merge", "-o OUT SHARD_OUT... [options]",
      "Assembles the outputs of 'webtruong portal build --shard K/N' (K = 1..N, one folder each) into OUT:\n"
      "checks that they come from one portal.yaml and hold every member once, takes their member folders\n"
      "and renders the portal's pages from their reports.",
      {{"--output", "-o", "OUT", "where to write the portal (required)"},
       {"--db", "", "FILE", "the audit history (SQLite file of 'audit --db') shown beside each member"},
       {"--quiet", "-q", "", "print nothing but diagnostics"}});
  return p;
}

/// Prints "webtruong: " and the English line `english` in the user's language.
void say(const std::string& english) { std::cerr << "webtruong: " << localized("cli.portal", english) << "\n"; }

void summary(const portal::PortalResult& r, const std::string& out, bool quiet) {
  if (quiet || !r.written) return;
  say("built " + std::to_string(r.built) + " of " + std::to_string(r.built + r.failed) + " members into " + out);
}

// What an incremental build did, or why the build was a full one.
void build_mode(const portal::PortalResult& r, bool quiet) {
  if (quiet || !r.written) return;
  if (r.incremental)
    say("incremental: " + std::to_string(r.skipped) + " unchanged " + (r.skipped == 1 ? "member" : "members") +
        " skipped, " + std::to_string(r.portal_files) + " of the portal's files rewritten");
  else if (r.full_reason != "there is no previous output" && r.full_reason != "a full build was asked for")
    say("the cache of the earlier build was not used (" + r.full_reason + "): full build");
}

int portal_build(const std::vector<std::string>& args) {
  const auto& p = build_parser();
  std::string error;
  auto opts = p.parse(args, &error);
  if (!opts) return p.usage_error(error);
  if (opts->help) {
    std::cout << p.usage();
    return 0;
  }
  if (opts->positional.size() > 1) return p.usage_error("only one portal folder can be built at a time");
  portal::PortalBuildOptions opt;
  if (!opts->positional.empty()) opt.portal_dir = opts->positional[0];
  if (opts->has("--output")) opt.out_dir = opts->get("--output");
  if (opts->has("--db")) opt.db = opts->get("--db");
  opt.full = opts->has("--full");
  if (opts->has("--shard")) {
    auto shard = portal::parse_shard(opts->get("--shard"), &error);
    if (!shard) return p.usage_error("'--shard' " + error);
    opt.shard = *shard;
  }
  if (opts->has("--base-url")) {
    auto url = config::normalize_base_url(opts->get("--base-url"), &error);
    if (!url) return p.usage_error("'--base-url' " + error);
    if (url->find('/', url->find("://") + 3) + 1 != url->size())
      return p.usage_error("'--base-url' should be the root of the portal's host, like https://phutho.edu.vn/");
    opt.base_url = *url;
  }
  long jobs = 0;
  if (!opts->number("--jobs", 1, 256, &jobs, &error)) return p.usage_error(error);
  ThreadPool pool(jobs > 0 ? static_cast<int>(jobs) : default_jobs());
  DiagnosticSink sink;
  portal::PortalResult result;
  bool ok = portal::build_portal(opt, pool, sink, std::cerr, &result);
  sink.print(std::cerr);
  const std::string out = (opt.out_dir.empty() ? opt.portal_dir / "public" : opt.out_dir).string();
  if (!result.config_ok) {
    say("portal.yaml has errors; nothing was built and the previous output was left as it was");
    return 1;
  }
  summary(result, out, opts->has("--quiet"));
  build_mode(result, opts->has("--quiet"));
  if (result.output_partly_changed)
    say("the portal's files were partly replaced when the build stopped; the next build completes them");
  else if (!result.written && result.incremental)
    say("the portal's own files were left as they were (members already rebuilt keep their new pages); the next build "
        "brings them in line");
  else if (!result.written)
    say("the portal was not written; the previous output was left as it was");
  if (result.failed > 0) say(std::to_string(result.failed) + (result.failed == 1 ? " member" : " members") + " failed");
  return ok ? 0 : 1;
}

int portal_merge(const std::vector<std::string>& args) {
  const auto& p = merge_parser();
  std::string error;
  auto opts = p.parse(args, &error);
  if (!opts) return p.usage_error(error);
  if (opts->help) {
    std::cout << p.usage();
    return 0;
  }
  if (!opts->has("--output")) return p.usage_error("'-o OUT' is required");
  if (opts->positional.empty()) return p.usage_error("name the output folders of the shards to merge");
  std::vector<std::filesystem::path> shards(opts->positional.begin(), opts->positional.end());
  DiagnosticSink sink;
  portal::PortalResult result;
  bool ok = portal::merge_portal(shards, opts->get("--output"), {}, sink, &result,
                                 opts->has("--db") ? std::filesystem::path(opts->get("--db")) : std::filesystem::path());
  sink.print(std::cerr);
  if (!result.written) {
    say("nothing was merged; the previous output was left as it was");
    return 1;
  }
  summary(result, opts->get("--output"), opts->has("--quiet"));
  if (result.failed > 0)
    say(std::to_string(result.failed) + (result.failed == 1 ? " member was" : " members were") +
        " not built by its shard");
  return ok ? 0 : 1;
}

}  // namespace

int command_portal(const std::vector<std::string>& args) {
  if (args.empty()) {
    std::cerr << portal_usage();
    return 2;
  }
  const std::string& sub = args[0];
  if (sub == "-h" || sub == "--help" || sub == "help") {
    std::cout << portal_usage();
    return 0;
  }
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (sub == "build") return portal_build(rest);
  if (sub == "merge") return portal_merge(rest);
  if (sub == "nginx") return command_portal_nginx(rest);
  std::string msg = "unknown subcommand '" + sub + "'";
  std::string guess = closest_match(sub, {"build", "merge", "nginx"});
  if (!guess.empty()) msg += " (did you mean '" + guess + "'?)";
  std::cerr << "webtruong portal: " << localized("cli.usage", msg) << "\n\n" << portal_usage();
  return 2;
}

}  // namespace wt::cli
