// YAML data files -> nlohmann::json plus a SourceMap, through wt::yaml (the
// libfyaml adapter of core/).
//
//   auto parsed = wt::data::load_yaml("data/to-chuc.yaml", text, sink);
//   parsed->value["leaders"][0]["name"]; parsed->map.position("/leaders/0/name");
//
// Plain scalars take their YAML 1.2 core type (12 -> number, true -> bool,
// ~ -> null); quoted scalars stay text. A syntax error is reported to the
// sink (data.syntax) and gives nullopt.
#pragma once

#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "core/yaml_document.hpp"
#include "data/parsed_file.hpp"

namespace wt::data {

std::optional<ParsedFile> load_yaml(const std::string& file, const std::string& text, DiagnosticSink& sink);

/// Records into `map` where every node of `root` (parsed from `text`) starts.
/// Used for JSON files too: JSON text is YAML, so this gives their positions.
void map_yaml_positions(const yaml::Node& root, const std::string& text, SourceMap& map);

}  // namespace wt::data
