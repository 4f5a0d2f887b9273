#include "cli/command_portal_nginx.hpp"

#include <filesystem>
#include <iostream>

#include "config/base_url.hpp"
#include "core/file_io.hpp"
#include "core/message_catalog.hpp"
#include "core/thread_pool.hpp"
#include "hosting/nginx_values.hpp"
#include "hosting/portal_hosting.hpp"
#include "plugin/option_parser.hpp"
#include "portal/portal_config.hpp"

namespace fs = std::filesystem;

namespace wt::cli {
namespace {

const plugin::OptionParser& parser() {
  static const plugin::OptionParser p(
      "portal nginx", "[PORTAL_DIR] [options]",
      "Prints the nginx configuration that serves the portal of PORTAL_DIR/portal.yaml (default: the\n"
      "current folder) as 'webtruong portal build' wrote it into OUT: one server for the portal's host\n"
      "(OUT/www: the portal's pages at /, each member with a path under it) and one per member on its\n"
      "own host name (OUT/hosts/HOST). Each site gets its own 404 page, its aliases as 301 redirects, its\n"
      "Content-Security-Policy as a header, files from static/ sandboxed, caching headers and gzip; no\n"
      "folder is listed and no dot-folder served. Members not built are left out with a warning.\n"
      "Include the file in the http { } block of nginx.conf and check it with 'nginx -t' (docs/hosting.md).",
      {{"--output", "-o", "FILE", "write the configuration to FILE instead of the standard output"},
       {"--out", "", "OUT", "where the portal is built (default: PORTAL_DIR/public)"},
       {"--server-name", "", "HOST",
        "host name of the portal's own host (default: the host of base_url); may be repeated", true},
       {"--listen", "", "ADDR", "port, ADDRESS:PORT, [IPv6]:PORT or unix:/path, for every server (default 80)"},
       {"--base-url", "", "URL", "the base URL the portal was built with (default: base_url of portal.yaml)"}});
  return p;
}

}  // namespace

int command_portal_nginx(const std::vector<std::string>& args) {
  const auto& p = parser();
  std::string error;
  auto opts = p.parse(args, &error);
  if (!opts) return p.usage_error(error);
  if (opts->help) {
    std::cout << p.usage();
    return 0;
  }
  if (opts->positional.size() > 1) return p.usage_error("only one portal folder at a time");
  const fs::path dir = opts->positional.empty() ? fs::path(".") : fs::path(opts->positional[0]);
  hosting::PortalHosting h;
  h.out_dir = opts->has("--out") ? fs::path(opts->get("--out")) : dir / "public";
  if (opts->has("--base-url")) {
    auto url = config::normalize_base_url(opts->get("--base-url"), &error);
    if (!url) return p.usage_error("'--base-url' " + error);
    if (url->find('/', url->find("://") + 3) + 1 != url->size())
      return p.usage_error("'--base-url' should be the root of the portal's host, like https://phutho.edu.vn/");
    if (!hosting::check_host_name(hosting::host_of_url(*url), &error)) return p.usage_error("'--base-url' " + error);
    h.base_url = *url;
  }
  h.names = opts->all("--server-name");
  for (const auto& n : h.names)
    if (!hosting::check_host_name(n, &error)) return p.usage_error("'--server-name' " + error);
  h.listen = opts->get("--listen", "80");
  if (!hosting::check_listen(h.listen, &error)) return p.usage_error("'--listen' " + error);

  DiagnosticSink sink;
  auto cfg = portal::load_portal_config(dir, sink);
  std::optional<std::string> text;
  if (cfg) {
    ThreadPool pool(default_jobs());
    text = hosting::portal_nginx_config(*cfg, h, pool, sink);
  }
  sink.print(std::cerr);
  if (!text) return 1;
  if (!opts->has("--output")) {
    std::cout << *text;
    return 0;
  }
  if (!write_file_replacing(opts->get("--output"), *text, &error)) {
    std::cerr << "webtruong: " << localized("cli.write", error) << "\n";
    return 1;
  }
  return 0;
}

}  // namespace wt::cli
