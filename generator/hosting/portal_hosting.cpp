#include "hosting/portal_hosting.hpp"

#include "core/file_io.hpp"
#include "hosting/nginx_values.hpp"
#include "hosting/page_policy.hpp"
#include "portal/member_build.hpp"
#include "portal/portal_static.hpp"

namespace fs = std::filesystem;

namespace wt::hosting {
namespace {

// "portal.yaml:9:5: error: two members ..." -> "two members ..."
std::string message_of(const std::string& formatted) {
  const std::string mark = ": error: ";
  size_t at = formatted.find(mark);
  return at == std::string::npos ? formatted : formatted.substr(at + mark.size());
}

// Why `m` is left out, or "" when it is served.
std::string left_out(const portal::PortalMember& m, const fs::path& folder) {
  if (!m.problems.empty())
    return "the member '" + m.slug + "' is left out of the nginx configuration: " + message_of(m.problems.front());
  std::error_code ec;
  if (!fs::is_directory(folder, ec))
    return "the member '" + m.slug + "' is not built (there is no " + folder.string() +
           "): it is left out of the nginx configuration; build the portal, then write the configuration again";
  return "";
}

bool check_names(const std::vector<std::string>& names, const Position& position, DiagnosticSink& sink) {
  bool ok = true;
  for (const auto& n : names) {
    std::string why;
    if (check_host_name(n, &why)) continue;
    sink.error(position, "hosting.host", "the portal's host name " + why);
    ok = false;
  }
  return ok;
}

}  // namespace

std::string host_of_url(const std::string& base_url) {
  size_t start = base_url.find("://");
  start = start == std::string::npos ? 0 : start + 3;
  size_t end = base_url.find_first_of(":/", start);
  return base_url.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::optional<HostedSite> describe_portal_pages(const fs::path& www, const fs::path& theme_dir, Position position,
                                                DiagnosticSink& sink) {
  auto home = read_file(www / "index.html");
  if (!home) {
    sink.error(position, "hosting.portal.unbuilt",
               "the portal is not built: there is no " + (www / "index.html").string() +
                   "; run 'webtruong portal build' first (or give its output folder with --out)");
    return std::nullopt;
  }
  HostedSite out;
  out.prefix = "/";
  out.dir = fs::absolute(www);
  out.position = position;
  std::error_code ec;
  if (fs::is_regular_file(www / "404.html", ec)) out.not_found = "404.html";
  out.page_policy = page_policy(*home).value_or("");
  for (const auto& f : portal::portal_static_files(theme_dir))
    if (fs::is_regular_file(www / f.rel, ec)) out.static_files.push_back({"/" + f.rel, {f.source.string(), 0, 0}});
  return out;
}

std::optional<std::vector<ServerSpec>> portal_servers(const portal::PortalConfig& cfg, const PortalHosting& hosting,
                                                      DiagnosticSink& sink) {
  portal::PortalConfig served = cfg;  // member_url() reads its base URL
  if (!hosting.base_url.empty()) served.base_url = hosting.base_url;
  const Position at = cfg.base_url_position;
  ServerSpec portal_host;
  portal_host.names = hosting.names.empty() ? std::vector<std::string>{host_of_url(served.base_url)} : hosting.names;
  if (!check_names(portal_host.names, at, sink)) return std::nullopt;
  const fs::path theme = portal::portal_theme_dir(hosting.load.theme_dirs);
  if (theme.empty()) {
    sink.error(at, "hosting.theme", "the default theme was not found among the installed themes");
    return std::nullopt;
  }
  portal_host.listen = hosting.listen;
  portal_host.root = hosting.out_dir / "www";
  portal_host.position = at;
  auto pages = describe_portal_pages(portal_host.root, theme, at, sink);
  if (!pages) return std::nullopt;
  portal_host.described.push_back(std::move(*pages));

  std::vector<ServerSpec> own_hosts;
  for (const auto& m : served.members) {
    const fs::path folder = (hosting.out_dir / portal::member_prefix(m)).parent_path();  // without the final '/'
    if (auto why = left_out(m, folder); !why.empty()) {
      sink.warning(m.position, "hosting.member.left-out", why);
      continue;
    }
    MemberSpec site{.prefix = m.host.empty() ? m.path : "/",
                    .site_dir = m.source_dir,
                    .out_dir = folder,
                    .base_url = portal::member_url(m, served),
                    .position = m.position,
                    .files_under = m.source_dir};
    if (m.host.empty()) {
      portal_host.sites.push_back(std::move(site));
      continue;
    }
    ServerSpec own;
    own.names = {m.host};
    own.listen = hosting.listen;
    own.root = folder;
    own.position = m.position;
    own.sites.push_back(std::move(site));
    own_hosts.push_back(std::move(own));
  }
  std::vector<ServerSpec> out{std::move(portal_host)};
  for (auto& s : own_hosts) out.push_back(std::move(s));
  return out;
}

std::optional<std::string> portal_nginx_config(const portal::PortalConfig& cfg, const PortalHosting& hosting,
                                               ThreadPool& pool, DiagnosticSink& sink) {
  auto servers = portal_servers(cfg, hosting, sink);
  if (!servers) return std::nullopt;
  return nginx_config_for(*servers, hosting.load, pool, sink);
}

}  // namespace wt::hosting
