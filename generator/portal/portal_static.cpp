#include "portal/portal_static.hpp"

#include <map>

#include "site/load_site.hpp"

namespace fs = std::filesystem;

namespace wt::portal {
namespace {

// Every regular file under `from` (not through links), by its path under it.
void add_tree(const fs::path& from, std::map<std::string, fs::path>& out) {
  std::error_code ec;
  if (!fs::is_directory(fs::symlink_status(from, ec))) return;
  for (fs::recursive_directory_iterator it(from, ec), end; !ec && it != end; it.increment(ec))
    if (!it->is_symlink(ec) && it->is_regular_file(ec))
      out[fs::relative(it->path(), from).generic_string()] = it->path();
}

}  // namespace

fs::path portal_theme_dir(const std::vector<fs::path>& dirs) {
  for (const auto& d : dirs.empty() ? site::default_theme_dirs() : dirs)
    if (fs::is_directory(d / "default" / "layouts")) return d / "default";
  return {};
}

std::vector<PortalStaticFile> portal_static_files(const fs::path& theme_dir) {
  std::map<std::string, fs::path> files;
  if (theme_dir.empty()) return {};
  add_tree(theme_dir / "static", files);
  add_tree(theme_dir / "portal" / "static", files);
  std::vector<PortalStaticFile> out;
  for (auto& [rel, source] : files) out.push_back({rel, std::move(source)});
  return out;
}

}  // namespace wt::portal
