// JSON -> json + positions.
#include "data/json_loader.hpp"

#include <cctype>

#include "core/yaml_document.hpp"
#include "core/yaml_position.hpp"
#include "data/yaml_loader.hpp"

namespace wt::data {

namespace {

// Offset of the number `token` in the JSON `text`: its first occurrence
// outside strings with no digit, letter, '.', '+' or '-' around it; 0 when
// not found.
size_t number_offset(const std::string& text, const std::string& token) {
  auto part_of_number = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '+' || c == '-';
  };
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (!token.empty() && text.compare(i, token.size(), token) == 0 && (i == 0 || !part_of_number(text[i - 1])) &&
               (i + token.size() == text.size() || !part_of_number(text[i + token.size()]))) {
      return i;
    }
  }
  return 0;
}

}  // namespace

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
  } catch (const nlohmann::json::out_of_range& e) {
    // "[json.exception.out_of_range.406] number overflow parsing '99e9992'"
    std::string what = e.what();
    size_t open = what.find('\'');
    size_t close = open == std::string::npos ? open : what.find('\'', open + 1);
    std::string number = close == std::string::npos ? "" : what.substr(open + 1, close - open - 1);
    sink.error(position_in(file, text, number_offset(text, number)), "data.syntax",
               "this is not valid JSON: the number " + number + " is too large");
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
