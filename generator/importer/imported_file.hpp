// What every importer takes besides its sheet (what the user said on the
// command line) and what it gives back (the text of one data file).
#pragma once

#include <string>

namespace wt::importer {

/// Facts the sheet may not say; empty/0 = find them in the sheet's title
/// rows, its name or the file name.
struct ImportHints {
  std::string school_year;  ///< "2025-2026"
  int semester = 0;         ///< 1 or 2
  std::string effective;    ///< "dd/mm/yyyy"
  std::string file_stem;    ///< "tkb-hk1-2025-2026", searched like the title
};

struct ImportedFile {
  std::string path;     ///< Where it belongs under data/: "khoan-thu/2025-2026.yaml".
  std::string yaml;     ///< The file's text, in the format of docs/data.md.
  size_t records = 0;   ///< Lessons, fees or people imported.
};

}  // namespace wt::importer
