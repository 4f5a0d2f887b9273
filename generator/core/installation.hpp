// Where Webtruong finds its own files: the themes (with the audit's report
// templates, themes/default/reports), the schemas (data schemas, rules/,
// rubrics/) and the content packs `webtruong new` starts a site from
// (content/scaffold). They are found once per process, relative to the
// binary: <prefix>/bin/webtruong reads <prefix>/share/webtruong/{themes,
// schemas,content}, wherever the prefix was copied or installed to.
//
// A development build (CMake option WT_SOURCE_FALLBACK, on by default) also
// falls back to its checkout, named in the file `webtruong-source-tree.txt`
// CMake writes beside the binaries it builds (build/, build/tests/); CPython
// finds its build tree the same way (pybuilddir.txt). No path of the source
// tree is compiled into any binary, so a copied or installed binary never
// reaches the checkout; with the option off (the .deb) the file is neither
// written nor read.
//
// Each folder can be named by an environment variable, which then is the
// only place looked in: WEBTRUONG_THEMES, WEBTRUONG_SCHEMAS, WEBTRUONG_CONTENT, WEBTRUONG_CMS
// (docs/install.md).
//
//   const wt::Installation& inst = wt::installation();
//   if (inst.schemas.empty()) sink.error(..., "not found in " + inst.share.string() ...);
//   auto rules = inst.schemas / "rules";
#pragma once

#include <filesystem>
#include <string>

namespace wt {

/// The folders of this Webtruong. A folder that was not found is empty.
struct Installation {
  std::filesystem::path themes;   ///< holds default/ (layouts, reports) and any other installed theme
  std::filesystem::path schemas;  ///< holds data/, rules/, rubrics/ and the *.schema.json files
  std::filesystem::path content;  ///< holds scaffold/
  /// holds node_modules/decap-cms (and decap-server), as cms/package.json
  /// installs them (`npm ci` in scripts/install-deps.sh); empty when not installed.
  std::filesystem::path cms;
  /// Where an installed build keeps them, <exe dir>/../share/webtruong,
  /// whether or not it exists: for messages. Empty when the binary's own
  /// path is unknown.
  std::filesystem::path share;

  /// themes/default/reports: the audit's report templates; empty when no themes.
  std::filesystem::path reports() const;
  /// content/scaffold: the packs of `webtruong new`; empty when no content.
  std::filesystem::path scaffold() const;
  /// Decap CMS's scripts, cms/node_modules/decap-cms/dist (decap-cms.js and the parts it loads); empty when no cms.
  std::filesystem::path cms_scripts() const;
};

/// What find_installation() looks at; this_process_search() fills it in.
struct InstallationSearch {
  std::filesystem::path exe;  ///< the running binary (its links resolved); empty when unknown
  /// The data folder relative to the binary's folder (GNUInstallDirs'
  /// DATADIR/webtruong seen from BINDIR).
  std::filesystem::path data_from_bin = "../share/webtruong";
  std::filesystem::path source_tree;  ///< a development build's checkout; empty otherwise
  std::string themes_env, schemas_env, content_env, cms_env;  ///< $WEBTRUONG_THEMES ...; empty when unset
};

/// Each folder in turn: its environment variable when set (taken as it is,
/// even when it does not exist, so a mistyped override is reported, not
/// skipped); else <exe dir>/<data_from_bin>/<name> when it holds what that
/// folder must hold (default/layouts, rules, scaffold/common); else the same
/// in the source tree; else empty. Pure apart from looking at the disk.
Installation find_installation(const InstallationSearch& search);

/// The checkout named in webtruong-source-tree.txt in the folder of `exe`:
/// one absolute path to an existing folder (a trailing newline allowed), else
/// empty.
std::filesystem::path source_tree_beside(const std::filesystem::path& exe);

/// The search of the running process: /proc/self/exe, the environment and,
/// in a development build, the checkout named beside the binary.
InstallationSearch this_process_search();

/// The installation of the running process, found on the first call (thread
/// safe) and never changed afterwards.
const Installation& installation();

}  // namespace wt
