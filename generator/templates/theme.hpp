// Theme: the Mustache layouts and partials of one site, ready to render.
//
// A theme is read from several folders, earliest first: the site's own
// layouts/ and partials/ override the theme's, file by file. Every file is
// checked on its own (errors point at file:line:col), partials ({{> name}})
// are inlined as text, and each layout is compiled once. Rendering takes the
// view model (docs/contracts.md) as nlohmann::json and is safe from several
// threads at once: the compiled layouts are never changed after load().
//
//   auto theme = wt::templates::Theme::load({site_dir, theme_dir}, sink);
//   if (!theme) return false;
//   auto html = theme->render("page", view, sink);
//
// This module is the only one that touches kainjow mustache.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostic.hpp"

namespace wt {
class FileSystem;
}

namespace wt::templates {

class Theme {
 public:
  /// Loads layouts/**/*.mustache and partials/**/*.mustache from each dir in
  /// `dirs` (earlier dirs win, file by file). Reports `template.syntax`,
  /// `template.partial.missing`, `template.partial.cycle` and `template.read`
  /// errors; nullopt if any. Nothing is read from outside `roots[i]` (the
  /// site folder, for the site's own dirs) or, when there is no roots[i] or
  /// it is empty, outside dirs[i] itself (an installed theme): a link
  /// leading out, a loop, a pipe or a device is an error naming the file.
  static std::optional<Theme> load(const std::vector<std::filesystem::path>& dirs, DiagnosticSink& sink,
                                   const std::vector<std::filesystem::path>& roots = {});
  /// The same, reading through `files` (the disk, or memory).
  static std::optional<Theme> load(const FileSystem& files, const std::vector<std::filesystem::path>& dirs,
                                   DiagnosticSink& sink, const std::vector<std::filesystem::path>& roots = {});

  bool has_layout(const std::string& name) const;
  /// Names of all layouts, sorted.
  std::vector<std::string> layout_names() const;
  /// The file a layout was read from ("" when there is none).
  std::string layout_file(const std::string& name) const;
  /// Every file the layout `name` is made of, as found (dir/layouts/x.mustache,
  /// dir/partials/y.mustache): its own file, then each partial it includes,
  /// directly or through other partials, sorted. Empty for an unknown layout.
  const std::vector<std::filesystem::path>& layout_sources(const std::string& name) const;

  /// Renders layout `name` with `view`. Objects, arrays (lists), strings,
  /// numbers (as text) and bools are passed on; null and "" count as false.
  /// Names may index lists: {{#links.0}} is true when `links` is not empty.
  /// Thread-safe. Unknown layout or render failure: a diagnostic, nullopt.
  std::optional<std::string> render(const std::string& name, const nlohmann::json& view, DiagnosticSink& sink) const;

  struct Impl;

 private:
  explicit Theme(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace wt::templates
