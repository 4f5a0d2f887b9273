#include "data/schema_patterns.hpp"

#include <set>

#include "data/source_map.hpp"

namespace wt::data {

namespace {

// ECMA-262 WhiteSpace and LineTerminator, the members of \s.
constexpr const char* kEcmaSpace =
    "\\t\\n\\v\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}";

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Keywords whose value holds sub-schemas that failures() does not follow.
const std::set<std::string>& unfollowed_keywords() {
  static const std::set<std::string> k = {"allOf", "anyOf", "oneOf", "not", "if", "then", "else", "contains",
                                          "propertyNames", "additionalItems", "$defs", "definitions",
                                          "dependencies", "dependentSchemas"};
  return k;
}

bool has_pattern(const SchemaJson& node) {
  if (node.is_object()) {
    for (auto it = node.begin(); it != node.end(); ++it) {
      if (it.key() == "pattern" && it.value().is_string()) return true;
      if (has_pattern(it.value())) return true;
    }
  } else if (node.is_array()) {
    for (const auto& v : node)
      if (has_pattern(v)) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> ecma_to_re2(const std::string& p, std::string* error) {
  std::string out;
  bool in_class = false;
  for (size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (c == '\\' && i + 1 < p.size()) {
      char e = p[++i];
      if (e == 's') {
        out += in_class ? std::string(kEcmaSpace) : "[" + std::string(kEcmaSpace) + "]";
      } else if (e == 'S') {
        if (in_class) {
          if (error) *error = "'\\S' inside [...] cannot be written for RE2";
          return std::nullopt;
        }
        out += "[^" + std::string(kEcmaSpace) + "]";
      } else if (e == 'u' && i + 4 < p.size() && is_hex(p[i + 1]) && is_hex(p[i + 2]) && is_hex(p[i + 3]) &&
                 is_hex(p[i + 4])) {
        out += "\\x{" + p.substr(i + 1, 4) + "}";
        i += 4;
      } else {
        out += c;
        out += e;
      }
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
      out += c;
      continue;
    }
    if (c == '[') {
      in_class = true;
      out += c;
      // A ']' right after '[' or '[^' is a literal in RE2 but ends an empty class in ECMA.
      if (i + 1 < p.size() && p[i + 1] == '^') out += p[++i];
      if (i + 1 < p.size() && p[i + 1] == ']') {
        if (error) *error = "an empty class '[]' or '[^]' cannot be written for RE2";
        return std::nullopt;
      }
    } else if (c == '.') {
      out += "[^\\n\\r\\x{2028}\\x{2029}]";
    } else if (c == '(' && p.compare(i, 3, "(?<") == 0 && i + 3 < p.size() && p[i + 3] != '=' && p[i + 3] != '!') {
      out += "(?P<";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

bool SchemaPatterns::load(const SchemaJson& schema, SchemaJson* for_validator, std::string* error) {
  schema_ = schema;
  compiled_.clear();
  *for_validator = schema;
  return strip(*for_validator, "", true, error);
}

// Removes `pattern` from `node` (compiling it) and from the sub-schemas that
// failures() follows; `at` is the schema pointer of `node`.
bool SchemaPatterns::strip(SchemaJson& node, const std::string& at, bool reachable, std::string* error) {
  if (!node.is_object()) return true;
  auto fail = [&](const std::string& where, const std::string& why) {
    if (error) *error = "at " + (where.empty() ? std::string("/") : where) + ": " + why;
    return false;
  };
  for (const char* banned : {"patternProperties", "format"}) {
    if (node.contains(banned))
      return fail(pointer_child(at, banned), std::string("'") + banned +
                                                 "' is not supported (valijson would check it with a backtracking regex)");
  }
  if (node.contains("pattern") && node["pattern"].is_string()) {
    const std::string where = pointer_child(at, "pattern");
    if (!reachable) return fail(where, "a 'pattern' here is not checked: put it under properties or items");
    std::string why;
    auto re2 = ecma_to_re2(node["pattern"].get<std::string>(), &why);
    std::optional<Regex> re = re2 ? Regex::compile(*re2, &why) : std::nullopt;
    if (!re) return fail(where, "the pattern " + node["pattern"].dump() + " cannot be read: " + why);
    compiled_.emplace(at, std::move(*re));
    node.erase("pattern");
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    const std::string& key = it.key();
    SchemaJson& v = it.value();
    const std::string child = pointer_child(at, key);
    if (key == "properties" && v.is_object()) {
      for (auto p = v.begin(); p != v.end(); ++p)
        if (!strip(p.value(), pointer_child(child, p.key()), reachable, error)) return false;
    } else if ((key == "items" || key == "additionalProperties") && v.is_object()) {
      if (!strip(v, child, reachable, error)) return false;
    } else if (key == "items" && v.is_array()) {
      for (size_t i = 0; i < v.size(); ++i)
        if (!strip(v[i], pointer_child(child, i), reachable, error)) return false;
    } else if (unfollowed_keywords().count(key) && has_pattern(v)) {
      return fail(child, "a 'pattern' under '" + key + "' is not checked: put it under properties or items");
    }
  }
  return true;
}

std::vector<std::string> SchemaPatterns::failures(const nlohmann::json& value) const {
  std::vector<std::string> out;
  if (!compiled_.empty()) walk(value, schema_, "", "", out);
  return out;
}

void SchemaPatterns::walk(const nlohmann::json& value, const SchemaJson& schema, const std::string& schema_at,
                          const std::string& pointer, std::vector<std::string>& out) const {
  if (!schema.is_object()) return;
  if (value.is_string()) {
    auto it = compiled_.find(schema_at);
    // JSON Schema's pattern is unanchored: a match anywhere in the string.
    if (it != compiled_.end() && !it->second.contains(value.get_ref<const std::string&>())) out.push_back(pointer);
    return;
  }
  if (value.is_object()) {
    const SchemaJson* props = schema.contains("properties") ? &schema["properties"] : nullptr;
    const SchemaJson* extra = schema.contains("additionalProperties") ? &schema["additionalProperties"] : nullptr;
    for (auto it = value.begin(); it != value.end(); ++it) {
      const std::string child = pointer_child(pointer, it.key());
      if (props && props->is_object() && props->contains(it.key()))
        walk(it.value(), (*props)[it.key()], pointer_child(pointer_child(schema_at, "properties"), it.key()), child,
             out);
      else if (extra && extra->is_object())
        walk(it.value(), *extra, pointer_child(schema_at, "additionalProperties"), child, out);
    }
    return;
  }
  if (value.is_array() && schema.contains("items")) {
    const SchemaJson& items = schema["items"];
    const std::string items_at = pointer_child(schema_at, "items");
    for (size_t i = 0; i < value.size(); ++i) {
      if (items.is_object()) walk(value[i], items, items_at, pointer_child(pointer, i), out);
      else if (items.is_array() && i < items.size())
        walk(value[i], items[i], pointer_child(items_at, i), pointer_child(pointer, i), out);
    }
  }
}

}  // namespace wt::data
