// CSV reader: UTF-8 text (with or without a byte-order mark) read by
// data::read_csv (RFC 4180; commas, semicolons or tabs; at most
// data::kMaxCsvCells values) into a Sheet of NFC text. Text in a legacy
// encoding (Windows-1258, TCVN3) is reported, never guessed at.
//
//   auto sheet = wt::importer::read_csv(bytes, "fees.csv", sink);
#pragma once

#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "importer/sheet.hpp"

namespace wt::importer {

/// The table in `bytes`, or nullopt (with an error in `sink`) when it is not
/// UTF-8, has an unclosed quote or is too large.
std::optional<Sheet> read_csv(const std::string& bytes, const std::string& file, DiagnosticSink& sink);

}  // namespace wt::importer
