// Schema-directed type fixes.
#include "data/coerce.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"

namespace wt::data {

namespace {

std::optional<long long> whole_number(const std::string& text) {
  static const Regex plain("-?[0-9]+");
  static const Regex grouped("[0-9]{1,3}(\\.[0-9]{3})+");
  std::string t = trim(text);
  std::string digits;
  if (grouped.full_match(t)) {
    for (char c : t)
      if (c != '.') digits += c;
  } else if (plain.full_match(t)) {
    digits = t;
  } else {
    return std::nullopt;
  }
  try {
    return std::stoll(digits);
  } catch (...) {
    return std::nullopt;
  }
}

std::optional<bool> yes_no(const std::string& text) {
  const std::string t = fold_text(trim(text), {.lower = true});
  if (t == "co" || t == "x" || t == "true" || t == "yes" || t == "1" || t == "bat buoc") return true;
  if (t == "khong" || t.empty() || t == "false" || t == "no" || t == "0" || t == "tu nguyen") return false;
  return std::nullopt;
}

bool required_key(const SchemaJson& object_schema, const std::string& key) {
  if (!object_schema.contains("required") || !object_schema["required"].is_array()) return false;
  for (const auto& k : object_schema["required"])
    if (k.is_string() && k.get_ref<const std::string&>() == key) return true;
  return false;
}

}  // namespace

void coerce_to_schema(nlohmann::json& value, const SchemaJson& schema, const SourceMap& map,
                      const std::string& pointer) {
  if (!schema.is_object()) return;
  const std::string type = schema.contains("type") && schema["type"].is_string() ? schema["type"].get<std::string>() : "";
  const SourceLocation* loc = map.find(pointer);
  if (value.is_object() && schema.contains("properties")) {
    // An optional key holding empty text is a key not written: what a form
    // writes for a field typed in and then cleared (Decap CMS writes `note: ""`).
    for (auto it = value.begin(); it != value.end();) {
      if (it.value().is_string() && it.value().get_ref<const std::string&>().empty() && !required_key(schema, it.key()))
        it = value.erase(it);
      else
        ++it;
    }
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (schema["properties"].contains(it.key()))
        coerce_to_schema(it.value(), schema["properties"][it.key()], map, pointer_child(pointer, it.key()));
    }
  } else if (value.is_array() && schema.contains("items") && schema["items"].is_object()) {
    for (size_t i = 0; i < value.size(); ++i) coerce_to_schema(value[i], schema["items"], map, pointer_child(pointer, i));
  } else if (type == "string" && (value.is_number() || value.is_boolean())) {
    value = loc && !loc->raw.empty() ? loc->raw : value.dump();
  } else if (type == "integer" && (value.is_string() || value.is_number_float())) {
    std::string text = value.is_string() ? value.get<std::string>() : (loc ? loc->raw : "");
    if (auto n = whole_number(text)) value = *n;
  } else if (type == "boolean" && value.is_string()) {
    if (auto b = yes_no(value.get<std::string>())) value = *b;
  }
}

}  // namespace wt::data
