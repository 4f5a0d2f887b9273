// A data file as its loader hands it on: the value, and where each part of
// it was written (see source_map.hpp).
#pragma once

#include <nlohmann/json.hpp>

#include "data/source_map.hpp"

namespace wt::data {

struct ParsedFile {
  nlohmann::json value;
  SourceMap map;
};

}  // namespace wt::data
