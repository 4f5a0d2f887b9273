#include "cli/command_nginx.hpp"

#include <filesystem>
#include <iostream>

#include "config/base_url.hpp"
#include "core/file_io.hpp"
#include "core/message_catalog.hpp"
#include "core/file_system.hpp"
#include "core/thread_pool.hpp"
#include "hosting/nginx_values.hpp"
#include "hosting/site_hosting.hpp"
#include "plugin/option_parser.hpp"
#include "site/load_site.hpp"

namespace fs = std::filesystem;

namespace wt::cli {
namespace {

const plugin::OptionParser& parser() {
  static const plugin::OptionParser p(
      "nginx", "[SITE_DIR] [options]",
      "Prints the nginx configuration that serves the site in SITE_DIR (default: the\n"
      "current folder) as built into PUBLIC_DIR: its 404 page, its aliases as 301\n"
      "redirects, its Content-Security-Policy as a header, files from static/ sandboxed,\n"
      "caching headers, gzip, no folder listing and no dot-folder. Include the file in\n"
      "the http { } block of nginx.conf (docs/hosting.md).",
      {{"--output", "-o", "FILE", "write the configuration to FILE instead of the standard output"},
       {"--out", "", "PUBLIC_DIR", "where the site is built (default: SITE_DIR/public)"},
       {"--server-name", "", "HOST", "host name to answer for (default: the host of the base URL); may be repeated",
        true},
       {"--listen", "", "ADDR", "port, ADDRESS:PORT, [IPv6]:PORT or unix:/path (default 80)"},
       {"--base-url", "", "URL", "the base URL the site was built with (default: base_url of site.yaml)"}});
  return p;
}

// "https://thcs.example.vn:8443/a/" -> "thcs.example.vn"
std::string host_of(const std::string& base_url) {
  size_t start = base_url.find("://");
  start = start == std::string::npos ? 0 : start + 3;
  size_t end = base_url.find_first_of(":/", start);
  return base_url.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

}  // namespace

int command_nginx(const std::vector<std::string>& args) {
  const auto& p = parser();
  std::string error;
  auto opts = p.parse(args, &error);
  if (!opts) return p.usage_error(error);
  if (opts->help) {
    std::cout << p.usage();
    return 0;
  }
  if (opts->positional.size() > 1) return p.usage_error("only one site folder at a time");
  hosting::MemberSpec member;
  member.site_dir = opts->positional.empty() ? fs::path(".") : fs::path(opts->positional[0]);
  member.out_dir = opts->has("--out") ? fs::path(opts->get("--out")) : member.site_dir / "public";
  member.position = {member.site_dir.string(), 0, 0};
  if (opts->has("--base-url")) {
    auto url = config::normalize_base_url(opts->get("--base-url"), &error);
    if (!url) return p.usage_error("'--base-url' " + error);
    member.base_url = *url;
  }
  hosting::ServerSpec server;
  server.names = opts->all("--server-name");
  for (const auto& n : server.names)
    if (!hosting::check_host_name(n, &error)) return p.usage_error("'--server-name' " + error);
  server.listen = opts->get("--listen", "80");
  if (!hosting::check_listen(server.listen, &error)) return p.usage_error("'--listen' " + error);
  server.root = member.out_dir;
  server.position = member.position;

  ThreadPool pool(default_jobs());
  DiagnosticSink sink;
  site::LoadRequest request;
  request.site_dir = member.site_dir;
  request.base_url = member.base_url;
  auto site = site::load_site(request, real_file_system(), pool, sink);
  std::optional<std::string> text;
  if (site->config_ok) {
    if (server.names.empty()) server.names.push_back(host_of(site->cfg.base_url));
    member.loaded = site.get();
    server.sites.push_back(member);
    text = hosting::nginx_config_for({server}, {}, pool, sink);
  }
  sink.print(std::cerr);
  if (!text) return 1;
  if (!fs::is_directory(member.out_dir))
    std::cerr << "webtruong: note: "
              << localized("cli.nginx", member.out_dir.string() +
                                            " holds no built site yet; run 'webtruong build' before nginx serves it")
              << "\n";
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
