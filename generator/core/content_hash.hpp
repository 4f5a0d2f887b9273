// ContentHash: a 128-bit fingerprint of some bytes (XXH3-128, Debian's
// libxxhash), to tell whether an input changed without keeping it.
//
// Not a cryptographic hash: it keys caches of our own outputs (an
// incremental build, the dev server), where inputs are not chosen to
// collide. content_hash.cpp is the only file that includes xxhash.h.
//
//   wt::ContentHash h = wt::hash_bytes(text);
//   h.hex()   // "3f0c...": 32 hex digits
//   wt::HashBuilder b; b.add("config:name"); b.add(h); b.finish();
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace wt {

struct ContentHash {
  uint64_t high = 0, low = 0;
  bool operator==(const ContentHash&) const = default;
  bool operator<(const ContentHash& o) const { return high != o.high ? high < o.high : low < o.low; }
  /// 32 lower-case hex digits.
  std::string hex() const;
};

/// The hash of `bytes`.
ContentHash hash_bytes(std::string_view bytes);

/// Hashes a sequence of parts, each framed by its length, so ("ab", "c")
/// and ("a", "bc") differ.
class HashBuilder {
 public:
  HashBuilder();
  ~HashBuilder();
  HashBuilder(const HashBuilder&) = delete;
  HashBuilder& operator=(const HashBuilder&) = delete;

  void add(std::string_view part);
  void add(const ContentHash& h);
  ContentHash finish() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace wt
