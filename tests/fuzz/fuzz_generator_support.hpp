// Checks shared by the fuzz targets of the generator's parsers (yaml,
// front_matter, markdown, schema, csv, xlsx): whatever the input, every
// diagnostic names the file it was given, a line inside the text (or 0 for
// the whole file), a column that is 0 or within the line, and a message.
#pragma once

#include <string>
#include <string_view>

#include "core/diagnostic.hpp"
#include "fuzz_support.hpp"

namespace wt_fuzz {

/// Number of lines of `text` as an editor shows them (a last line without '\n' counts).
inline int line_count(std::string_view text) {
  int n = 1;
  for (char c : text) n += c == '\n';
  return n;
}

/// Every diagnostic of `sink` is about `file`, at line 0..`max_line`, with a message and a code.
inline void check_diagnostics(const wt::DiagnosticSink& sink, const std::string& file, int max_line) {
  for (const wt::Diagnostic& d : sink.sorted()) {
    FUZZ_CHECK(d.position.file == file);
    FUZZ_CHECK(d.position.line >= 0 && d.position.line <= max_line);
    FUZZ_CHECK(d.position.column >= 0);
    FUZZ_CHECK(!d.message.empty());
    FUZZ_CHECK(!d.code.empty());
  }
}

}  // namespace wt_fuzz
