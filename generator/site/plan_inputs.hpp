// InputHashes: the content hash of every input a plan names, and of every
// output's inputs together (its cache key), so an incremental build or the
// dev server re-renders an output only when its key changed.
//
//   file:… theme:…   the file's bytes, from the FileSystem it was loaded from
//   config:KEY       the key's value as site.yaml writes it (--base-url included)
//   list:…           the list's value (BuildPlan::lists)
//   tool:…           the Webtruong that builds (its rule sets and schemas come with it)
//
// Every key also holds a salt: the build id of the binary and the settings
// of the build that are not inputs (--drafts, --future, the plugins), so a
// rebuilt webtruong never reuses what an older one produced (site/render_changed.hpp).
//
//   InputHashes hashes(site, plan);
//   ContentHash key = hashes.output_key(plan.outputs[0]);
//
// Not thread-safe, except output_key() after prepare(): then many threads
// may key outputs at once.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/content_hash.hpp"
#include "site/build_plan.hpp"
#include "site/load_site.hpp"

namespace wt {
class ThreadPool;
}

namespace wt::site {

class InputHashes {
 public:
  /// `salt` goes into every output key (see above).
  InputHashes(const LoadedSite& site, const BuildPlan& plan, std::string salt = {});

  /// Hashes every input the plan's outputs name, on `pool` (files are
  /// read, lists computed, in parallel).
  void prepare(ThreadPool& pool);
  /// The hash of one input; an unknown input (a file gone) hashes as absent.
  ContentHash of(const std::string& input);
  /// The hash of one input when it was hashed before (prepare(), of()), else nullopt.
  std::optional<ContentHash> known(const std::string& input) const;
  /// The hash of an output's path, kind and every input with its hash.
  ContentHash output_key(const PlannedOutput& output);
  /// Hashes `inputs` again, the site they were read from having changed in
  /// place (the dev server: files are hashed as the site's FileSystem gives
  /// them, so a file changed is read again through it first, as
  /// update_page_bodies does), and the lists computed from those that changed,
  /// and from those lists in turn: a list whose value is the same stops
  /// there (its own users are not computed again). Returns the inputs whose
  /// hash changed, sorted: an output naming none of them keeps its key.
  /// Lists are computed on `pool`.
  std::vector<std::string> rehash(const std::vector<std::string>& inputs, ThreadPool& pool);

 private:
  ContentHash compute(const std::string& input);

  const LoadedSite& site_;
  const BuildPlan& plan_;
  std::string salt_;
  std::map<std::string, ContentHash> config_;  ///< by key, from site.yaml
  std::map<std::string, ContentHash> cache_;
};

}  // namespace wt::site
