// CSV reader: UTF-8 text (with or without a byte-order mark), fields
// separated by commas, semicolons (Excel in Vietnamese locales) or tabs,
// chosen by counting them in the first line; RFC 4180 quotes ("" inside a
// quoted field, line breaks allowed). Text in a legacy encoding
// (Windows-1258, TCVN3) is reported, never guessed at.
//
//   auto sheet = wt::importer::read_csv(bytes, "fees.csv", sink);
#pragma once

#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "importer/sheet.hpp"

namespace wt::importer {

/// At most this many fields in one file (a hostile file cannot exhaust memory).
inline constexpr size_t kMaxCsvCells = 1'000'000;

/// The table in `bytes`, or nullopt (with an error in `sink`) when it is not
/// UTF-8, has an unclosed quote or is too large.
std::optional<Sheet> read_csv(const std::string& bytes, const std::string& file, DiagnosticSink& sink);

}  // namespace wt::importer
