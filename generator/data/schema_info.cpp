// Schema lookups for messages.
#include "data/schema_info.hpp"

#include "data/source_map.hpp"

namespace wt::data {

namespace {

std::vector<std::string> tokens(const std::string& pointer) {
  std::vector<std::string> out;
  std::string p = pointer;
  while (!p.empty()) {
    out.insert(out.begin(), pointer_last(p));
    p = pointer_parent(p);
  }
  return out;
}

bool is_index(const std::string& t) {
  return !t.empty() && t.find_first_not_of("0123456789") == std::string::npos;
}

}  // namespace

const SchemaJson* subschema_at(const SchemaJson& root, const std::string& pointer) {
  const SchemaJson* s = &root;
  for (const std::string& t : tokens(pointer)) {
    if (s->contains("properties") && (*s)["properties"].contains(t)) {
      s = &(*s)["properties"][t];
    } else if (is_index(t) && s->contains("items") && (*s)["items"].is_object()) {
      s = &(*s)["items"];
    } else {
      return nullptr;
    }
  }
  return s;
}

std::string keyword(const SchemaJson* schema, const char* name) {
  if (!schema || !schema->is_object() || !schema->contains(name) || !(*schema)[name].is_string()) return "";
  return (*schema)[name].get<std::string>();
}

std::string description_of(const SchemaJson* schema) { return keyword(schema, "description"); }

std::string field_label(const SchemaJson& root, const std::string& pointer) {
  std::string last = pointer_last(pointer);
  std::string desc = description_of(subschema_at(root, pointer));
  std::string name = last;
  if (is_index(last)) {
    name = pointer_last(pointer_parent(pointer)) + " #" + std::to_string(std::stoul(last) + 1);
  }
  if (desc.empty()) return "'" + name + "'";
  return "'" + desc + "' (" + name + ")";
}

std::string key_label(const SchemaJson* object_schema, const std::string& key) {
  const SchemaJson* prop = nullptr;
  if (object_schema && object_schema->contains("properties") && (*object_schema)["properties"].contains(key)) {
    prop = &(*object_schema)["properties"][key];
  }
  std::string desc = description_of(prop);
  return desc.empty() ? "'" + key + "'" : "'" + key + "' (" + desc + ")";
}

std::string noun_at(const SchemaJson& root, const std::string& pointer) {
  std::string noun = keyword(subschema_at(root, pointer), "x-noun");
  return noun.empty() ? "entry" : noun;
}

std::string describe_value(const nlohmann::json& value) {
  if (value.is_null()) return "an empty value";
  if (value.is_string()) return quoted_excerpt(value.get_ref<const std::string&>());
  if (value.is_array()) return "a list";
  if (value.is_object()) return "a group of fields";
  return value.dump();
}

std::string quoted_excerpt(const std::string& text) {
  size_t code_points = 0, cut = std::string::npos;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (code_points == kExcerptCodePoints) cut = i;
    ++code_points;
  }
  if (code_points <= kExcerptMaxCodePoints) return "\"" + text + "\"";
  return "\"" + text.substr(0, cut) + "…\" (" + std::to_string(code_points) + " characters)";
}

std::vector<std::string> schema_order(const SchemaJson& object_schema) {
  std::vector<std::string> out;
  if (!object_schema.contains("properties")) return out;
  for (auto it = object_schema["properties"].begin(); it != object_schema["properties"].end(); ++it)
    out.push_back(it.key());
  return out;
}

}  // namespace wt::data
