// load_data: discover, parse, coerce, validate, check.
#include "data/data_set.hpp"

#include <algorithm>

#include "core/file_io.hpp"
#include "core/file_system.hpp"
#include "core/file_walk.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"
#include "data/coerce.hpp"
#include "data/csv_loader.hpp"
#include "data/json_loader.hpp"
#include "data/schema_validator.hpp"
#include "data/semantic_checks.hpp"
#include "data/yaml_loader.hpp"

namespace wt::data {

std::vector<const Document*> DataSet::of(Kind kind) const {
  std::vector<const Document*> out;
  for (const auto& d : documents)
    if (d.kind == kind) out.push_back(&d);
  return out;
}

namespace {

// The list a CSV file's rows go into.
std::string csv_list_key(Kind kind) {
  switch (kind) {
    case Kind::Fees: return "items";
    case Kind::Timetables: return "entries";
    default: return "documents";
  }
}

std::optional<ParsedFile> parse_file(Kind kind, const std::string& file, const std::string& ext,
                                     const std::string& text, const SchemaJson& schema, DiagnosticSink& sink) {
  if (ext == "json") return load_json(file, text, sink);
  if (ext != "csv") return load_yaml(file, text, sink);
  const std::string key = csv_list_key(kind);
  const SchemaJson* item = subschema_at(schema, pointer_child(pointer_child("", key), 0));
  auto parsed = load_csv(file, text, key, item ? *item : SchemaJson::object(), sink);
  if (!parsed) return parsed;
  // What a CSV file cannot hold comes from its name: 2025-2026.csv, hk1-2025-2026.csv.
  std::string name = std::filesystem::path(file).stem().string();
  static const Regex year("[0-9]{4}-[0-9]{4}");
  static const Regex hk("hk([0-9])");
  if (kind == Kind::Fees) parsed->value["school_year"] = name;
  if (kind == Kind::Timetables) {
    if (auto m = year.search(name)) parsed->value["school_year"] = std::string(m->group(0));
    if (auto m = hk.search(name)) parsed->value["semester"] = m->group(1)[0] - '0';
  }
  return parsed;
}

}  // namespace

DataSet load_data(const std::filesystem::path& site_dir, const std::filesystem::path& schemas_dir,
                  DiagnosticSink& sink) {
  return load_data(real_file_system(), site_dir, schemas_dir, sink);
}

DataSet load_data(const FileSystem& files_in, const std::filesystem::path& site_dir,
                  const std::filesystem::path& schemas_dir, DiagnosticSink& sink) {
  DataSet set;
  const std::filesystem::path data_dir = site_dir / "data";
  FolderWalker walk(files_in, site_dir, sink);
  auto top = walk.top(data_dir, "data");
  if (!top) return set;
  std::vector<WalkEntry> files = walk.files(*top, skip_dot_names);  // links resolved; none leads out of the site
  std::sort(files.begin(), files.end(), [](const WalkEntry& a, const WalkEntry& b) { return a.rel < b.rel; });
  if (files.empty()) return set;

  SchemaValidator validator(schemas_dir, sink);
  for (const WalkEntry& entry : files) {
    const std::string& rel = entry.rel;
    const std::string file = "data/" + rel;
    auto kind = kind_for_path(rel);
    if (!kind) {
      sink.warning({file, 0, 0}, "data.unknown-file",
                   "this file is not read: data files go in " + expected_places());
      continue;
    }
    const SchemaJson* schema = validator.schema(*kind);
    if (!schema) continue;
    FileError read_error;
    auto bytes = files_in.read(entry.real, &read_error);
    if (!bytes) {
      sink.error({file, 0, 0}, read_error.code, read_error.message);
      continue;
    }
    std::string text = std::move(*bytes);
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
    auto nfc = to_nfc_if_valid(text);
    if (!nfc) {
      sink.error({file, 0, 0}, "data.encoding", "this file is not UTF-8 text: save it again as UTF-8");
      continue;
    }
    const size_t errors_before = sink.error_count();
    const std::string ext = std::filesystem::path(rel).extension().string().substr(1);
    auto parsed = parse_file(*kind, file, ext, *nfc, *schema, sink);
    if (!parsed) continue;
    coerce_to_schema(parsed->value, *schema, parsed->map);
    validator.validate(*kind, *parsed, sink);
    check_semantics(*kind, file, parsed->value, *schema, parsed->map, files_in, site_dir, sink);
    if (sink.error_count() == errors_before) set.documents.push_back({*kind, file, std::move(parsed->value), std::move(*nfc)});
  }
  return set;
}

}  // namespace wt::data
