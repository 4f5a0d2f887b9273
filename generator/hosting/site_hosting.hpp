// From built sites to what is hosted (hosting/hosting.hpp): the bridge
// between a build's knowledge and the nginx configuration.
//
// A site's plan (site/build_plan.hpp) knows what the server must treat
// apart: the 404 page, the aliases (answered with 301 instead of their
// meta-refresh pages), the files of kind Static (served sandboxed), and the
// pages' Content-Security-Policy, read from the rendered home page.
//
// `webtruong nginx` describes one site; a portal (`webtruong portal nginx`)
// describes every member with the same function, path- or host-based:
//
//   ServerSpec portal_host{.names = {"sgd.example.vn"}, .root = out / "www"};
//   portal_host.sites.push_back({.prefix = "/thcs-le-loi/", .site_dir = "members/thcs-le-loi",
//                                .out_dir = out / "www/thcs-le-loi",
//                                .base_url = "https://sgd.example.vn/thcs-le-loi/"});
//   ServerSpec own_host{.names = {"thpt-a.example.edu.vn"}, .root = out / "hosts/thpt-a.example.edu.vn"};
//   own_host.sites.push_back({.prefix = "/", .loaded = &member_site, .out_dir = own_host.root});
//   auto text = wt::hosting::nginx_config_for({portal_host, own_host}, {}, pool, sink);
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "hosting/hosting.hpp"
#include "site/build_plan.hpp"
#include "site/load_site.hpp"

namespace wt {
class ThreadPool;
}

namespace wt::hosting {

/// One site to host, as the portal (or the command line) names it.
struct MemberSpec {
  /// Where it is served ("/", "/thcs-le-loi/"); "" for the path of its
  /// base URL. Otherwise it must be that path (links are built for it).
  std::string prefix;
  std::filesystem::path site_dir;            ///< loaded from here when `loaded` is null
  const site::LoadedSite* loaded = nullptr;  ///< a site the caller loaded for a build (not owned)
  std::filesystem::path out_dir;             ///< where its built files are
  std::string base_url;                      ///< what it was built with (--base-url); "" for site.yaml's
  Position position;                         ///< where it is named, for diagnostics
  /// When set, the site's own files are named under this folder in
  /// diagnostics ("members/thcs-a/content/a.md:3:19" instead of
  /// "content/a.md:3:19"): a portal names which member a file is of.
  std::filesystem::path files_under{};
};

struct ServerSpec {
  std::vector<std::string> names;  ///< host names
  std::string listen = "80";
  std::filesystem::path root;  ///< the folder the host's root is
  std::vector<MemberSpec> sites;
  Position position;
  /// Sites described already, served before `sites` (the portal's own
  /// pages at "/": hosting/portal_hosting.hpp).
  std::vector<HostedSite> described{};
};

/// How sites given by folder are loaded.
struct LoadSettings {
  std::vector<std::filesystem::path> theme_dirs;  ///< empty: the installed themes
  int64_t now = 0;                                ///< 0: the clock (or $SOURCE_DATE_EPOCH)
};

/// The hosting of `site` (loaded for a build) and its `plan`, served at
/// the path of its base URL from `dir`. nullopt when its home page cannot
/// be rendered (reported).
std::optional<HostedSite> describe_site(const site::LoadedSite& site, const site::BuildPlan& plan,
                                        const std::filesystem::path& dir, Position position, DiagnosticSink& sink);

/// Loads and plans each site that is not loaded yet, describes every site
/// and writes the configuration (hosting/nginx_config.hpp). nullopt when a
/// site does not load or plan, is served at another path than it was built
/// for, or a value cannot be written; all reported to `sink`.
std::optional<std::string> nginx_config_for(const std::vector<ServerSpec>& servers, const LoadSettings& settings,
                                            ThreadPool& pool, DiagnosticSink& sink);

}  // namespace wt::hosting
