// JSON data files -> nlohmann::json plus a SourceMap: the nlohmann parse
// adapter of the data module.
//
// nlohmann parses the value and reports syntax errors (its byte offset
// becomes line:col); since JSON text is also YAML, the positions of values
// come from parsing the same text with wt::yaml (map_yaml_positions).
#pragma once

#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "data/parsed_file.hpp"

namespace wt::data {

std::optional<ParsedFile> load_json(const std::string& file, const std::string& text, DiagnosticSink& sink);

}  // namespace wt::data
