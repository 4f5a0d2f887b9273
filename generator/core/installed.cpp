#include "core/installed.hpp"

#include <cstdlib>
#include <ctime>

namespace fs = std::filesystem;

namespace wt {

std::vector<fs::path> installed_dirs(const char* env_var, const std::string& name, const std::string& source_fallback) {
  std::vector<fs::path> dirs;
  if (const char* env = std::getenv(env_var); env && *env) dirs.emplace_back(env);
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec && !exe.empty()) {
    dirs.push_back(exe.parent_path() / ".." / name);
    dirs.push_back(exe.parent_path() / ".." / "share" / "webtruong" / name);
  }
  if (!source_fallback.empty()) dirs.emplace_back(source_fallback);
  return dirs;
}

fs::path find_installed_dir(const char* env_var, const std::string& name, const std::string& source_fallback,
                            const std::string& probe) {
  std::error_code ec;
  for (const auto& d : installed_dirs(env_var, name, source_fallback))
    if (fs::exists(d / probe, ec)) return d.lexically_normal();
  return {};
}

int64_t now_seconds() {
  if (const char* sde = std::getenv("SOURCE_DATE_EPOCH"); sde && *sde) {
    char* end = nullptr;
    long long v = std::strtoll(sde, &end, 10);
    if (end && *end == '\0') return v;
  }
  return static_cast<int64_t>(std::time(nullptr));
}

}  // namespace wt
