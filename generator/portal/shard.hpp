// Shards of a portal: `portal build --shard K/N` builds the members whose
// slug is in shard K of N (core/shard.hpp: XXH3 of the slug), so N
// processes on N machines share the members without talking to each other,
// and every member is in exactly one shard whatever the order of portal.yaml.
//
//   auto s = wt::portal::parse_shard("2/3", &why);   // {2, 3}
//   if (wt::portal::in_shard("thcs-le-loi", *s)) ...
#pragma once

#include "core/shard.hpp"

namespace wt::portal {

using wt::in_shard;
using wt::parse_shard;
using wt::Shard;
using wt::shard_of;

}  // namespace wt::portal
