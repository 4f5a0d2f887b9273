// The files the portal's own pages use as they are, from the theme they
// are rendered with ("default" of the installed themes, or of the theme
// folders a test gives):
//
//   THEME/static/**          what every site of the theme gets too (css/, js/menu.js, favicon.svg)
//   THEME/portal/static/**   what only the portal's pages use (js/dashboard.js, the dashboard's
//                            sorting and filters): school sites never ship it
//
// Both are published under www/ at their path below static/ (a file of
// portal/static/ wins over one of static/ with the same path). Links and
// special files are left out, as a site build leaves them out.
//
//   fs::path theme = wt::portal::portal_theme_dir({});
//   for (const auto& f : wt::portal::portal_static_files(theme)) writer.copy(f.source, "www/" + f.rel);
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace wt::portal {

struct PortalStaticFile {
  std::string rel;               ///< under www/: "js/dashboard.js"
  std::filesystem::path source;  ///< THEME/portal/static/js/dashboard.js
};

/// The folder of the theme the portal's pages use: "default" of `dirs`
/// (empty: the installed themes) holding layouts/; "" when there is none.
std::filesystem::path portal_theme_dir(const std::vector<std::filesystem::path>& dirs);

/// The files of `theme_dir`/static and `theme_dir`/portal/static, sorted by rel.
std::vector<PortalStaticFile> portal_static_files(const std::filesystem::path& theme_dir);

}  // namespace wt::portal
