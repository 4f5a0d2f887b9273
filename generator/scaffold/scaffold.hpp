// Scaffold: `webtruong new` writes a complete site for one school type from
// the packs in content/scaffold/ (common/, then truong/ for schools, then the
// type's own folder; a later pack replaces a file of an earlier one). Packs
// are plain files with {{name}}-style variables, substituted in file contents
// (.md, .yaml, .yml, .txt) and in paths; other files are copied as they are.
//
//   Options o{"thcs", "Trường THCS Nguyễn Du"};
//   o.now = std::time(nullptr);
//   if (!create_site("truong-moi", o, sink)) ...
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace wt::scaffold {

struct Options {
  std::string type;      ///< mn | th | thcs | thpt | gdtx | sgd
  std::string name;      ///< full name of the school
  std::string province;  ///< optional; a placeholder when empty
  std::string base_url;  ///< optional; made from the name and province when empty
  int64_t now = 0;       ///< seconds since the epoch: the creation date
  std::filesystem::path packs_dir;  ///< content/scaffold/; found by find_packs_dir() when empty
};

/// The types `new` can create, in the order of the product card.
const std::vector<std::string>& site_types();

/// "Trường trung học cơ sở" for "thcs"; empty for an unknown type.
std::string type_name(const std::string& type);

/// content/scaffold/ of this Webtruong (core/installation.hpp); empty when
/// the content/ folder was not found.
std::filesystem::path find_packs_dir();

/// The packs a type's site is made of, in order: common, [truong], TYPE.
std::vector<std::string> packs_for(const std::string& type);

/// The variables of a new site: name, type, type_name, school_year, today,
/// today_vn, monday, year, province, base_url, entry_grade, leader_title.
std::map<std::string, std::string> variables(const Options& opt);

/// Replaces each {{key}} of `vars` in `text`; other {{...}} are left as they are.
std::string substitute(std::string_view text, const std::map<std::string, std::string>& vars);

struct Created {
  std::vector<std::string> files;              ///< paths relative to the site, sorted
  std::vector<std::string> placeholder_files;  ///< those holding "[CẦN ĐIỀN"
};

/// Writes the site into `dir`, which must not exist or be empty. The files are
/// written into a temporary folder beside it, then renamed into place, so a
/// failure leaves nothing half-written. Errors go to `sink`.
bool create_site(const std::filesystem::path& dir, const Options& opt, DiagnosticSink& sink, Created* out = nullptr);

}  // namespace wt::scaffold
