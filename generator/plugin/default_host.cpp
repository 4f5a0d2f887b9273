// The PluginHost of a real run.
#include "core/file_io.hpp"
#include "core/clock.hpp"
#include "core/installation.hpp"
#include "data/csv_reader.hpp"
#include "plugin/plugin.hpp"
#include "templates/theme.hpp"

namespace fs = std::filesystem;

namespace wt::plugin {
namespace {

std::string reports_not_found() {
  const Installation& inst = installation();
  fs::path where = !inst.themes.empty() ? inst.themes : inst.share.empty() ? fs::path() : inst.share / "themes";
  std::string msg = "the report templates (themes/default/reports/) were not found";
  if (!where.empty()) msg += " in " + where.string();
  return msg + "; set WEBTRUONG_THEMES to the themes/ folder";
}

class DefaultHost final : public PluginHost {
 public:
  fs::path schemas_dir() const override { return installation().schemas; }

  std::optional<std::string> render_report(const std::string& name, const nlohmann::json& view,
                                           const fs::path& override_dir, DiagnosticSink& sink) const override {
    std::vector<fs::path> dirs;
    if (!override_dir.empty()) dirs.push_back(override_dir);
    std::error_code ec;
    if (fs::path reports = installation().reports(); fs::is_directory(reports / "layouts", ec))
      dirs.push_back(reports);
    else if (override_dir.empty()) {
      sink.error({"reports", 0, 0}, "plugin.reports", reports_not_found());
      return std::nullopt;
    }
    auto theme = templates::Theme::load(dirs, sink);
    if (!theme) return std::nullopt;
    return theme->render(name, view, sink);
  }

  // "-" is the standard output; a device or pipe is written where it is
  // (audit --json /dev/null, run as root, once replaced the device).
  bool write_file(const fs::path& path, const std::string& content, std::string* error) const override {
    return write_file_replacing(path, content, error);
  }

  long long now() const override { return now_seconds(); }

  std::optional<Table> read_csv(std::string_view text, TableError* error) const override {
    data::CsvError err;
    auto csv = data::read_csv(text, &err);
    if (!csv) {
      if (error) *error = {err.message, err.line, err.column};
      return std::nullopt;
    }
    Table table;
    table.reserve(csv->rows.size());
    for (auto& row : csv->rows) {
      std::vector<TableCell> cells;
      cells.reserve(row.size());
      for (auto& cell : row) cells.push_back({std::move(cell.text), cell.line, cell.column});
      table.push_back(std::move(cells));
    }
    return table;
  }
};

}  // namespace

std::unique_ptr<PluginHost> make_default_host() { return std::make_unique<DefaultHost>(); }

}  // namespace wt::plugin
