#include "cli/command_serve.hpp"

#include <signal.h>

#include <iostream>

#include "core/message_catalog.hpp"
#include "plugin/option_parser.hpp"
#include "plugin/plugin.hpp"
#include "serve/dev_server.hpp"
#include "serve/http_server.hpp"

namespace wt::cli {
namespace {

const plugin::OptionParser& parser() {
  static const plugin::OptionParser p(
      "serve", "[DIR] [options]",
      "Builds the site in DIR (default: the current folder) into memory and serves it at\n"
      "http://127.0.0.1:PORT/ for a preview: nothing is written, public/ is not touched.\n"
      "Each time a file of the site is saved, the pages whose inputs changed are built again\n"
      "and the pages open in the browser reload by themselves. While the site has a build\n"
      "error, every page shows the error (file, line, column and the line of source) until\n"
      "a save fixes it. Links are made for the preview's address. Stop it with Ctrl+C.\n"
      "It listens on 127.0.0.1 only (this computer) unless --bind names another address:\n"
      "--bind 0.0.0.0 lets every machine of the network see the preview.\n"
      "At /admin/ it serves the forms of Decap CMS for the site (docs/cms.md), which save\n"
      "through decap-server run in the site folder.",
      {{"--port", "-p", "N", "the port to listen on (default: 8080; 0: any free port)"},
       {"--bind", "", "ADDR", "the address to listen on (default: 127.0.0.1)"},
       {"--drafts", "", "", "include pages marked 'draft: true'"},
       {"--jobs", "-j", "N", "threads to build with (default: one per core)"},
       {"--cms-proxy", "", "URL", "where decap-server listens, for the forms at /admin/ (default: http://127.0.0.1:8081/api/v1)"},
       {"--no-cms", "", "", "do not serve the forms of Decap CMS at /admin/"}});
  return p;
}

// Blocks SIGINT and SIGTERM in this thread and every thread started after
// (they inherit the mask), so that wait_for_stop() receives them.
sigset_t block_stop_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  signal(SIGPIPE, SIG_IGN);  // a browser that goes away is a failed write, not the end of the server
  return set;
}

void wait_for_stop(const sigset_t& set) {
  int sig = 0;
  while (sigwait(&set, &sig) != 0) {
  }
}

}  // namespace

int command_serve(const std::vector<std::string>& args) {
  const auto& p = parser();
  std::string error;
  auto opts = p.parse(args, &error);
  if (!opts) return p.usage_error(error);
  if (opts->help) {
    std::cout << p.usage();
    return 0;
  }
  if (opts->positional.size() > 1) return p.usage_error("only one site folder can be served at a time");
  serve::ServeOptions opt;
  if (!opts->positional.empty()) opt.site_dir = opts->positional[0];
  long port = 8080, jobs = 0;
  if (!opts->number("--port", 0, 65535, &port, &error)) return p.usage_error(error);
  if (!opts->number("--jobs", 1, 256, &jobs, &error)) return p.usage_error(error);
  opt.port = static_cast<int>(port);
  opt.jobs = static_cast<int>(jobs);
  opt.drafts = opts->has("--drafts");
  opt.cms = !opts->has("--no-cms");
  opt.cms_proxy_url = opts->get("--cms-proxy", opt.cms_proxy_url);
  if (!opt.cms_proxy_url.starts_with("http://") && !opt.cms_proxy_url.starts_with("https://"))
    return p.usage_error("'--cms-proxy' must be an http:// or https:// address");
  if (opts->has("--bind")) opt.bind = opts->get("--bind");
  if (opt.bind.empty()) return p.usage_error("'--bind' needs an address, such as 127.0.0.1");
  auto plugins = plugin::installed_plugins();
  for (const auto& pl : plugins) opt.plugins.push_back(pl.get());

  const sigset_t stop_signals = block_stop_signals();
  serve::DevServer dev(opt, std::cerr);
  if (!dev.start(&error)) {
    std::cerr << "webtruong serve: " << localized("cli.serve", error) << "\n";
    return 1;
  }
  if (!serve::is_loopback_address(opt.bind))
    std::cerr << "webtruong serve: "
              << localized("cli.serve", "listening on " + opt.bind +
                                            ": other machines that can reach this address can see the preview")
              << "\n";
  std::cout << "webtruong serve: " << localized("cli.serve", dev.url() + " (Ctrl+C to stop)") << std::endl;
  wait_for_stop(stop_signals);
  dev.stop();
  std::cerr << "webtruong serve: " << localized("cli.serve", "stopped") << "\n";
  return 0;
}

}  // namespace wt::cli
