// Partial inlining: {{> name}} tags are replaced by the text of
// partials/name.mustache, recursively, before a layout is compiled. Doing it
// as text, once, means the engine never looks partials up while rendering, and
// errors (a missing partial, a partial that includes itself) point at the
// exact tag.
//
//   PartialInliner inliner(partials, sink);
//   std::optional<std::string> text = inliner.expand(layout);
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "templates/template_scan.hpp"

namespace wt::templates {

/// One template file as read from disk, with its tags.
struct SourceFile {
  std::string path;  ///< as reported in diagnostics
  std::string text;
  ScanResult scan;
};

class PartialInliner {
 public:
  /// `partials` maps a partial's name ("header", "list/item") to its file.
  PartialInliner(const std::map<std::string, SourceFile>& partials, DiagnosticSink& sink);

  /// The text of `file` with every partial inlined. nullopt when a partial
  /// is missing, includes itself, or has a syntax error (already reported).
  std::optional<std::string> expand(const SourceFile& file);

 private:
  std::optional<std::string> expand_in(const SourceFile& file, std::vector<std::string>& stack);
  std::optional<std::string> expand_partial(const std::string& name, std::vector<std::string>& stack);

  const std::map<std::string, SourceFile>& partials_;
  DiagnosticSink& sink_;
  std::map<std::string, std::optional<std::string>> expanded_;  ///< by partial name
};

}  // namespace wt::templates
