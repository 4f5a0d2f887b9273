#include "cms/schema_fields.hpp"

#include <set>

namespace wt::cms {
namespace {

std::string text_of(const Json& schema, const char* key) {
  auto it = schema.find(key);
  return it != schema.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool has_type(const Json& schema, const char* type) {
  auto it = schema.find("type");
  if (it == schema.end()) return false;
  if (it->is_string()) return *it == type;
  if (it->is_array())
    for (const auto& t : *it)
      if (t == type) return true;
  return false;
}

std::set<std::string> required_keys(const Json& object_schema) {
  std::set<std::string> keys;
  auto it = object_schema.find("required");
  if (it != object_schema.end() && it->is_array())
    for (const auto& k : *it)
      if (k.is_string()) keys.insert(k.get<std::string>());
  return keys;
}

// The label: the schema's description, else the key.
std::string label_of(const std::string& name, const Json& schema) {
  std::string d = text_of(schema, "description");
  return d.empty() ? name : d;
}

std::string hint_of(const Json& schema) {
  std::string expected = text_of(schema, "x-expected");
  if (!expected.empty()) return "Viết theo dạng: " + expected;
  return "";
}

// A select for an enum: the values, with the x-enum-labels words when given.
Json select_options(const Json& schema) {
  Json options = Json::array();
  const Json& values = schema.at("enum");
  const Json* labels = schema.contains("x-enum-labels") ? &schema.at("x-enum-labels") : nullptr;
  for (size_t i = 0; i < values.size(); ++i) {
    if (labels && labels->is_array() && i < labels->size() && (*labels)[i].is_string())
      options.push_back(Json{{"label", (*labels)[i]}, {"value", values[i]}});
    else
      options.push_back(values[i]);
  }
  return options;
}

void add_bounds(const Json& schema, Json& field) {
  if (schema.contains("minimum") && schema["minimum"].is_number()) field["min"] = schema["minimum"];
  if (schema.contains("maximum") && schema["maximum"].is_number()) field["max"] = schema["maximum"];
}

}  // namespace

Json decap_pattern(const Json& schema) {
  std::string expected = text_of(schema, "x-expected");
  std::string message = "Chưa đúng dạng";
  if (!expected.empty()) message += ": viết theo dạng " + expected;
  return Json::array({schema.at("pattern"), message});
}

std::optional<Json> decap_field(const std::string& name, const Json& schema, bool required, std::string* error) {
  if (!schema.is_object()) {
    *error = "'" + name + "' is not described by an object";
    return std::nullopt;
  }
  Json field;
  field["label"] = label_of(name, schema);
  field["name"] = name;
  const std::string widget = text_of(schema, "x-widget");
  const std::string hint = hint_of(schema);

  if (schema.contains("oneOf")) {  // "a list of words, or one word": a list of words
    const Json* list = nullptr;
    for (const auto& option : schema["oneOf"])
      if (has_type(option, "array")) list = &option;
    if (!list) {
      *error = "'" + name + "' has a oneOf with no list in it";
      return std::nullopt;
    }
    Json merged = *list;
    if (schema.contains("description")) merged["description"] = schema["description"];
    return decap_field(name, merged, required, error);
  }
  if (schema.contains("enum") && schema["enum"].is_array()) {
    field["widget"] = "select";
    field["options"] = select_options(schema);
  } else if (has_type(schema, "string")) {
    if (text_of(schema, "x-what") == "date") {
      field["widget"] = "datetime";
      std::string format = text_of(schema, "x-date-format");
      field["format"] = format.empty() ? "DD/MM/YYYY" : format;
      field["date_format"] = "DD/MM/YYYY";
      field["time_format"] = false;
    } else if (widget == "text" || widget == "markdown" || widget == "file" || widget == "image") {
      field["widget"] = widget;
      if (widget == "file") {  // forms and documents go with the site's files, not its photos
        field["media_folder"] = "/static/files/uploads";
        field["public_folder"] = "/files/uploads";
      }
    } else {
      field["widget"] = "string";
    }
    if (schema.contains("pattern") && field["widget"] != "datetime") field["pattern"] = decap_pattern(schema);
  } else if (has_type(schema, "integer") || has_type(schema, "number")) {
    field["widget"] = "number";
    field["value_type"] = has_type(schema, "integer") ? "int" : "float";
    add_bounds(schema, field);
    std::string unit = text_of(schema, "x-unit");
    if (!unit.empty()) field["hint"] = "Đơn vị: " + unit;
  } else if (has_type(schema, "boolean")) {
    // Optional in the form whatever the schema says: Decap refuses to save a
    // file that lacks a required boolean, and writes the default (false) in new items.
    field["widget"] = "boolean";
    field["default"] = false;
    required = false;
  } else if (has_type(schema, "array")) {
    field["widget"] = "list";
    const Json items = schema.contains("items") ? schema["items"] : Json();
    if (has_type(items, "object")) {
      auto fields = decap_fields(items, error);
      if (!fields) return std::nullopt;
      field["fields"] = *fields;
      // Items open, so a new entry's first item can be filled at once; a long
      // list (a timetable's lessons) says x-collapsed.
      field["collapsed"] = schema.contains("x-collapsed") && schema["x-collapsed"] == true;
      std::string noun = text_of(items, "description");
      if (!noun.empty()) field["label_singular"] = noun;
    } else {
      auto one = decap_field(name, items.is_object() ? items : Json{{"type", "string"}}, true, error);
      if (!one) return std::nullopt;
      (*one)["label"] = label_of(name, items.is_object() && items.contains("description") ? items : schema);
      field["field"] = *one;
    }
    if (schema.contains("minItems") && schema["minItems"].is_number_integer() && schema["minItems"] > 0)
      field["min"] = schema["minItems"];
    if (schema.contains("maxItems") && schema["maxItems"].is_number_integer()) field["max"] = schema["maxItems"];
  } else if (has_type(schema, "object")) {
    field["widget"] = "object";
    auto fields = decap_fields(schema, error);
    if (!fields) return std::nullopt;
    field["fields"] = *fields;
  } else {
    *error = "'" + name + "' has no type a form can hold";
    return std::nullopt;
  }
  if (!field.contains("hint") && !hint.empty()) field["hint"] = hint;
  field["required"] = required;
  return field;
}

std::optional<Json> decap_fields(const Json& object_schema, std::string* error) {
  Json fields = Json::array();
  auto props = object_schema.find("properties");
  if (props == object_schema.end() || !props->is_object()) {
    *error = "an object schema without properties";
    return std::nullopt;
  }
  const auto required = required_keys(object_schema);
  for (auto it = props->begin(); it != props->end(); ++it) {
    auto field = decap_field(it.key(), it.value(), required.count(it.key()) > 0, error);
    if (!field) return std::nullopt;
    fields.push_back(std::move(*field));
  }
  return fields;
}

}  // namespace wt::cms
