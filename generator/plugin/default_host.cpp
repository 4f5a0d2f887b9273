// The PluginHost of a real run.
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "core/installed.hpp"
#include "plugin/plugin.hpp"
#include "templates/theme.hpp"

#ifndef WT_SOURCE_THEMES_DIR
#define WT_SOURCE_THEMES_DIR ""
#endif
#ifndef WT_SOURCE_SCHEMAS_DIR
#define WT_SOURCE_SCHEMAS_DIR ""
#endif

namespace fs = std::filesystem;

namespace wt::plugin {
namespace {

class DefaultHost final : public PluginHost {
 public:
  fs::path schemas_dir() const override {
    return find_installed_dir("WEBTRUONG_SCHEMAS", "schemas", WT_SOURCE_SCHEMAS_DIR, "rules");
  }

  std::optional<std::string> render_report(const std::string& name, const nlohmann::json& view,
                                           const fs::path& override_dir, DiagnosticSink& sink) const override {
    std::vector<fs::path> dirs;
    if (!override_dir.empty()) dirs.push_back(override_dir);
    for (const auto& d : templates::installed_theme_dirs(WT_SOURCE_THEMES_DIR)) {
      fs::path reports = d / "default" / "reports";
      std::error_code ec;
      if (fs::is_directory(reports / "layouts", ec)) {
        dirs.push_back(reports);
        break;
      }
    }
    auto theme = templates::Theme::load(dirs, sink);
    if (!theme) return std::nullopt;
    return theme->render(name, view, sink);
  }

  bool write_file(const fs::path& path, const std::string& content, std::string* error) const override {
    fs::path tmp = path;
    tmp += ".tmp-" + std::to_string(::getpid());
    {
      std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
      f << content;
      f.flush();
      if (!f) {
        *error = "cannot write " + path.string();
        std::error_code ec;
        fs::remove(tmp, ec);
        return false;
      }
    }
    std::error_code ec;
    fs::rename(tmp, path, ec);
    if (ec) {
      *error = "cannot write " + path.string() + ": " + ec.message();
      fs::remove(tmp, ec);
      return false;
    }
    return true;
  }

  long long now() const override { return now_seconds(); }
};

}  // namespace

std::unique_ptr<PluginHost> make_default_host() { return std::make_unique<DefaultHost>(); }

}  // namespace wt::plugin
