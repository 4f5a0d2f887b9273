// The few pieces of JSON the index is written with, appended to a string
// (faster than a JSON library for millions of numbers, and byte-for-byte
// stable).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace wt::search {

/// `text` as a JSON string, quotes included (", \ and control characters escaped).
void append_json_string(std::string& out, std::string_view text);

/// `v` in decimal.
void append_number(std::string& out, std::uint64_t v);

/// [a, b-a, c-b, ...]: sorted document numbers, delta-coded.
void append_deltas(std::string& out, std::span<const std::uint32_t> sorted);

}  // namespace wt::search
