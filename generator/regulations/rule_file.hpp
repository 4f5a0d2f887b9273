// Internal to regulations/: reading one rule or rubric file (YAML), with
// every problem at the file, line and column. rule_set.cpp and rubric.cpp
// share it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/yaml_document.hpp"

namespace wt::regulations::detail {

/// The file's root mapping; the file's text goes to `*text` (the nodes'
/// positions point into it). nullopt, with a diagnostic, when the file cannot
/// be read, is not YAML or is not a mapping.
std::optional<yaml::Node> parse_rule_file(const std::filesystem::path& file, std::string* text,
                                          DiagnosticSink& sink);

/// Typed reads of one file's nodes; a wrong type is an error
/// ("rules.format") at the node, and ok() turns false.
class RuleReader {
 public:
  RuleReader(std::string file, const std::string& text, DiagnosticSink& sink)
      : file_(std::move(file)), text_(text), sink_(sink) {}

  /// The text value of `key` ("" when absent or null; an error when
  /// `required` and absent, or when not a text value).
  std::string text(const yaml::Node& map, const char* key, bool required = false);
  /// A list of text values; a single value is a list of one.
  std::vector<std::string> list(const yaml::Node& map, const char* key);
  /// A number, `fallback` when absent.
  double number(const yaml::Node& map, const char* key, double fallback = 0);

  void error(const yaml::Node& n, const std::string& message);
  bool ok() const { return ok_; }

 private:
  Position at(const yaml::Node& n) const;

  std::string file_;
  const std::string& text_;
  DiagnosticSink& sink_;
  bool ok_ = true;
};

}  // namespace wt::regulations::detail
