#include "site/render_changed.hpp"

#include <algorithm>
#include <mutex>
#include <string_view>
#include <unordered_set>

#include "core/file_system.hpp"
#include "core/parallel.hpp"
#include "core/thread_pool.hpp"
#include "render/view_model.hpp"
#include "output/output_writer.hpp"
#include "output/static_copy.hpp"
#include "plugin/plugin.hpp"
#include "site/build_hooks.hpp"
#include "site/plan_inputs.hpp"
#include "site/render_output.hpp"

namespace wt::site {
namespace {

// Passes on to the real writer only the files whose bytes differ from the
// previous build's, and notes the state of every file it is given.
class ChangeFilter : public output::OutputWriter {
 public:
  ChangeFilter(output::OutputWriter& inner, const OutputStates& before, ChangeSet& change)
      : inner_(inner), before_(before), change_(change) {}

  /// Records `rel` (its key and the hash of its bytes); true when the
  /// previous build wrote the same bytes there.
  bool unchanged(const std::string& rel, const ContentHash& key, const ContentHash& bytes) {
    std::lock_guard<std::mutex> lock(mutex_);
    change_.states[rel] = {key, bytes};
    auto it = before_.find(rel);
    if (it != before_.end() && it->second.bytes == bytes) return true;
    change_.written.push_back(rel);
    return false;
  }
  // Plugins' files: keyed by their bytes (they are made anew every time).
  bool write(const std::string& rel, const std::string& content) override {
    const ContentHash bytes = hash_bytes(content);
    return unchanged(rel, bytes, bytes) || inner_.write(rel, content);
  }
  bool copy(const std::filesystem::path& src, const std::string& rel) override { return inner_.copy(src, rel); }
  output::OutputWriter& inner() { return inner_; }

