// render_changed: renders only the outputs whose inputs changed since a
// previous build, and writes only those whose bytes changed. The heart of
// incremental builds: `webtruong build` with a cache on disk
// (site/build.hpp), the portal for each member, the dev server in memory.
//
// The previous build is described by its OutputStates: for each output
// path, the cache key of its inputs (site/plan_inputs.hpp, salted with the
// build id and the build's settings) and the hash of its bytes. An output
// whose key is the same is not rendered; one rendered again whose bytes
// hash the same is not written (so a file on disk keeps its modification
// time); outputs of the previous build no longer planned are listed in
// `removed` for the caller to remove. With no previous states everything
// is rendered and written: a full build.
//
// Plugins: on_page_rendered is called for the outputs rendered again only;
// on_build_finished is called every time, and the files plugins add are
// compared like any output.
//
//   wt::site::OutputStates states;          // the server keeps these between edits
//   wt::output::MemoryWriter changed;
//   wt::site::ChangeSet change;
//   if (render_changed(*site, plan, states, cache_salt(opt), pool, changed, {}, sink, &change))
//     states = std::move(change.states);   // changed.files(): what to serve anew; change.removed: gone
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/content_hash.hpp"
#include "core/diagnostic.hpp"
#include "site/build_plan.hpp"
#include "site/load_site.hpp"

namespace wt {
class ThreadPool;
}
namespace wt::output {
class OutputWriter;
}
namespace wt::plugin {
class Plugin;
}

namespace wt::site {

class InputHashes;

struct OutputState {
  ContentHash key;    ///< of its inputs (and the salt)
  ContentHash bytes;  ///< of its bytes
  bool operator==(const OutputState&) const = default;
};

/// By output path.
using OutputStates = std::map<std::string, OutputState>;

struct ChangeSet {
  OutputStates states;                ///< every output of this build (planned and added by plugins)
  std::vector<std::string> rendered;  ///< rendered again (or copied): new, or its key changed; sorted
  std::vector<std::string> written;   ///< written to the writer: its bytes changed; sorted
  std::vector<std::string> removed;   ///< in the previous states, not in this build; sorted
};

/// Renders the outputs of `plan` whose key differs from `before`, on
/// `pool`, and writes those whose bytes differ to `writer`; then calls the
/// plugins' on_build_finished. false when any error was reported (what was
/// written is then incomplete: the caller throws it away).
bool render_changed(const LoadedSite& site, const BuildPlan& plan, const OutputStates& before, const std::string& salt,
                    ThreadPool& pool, output::OutputWriter& writer, const std::vector<plugin::Plugin*>& plugins,
                    DiagnosticSink& sink, ChangeSet* change);

/// The same, keying with `hashes` (made for `site` and `plan` with the
/// build's salt), which the caller may keep for render_dependents.
bool render_changed(const LoadedSite& site, const BuildPlan& plan, InputHashes& hashes, const OutputStates& before,
                    ThreadPool& pool, output::OutputWriter& writer, const std::vector<plugin::Plugin*>& plugins,
                    DiagnosticSink& sink, ChangeSet* change);

/// After `site` changed in place without changing its plan (the dev
/// server's page bodies, site/page_update.hpp): `changed` inputs are hashed
/// again by `hashes` (the one render_changed keyed `plan` with), with the
/// lists computed from them (InputHashes::rehash); only the outputs that
/// name an input whose hash changed are keyed again, and rendered when
/// their key differs from `before`; every other output keeps its state.
/// Plugins are not called (a caller with plugins builds with
/// render_changed). false when an error was reported.
bool render_dependents(const LoadedSite& site, const BuildPlan& plan, InputHashes& hashes,
                       const std::vector<std::string>& changed, const OutputStates& before, ThreadPool& pool,
                       output::OutputWriter& writer, DiagnosticSink& sink, ChangeSet* change);

}  // namespace wt::site
