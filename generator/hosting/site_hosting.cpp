#include "hosting/site_hosting.hpp"

#include "core/base_path.hpp"
#include "core/file_system.hpp"
#include "hosting/nginx_config.hpp"
#include "hosting/nginx_values.hpp"
#include "hosting/page_policy.hpp"
#include "site/render_output.hpp"

namespace fs = std::filesystem;

namespace wt::hosting {
namespace {

// The old addresses of the site's pages. An alias written as a folder
// ("/cu/") is published as cu/index.html: "/cu", "/cu/" and
// "/cu/index.html" all redirect.
std::vector<Redirect> redirects_of(const site::LoadedSite& site, const std::string& prefix,
                                   const std::string& base_path) {
  std::vector<Redirect> out;
  const std::string folder_tail = "/index.html";
  for (const auto& a : site.tree->aliases) {
    std::string to = under_base_path(a.target->url, base_path);
    std::string from = prefix + a.output_path;
    bool is_folder = a.output_path.size() > folder_tail.size() && a.output_path.ends_with(folder_tail);
    if (!is_folder || !check_address(from, AddressUse::Location, nullptr)) {
      out.push_back({from, to, a.text, a.position});
      continue;
    }
    std::string dir = from.substr(0, from.size() - folder_tail.size());
    for (const auto& f : {dir, dir + "/", from}) out.push_back({f, to, a.text, a.position});
  }
  return out;
}

std::vector<StaticPath> static_paths_of(const site::BuildPlan& plan, const std::string& prefix) {
  std::vector<StaticPath> out;
  for (const auto& o : plan.outputs)
    if (o.kind == site::OutputKind::Static || o.kind == site::OutputKind::Image) out.push_back({prefix + o.rel, o.position});
  return out;
}

std::vector<FeedPath> feeds_of(const site::BuildPlan& plan, const std::string& prefix) {
  std::vector<FeedPath> out;
  for (const auto& o : plan.outputs)
    if (o.kind == site::OutputKind::Feed)
      out.push_back(
          {prefix + o.rel, o.feed_format == render::FeedFormat::Atom ? "application/atom+xml" : "application/rss+xml"});
  return out;
}

// The policy the pages declare, read from the home page as rendered.
std::optional<std::string> policy_of(const site::LoadedSite& site, const site::BuildPlan& plan, DiagnosticSink& sink) {
  for (const auto& o : plan.outputs) {
    if (o.kind != site::OutputKind::Home) continue;
    auto html = site::render_output(site, o, sink);
    if (!html) return std::nullopt;
    return page_policy(*html).value_or("");
  }
  return std::string();
}

// The base path of the site as nginx matches it ("/trường/"), or nullopt.
std::optional<std::string> decoded_base_path(const site::LoadedSite& site) {
  return decode_path(base_path_of(site.cfg.base_url));
}

struct LoadedMember {
  std::unique_ptr<site::LoadedSite> owned;
  const site::LoadedSite* site = nullptr;
  site::BuildPlan plan;
};

std::string shown(const MemberSpec& m) { return m.loaded ? m.loaded->request.site_dir.string() : m.site_dir.string(); }

// `p` with a file of the site named under m.files_under (a relative
// name that is not where the member itself is named).
Position under(const MemberSpec& m, Position p) {
  if (!m.files_under.empty() && !p.file.empty() && p.file != m.position.file && fs::path(p.file).is_relative())
    p.file = (m.files_under / p.file).lexically_normal().string();
  return p;
}

void merge_under(const MemberSpec& m, const DiagnosticSink& from, DiagnosticSink& to) {
  for (auto d : from.sorted()) {
    d.position = under(m, d.position);
    to.report(std::move(d));
  }
}

bool load_member(const MemberSpec& m, const LoadSettings& settings, ThreadPool& pool, LoadedMember& out,
                 DiagnosticSink& sink) {
  DiagnosticSink local;
  if (m.loaded) {
    out.site = m.loaded;
  } else {
    site::LoadRequest request;
    request.site_dir = m.site_dir;
    request.base_url = m.base_url;
    request.now = settings.now;
    request.theme_dirs = settings.theme_dirs;
    out.owned = site::load_site(request, real_file_system(), pool, local);
    out.site = out.owned.get();
  }
  bool ok = out.site->config_ok && out.site->theme_ok && out.site->tree && !local.has_errors() &&
            site::plan_build(*out.site, out.plan, local);
  merge_under(m, local, sink);
  if (!ok) sink.error(m.position, "hosting.site", "the site in " + shown(m) + " cannot be hosted: it does not build");
  return ok;
}

std::optional<HostedSite> host_member(const MemberSpec& m, const LoadSettings& settings, ThreadPool& pool,
                                      DiagnosticSink& sink) {
  LoadedMember member;
  if (!load_member(m, settings, pool, member, sink)) return std::nullopt;
  DiagnosticSink local;
  auto hosted = describe_site(*member.site, member.plan, fs::absolute(m.out_dir), m.position, local);
  merge_under(m, local, sink);
  if (!hosted) return std::nullopt;
  for (auto& r : hosted->redirects) r.position = under(m, r.position);
  for (auto& f : hosted->static_files) f.position = under(m, f.position);
  if (!m.prefix.empty() && m.prefix != hosted->prefix) {
    sink.error(m.position, "hosting.base-path",
               "the site in " + shown(m) + " is built for the path '" + hosted->prefix + "' (base_url " +
                   member.site->cfg.base_url + ") but is served at '" + m.prefix +
                   "': build it with a base URL ending in " + m.prefix);
    return std::nullopt;
  }
  return hosted;
}

}  // namespace

std::optional<HostedSite> describe_site(const site::LoadedSite& site, const site::BuildPlan& plan, const fs::path& dir,
                                        Position position, DiagnosticSink& sink) {
  HostedSite out;
  out.position = position;
  out.dir = dir;
  auto prefix = decoded_base_path(site);
  if (!prefix) {
    sink.error(position, "hosting.prefix",
               "the path of the base URL " + site.cfg.base_url + " cannot be served by nginx");
    return std::nullopt;
  }
  out.prefix = *prefix;
  if (plan.find("404.html")) out.not_found = "404.html";
  out.redirects = redirects_of(site, out.prefix, base_path_of(site.cfg.base_url));
  out.static_files = static_paths_of(plan, out.prefix);
  out.feeds = feeds_of(plan, out.prefix);
  auto policy = policy_of(site, plan, sink);
  if (!policy) return std::nullopt;
  out.page_policy = *policy;
  return out;
}

std::optional<std::string> nginx_config_for(const std::vector<ServerSpec>& servers, const LoadSettings& settings,
                                            ThreadPool& pool, DiagnosticSink& sink) {
  std::vector<HostedServer> hosted;
  bool ok = true;
  for (const auto& spec : servers) {
    HostedServer s{spec.names, spec.listen, fs::absolute(spec.root), spec.described, spec.position};
    for (const auto& m : spec.sites) {
      auto site = host_member(m, settings, pool, sink);
      if (site)
        s.sites.push_back(std::move(*site));
      else
        ok = false;
    }
    hosted.push_back(std::move(s));
  }
  if (!ok) return std::nullopt;
  return nginx_config(hosted, sink);
}

}  // namespace wt::hosting
