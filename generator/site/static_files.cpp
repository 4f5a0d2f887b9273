#include "site/static_files.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <array>
#include <map>

#include "core/file_io.hpp"
#include "core/file_system.hpp"
#include "core/file_walk.hpp"

namespace fs = std::filesystem;

namespace wt::site {
namespace {

std::string lower_extension(const std::string& name) {
  size_t dot = name.rfind('.');
  if (dot == std::string::npos || dot == 0) return "";
  std::string ext = name.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

// Served by nginx (and most servers) as HTML, SVG, XHTML, XSLT or script.
constexpr std::array<const char*, 11> kScriptTypes = {"html", "htm", "xhtml", "xht", "shtml", "svg",
                                                      "svgz", "js", "mjs", "xsl", "xslt"};
// Served as XML: a browser runs what they hold when they name a stylesheet
// or hold elements of the XHTML or SVG namespace.
constexpr std::array<const char*, 3> kXmlTypes = {"xml", "rss", "atom"};

bool contains_nocase(const std::string& text, std::string_view needle) {
  auto it = std::search(text.begin(), text.end(), needle.begin(), needle.end(),
                        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
  return it != text.end();
}

std::string xml_risk(const FileSystem& files, const fs::path& real) {
  FileError error;
  auto text = files.read(real, &error);
  if (!text) return "this XML file could not be checked (" + error.message + ")";
  if (contains_nocase(*text, "<?xml-stylesheet")) return "this XML file names a stylesheet";
  if (contains_nocase(*text, "http://www.w3.org/1999/xhtml")) return "this XML file holds XHTML";
  if (contains_nocase(*text, "http://www.w3.org/2000/svg")) return "this XML file holds SVG";
  return "";
}

}  // namespace

std::string script_risk(const std::string& name, const fs::path& real) {
  return script_risk(real_file_system(), name, real);
}

std::string script_risk(const FileSystem& files, const std::string& name, const fs::path& real) {
  const std::string ext = lower_extension(name);
  if (ext.empty()) return "";
  for (const char* t : kScriptTypes)
    if (ext == t) return "." + ext + " files can";
  for (const char* t : kXmlTypes)
    if (ext == t) return xml_risk(files, real);
  return "";
}

bool static_allowed(const std::vector<std::string>& allow, const std::string& rel, const std::string& source) {
  for (const auto& pattern : allow) {
    if (::fnmatch(pattern.c_str(), rel.c_str(), FNM_PATHNAME) == 0) return true;
    if (::fnmatch(pattern.c_str(), source.c_str(), FNM_PATHNAME) == 0) return true;
  }
  return false;
}

namespace {

class Collector {
 public:
  Collector(const StaticSources& in, DiagnosticSink& sink)
      : in_(in), files_(in.files ? *in.files : real_file_system()), sink_(sink) {}

  std::vector<StaticFile> run() {
    add_theme();
    add_site_static();
    std::vector<StaticFile> out;
    for (auto& [rel, f] : static_) out.push_back(std::move(f));
    add_content(out);
    return out;
  }

 private:
  void add_theme() {
    if (in_.theme_dir.empty()) return;  // no theme was found: reported already
    const bool in_site = files_.real_root(in_.theme_root) == files_.real_root(in_.site_dir);
    FolderWalker walk(files_, in_.theme_root, sink_, in_site ? "the site folder" : "the theme folder");
    fs::path dir = in_.theme_dir / "static";
    auto top = walk.top(dir, dir.string());
    if (!top) return;
    for (auto& f : walk.files(*top, skip_dot_names)) static_[f.rel] = {f.rel, f.real, f.shown};
  }

  void add_site_static() {
    FolderWalker walk(files_, in_.site_dir, sink_);
    auto top = walk.top(in_.site_dir / "static", "static");
    if (!top) return;
    for (auto& f : walk.files(*top, skip_dot_names))
      if (allowed(f.rel, f.real, f.shown, f.rel)) static_[f.rel] = {f.rel, f.real, f.shown};
  }

  void add_content(std::vector<StaticFile>& out) {
    if (!in_.tree) return;
    auto add = [&](const std::string& rel, const fs::path& path) {
      std::string source = path.lexically_relative(in_.site_dir).generic_string();
      if (allowed(rel, path, source, source)) out.push_back({rel, path, source});
    };
    for (auto& s : in_.tree->sections)
      for (const auto& f : s->files) add(s->url.substr(1) + f.filename().string(), f);
    for (auto& p : in_.tree->pages) {
      if (!p->is_bundle) continue;
      fs::path bundle = p->file.parent_path();
      for (const auto& r : p->resources) add(p->url.substr(1) + r.lexically_relative(bundle).generic_string(), r);
    }
  }

  // `entry`: what to add to static_allow: the path under static/, or the
  // path of a file beside pages, which stays the same when a title changes.
  bool allowed(const std::string& rel, const fs::path& real, const std::string& source, const std::string& entry) {
    std::string risk = script_risk(files_, fs::path(rel).filename().string(), real);
    if (risk.empty() || (in_.allow && static_allowed(*in_.allow, rel, source))) return true;
    sink_.error({source, 0, 0}, "static.script",
                "this file can carry script that would run on the school's web pages (" + risk +
                    "); to publish it all the same, add '" + entry + "' to static_allow in site.yaml");
    return false;
  }

  const StaticSources& in_;
  const FileSystem& files_;
  DiagnosticSink& sink_;
  std::map<std::string, StaticFile> static_;  ///< theme's, then the site's (which win)
};

}  // namespace

std::vector<StaticFile> collect_static_files(const StaticSources& in, DiagnosticSink& sink) {
  return Collector(in, sink).run();
}

}  // namespace wt::site
