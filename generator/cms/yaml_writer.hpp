// write_yaml: a JSON value as block YAML, for configuration files other
// tools read (Decap CMS's config.yml). Every string is written double-quoted
// with JSON's escapes (valid YAML), so no value can change type or break
// the file whatever it holds; keys that are not plain words are quoted too.
//
//   nlohmann::ordered_json v = {{"locale", "vi"}, {"collections", nlohmann::ordered_json::array()}};
//   write_yaml(v) == "locale: \"vi\"\ncollections: []\n"
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace wt::cms {

/// `value` as YAML lines; an object or array at the top, anything else as one scalar line.
std::string write_yaml(const nlohmann::ordered_json& value);

}  // namespace wt::cms
