// The xxhash adapter: the only file that includes xxhash.h.
#include "core/content_hash.hpp"

#include <xxhash.h>

#include <cstdio>

namespace wt {

std::string ContentHash::hex() const {
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(high),
                static_cast<unsigned long long>(low));
  return buf;
}

ContentHash hash_bytes(std::string_view bytes) {
  XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
  return {h.high64, h.low64};
}

struct HashBuilder::State {
  XXH3_state_t* xxh = XXH3_createState();
  ~State() { XXH3_freeState(xxh); }
};

HashBuilder::HashBuilder() : state_(std::make_unique<State>()) { XXH3_128bits_reset(state_->xxh); }

HashBuilder::~HashBuilder() = default;

void HashBuilder::add(std::string_view part) {
  const uint64_t size = part.size();
  XXH3_128bits_update(state_->xxh, &size, sizeof size);
  XXH3_128bits_update(state_->xxh, part.data(), part.size());
}

void HashBuilder::add(const ContentHash& h) {
  const uint64_t parts[2] = {h.high, h.low};
  add(std::string_view(reinterpret_cast<const char*>(parts), sizeof parts));
}

ContentHash HashBuilder::finish() const {
  XXH128_hash_t h = XXH3_128bits_digest(state_->xxh);
  return {h.high64, h.low64};
}

}  // namespace wt
