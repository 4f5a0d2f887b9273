// Checks a schema cannot express, run after validation, and the
// normalisation of what later phases read:
//
//   - dates exist (31/02 does not) and become "yyyy-mm-dd";
//   - a school year is two consecutive years and matches the file name;
//   - a file or web address is allowed by core/url_safety.hpp and is an
//     http(s) address or (a file address) a path; a path under static/
//     exists (http(s) addresses are not fetched);
//   - disclosures: each item has text or a file;
//   - procedures: from level 2 on, at least one form;
//   - timetables: no teacher in two classes, no class with two lessons, at
//     the same day, session and period (the error names the first row);
//   - work schedules: week_start is a Monday, is the file name, and holds
//     every item's date.
//
// Values of the wrong type were reported by the validator and are skipped.
#pragma once

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "core/diagnostic.hpp"
#include "data/kind.hpp"
#include "data/schema_info.hpp"
#include "data/source_map.hpp"

namespace wt {
class FileSystem;
}

namespace wt::data {

/// `file` is the path as reported ("data/khoan-thu/2025-2026.csv"); paths
/// under static/ are looked up in `files`.
void check_semantics(Kind kind, const std::string& file, nlohmann::json& value, const SchemaJson& schema,
                     const SourceMap& map, const FileSystem& files, const std::filesystem::path& site_dir,
                     DiagnosticSink& sink);

/// The same, paths under static/ looked up on the disk.
void check_semantics(Kind kind, const std::string& file, nlohmann::json& value, const SchemaJson& schema,
                     const SourceMap& map, const std::filesystem::path& site_dir, DiagnosticSink& sink);

}  // namespace wt::data