 private:
  output::OutputWriter& inner_;
  const OutputStates& before_;
  ChangeSet& change_;
  std::mutex mutex_;
};

// Renders (or copies) one output whose key changed, writing it when its bytes did.
void render_one(const LoadedSite& site, const PlannedOutput& o, const ContentHash& key, ChangeFilter& filter,
                const std::vector<plugin::Plugin*>& plugins, DiagnosticSink& sink) {
  if (o.kind == OutputKind::Static) {
    const auto& src = site.static_files[o.index].src;
    auto bytes = site.files->hash(src);
    if (!bytes) {
      // Unreadable: the copy reports why.
      output::copy_static_file(*site.files, src, o.rel, filter.inner());
      return;
    }
    if (!filter.unchanged(o.rel, key, *bytes)) output::copy_static_file(*site.files, src, o.rel, filter.inner());
    return;
  }
  auto bytes = render_output(site, o, sink);
  if (!bytes) return;
  if (!plugins.empty()) {
    const plugin::RenderedOutput info = rendered_info(o);
    for (plugin::Plugin* p : plugins) p->on_page_rendered(info, *bytes);
  }
  if (!filter.unchanged(o.rel, key, hash_bytes(*bytes))) filter.inner().write(o.rel, *bytes);
}

// Renders the outputs `stale` (indices in plan.outputs, whose new keys are
// in change->states), then lets the plugins finish, and lists what the
// previous build had and this one has not.
void render_stale(const LoadedSite& site, const BuildPlan& plan, const std::vector<size_t>& stale,
                  const OutputStates& before, ThreadPool& pool, output::OutputWriter& writer,
                  const std::vector<plugin::Plugin*>& plugins, DiagnosticSink& sink, ChangeSet* change) {
  ChangeFilter filter(writer, before, *change);
  std::vector<ContentHash> keys(stale.size());
  for (size_t j = 0; j < stale.size(); ++j) keys[j] = change->states[plan.outputs[stale[j]].rel].key;
  parallel_for(pool, stale.size(), [&](size_t j) {
    render_one(site, plan.outputs[stale[j]], keys[j], filter, plugins, sink);
  });
  for (size_t i : stale) change->rendered.push_back(plan.outputs[i].rel);
  finish_build(plan, filter, plugins, sink);
  for (const auto& [rel, state] : before)
    if (!change->states.count(rel)) change->removed.push_back(rel);
  std::sort(change->rendered.begin(), change->rendered.end());
  std::sort(change->written.begin(), change->written.end());
}

}  // namespace

bool render_changed(const LoadedSite& site, const BuildPlan& plan, const OutputStates& before, const std::string& salt,
                    ThreadPool& pool, output::OutputWriter& writer, const std::vector<plugin::Plugin*>& plugins,
                    DiagnosticSink& sink, ChangeSet* change) {
  InputHashes hashes(site, plan, salt);
  return render_changed(site, plan, hashes, before, pool, writer, plugins, sink, change);
}

bool render_changed(const LoadedSite& site, const BuildPlan& plan, InputHashes& hashes, const OutputStates& before,
                    ThreadPool& pool, output::OutputWriter& writer, const std::vector<plugin::Plugin*>& plugins,
                    DiagnosticSink& sink, ChangeSet* change) {
  const size_t errors_before = sink.error_count();
  *change = ChangeSet();
  // Keys first: every input hashed once, then the outputs' keys, in parallel.
  hashes.prepare(pool);
  std::vector<ContentHash> all_keys(plan.outputs.size());
  parallel_for(pool, plan.outputs.size(), [&](size_t i) { all_keys[i] = hashes.output_key(plan.outputs[i]); });
  std::vector<size_t> stale;
  for (size_t i = 0; i < plan.outputs.size(); ++i) {
    const PlannedOutput& o = plan.outputs[i];
    const ContentHash& key = all_keys[i];
    auto it = before.find(o.rel);
    if (it != before.end() && it->second.key == key) {
      change->states[o.rel] = it->second;
      continue;
    }
    change->states[o.rel] = {key, ContentHash()};
    stale.push_back(i);
  }
  // A load that left the list items to be built on demand (an incremental
  // build) has them built once, in parallel, when most outputs are to be
  // rendered again (a template or a configuration key changed): a list
  // shows each item many times.
  if (!site.request.prepare_list_items && site.views && stale.size() * 4 > plan.outputs.size())
    site.views->prepare(pool);
  render_stale(site, plan, stale, before, pool, writer, plugins, sink, change);
  return sink.error_count() == errors_before;
}

bool render_dependents(const LoadedSite& site, const BuildPlan& plan, InputHashes& hashes,
                       const std::vector<std::string>& changed, const OutputStates& before, ThreadPool& pool,
                       output::OutputWriter& writer, DiagnosticSink& sink, ChangeSet* change) {
  const size_t errors_before = sink.error_count();
  *change = ChangeSet();
  change->states = before;
  // What the plan no longer has (a file of a search index put in its place)
  // is removed.
  if (change->states.size() != plan.outputs.size()) {
    std::unordered_set<std::string_view> planned;
    for (const auto& o : plan.outputs) planned.insert(o.rel);
    std::erase_if(change->states, [&](const auto& state) { return !planned.count(state.first); });
  }
  const std::vector<std::string> gone = hashes.rehash(changed, pool);  // sorted
  auto names_any = [&](const std::vector<std::string>& inputs) {
    // Both sorted: each of the shorter looked up in the longer (an output
    // names tens of inputs; an edited post takes hundreds of lists with it).
    const bool few = inputs.size() <= gone.size();
    const auto& look = few ? inputs : gone;
    const auto& in = few ? gone : inputs;
    return std::any_of(look.begin(), look.end(),
                       [&](const std::string& x) { return std::binary_search(in.begin(), in.end(), x); });
  };
  std::map<const std::vector<std::string>*, bool> shared;  // outputs share a few vectors
  for (const auto& o : plan.outputs)
    if (o.shared_inputs && !shared.count(o.shared_inputs.get()))
      shared[o.shared_inputs.get()] = names_any(*o.shared_inputs);
  std::vector<size_t> dependent;
  for (size_t i = 0; i < plan.outputs.size(); ++i) {
    const PlannedOutput& o = plan.outputs[i];
    if (names_any(o.inputs) || (o.shared_inputs && shared[o.shared_inputs.get()])) dependent.push_back(i);
  }
  // Their keys (every input of theirs is hashed: the changed ones anew).
  std::vector<ContentHash> keys(dependent.size());
  for (size_t j = 0; j < dependent.size(); ++j) keys[j] = hashes.output_key(plan.outputs[dependent[j]]);
  std::vector<size_t> stale;
  for (size_t j = 0; j < dependent.size(); ++j) {
    const PlannedOutput& o = plan.outputs[dependent[j]];
    auto it = before.find(o.rel);
    if (it != before.end() && it->second.key == keys[j]) continue;
    change->states[o.rel] = {keys[j], ContentHash()};
    stale.push_back(dependent[j]);
  }
  render_stale(site, plan, stale, before, pool, writer, {}, sink, change);
  return sink.error_count() == errors_before;
}

}  // namespace wt::site
