// Shared helper of the data tests: load a site's data/ against the repo's
// schemas and return the diagnostics as the CLI prints them.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "data/data_set.hpp"

namespace wt::test {

struct DataRun {
  wt::data::DataSet data;
  std::vector<std::string> lines;  ///< format_diagnostic of each, sorted
};

inline DataRun run_load_data(const std::filesystem::path& site) {
  wt::DiagnosticSink sink;
  DataRun run;
  run.data = wt::data::load_data(site, std::filesystem::path(WT_SOURCE_DIR) / "schemas", sink);
  for (const auto& d : sink.sorted()) run.lines.push_back(wt::format_diagnostic(d));
  return run;
}

}  // namespace wt::test
