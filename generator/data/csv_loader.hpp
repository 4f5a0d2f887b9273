// CSV data files -> nlohmann::json plus a SourceMap, using the kind's schema
// to know the columns.
//
// The header row names the columns (the property names of one item of the
// kind's list: item,amount,unit,... for fees). Unknown or repeated columns
// and missing required ones are reported at the header; each further row
// becomes one object of `{list_key: [...]}`, holding its non-empty cells as
// text (a boolean column keeps empty cells, which mean "no"). Types are
// fixed afterwards by coerce_to_schema().
#pragma once

#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "data/parsed_file.hpp"
#include "data/schema_info.hpp"

namespace wt::data {

/// `item_schema` is the schema of one row (e.g. fees' items.items).
std::optional<ParsedFile> load_csv(const std::string& file, const std::string& text, const std::string& list_key,
                                   const SchemaJson& item_schema, DiagnosticSink& sink);

}  // namespace wt::data
