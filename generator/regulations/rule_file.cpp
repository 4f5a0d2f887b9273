#include "regulations/rule_file.hpp"

#include "core/file_io.hpp"
#include "core/yaml_position.hpp"

namespace fs = std::filesystem;

namespace wt::regulations::detail {

std::optional<std::string> read_rule_bytes(const fs::path& file, DiagnosticSink& sink) {
  auto bytes = read_file(file);
  if (!bytes) sink.error({file.string(), 0, 0}, "rules.read", "cannot read this rule file");
  return bytes;
}

std::optional<yaml::Node> parse_rule_text(const fs::path& file, std::string* text, DiagnosticSink& sink) {
  yaml::ParseError err;
  auto root = yaml::parse(*text, &err);
  if (!root) {
    sink.error(yaml_position(file.string(), *text, err.line, err.byte_column), "rules.yaml",
               "this is not valid YAML: " + err.message);
    return std::nullopt;
  }
  if (root->kind != yaml::Node::Kind::Mapping) {
    sink.error({file.string(), 1, 1}, "rules.format", "a rule file should start with 'id:'");
    return std::nullopt;
  }
  return root;
}

Position RuleReader::at(const yaml::Node& n) const { return yaml_position(file_, text_, n.line, n.byte_column); }

std::string RuleReader::text(const yaml::Node& map, const char* key, bool required) {
  const yaml::Node* n = yaml::find(map, key);
  if (!n || n->kind == yaml::Node::Kind::Null) {
    if (required) error(map, std::string("this entry has no '") + key + "'");
    return "";
  }
  if (n->kind != yaml::Node::Kind::Scalar) {
    error(*n, std::string("'") + key + "' should be a text value");
    return "";
  }
  return n->scalar;
}

std::vector<std::string> RuleReader::list(const yaml::Node& map, const char* key) {
  std::vector<std::string> out;
  const yaml::Node* n = yaml::find(map, key);
  if (!n || n->kind == yaml::Node::Kind::Null) return out;
  if (n->kind == yaml::Node::Kind::Scalar) return {n->scalar};
  if (n->kind != yaml::Node::Kind::Sequence) {
    error(*n, std::string("'") + key + "' should be a list");
    return out;
  }
  for (const auto& item : n->items)
    if (item.kind == yaml::Node::Kind::Scalar) out.push_back(item.scalar);
  return out;
}

double RuleReader::number(const yaml::Node& map, const char* key, double fallback) {
  const yaml::Node* n = yaml::find(map, key);
  if (!n || n->kind != yaml::Node::Kind::Scalar) return fallback;
  try {
    size_t used = 0;
    double v = std::stod(n->scalar, &used);
    if (used == n->scalar.size()) return v;
  } catch (...) {
  }
  error(*n, std::string("'") + key + "' should be a number, not \"" + n->scalar + "\"");
  return fallback;
}

void RuleReader::error(const yaml::Node& n, const std::string& message) {
  sink_.error(at(n), "rules.format", message);
  ok_ = false;
}

}  // namespace wt::regulations::detail
