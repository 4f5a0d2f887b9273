// Writing the data files of docs/data.md as YAML text, the way a person
// would write them: text double-quoted (so "0912 345 678" stays text and
// "Có" stays a word), numbers, booleans, dates and keywords bare.
//
//   YamlWriter y;
//   y.field("school_year", YamlWriter::quote("2025-2026"));
//   y.begin_list("items");
//   y.item_field("item", YamlWriter::quote("Tiền nước uống"));   // "  - item: ..."
//   y.field("amount", "10000", 2);                               // "    amount: 10000"
#pragma once

#include <string>
#include <string_view>

namespace wt::importer {

class YamlWriter {
 public:
  /// A double-quoted YAML scalar with \ " and control characters escaped.
  static std::string quote(std::string_view text);

  /// "key: value" at `depth` list levels (0 = top level).
  void field(std::string_view key, std::string_view value, int depth = 0);
  /// "key:" opening a list.
  void begin_list(std::string_view key);
  /// "  - key: value": the first field of a new list item.
  void item_field(std::string_view key, std::string_view value);

  const std::string& text() const { return out_; }

 private:
  std::string out_;
};

}  // namespace wt::importer
