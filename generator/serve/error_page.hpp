// The build errors of `webtruong serve`, as the terminal prints them and as
// the page every address answers while they stand (status 500), both from
// one ShownDiagnostic: the diagnostic and the line of source it points to.
//
//   content/tin-tuc/a.md:3:7: error: 'date' is not a valid date: "30/02/2024"
//       3 | date: 30/02/2024
//         |       ^
//
// The page escapes every text it shows (messages and source lines come from
// the site's files: hostile until shown safely), carries its own
// Content-Security-Policy and the reload script (serve/reload_script.hpp),
// so that it goes away by itself when an edit fixes the error.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace wt::serve {

struct ShownDiagnostic {
  Diagnostic diagnostic;
  std::string source_line;  ///< the line `diagnostic` points to, made printable; empty when none
};

/// Line `line` (1-based) of `text`, without its line break; empty when there is none.
std::string line_of(std::string_view text, int line);

/// `line` made safe to print: tabs become one space (so the caret lines up),
/// other control characters '?', cut to 240 bytes (at a character's start).
std::string printable_line(std::string_view line);

/// "file:line:col: error: message", then the source line and a caret under
/// the column when there is a source line; ends with a line break.
std::string format_for_terminal(const ShownDiagnostic& d);

/// The HTML page shown for `errors` (build `generation`).
std::string error_page(const std::vector<ShownDiagnostic>& errors, uint64_t generation);

}  // namespace wt::serve
