// decap_config: the configuration of Decap CMS (admin/config.yml; Sveltia
// CMS reads the same file) for one site, made from the site's content
// folders and from the same JSON Schemas `check` validates against, so the
// forms ask for what the build accepts (docs/cms.md):
//
//   content/<folder>/        a collection of posts (Markdown with front matter)
//   content/*.md             one form per page ("Trang")
//   data/khoan-thu/ ...      one collection per kind of data (schemas/data/<kind>.schema.json)
//
//   CmsOptions options;                       // decap-server on this machine
//   auto yaml = decap_config(shape, inst.schemas, options, sink);
//   if (yaml) write_file_replacing("admin/config.yml", *yaml, &error);
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "cms/site_shape.hpp"
#include "core/diagnostic.hpp"

namespace wt::cms {

/// Where the CMS reads and saves the site's files.
struct CmsOptions {
  /// "proxy": decap-server on this machine (a school editing locally);
  /// "github", "gitlab", "gitea": a hosted repository (a portal).
  std::string backend = "proxy";
  std::string proxy_url = "http://127.0.0.1:8081/api/v1";  ///< for "proxy"
  std::string repo;             ///< "owner/name", for the hosted backends
  std::string branch = "main";
  std::string api_root;         ///< a self-hosted forge's API ("https://git.sogd.vn/api/v1"); empty: the backend's default
  std::string site_url;         ///< the site's address, for "view on the site" links; empty: none
};

/// The backends decap_config() writes.
bool known_backend(const std::string& name);

/// config.yml for `shape`, its data forms made from `schemas_dir`/data/*.schema.json
/// and its page forms from `schemas_dir`/front-matter.schema.json. nullopt
/// when a schema cannot be read or holds a shape no form can take (reported
/// to `sink` with the schema's file).
std::optional<std::string> decap_config(const SiteShape& shape, const std::filesystem::path& schemas_dir,
                                        const CmsOptions& options, DiagnosticSink& sink);

/// admin/index.html: the page that loads Decap (`script_src`, relative to
/// the page or absolute) and its configuration (config.yml beside it).
std::string decap_admin_page(const std::string& script_src);

}  // namespace wt::cms
