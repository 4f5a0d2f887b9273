// Structured data of a site (data/), loaded and validated: issue 3, see
// docs/data.md for the kinds, files and formats.
//
//   wt::DiagnosticSink sink;
//   auto data = wt::data::load_data(site_dir, repo_dir / "schemas", sink);
//   for (const wt::data::Document* d : data.of(wt::data::Kind::Fees))
//     d->value["items"][0]["amount"];   // an integer of đồng
//
// Each file under data/ is read as YAML, JSON or CSV by its extension, its
// kind decided by its place, coerced and checked against
// schemas/data/<kind>.schema.json, then checked for what a schema cannot say
// (semantic_checks.hpp). Every problem of every file is reported; a file
// with an error is left out of the DataSet. A file in no known place is a
// warning (data.unknown-file).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostic.hpp"
#include "data/kind.hpp"

namespace wt {
class FileSystem;
}

namespace wt::data {

struct Document {
  Kind kind;
  std::string file;      ///< "data/cong-khai/2025-2026.yaml"
  nlohmann::json value;  ///< validated; dates as "yyyy-mm-dd", amounts as integers
  std::string text = {}; ///< the file as read (NFC): `check` finds places in it (placeholders)
};

struct DataSet {
  std::vector<Document> documents;  ///< sorted by file
  std::vector<const Document*> of(Kind kind) const;
};

/// Loads and validates data/ of the site, read from `files`, against
/// schemas_dir (the repo's schemas/, read from the disk).
DataSet load_data(const FileSystem& files, const std::filesystem::path& site_dir,
                  const std::filesystem::path& schemas_dir, DiagnosticSink& sink);

/// The same, from the disk.
DataSet load_data(const std::filesystem::path& site_dir, const std::filesystem::path& schemas_dir,
                  DiagnosticSink& sink);

}  // namespace wt::data
