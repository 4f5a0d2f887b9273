// JSON Schema validation of data files: the one adapter around valijson.
//
//   SchemaValidator validator(repo / "schemas", sink);   // reads the 7 schemas once
//   validator.validate(Kind::Fees, parsed, sink);        // every violation, in plain words
//
// valijson's errors (a context path and an English description) become
// messages that name the field the way a teacher knows it, from the
// schema's Vietnamese "description" and x- keywords (see schema_info.hpp):
//
//   data/van-ban.yaml:12:11: error: 'Ngày ban hành' (date) is not a valid date: "31/2/2025" (expected dd/mm/yyyy)
//   data/thu-tuc/a.yaml:1:1: error: this procedure has no 'time_limit' (Thời hạn giải quyết)
//   data/thu-tuc/a.yaml:3:1: error: unknown key 'nmae' in this procedure; did you mean 'name' (Tên thủ tục)?
//
// A schema that is missing or broken is itself an error (data.schema-file),
// and files of that kind are then not checked.
#pragma once

#include <array>
#include <filesystem>
#include <memory>

#include "core/diagnostic.hpp"
#include "data/kind.hpp"
#include "data/parsed_file.hpp"
#include "data/schema_info.hpp"

namespace wt::data {

class SchemaValidator {
 public:
  SchemaValidator(const std::filesystem::path& schemas_dir, DiagnosticSink& sink);
  ~SchemaValidator();
  SchemaValidator(const SchemaValidator&) = delete;
  SchemaValidator& operator=(const SchemaValidator&) = delete;

  /// The kind's schema as read from disk, or nullptr when it failed to load.
  const SchemaJson* schema(Kind kind) const;
  /// Reports each violation of `file` and returns true when there is none.
  bool validate(Kind kind, const ParsedFile& file, DiagnosticSink& sink);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace wt::data
