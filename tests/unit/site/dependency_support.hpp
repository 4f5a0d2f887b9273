// The harness of the dependency completeness test (dependency_test.cpp):
// site.example and the default theme held in a MemoryFileSystem, built in
// full in memory before and after one edit of one input, with every output
// whose bytes changed checked against the plans of both builds.
//
//   test::ExampleSite site;
//   auto c = site.check_edit({"file:content/lien-he.md", site.site_dir() / "content/lien-he.md", test::edit_markdown});
//   CHECK(c.unlisted.empty());
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/content_hash.hpp"
#include "core/file_system.hpp"
#include "core/thread_pool.hpp"
#include "site/build_plan.hpp"
#include "site/load_site.hpp"

namespace wt::test {

/// One full build in memory.
struct MemoryBuild {
  std::unique_ptr<site::LoadedSite> site;
  site::BuildPlan plan;
  std::map<std::string, std::string> bytes;  ///< by output path
  std::map<std::string, ContentHash> keys;   ///< InputHashes::output_key, by output path
  bool ok = false;
  std::string diagnostics;
};

/// One edit of one input: the file that holds it, and how its text changes.
struct Edit {
  std::string input;          ///< as plans name it: "file:content/a.md", "theme:layouts/page.mustache", "config:name"
  std::filesystem::path path;  ///< the file changed (absolute)
  std::function<std::string(const std::string&)> change;
  /// False when no output may change (a draft, a theme file the site's own
  /// file hides, a setting the build only checks): `why` says so.
  bool must_show = true;
  std::string why = {};
};

/// What one edit changed, and what the plans failed to say.
struct EditCheck {
  size_t changed = 0;       ///< outputs in both builds whose bytes differ
  size_t appeared = 0;      ///< outputs only after the edit (an address changed, a page was published)
  size_t direct = 0;        ///< outputs naming the input themselves, in the plan before the edit
  size_t keys_changed = 0;  ///< outputs in both builds whose cache key differs
  /// Changed outputs that name the input neither themselves nor through a
  /// list, in either plan; must be empty.
  std::vector<std::string> unlisted;
  /// Changed outputs whose cache key stayed the same; must be empty.
  std::vector<std::string> same_key;
};

class ExampleSite {
 public:
  /// site.example and themes/default of the source tree, in memory.
  ExampleSite();

  MemoryFileSystem& files() { return files_; }
  const std::filesystem::path& site_dir() const { return site_dir_; }
  const std::filesystem::path& theme_dir() const { return theme_dir_; }
  /// Paths (absolute) of every file below `dir`, sorted.
  std::vector<std::filesystem::path> files_below(const std::filesystem::path& dir) const;
  /// `path` relative to the site folder ("content/a.md") or the theme folder.
  std::string rel(const std::filesystem::path& path) const;

  /// Every plan built from now on leaves `input` out: from the own inputs
  /// of the output written at `rel`, or, with `rel` empty, from every output
  /// and every list. The harness's self-check: it must then report the
  /// outputs that changed. Call before the first build.
  void forget(const std::string& input, const std::string& rel = "");

  MemoryBuild build();
  /// The first build, kept.
  const MemoryBuild& base();

  /// Applies the edit, builds, puts the file back, and compares with base().
  EditCheck check_edit(const Edit& edit);

 private:
  std::filesystem::path site_dir_, theme_dir_;
  MemoryFileSystem files_;
  ThreadPool pool_{2};
  std::vector<std::pair<std::string, std::string>> forgotten_;  ///< (input, output or "")
  std::unique_ptr<MemoryBuild> base_;
};

/// title: "A" -> title: "A sửa", and a paragraph at the start of the body.
/// A page's address comes from its title: the page moves.
std::string edit_markdown(const std::string& text);
/// edit_markdown, the page kept at its address: `slug` (its slug before the
/// edit) is written into its front matter.
std::function<std::string(const std::string&)> edit_markdown_in_place(const std::string& slug);
/// Publishes a draft or scheduled page: its draft line goes, its dates
/// move before the clock of the test.
std::string edit_publish(const std::string& text);
/// The last double-quoted one-line YAML value holding a space (outside
/// comments) gets one more word.
std::string edit_yaml_text(const std::string& text);
/// Text that shows in every output of a template, at its end.
std::string edit_template(const std::string& text);
/// One more line at the end (static files, attachments).
std::string edit_append_line(const std::string& text);

/// site.yaml with the top-level `key` set to `value` (one line): its line
/// replaced, or added at the end when site.yaml does not set it.
std::string set_config_key(const std::string& text, const std::string& key, const std::string& value);
/// site.yaml with `change` applied to the block of the top-level `key`
/// (its line and the indented lines under it) alone.
std::string edit_config_block(const std::string& text, const std::string& key,
                              const std::function<std::string(const std::string&)>& change);

}  // namespace wt::test
