// Shared by the fuzz targets of tests/fuzz/: invariant checks and input
// splitting. Each target defines LLVMFuzzerTestOneInput; the regression test
// (tests/unit/audit_fuzz_regressions) compiles the same sources with that name
// redefined (-DLLVMFuzzerTestOneInput=wt_fuzz_<target>) and replays files.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>
#include <utility>
#include <vector>

#ifdef WT_FUZZ_REPLAY
#include <stdexcept>
#include <string>
namespace wt_fuzz {
/// An invariant that failed while replaying a file in the Catch2 test.
struct Failure : std::runtime_error {
  using std::runtime_error::runtime_error;
};
}  // namespace wt_fuzz
#define WT_FUZZ_FAIL(file, line, what) \
  throw wt_fuzz::Failure(std::string(file) + ":" + std::to_string(line) + ": invariant failed: " + (what))
#else
/// Stops the process (libFuzzer records the input) when an invariant fails.
#define WT_FUZZ_FAIL(file, line, what)                                      \
  do {                                                                      \
    std::fprintf(stderr, "%s:%d: invariant failed: %s\n", file, line, what); \
    __builtin_trap();                                                       \
  } while (0)
#endif

#define FUZZ_CHECK(cond)                                    \
  do {                                                      \
    if (!(cond)) WT_FUZZ_FAIL(__FILE__, __LINE__, #cond);   \
  } while (0)

/// An invariant with a known, still open violation (see docs/fuzzing.md,
/// tests/fuzz/open/): checked like FUZZ_CHECK, except in a fuzz build made
/// with -DWT_FUZZ_SKIP_OPEN=ON, so that the rest of the target can be fuzzed.
#ifdef WT_FUZZ_SKIP_OPEN
#define FUZZ_CHECK_OPEN(cond) ((void)0)
#else
#define FUZZ_CHECK_OPEN(cond) FUZZ_CHECK(cond)
#endif

namespace wt_fuzz {

inline std::string_view as_text(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// Splits at the first '\n': {first line, rest}; the whole text and "" if none.
inline std::pair<std::string_view, std::string_view> split_line(std::string_view s) {
  size_t nl = s.find('\n');
  if (nl == std::string_view::npos) return {s, {}};
  return {s.substr(0, nl), s.substr(nl + 1)};
}

/// Lines of `s` (split on '\n'), at most `max` of them.
inline std::vector<std::string_view> lines(std::string_view s, size_t max) {
  std::vector<std::string_view> out;
  while (!s.empty() && out.size() < max) {
    auto [line, rest] = split_line(s);
    out.push_back(line);
    if (line.size() == s.size()) break;
    s = rest;
  }
  return out;
}

/// Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
inline bool valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t len = 0;
    uint32_t cp = 0;
    if (c < 0x80) { ++i; continue; }
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    else return false;
    if (i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (b & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)) return false;
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

}  // namespace wt_fuzz
