#include "regulations/rule_set.hpp"

#include <algorithm>

#include "core/yaml_document.hpp"
#include "regulations/rule_file.hpp"

namespace fs = std::filesystem;

namespace wt::regulations {
namespace {

using detail::RuleReader;

Satisfier satisfier_of(const yaml::Node& entry) {
  Satisfier s;
  if (entry.kind == yaml::Node::Kind::Mapping && !entry.pairs.empty()) {
    s.type = entry.pairs.front().first.scalar;
    const yaml::Node& v = entry.pairs.front().second;
    if (v.kind == yaml::Node::Kind::Scalar) s.values.push_back(v.scalar);
    for (const auto& item : v.items)
      if (item.kind == yaml::Node::Kind::Scalar) s.values.push_back(item.scalar);
    if (const yaml::Node* m = yaml::find(entry, "matches"); m && m->kind == yaml::Node::Kind::Scalar)
      s.matches = m->scalar;
  }
  return s;
}

std::optional<Freshness> freshness_of(RuleReader& r, const yaml::Node& requirement) {
  const yaml::Node* f = yaml::find(requirement, "freshness");
  if (f && f->kind == yaml::Node::Kind::Sequence && !f->items.empty()) f = &f->items.front();
  if (!f || f->kind != yaml::Node::Kind::Mapping) return std::nullopt;
  Freshness fr;
  fr.kind = r.text(*f, "kind");
  fr.deadline = r.text(*f, "deadline");
  fr.per_week = r.number(*f, "per_week");
  fr.working_days = static_cast<int>(r.number(*f, "working_days"));
  return fr;
}

Requirement requirement_of(RuleReader& r, const yaml::Node& n) {
  Requirement q;
  q.id = r.text(n, "id", true);
  q.name = r.text(n, "name");
  q.source = r.text(n, "source");
  q.strength = r.text(n, "strength");
  q.applies_to = r.list(n, "applies_to");
  q.items = r.list(n, "items");
  if (const yaml::Node* g = yaml::find(n, "generator"); g && g->kind == yaml::Node::Kind::Sequence)
    for (const auto& e : g->items) q.satisfiers.push_back(satisfier_of(e));
  if (const yaml::Node* c = yaml::find(n, "crawler"); c && c->kind == yaml::Node::Kind::Mapping) {
    q.titles = r.list(*c, "titles");
    q.url_words = r.list(*c, "url_words");
    q.probes = r.list(*c, "probes");
  }
  q.freshness = freshness_of(r, n);
  if (const yaml::Node* np = yaml::find(n, "needs_page"); np && np->kind == yaml::Node::Kind::Scalar)
    q.needs_page = np->scalar == "true";
  return q;
}

}  // namespace

bool Requirement::applies(const std::string& school_type) const {
  return applies_to.empty() || std::find(applies_to.begin(), applies_to.end(), school_type) != applies_to.end();
}

namespace {

std::optional<RuleSet> read_rule_set(const fs::path& file, std::string text, DiagnosticSink& sink) {
  auto root = detail::parse_rule_text(file, &text, sink);
  if (!root) return std::nullopt;
  RuleReader r(file.string(), text, sink);
  RuleSet set;
  set.id = r.text(*root, "id", true);
  set.name = r.text(*root, "name");
  set.source = r.text(*root, "source");
  const yaml::Node* reqs = yaml::find(*root, "requirements");
  if (!reqs || reqs->kind != yaml::Node::Kind::Sequence) {
    r.error(*root, "a rule set needs a list 'requirements'");
    return std::nullopt;
  }
  for (const auto& n : reqs->items)
    if (n.kind == yaml::Node::Kind::Mapping) set.requirements.push_back(requirement_of(r, n));
  if (!r.ok()) return std::nullopt;
  return set;
}

}  // namespace

std::optional<RuleSet> load_rule_set(const fs::path& file, DiagnosticSink& sink) {
  return detail::remembered<RuleSet>("rule set", file, sink, read_rule_set);
}

RuleSet combine(std::vector<RuleSet> sets) {
  RuleSet all;
  for (auto& set : sets) {
    all.id += (all.id.empty() ? "" : "+") + set.id;
    for (auto& q : set.requirements) all.requirements.push_back(std::move(q));
  }
  return all;
}

}  // namespace wt::regulations
