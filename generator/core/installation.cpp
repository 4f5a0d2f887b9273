#include "core/installation.hpp"

#include <cstdlib>

#include "core/file_io.hpp"
#include "core/text.hpp"

// Set on this file only by generator/CMakeLists.txt.
#ifndef WT_SOURCE_FALLBACK
#define WT_SOURCE_FALLBACK 0
#endif
#ifndef WT_DATA_FROM_BIN
#define WT_DATA_FROM_BIN "../share/webtruong"
#endif

namespace fs = std::filesystem;

namespace wt {
namespace {

/// The file CMake writes beside a development build's binaries.
constexpr const char* kSourceTreeFile = "webtruong-source-tree.txt";

std::string env_or_empty(const char* name) {
  const char* v = std::getenv(name);
  return v ? std::string(v) : std::string();
}

bool holds(const fs::path& dir, const char* probe) {
  std::error_code ec;
  return fs::is_directory(dir / probe, ec);
}

// One folder: the override, else the installed copy, else the checkout's.
fs::path find_folder(const std::string& env, const char* name, const char* probe, const InstallationSearch& s,
                     const fs::path& share) {
  if (!env.empty()) return fs::path(env).lexically_normal();
  if (!share.empty() && holds(share / name, probe)) return share / name;
  if (!s.source_tree.empty() && holds(s.source_tree / name, probe)) return (s.source_tree / name).lexically_normal();
  return {};
}

}  // namespace

fs::path source_tree_beside(const fs::path& exe) {
  if (exe.empty()) return {};
  auto text = read_regular_file(exe.parent_path() / kSourceTreeFile, nullptr, 4096);
  if (!text) return {};
  fs::path dir(trim(*text));
  std::error_code ec;
  if (!dir.is_absolute() || !fs::is_directory(dir, ec)) return {};
  return dir;
}

fs::path Installation::reports() const { return themes.empty() ? fs::path() : themes / "default" / "reports"; }

fs::path Installation::scaffold() const { return content.empty() ? fs::path() : content / "scaffold"; }

fs::path Installation::cms_scripts() const {
  return cms.empty() ? fs::path() : cms / "node_modules" / "decap-cms" / "dist";
}

Installation find_installation(const InstallationSearch& s) {
  Installation inst;
  if (!s.exe.empty()) inst.share = (s.exe.parent_path() / s.data_from_bin).lexically_normal();
  inst.themes = find_folder(s.themes_env, "themes", "default/layouts", s, inst.share);
  inst.schemas = find_folder(s.schemas_env, "schemas", "rules", s, inst.share);
  inst.content = find_folder(s.content_env, "content", "scaffold/common", s, inst.share);
  inst.cms = find_folder(s.cms_env, "cms", "node_modules/decap-cms/dist", s, inst.share);
  return inst;
}

InstallationSearch this_process_search() {
  InstallationSearch s;
  std::error_code ec;
  s.exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) s.exe.clear();
  s.data_from_bin = WT_DATA_FROM_BIN;
  if (WT_SOURCE_FALLBACK) s.source_tree = source_tree_beside(s.exe);
  s.themes_env = env_or_empty("WEBTRUONG_THEMES");
  s.schemas_env = env_or_empty("WEBTRUONG_SCHEMAS");
  s.content_env = env_or_empty("WEBTRUONG_CONTENT");
  s.cms_env = env_or_empty("WEBTRUONG_CMS");
  return s;
}

const Installation& installation() {
  static const Installation inst = find_installation(this_process_search());
  return inst;
}

}  // namespace wt
