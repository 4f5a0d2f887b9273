#include "core/clock.hpp"

#include <cstdlib>
#include <ctime>

namespace wt {

int64_t now_seconds() {
  if (const char* sde = std::getenv("SOURCE_DATE_EPOCH"); sde && *sde) {
    char* end = nullptr;
    long long v = std::strtoll(sde, &end, 10);
    if (end && *end == '\0') return v;
  }
  return static_cast<int64_t>(std::time(nullptr));
}

}  // namespace wt
