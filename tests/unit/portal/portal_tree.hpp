// What portal build tests share: the files of a portal's output folder
// that are published, with the portal's report and output marker, but
// without the build state kept beside them (the portal's and each
// member's .webtruong/ cache, journal and state, the members' markers):
// their stamps differ from build to build; a build of a portal at the
// tests' clock; and the fixture portal with all its members building.
#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "core/file_io.hpp"
#include "core/thread_pool.hpp"
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

inline constexpr int64_t kPortalNow = 1781481600;  // 2026-06-15T00:00:00Z

inline void write_file(const std::filesystem::path& file, const std::string& text) {
  std::filesystem::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

struct BuiltPortal {
  bool ok = false;
  wt::portal::PortalResult result;
  std::string members, diagnostics;
};

/// `webtruong portal build` of `portal` into `out` at kPortalNow, with the checkout's themes.
inline BuiltPortal build_portal_at(const std::filesystem::path& portal, const std::filesystem::path& out,
                                   bool full = false, int jobs = 2) {
  wt::portal::PortalBuildOptions opt;
  opt.portal_dir = portal;
  opt.out_dir = out;
  opt.now = kPortalNow;
  opt.full = full;
  opt.theme_dirs = {std::filesystem::path(WT_SOURCE_DIR) / "themes"};
  wt::ThreadPool pool(jobs);
  wt::DiagnosticSink sink;
  std::ostringstream members, diags;
  BuiltPortal b;
  b.ok = wt::portal::build_portal(opt, pool, sink, members, &b.result);
  sink.print(diags);
  b.members = members.str();
  b.diagnostics = diags.str();
  return b;
}

/// tests/fixtures/portals/basic copied to `dir`, its broken member repaired: all three build.
inline std::filesystem::path working_portal(const std::filesystem::path& dir) {
  std::filesystem::copy(std::filesystem::path(WT_TEST_FIXTURES) / "portals" / "basic", dir,
                        std::filesystem::copy_options::recursive);
  write_file(dir / "members/th-hong/content/tin-tuc/loi.md", "---\ntitle: Tin đúng\ndate: 28/02/2026\n---\nĐã sửa.\n");
  return dir;
}

}  // namespace wt::test
