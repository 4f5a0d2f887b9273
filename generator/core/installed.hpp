// Where Webtruong finds its own files (themes, schemas, content packs) and
// what time it is, in one place for every command.
//
//   auto schemas = wt::find_installed_dir("WEBTRUONG_SCHEMAS", "schemas", WT_SOURCE_SCHEMAS_DIR, "rules");
//   int64_t now = wt::now_seconds();
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace wt {

/// Candidate folders for `name`, in order: $env_var, <exe>/../name,
/// <exe>/../share/webtruong/name, then `source_fallback` (the source tree).
std::vector<std::filesystem::path> installed_dirs(const char* env_var, const std::string& name,
                                                  const std::string& source_fallback);

/// The first of installed_dirs() that holds `probe` (a file or folder inside
/// it), normalised; empty when none does.
std::filesystem::path find_installed_dir(const char* env_var, const std::string& name,
                                         const std::string& source_fallback, const std::string& probe);

/// Seconds since the epoch: $SOURCE_DATE_EPOCH when set (reproducible
/// builds, tests), else the clock.
int64_t now_seconds();

}  // namespace wt
