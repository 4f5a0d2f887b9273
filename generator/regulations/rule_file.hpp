// Internal to regulations/: reading one rule or rubric file (YAML), with
// every problem at the file, line and column. rule_set.cpp and rubric.cpp
// share it.
#pragma once

#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/content_hash.hpp"
#include "core/diagnostic.hpp"
#include "core/yaml_document.hpp"

namespace wt::regulations::detail {

/// The root mapping of `file`, whose bytes are `*text` (the nodes' positions
/// point into it). nullopt, with a diagnostic, when it is not YAML or is not
/// a mapping.
std::optional<yaml::Node> parse_rule_text(const std::filesystem::path& file, std::string* text, DiagnosticSink& sink);

/// What `read(file, text, sink)` made of `file` the last time it held these
/// bytes, or a new read of them, remembered when it succeeded. A process
/// checks many sites against the same few rule files (a portal: each member
/// twice): the YAML of each is parsed once, the file read each time (a
/// change is seen). A read that fails is never remembered: it is made again,
/// with its diagnostics, every time. `kind` keeps rule sets and rubrics apart.
template <class T, class Read>
std::optional<T> remembered(const char* kind, const std::filesystem::path& file, DiagnosticSink& sink, Read read);

/// The file's bytes, or nullopt with a diagnostic ("cannot read this rule file").
std::optional<std::string> read_rule_bytes(const std::filesystem::path& file, DiagnosticSink& sink);

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

template <class T, class Read>
std::optional<T> remembered(const char* kind, const std::filesystem::path& file, DiagnosticSink& sink, Read read) {
  static std::mutex mutex;
  static std::map<std::string, T> kept;  // a few files; emptied past 64 (files rewritten while a server runs)
  auto text = read_rule_bytes(file, sink);
  if (!text) return std::nullopt;
  const std::string key = std::string(kind) + '\0' + file.string() + '\0' + hash_bytes(*text).hex();
  {
    std::lock_guard<std::mutex> lock(mutex);
    if (auto it = kept.find(key); it != kept.end()) return it->second;
  }
  std::optional<T> made = read(file, std::move(*text), sink);
  if (made) {
    std::lock_guard<std::mutex> lock(mutex);
    if (kept.size() >= 64) kept.clear();
    kept.emplace(key, *made);
  }
  return made;
}

}  // namespace wt::regulations::detail
