// Test helpers for the data files of schemas/rules and schemas/rubrics: find
// them, parse them with the project's YAML adapter (wt::yaml) and turn them
// into nlohmann::json, the shape their JSON Schemas describe.
//
// The requirement ids of docs/regulations.md §10 are transcribed here on
// purpose: the tests compare the data files and both schemas with this list,
// so a typo in any of them fails a test instead of a check at a school.
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/yaml_document.hpp"

namespace wt::rules_test {

/// The ids of the table of regulations.md §10, in its order (58 rows).
const std::vector<std::string>& section10_ids();

/// mn, th, thcs, thpt, gdtx, pgd, sgd.
const std::set<std::string>& school_types();

/// <source>/schemas/rules or <source>/schemas/rubrics.
std::filesystem::path rules_dir();
std::filesystem::path rubrics_dir();

/// The *.yaml files of `dir`, sorted by name.
std::vector<std::filesystem::path> yaml_files(const std::filesystem::path& dir);

/// A data file: its path, its wt::yaml tree and the same as JSON.
struct DataFile {
  std::filesystem::path path;
  std::string stem;  ///< file name without .yaml
  yaml::Node yaml;
  nlohmann::json json;
};

/// Parses `path`; on a read or syntax error, `error` says why and the result
/// holds a Null tree.
DataFile load_data_file(const std::filesystem::path& path, std::string* error);

/// YAML tree -> JSON, as YAML 1.2's core schema reads plain scalars: true and
/// false are booleans, whole numbers integers, decimals numbers, the rest
/// (dates included) strings; quoted scalars stay strings.
nlohmann::json to_json(const yaml::Node& node);

/// Reads a JSON file; a parse error is thrown (nlohmann::json::parse_error).
nlohmann::json load_json(const std::filesystem::path& path);

/// Every rule set of schemas/rules, by id.
const std::map<std::string, DataFile>& rule_sets();

/// Every rubric of schemas/rubrics, by id.
const std::map<std::string, DataFile>& rubrics();

/// The requirements a rule set makes applicable: its own and, recursively,
/// those of the sets it includes (its own entry wins on a shared id). Throws
/// std::runtime_error on an unknown include or a cycle.
std::map<std::string, nlohmann::json> effective_requirements(const std::string& rule_set_id);

}  // namespace wt::rules_test
