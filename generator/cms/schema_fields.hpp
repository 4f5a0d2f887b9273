// Decap CMS fields from our JSON Schemas (schemas/data/*.schema.json,
// schemas/front-matter.schema.json), so the forms ask for what `check`
// accepts: the same keys, the Vietnamese `description` as the label, the
// required keys required, patterns with the schema's x-expected as the
// message, enums as selects, integers as whole numbers with their bounds,
// lists with their minimum length, nested objects as groups.
//
//   auto field = decap_field("amount", schema["properties"]["amount"], true, &error);
//   // {"label": "Số tiền", "name": "amount", "widget": "number", "value_type": "int", "min": 0, ...}
//
// What the schema cannot say is read from three x- keywords our schemas add:
//   x-widget       "text" (several lines), "file", "image", "markdown"
//   x-collapsed    true on a list whose items start closed (a timetable's hundreds of lessons)
//   x-enum-labels  the words shown for each enum value, in the enum's order
//   x-what "date"  a date picker that writes dd/mm/yyyy (x-date-format overrides)
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace wt::cms {

using Json = nlohmann::ordered_json;

/// The Decap field for property `name` described by `schema`; nullopt, with
/// `error`, when the schema uses a shape the forms cannot hold.
std::optional<Json> decap_field(const std::string& name, const Json& schema, bool required, std::string* error);

/// The fields of an object schema, in the schema's order.
std::optional<Json> decap_fields(const Json& object_schema, std::string* error);

/// A JSON Schema `pattern` as Decap takes it: [regex, message].
Json decap_pattern(const Json& schema);

}  // namespace wt::cms
