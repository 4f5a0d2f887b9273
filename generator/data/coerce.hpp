// Gives values the type their schema asks for, where the writer clearly
// meant it, before validation:
//
//   text wanted, number or true/false written   -> the text as written
//                                                  (phone: 0912345678 keeps its 0)
//   whole number wanted, "1.500.000" or "12"    -> 1500000, 12 (also an unquoted
//                                                  YAML 10.000, which YAML reads as 10.0)
//   true/false wanted, "có" "x" "true" / "không" "false" -> true / false (CSV)
//   an optional key holding "" (any type wanted)  -> the key removed, as if not written
//                                                  (a form's cleared field; an empty CSV cell)
//
// Anything else is left for the validator to report.
#pragma once

#include <nlohmann/json.hpp>

#include "data/schema_info.hpp"
#include "data/source_map.hpp"

namespace wt::data {

void coerce_to_schema(nlohmann::json& value, const SchemaJson& schema, const SourceMap& map,
                      const std::string& pointer = "");

}  // namespace wt::data
