// PortalConfig: portal.yaml, the list of a sở's member sites.
//
//   name: "Cổng thông tin điện tử Sở GDĐT Phú Thọ"
//   province: "Phú Thọ"
//   base_url: "https://phutho.edu.vn/"
//   rubric: vinh-phuc-2016-2017          # optional (this is the default)
//   members:
//     - slug: thcs-nguyen-du
//       source: ../site.example           # a site folder, relative to portal.yaml
//       path: /thcs-nguyen-du/            # or host: thcsnguyendu.phutho.edu.vn (default path: /<slug>/)
//       commune: "phường Vĩnh Phúc"       # commune/ward, or an older district name
//       school_type: thcs
//       managing_body: "..."              # optional; default: the member's site.yaml
//
// parse_portal_config(text) is pure (tests need no disk); load_portal_config
// reads DIR/portal.yaml and checks what needs the disk (source folders, the
// rubric). Every bad field is an error at file:line:col and the result is
// then nullopt: a broken portal.yaml builds nothing. Members that clash
// (a slug, path or host already taken by an earlier member) or whose source
// folder is missing are errors too, but they go into that member's
// PortalMember::problems, not the sink: only that member is left unbuilt
// (one broken school never stops the portal), and the build prints them
// with the member's other diagnostics.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace wt::portal {

struct PortalMember {
  std::string slug;           ///< "thcs-nguyen-du": [a-z0-9-], unique
  std::string source;         ///< as written in portal.yaml
  std::filesystem::path source_dir;  ///< the folder, relative to the portal folder's parent resolved
  std::string path;           ///< "/thcs-nguyen-du/" when published under the portal's host, else ""
  std::string host;           ///< its own host name ("thcsnguyendu.phutho.edu.vn"), else ""
  std::string commune;        ///< commune/ward, or an older district name
  std::string school_type;    ///< mn | th | thcs | thpt | gdtx | pgd | sgd
  std::string managing_body;  ///< "" : the member's site.yaml says
  Position position;          ///< where its entry starts in portal.yaml
  Position source_position;   ///< where its 'source' is written
  /// Why it cannot be built although portal.yaml is readable ("two members
  /// with one slug", a missing source folder), as diagnostics; empty: fine.
  std::vector<std::string> problems;
};

struct PortalConfig {
  std::string name, province;
  std::string base_url;  ///< normalised, ends with '/'
  std::string rubric = "vinh-phuc-2016-2017";
  std::vector<PortalMember> members;  ///< in portal.yaml order
  std::string hash;      ///< XXH3-128 of portal.yaml's bytes: shards of one portal share it
  Position rubric_position;
  Position base_url_position;  ///< where 'base_url' is written
};

/// Top-level folders of the portal's own pages: no member path may take them.
const std::vector<std::string>& reserved_paths();

/// Parses portal.yaml's text; `file` names it in diagnostics and
/// `portal_dir` is what member sources are relative to. Does not touch the disk.
std::optional<PortalConfig> parse_portal_config(const std::string& text, const std::string& file,
                                                const std::filesystem::path& portal_dir, DiagnosticSink& sink);

/// Reads `portal_dir`/portal.yaml, parses it, and checks that every source
/// folder exists and the rubric is installed.
std::optional<PortalConfig> load_portal_config(const std::filesystem::path& portal_dir, DiagnosticSink& sink);

}  // namespace wt::portal
