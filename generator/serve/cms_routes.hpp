// CmsRoutes: the forms of Decap CMS inside `webtruong serve`, so a school
// edits its site on its own computer with one address (docs/cms.md):
//
//   GET /admin/             the page that loads Decap (cms/decap_config.hpp's decap_admin_page)
//   GET /admin/config.yml   the forms, made afresh from the site's folders and the schemas on each request
//   GET /admin/decap-cms.js Decap itself, and the parts it loads (/admin/1077.decap-cms.js),
//                           from the installed CMS files (Installation::cms_scripts)
//
// Decap saves through decap-server (its local backend, `proxy_url`); the
// files it writes are seen by the watcher like any other save. The admin
// page gets no reload script: a rebuild must not throw away a form being filled.
//
//   CmsRoutes cms({.site_dir = "site", .schemas_dir = inst.schemas, .script_dir = inst.cms_scripts()});
//   if (auto reply = cms.answer("/admin/config.yml", "http://127.0.0.1:8080/")) send(*reply);
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "serve/responder.hpp"

namespace wt::serve {

struct CmsRouteOptions {
  std::filesystem::path site_dir;
  std::filesystem::path schemas_dir;
  std::filesystem::path script_dir;  ///< Decap's dist/ folder (decap-cms.js and its chunks); empty when not installed
  std::string proxy_url = "http://127.0.0.1:8081/api/v1";
};

class CmsRoutes {
 public:
  explicit CmsRoutes(CmsRouteOptions options) : options_(std::move(options)) {}

  /// The answer to `target` when it is under /admin, else nullopt (the
  /// site's own pages answer it). `site_url` is the preview's address.
  std::optional<Reply> answer(std::string_view target, const std::string& site_url) const;

 private:
  CmsRouteOptions options_;
};

}  // namespace wt::serve
