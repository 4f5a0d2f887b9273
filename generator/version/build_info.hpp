// What this binary is: its version and a build id that changes whenever the
// code compiled into it changes. `webtruong --version` prints both; caches of
// build results (issue 12) key on the id, so a rebuilt binary never reuses
// what an older one produced.
//
// The id is computed before every build by generator/version/build_id.cmake:
// a SHA-256 over every source file of generator/ and plugins/ (path and
// content), the top CMakeLists.txt, the compiler and its version, the build
// type, flags and options, and the versions of the libraries the generator
// was built against. It holds no time and no absolute path, so the same
// sources built the same way give the same id, wherever they are checked
// out (a reproducible build needs no SOURCE_DATE_EPOCH for it). The git
// commit, with "-dirty" when tracked files differ from it, is shown beside
// it for people; the id does not depend on git.
//
//   const auto& b = wt::version::build_info();
//   std::cout << "webtruong " << b.version << "\nbuild " << b.id << "\n";
#pragma once

#include <string>

namespace wt::version {

struct BuildInfo {
  std::string version;  ///< "0.1.0": the project version in CMakeLists.txt
  std::string id;       ///< 16 hex digits: the first 64 bits of the SHA-256
  std::string git;      ///< `git describe --always --dirty --abbrev=12`; "" when not built from git
};

/// The build of the running binary. Defined by the file build_id.cmake
/// generates from build_info.cpp.in in the build folder.
const BuildInfo& build_info();

}  // namespace wt::version
