// Where each value of a loaded data file was written.
//
// Loaders fill a SourceMap from JSON pointer ("/items/3/amount") to the
// position of the value and of its key, plus the scalar's text as written
// (so "0912345678" or "1.005084" can be given back as text when the schema
// wants text). Checks ask position("/items/3/amount") and get the value's
// place, or that of the nearest enclosing value the map knows.
//
//   SourceMap map("data/van-ban.yaml");
//   map.set("/documents/0/date", {{"data/van-ban.yaml", 3, 11}, {"data/van-ban.yaml", 3, 5}, "31/02/2025"});
//   map.position("/documents/0/date/x")   // 3:11
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "core/diagnostic.hpp"

namespace wt::data {

struct SourceLocation {
  Position value;   ///< where the value starts
  Position key;     ///< where its key starts (the value's place for array items and CSV cells)
  std::string raw;  ///< a scalar's text as written; "" for collections
};

class SourceMap {
 public:
  explicit SourceMap(std::string file = {}) : file_(std::move(file)) {}

  void set(const std::string& pointer, SourceLocation loc) { items_[pointer] = std::move(loc); }
  const SourceLocation* find(const std::string& pointer) const;
  /// Value position of `pointer` or of its nearest known ancestor; file:1:1 at worst.
  Position position(const std::string& pointer) const;
  /// Key position of `pointer` when known, else position(pointer).
  Position key_position(const std::string& pointer) const;
  const std::string& file() const { return file_; }

 private:
  std::string file_;
  std::unordered_map<std::string, SourceLocation> items_;
};

/// "/items" + "a/b" -> "/items/a~1b" (RFC 6901 escaping).
std::string pointer_child(const std::string& parent, std::string_view key);
std::string pointer_child(const std::string& parent, size_t index);
/// The last reference token of `pointer`, unescaped ("" for the root).
std::string pointer_last(const std::string& pointer);
/// `pointer` without its last token ("" for the root).
std::string pointer_parent(const std::string& pointer);

}  // namespace wt::data
