// What time it is, in one place for every command: $SOURCE_DATE_EPOCH when
// set (reproducible builds and reports, tests), else the system clock.
//
//   int64_t now = wt::now_seconds();
#pragma once

#include <cstdint>

namespace wt {

/// Seconds since the epoch: $SOURCE_DATE_EPOCH when set (reproducible
/// builds, tests), else the clock.
int64_t now_seconds();

}  // namespace wt
