#include "site/plan_inputs.hpp"

#include <algorithm>
#include <set>
#include <unordered_set>

#include "core/file_system.hpp"
#include "core/parallel.hpp"
#include "core/thread_pool.hpp"
#include "core/yaml_document.hpp"

namespace wt::site {
namespace {

// A YAML node as text that differs when the value differs (not when only
// comments, quoting style or spacing do).
void canonical(const yaml::Node& n, std::string& out) {
  switch (n.kind) {
    case yaml::Node::Kind::Null: out += "~"; return;
    case yaml::Node::Kind::Scalar: out += "s" + std::to_string(n.scalar.size()) + ":" + n.scalar; return;
    case yaml::Node::Kind::Sequence:
      out += "[";
      for (const auto& i : n.items) canonical(i, out), out += ",";
      out += "]";
      return;
    case yaml::Node::Kind::Mapping:
      out += "{";
      for (const auto& [k, v] : n.pairs) canonical(k, out), out += "=", canonical(v, out), out += ",";
      out += "}";
      return;
  }
}

}  // namespace

InputHashes::InputHashes(const LoadedSite& site, const BuildPlan& plan, std::string salt)
    : site_(site), plan_(plan), salt_(std::move(salt)) {
  yaml::ParseError error;
  if (auto root = yaml::parse(site.config_text, &error); root && root->kind == yaml::Node::Kind::Mapping) {
    for (const auto& [k, v] : root->pairs) {
      std::string text;
      canonical(v, text);
      config_["config:" + k.scalar] = hash_bytes(text);
    }
  }
  if (!site.request.base_url.empty()) config_["config:base_url"] = hash_bytes("--base-url " + site.cfg.base_url);
}

ContentHash InputHashes::of(const std::string& input) {
  auto it = cache_.find(input);
  if (it != cache_.end()) return it->second;
  ContentHash h = compute(input);
  cache_.emplace(input, h);
  return h;
}

std::optional<ContentHash> InputHashes::known(const std::string& input) const {
  auto it = cache_.find(input);
  if (it == cache_.end()) return std::nullopt;
  return it->second;
}

ContentHash InputHashes::compute(const std::string& input) {
  static const ContentHash kAbsent = hash_bytes("(absent)");
  auto file_hash = [&](const std::filesystem::path& path) { return site_.files->hash(path).value_or(kAbsent); };
  if (input.rfind("file:", 0) == 0) return file_hash(site_.request.site_dir / input.substr(5));
  if (input.rfind("theme:", 0) == 0) return file_hash(site_.theme_dir / input.substr(6));
  if (input.rfind("config:", 0) == 0) {
    auto it = config_.find(input);
    return it == config_.end() ? kAbsent : it->second;
  }
  if (input.rfind("list:", 0) == 0) {
    auto it = plan_.lists.find(input);
    return it == plan_.lists.end() || !it->second.value ? kAbsent : hash_bytes(it->second.value());
  }
  return hash_bytes(std::string(kGenerator) + " " + input);  // tool:...
}

void InputHashes::prepare(ThreadPool& pool) {
  std::set<std::string> names;
  std::unordered_set<const std::vector<std::string>*> shared_seen;
  for (const auto& o : plan_.outputs) {
    names.insert(o.inputs.begin(), o.inputs.end());
    if (o.shared_inputs && shared_seen.insert(o.shared_inputs.get()).second)
      names.insert(o.shared_inputs->begin(), o.shared_inputs->end());
  }
  std::vector<std::string> todo;
  for (const auto& n : names)
    if (!cache_.count(n)) todo.push_back(n);
  std::vector<ContentHash> hashes(todo.size());
  parallel_for(pool, todo.size(), [&](size_t i) { hashes[i] = compute(todo[i]); });
  for (size_t i = 0; i < todo.size(); ++i) cache_.emplace(std::move(todo[i]), hashes[i]);
}

std::vector<std::string> InputHashes::rehash(const std::vector<std::string>& inputs, ThreadPool& pool) {
  // Which lists name each list: a list's sources are sorted, and lists of
  // lists are few, so those are one run of each list's sources.
  std::map<std::string_view, std::vector<const std::string*>> users;
  for (const auto& [name, list] : plan_.lists) {
    const auto& src = list.sources;
    for (auto it = std::lower_bound(src.begin(), src.end(), std::string_view("list:"));
         it != src.end() && it->starts_with("list:"); ++it)
      users[*it].push_back(&name);
  }
  std::set<std::string> changed;
  // Hashes `names` again (on the pool: a list's value may take a while);
  // returns those whose hash changed, and those never hashed before (lists
  // that only other lists name: no output names them, so they are not
  // reported, but what is computed from them may have changed).
  auto again = [&](const std::vector<std::string>& names) {
    std::vector<ContentHash> hashes(names.size());
    parallel_for(pool, names.size(), [&](size_t i) { hashes[i] = compute(names[i]); });
    std::vector<std::string> out;
    for (size_t i = 0; i < names.size(); ++i) {
      auto [it, fresh] = cache_.try_emplace(names[i], hashes[i]);
      if (!fresh && it->second == hashes[i]) continue;
      it->second = hashes[i];
      if (!fresh) changed.insert(names[i]);
      out.push_back(names[i]);
    }
    return out;
  };
  std::vector<std::string> lists, others;
  for (const auto& input : inputs) (input.starts_with("list:") ? lists : others).push_back(input);
  others = again(others);
  for (const auto& [name, list] : plan_.lists) {
    const auto& src = list.sources;
    if (std::any_of(others.begin(), others.end(),
                    [&](const std::string& o) { return std::binary_search(src.begin(), src.end(), o); }))
      lists.push_back(name);
  }
  // Wave by wave: a list whose value is the same leaves the lists computed
  // from it alone.
  while (!lists.empty()) {
    std::sort(lists.begin(), lists.end());
    lists.erase(std::unique(lists.begin(), lists.end()), lists.end());
    std::vector<std::string> next;
    for (const auto& list : again(lists))
      if (auto it = users.find(list); it != users.end())
        for (const std::string* user : it->second) next.push_back(*user);
    lists = std::move(next);
  }
  return {changed.begin(), changed.end()};
}

ContentHash InputHashes::output_key(const PlannedOutput& output) {
  HashBuilder b;
  b.add(salt_);
  b.add(output.rel);
  b.add(kind_name(output.kind));
  b.add(output.layout);
  // Its own and shared inputs in one sorted walk, each once (as all_inputs()).
  static const std::vector<std::string> kNone;
  const std::vector<std::string>& own = output.inputs;
  const std::vector<std::string>& shared = output.shared_inputs ? *output.shared_inputs : kNone;
  size_t i = 0, j = 0;
  while (i < own.size() || j < shared.size()) {
    const bool take_own = j == shared.size() || (i < own.size() && own[i] <= shared[j]);
    const std::string& input = take_own ? own[i] : shared[j];
    if (take_own && j < shared.size() && own[i] == shared[j]) ++j;
    take_own ? ++i : ++j;
    b.add(input);
    b.add(of(input));
  }
  return b.finish();
}

}  // namespace wt::site
