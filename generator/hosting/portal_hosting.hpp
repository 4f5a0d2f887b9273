// What a built portal hosts (`webtruong portal nginx`): portal.yaml and the
// portal's output folder OUT (portal/portal_build.hpp) turned into the
// servers of hosting/site_hosting.hpp.
//
//   the portal's host (host of base_url)  root OUT/www
//     "/"           the portal's own pages: its 404.html, the policy of its
//                   pages (read from OUT/www/index.html), the files it copies
//                   from its theme (portal/portal_static.hpp) sandboxed
//     "/<slug>/"    each member with a path, from OUT/www/<slug>/
//   each member's own host                root OUT/hosts/<host>
//     "/"           that member
//
// Each member is described as `webtruong nginx` describes one site (its
// 404, aliases, static files, feeds, policy), loaded from its source folder
// with the base URL the portal built it with. A member that is not built
// (no folder in OUT), or that portal.yaml keeps from being built (a slug,
// path or host taken by an earlier member, a missing source folder), is
// left out with a warning naming it. The portal's pages must be built
// (OUT/www/index.html); a member that is built but does not load, and any
// value that cannot be written, are errors: no configuration is returned
// (the one in place keeps serving).
//
//   auto cfg = wt::portal::load_portal_config(dir, sink);
//   PortalHosting h{.out_dir = dir / "public", .listen = "80"};
//   auto text = wt::hosting::portal_nginx_config(*cfg, h, pool, sink);
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "hosting/hosting.hpp"
#include "hosting/site_hosting.hpp"
#include "portal/portal_config.hpp"

namespace wt {
class ThreadPool;
}

namespace wt::hosting {

struct PortalHosting {
  std::filesystem::path out_dir;   ///< the built portal (OUT of `portal build -o OUT`)
  std::string listen = "80";       ///< of every server
  std::vector<std::string> names;  ///< host names of the portal's host; empty: the host of base_url
  std::string base_url;            ///< "" : portal.yaml's (else what `portal build --base-url` was given)
  LoadSettings load;               ///< how members are loaded (themes: also the portal's theme)
};

/// The host name of `base_url` ("https://sgd.example.vn:8443/" -> "sgd.example.vn").
std::string host_of_url(const std::string& base_url);

/// The portal's own pages in `www` (OUT/www), served at "/". nullopt (an
/// error at `position`) when they are not built.
std::optional<HostedSite> describe_portal_pages(const std::filesystem::path& www, const std::filesystem::path& theme_dir,
                                                Position position, DiagnosticSink& sink);

/// The servers of the portal `cfg` as built into `hosting.out_dir`, with
/// the portal's pages described; members left out are warned about in `sink`.
std::optional<std::vector<ServerSpec>> portal_servers(const portal::PortalConfig& cfg, const PortalHosting& hosting,
                                                      DiagnosticSink& sink);

/// portal_servers() written as one nginx configuration (nginx_config_for).
std::optional<std::string> portal_nginx_config(const portal::PortalConfig& cfg, const PortalHosting& hosting,
                                               ThreadPool& pool, DiagnosticSink& sink);

}  // namespace wt::hosting
