// JSON -> json + positions.
#include "data/json_loader.hpp"

#include "core/yaml_document.hpp"
#include "core/yaml_position.hpp"
#include "data/yaml_loader.hpp"

namespace wt::data {

std::optional<ParsedFile> load_json(const std::string& file, const std::string& text, DiagnosticSink& sink) {
  ParsedFile parsed{nullptr, SourceMap(file)};
  try {
    parsed.value = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte is the 1-based offset of the last character read.
    size_t offset = e.byte == 0 ? 0 : std::min<size_t>(e.byte - 1, text.size());
    std::string what = e.what();
    // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error while parsing ..."
    size_t colon = what.find(": ", what.find("parse error"));
    std::string detail = colon == std::string::npos ? what : what.substr(colon + 2);
    sink.error(position_in(file, text, offset), "data.syntax", "this is not valid JSON: " + detail);
    return std::nullopt;
  }
  // JSON is YAML: the YAML reader finds where each value was written, and
  // holds JSON files to the same limits (nesting depth) as YAML ones.
  yaml::ParseError err;
  if (auto root = yaml::parse(text, &err)) {
    map_yaml_positions(*root, text, parsed.map);
  } else if (err.limit) {
    sink.error(yaml_position(file, text, err.line, err.byte_column), "data.syntax", err.message);
    return std::nullopt;
  }
  return parsed;
}

}  // namespace wt::data
