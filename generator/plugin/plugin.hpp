// The plugin interface of the generator. A plugin adds subcommands to
// `webtruong` (the crawler audit adds `audit`) and uses what the generator
// shares with it through PluginHost: the installed schemas (rule sets and
// rubrics, the same files `check` reads, loaded with regulations::load_for),
// report templates rendered by the theme engine with its theme lookup, the
// CSV reader, atomic file writes and the clock. The CLI parses every
// command's options with OptionParser, so `--help` and errors look the same
// everywhere.
//
// A plugin includes only core/, regulations/ and plugin/ of the generator
// (tests/unit/plugin/module_includes_test.cpp fails otherwise): whatever else
// it needs of the generator is a service of PluginHost.
//
// Plugins are listed explicitly, in plugins/registry.cpp (no static-init
// magic); `webtruong plugins` prints that list.
//
//   class AuditPlugin : public wt::plugin::Plugin {
//     std::string name() const override { return "audit"; }
//     std::string summary() const override { return "crawl live school websites ..."; }
//     std::vector<wt::plugin::Command> commands() const override {
//       return {{"audit", "crawl live school websites and score them", run_audit}};
//     }
//   };
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostic.hpp"
#include "plugin/build_events.hpp"


namespace wt::plugin {

/// One value of a table the host read for a plugin (PluginHost::read_csv),
/// with its place in the file (1-based; the column counts code points).
struct TableCell {
  std::string text;
  int line = 0;
  int column = 0;
};

/// Rows of cells, the header first.
using Table = std::vector<std::vector<TableCell>>;

/// Why a table could not be read, and where (line 0: the whole file).
struct TableError {
  std::string message;
  int line = 0;
  int column = 0;
};

/// What the generator lends a plugin command. Tests may pass their own.
class PluginHost {
 public:
  virtual ~PluginHost() = default;

  /// The schemas/ folder: data schemas, rules/*.yaml, rubrics/*.yaml.
  virtual std::filesystem::path schemas_dir() const = 0;

  /// Renders report layout `name` (e.g. "audit") from reports/layouts/ of the
  /// default theme, or of `override_dir` first when not empty (a sở can keep
  /// its own report look: file by file, as a site overrides its theme).
  /// Diagnostics (file:line:col) on a template error; nullopt then.
  virtual std::optional<std::string> render_report(const std::string& name, const nlohmann::json& view,
                                                   const std::filesystem::path& override_dir,
                                                   DiagnosticSink& sink) const = 0;

  /// Writes `content` to `path` through a temporary file renamed into place,
  /// so a failed or interrupted run never leaves half a report; "-" is the
  /// standard output, and a device or named pipe is written to, never
  /// replaced. false with `error` set when it cannot.
  virtual bool write_file(const std::filesystem::path& path, const std::string& content, std::string* error) const = 0;

  /// Seconds since the Unix epoch (SOURCE_DATE_EPOCH when set, for
  /// reproducible reports and tests).
  virtual long long now() const = 0;

  // --- Services: what a plugin would otherwise take from the generator's
  // own modules (which plugins may not include) ---

  /// CSV text read by the generator's one CSV reader (data/csv_reader.hpp:
  /// RFC 4180, ',' ';' or tab chosen from the header row, a BOM, CRLF,
  /// quoted line breaks, at most a million values). nullopt with `error`
  /// filled (when not null) when the text is not CSV.
  virtual std::optional<Table> read_csv(std::string_view text, TableError* error) const = 0;
};

struct Command {
  std::string name;     ///< As typed after "webtruong".
  std::string summary;  ///< One line for `webtruong help`, in English (its Vietnamese: core/messages/help.cpp).
  /// Runs with the arguments after the command name. Returns the exit status:
  /// 0 success, 1 the input or the network is at fault, 2 bad usage.
  std::function<int(const std::vector<std::string>& args, const PluginHost& host)> run;
};

class Plugin {
 public:
  virtual ~Plugin() = default;
  virtual std::string name() const = 0;
  /// One line for `webtruong plugins`, in English (its Vietnamese: core/messages/help.cpp).
  virtual std::string summary() const = 0;
  /// Subcommands the plugin adds; none by default.
  virtual std::vector<Command> commands() const { return {}; }

  // --- Build hooks ----------------------------------------------------------
  // Called by every build (site/build.hpp), in this order; each does nothing
  // unless overridden. A later feature such as a search index is a plugin
  // that collects pages in on_page_rendered and writes in on_build_finished.

  /// The site is loaded (configuration, content, data, Markdown), before it
  /// is validated and planned.
  virtual void on_content_loaded(const LoadedSiteInfo& site) {}
  /// One output was rendered (a page, a feed, sitemap.xml ...; not a static
  /// file copied as it is), just before it is written: `bytes` may be
  /// changed. Called from several threads at once, for different outputs.
  virtual void on_page_rendered(const RenderedOutput& output, std::string& bytes) {}
  /// Every output was written, before the new output replaces the old one;
  /// the plugin may add files of its own (build_events.hpp).
  virtual void on_build_finished(FinishedBuild& build) {}
  /// Whether it overrides any build hook above. The dev server renders an
  /// edit of page bodies without calling them (only the pages that show the
  /// edited text are rendered), and does so only when no plugin uses them.
  /// True unless a plugin says otherwise.
  virtual bool uses_build_hooks() const { return true; }
};

/// The plugins compiled into this webtruong, in a fixed order. Defined by
/// plugins/registry.cpp (linked into the executable), not by the generator.
std::vector<std::unique_ptr<Plugin>> installed_plugins();

/// The PluginHost of a real run: installed schemas and themes, real files,
/// the real clock.
std::unique_ptr<PluginHost> make_default_host();

}  // namespace wt::plugin
