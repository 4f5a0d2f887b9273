// Reading our JSON Schemas (schemas/data/*.schema.json) for the words of
// messages: which sub-schema describes a value, its Vietnamese description
// ("Số ký hiệu"), and the x- keywords our schemas add for people:
//
//   x-what      what a patterned string is ("date", "school year")
//   x-expected  how to write it ("dd/mm/yyyy")
//   x-unit      the unit of a number ("đồng")
//   x-noun      what an object is ("procedure", "fee item")
//
//   field_label(schema, "/items/3/amount")   == "'Số tiền' (amount)"
//   field_label(schema, "/steps/2")          == "'Bước thực hiện' (steps #3)"
//
// Schemas are read as ordered_json so property lists keep the file's order.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace wt::data {

using SchemaJson = nlohmann::ordered_json;

/// The sub-schema describing the value at `pointer` (following properties
/// and items), or nullptr when the schema says nothing about it.
const SchemaJson* subschema_at(const SchemaJson& root, const std::string& pointer);

/// The schema's "description", or "".
std::string description_of(const SchemaJson* schema);
/// A schema keyword as text ("" when absent or not a string).
std::string keyword(const SchemaJson* schema, const char* name);

/// "'Số tiền' (amount)"; for a list item "'Bước thực hiện' (steps #3)".
std::string field_label(const SchemaJson& root, const std::string& pointer);
/// "'time_limit' (Thời hạn giải quyết)": how a missing key is named.
std::string key_label(const SchemaJson* object_schema, const std::string& key);
/// The x-noun of the object at `pointer` ("procedure"), or "entry".
std::string noun_at(const SchemaJson& root, const std::string& pointer);
/// A value as a message shows it: "\"31/02/2025\"", "12", "a list", "an empty value".
/// Text longer than kExcerptMaxCodePoints is cut (see quoted_excerpt).
std::string describe_value(const nlohmann::json& value);

/// Text up to this long is quoted whole in a message ...
inline constexpr size_t kExcerptMaxCodePoints = 80;
/// ... longer text by its first kExcerptCodePoints code points:
/// "\"1111…\" (50000 characters)", so a hostile 50 KB value is not echoed whole.
inline constexpr size_t kExcerptCodePoints = 60;
std::string quoted_excerpt(const std::string& text);
/// Property names of an object schema, in the file's order.
std::vector<std::string> schema_order(const SchemaJson& object_schema);

}  // namespace wt::data
