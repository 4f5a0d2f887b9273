// CSV table -> json rows.
#include "data/csv_loader.hpp"

#include <set>

#include "core/text.hpp"
#include "data/csv_reader.hpp"
#include "data/schema_info.hpp"

namespace wt::data {

std::optional<ParsedFile> load_csv(const std::string& file, const std::string& text, const std::string& list_key,
                                   const SchemaJson& item_schema, DiagnosticSink& sink) {
  CsvError err;
  auto table = read_csv(text, &err);
  if (!table) {
    sink.error({file, err.line, err.column}, "data.syntax", err.message);
    return std::nullopt;
  }
  if (table->rows.empty()) {
    sink.error({file, 1, 1}, "data.csv.empty", "this file is empty: the first row should name the columns");
    return std::nullopt;
  }
  static const SchemaJson kNone = SchemaJson::object();
  const SchemaJson& props = item_schema.contains("properties") ? item_schema["properties"] : kNone;
  std::vector<std::string> columns;
  for (auto it = props.begin(); it != props.end(); ++it) columns.push_back(it.key());
  std::string column_list;
  for (const auto& c : schema_order(item_schema)) column_list += (column_list.empty() ? "" : ",") + c;

  const auto& header = table->rows[0];
  std::vector<std::string> keys;  // per field; "" = ignored
  std::set<std::string> seen;
  bool ok = true;
  for (const CsvCell& cell : header) {
    std::string name = trim(cell.text);
    Position pos{file, cell.line, cell.column};
    if (!props.contains(name)) {
      std::string msg = "unknown column '" + name + "'";
      std::string guess = closest_match(name, columns);
      if (!guess.empty()) msg += "; did you mean '" + guess + "' (" + description_of(&props[guess]) + ")?";
      else msg += "; the columns are " + column_list;
      sink.error(pos, "data.csv.unknown-column", msg);
      ok = false;
      keys.push_back("");
      continue;
    }
    if (!seen.insert(name).second) {
      sink.error(pos, "data.csv.duplicate-column", "the column '" + name + "' is written twice");
      ok = false;
      keys.push_back("");
      continue;
    }
    keys.push_back(name);
  }
  if (item_schema.contains("required")) {
    for (const auto& r : item_schema["required"]) {
      std::string name = r.get<std::string>();
      if (!seen.count(name)) {
        sink.error({file, header.empty() ? 1 : header[0].line, 1}, "data.csv.missing-column",
                   "missing column '" + name + "' (" + description_of(&props[name]) + "); the columns are " +
                       column_list);
        ok = false;
      }
    }
  }
  if (!ok) return std::nullopt;

  ParsedFile parsed{nlohmann::json::object(), SourceMap(file)};
  nlohmann::json& list = parsed.value[list_key] = nlohmann::json::array();
  const std::string list_ptr = pointer_child("", list_key);
  parsed.map.set("", {{file, 1, 1}, {file, 1, 1}, ""});
  parsed.map.set(list_ptr, {{file, header[0].line, 1}, {file, header[0].line, 1}, ""});
  for (size_t r = 1; r < table->rows.size(); ++r) {
    const auto& row = table->rows[r];
    const size_t index = list.size();
    const std::string row_ptr = pointer_child(list_ptr, index);
    Position row_pos{file, row[0].line, 1};
    if (row.size() > keys.size()) {
      sink.error({file, row[keys.size()].line, row[keys.size()].column}, "data.csv.extra-values",
                 "this row has " + std::to_string(row.size()) + " values but the header names only " +
                     std::to_string(keys.size()) + " columns");
    }
    nlohmann::json obj = nlohmann::json::object();
    parsed.map.set(row_ptr, {row_pos, row_pos, ""});
    for (size_t f = 0; f < row.size() && f < keys.size(); ++f) {
      const std::string& key = keys[f];
      std::string value = row[f].text;
      bool boolean = props[key].value("type", "") == "boolean";
      if (value.empty() && !boolean) continue;
      obj[key] = value;
      Position pos{file, row[f].line, row[f].column};
      parsed.map.set(pointer_child(row_ptr, key), {pos, pos, value});
    }
    list.push_back(std::move(obj));
  }
  return parsed;
}

}  // namespace wt::data
