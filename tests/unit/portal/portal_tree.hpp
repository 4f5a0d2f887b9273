// What portal build tests compare: the files of a portal's output folder
// that are published, with the portal's report and output marker, but
// without the build state kept beside them (the portal's and each
// member's .webtruong/ cache, journal and state, the members' markers):
// their stamps differ from build to build.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "core/file_io.hpp"
#include "portal/portal_build.hpp"

namespace wt::test {

inline bool is_build_state(const std::string& rel) {
  if (rel == ".webtruong-output" || rel == wt::portal::kReportPath) return false;
  for (const auto& part : std::filesystem::path(rel))
    if (part.string().rfind(".webtruong", 0) == 0) return true;
  return false;
}

/// Path -> bytes of every published file under `dir`.
inline std::map<std::string, std::string> read_published(const std::filesystem::path& dir) {
  std::map<std::string, std::string> out;
  if (!std::filesystem::is_directory(dir)) return out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    const std::string rel = std::filesystem::relative(e.path(), dir).generic_string();
    if (e.is_regular_file() && !is_build_state(rel)) out[rel] = *wt::read_file(e.path());
  }
  return out;
}

}  // namespace wt::test
