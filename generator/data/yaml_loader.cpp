// YAML -> json + positions.
#include "data/yaml_loader.hpp"

#include "core/regex.hpp"
#include "core/yaml_position.hpp"
#include "core/yaml_syntax_error.hpp"

namespace wt::data {

namespace {

nlohmann::json scalar_value(const yaml::Node& n) {
  if (n.kind == yaml::Node::Kind::Null) return nullptr;
  const std::string& s = n.scalar;
  if (n.quoted) return s;
  if (s == "true" || s == "True" || s == "TRUE") return true;
  if (s == "false" || s == "False" || s == "FALSE") return false;
  static const Regex int_re("[-+]?[0-9]+");
  static const Regex float_re("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  if (int_re.full_match(s)) {
    try {
      return std::stoll(s);
    } catch (...) {
      return s;
    }
  }
  if (auto i = yaml::to_int(n)) return *i;  // 0x1A, 0o17
  if (float_re.full_match(s)) {
    try {
      return std::stod(s);
    } catch (...) {
      return s;
    }
  }
  return s;
}

struct Walker {
  const std::string& text;
  SourceMap& map;

  Position at(const yaml::Node& n) const { return yaml_position(map.file(), n); }

  // Fills `out` (when not null) and the map for `n` at `pointer`.
  void walk(const yaml::Node& n, const std::string& pointer, const Position& key, nlohmann::json* out) {
    SourceLocation loc{pointer.empty() ? Position{map.file(), 1, 1} : at(n), key, ""};
    if (loc.key.line == 0) loc.key = loc.value;
    if (n.kind == yaml::Node::Kind::Scalar) loc.raw = n.scalar;
    map.set(pointer, loc);
    switch (n.kind) {
      case yaml::Node::Kind::Null:
      case yaml::Node::Kind::Scalar:
        if (out) *out = scalar_value(n);
        break;
      case yaml::Node::Kind::Sequence:
        if (out) *out = nlohmann::json::array();
        for (size_t i = 0; i < n.items.size(); ++i) {
          nlohmann::json* child = nullptr;
          if (out) child = &out->emplace_back();
          walk(n.items[i], pointer_child(pointer, i), {}, child);
        }
        break;
      case yaml::Node::Kind::Mapping:
        if (out) *out = nlohmann::json::object();
        for (const auto& [k, v] : n.pairs) {
          nlohmann::json* child = out ? &(*out)[k.scalar] : nullptr;
          walk(v, pointer_child(pointer, k.scalar), at(k), child);
        }
        break;
    }
  }
};

}  // namespace

void map_yaml_positions(const yaml::Node& root, const std::string& text, SourceMap& map) {
  Walker{text, map}.walk(root, "", {}, nullptr);
}

std::optional<ParsedFile> load_yaml(const std::string& file, const std::string& text, DiagnosticSink& sink) {
  yaml::ParseError err;
  std::optional<yaml::Node> root = yaml::parse(text, &err);
  if (!root) {
    report_yaml_syntax_error(sink, {file, text, "data.syntax", "this is not valid YAML: "}, err);
    return std::nullopt;
  }
  ParsedFile parsed{nullptr, SourceMap(file)};
  Walker{text, parsed.map}.walk(*root, "", {}, &parsed.value);
  return parsed;
}

}  // namespace wt::data
