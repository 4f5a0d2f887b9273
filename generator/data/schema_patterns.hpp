// JSON Schema `pattern`, checked with RE2 instead of valijson's std::regex.
//
// valijson runs `pattern` with std::regex, whose backtracking recurses once
// per character: a 50 KB string in a patterned field overflowed the stack.
// So the patterns are taken out of the schema valijson sees and checked here
// with wt::Regex (RE2: linear time, no recursion):
//
//   SchemaPatterns patterns;
//   std::string error;
//   if (!patterns.load(raw_schema, &stripped_for_valijson, &error)) ...  // our schema is broken
//   for (const std::string& pointer : patterns.failures(value)) ...     // values that do not match
//
// What our data schemas use is supported: `pattern` under `properties`,
// `items` (one schema or a list) and `additionalProperties`, to any depth.
// A `pattern` anywhere else (under allOf, anyOf, $ref targets ...), and the
// keywords valijson would also run with std::regex (`patternProperties`,
// `format`), make load() fail: that is a mistake in our schemas, and a test
// loads every shipped schema.
//
// Patterns are ECMA-262 (JSON Schema's dialect); ecma_to_re2() rewrites the
// parts whose meaning differs in RE2: `\s` and `\S` (ECMA's white space
// includes U+00A0, U+FEFF and the Unicode spaces), `.` (ECMA's excludes \r,
// U+2028 and U+2029 too), `\uXXXX`, and `(?<name>`. Lookaround and
// backreferences, which RE2 cannot run, fail to compile.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/regex.hpp"
#include "data/schema_info.hpp"

namespace wt::data {

/// An ECMA-262 pattern in RE2 syntax with the same meaning, or nullopt
/// (with `error` filled) for what cannot be carried over (`\S` in a class).
std::optional<std::string> ecma_to_re2(const std::string& pattern, std::string* error);

class SchemaPatterns {
 public:
  /// Compiles the patterns of `schema`; `for_validator` gets a copy of
  /// `schema` without them. False (with `error` filled) when a pattern
  /// does not compile or sits where failures() would not look.
  bool load(const SchemaJson& schema, SchemaJson* for_validator, std::string* error);

  /// JSON pointers of the strings in `value` that do not match the pattern
  /// their schema gives (object keys in sorted order).
  std::vector<std::string> failures(const nlohmann::json& value) const;

 private:
  bool strip(SchemaJson& node, const std::string& at, bool reachable, std::string* error);
  void walk(const nlohmann::json& value, const SchemaJson& schema, const std::string& schema_at,
            const std::string& pointer, std::vector<std::string>& out) const;

  SchemaJson schema_;
  std::map<std::string, Regex> compiled_;  ///< by the schema pointer of the sub-schema holding `pattern`
};

}  // namespace wt::data
