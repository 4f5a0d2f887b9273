#include "site/plan_inputs.hpp"

#include "core/file_system.hpp"
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

InputHashes::InputHashes(const LoadedSite& site, const BuildPlan& plan) : site_(site), plan_(plan) {
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

ContentHash InputHashes::output_key(const PlannedOutput& output) {
  HashBuilder b;
  b.add(output.rel);
  b.add(kind_name(output.kind));
  b.add(output.layout);
  for (const auto& input : output.all_inputs()) {
    b.add(input);
    b.add(of(input));
  }
  return b.finish();
}

}  // namespace wt::site
