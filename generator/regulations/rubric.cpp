#include "regulations/rubric.hpp"

#include <algorithm>

#include "core/yaml_document.hpp"
#include "regulations/rule_file.hpp"
#include "regulations/school_type.hpp"

namespace fs = std::filesystem;

namespace wt::regulations {
namespace {

using detail::RuleReader;

RubricPart part_of(RuleReader& r, const yaml::Node& n) {
  RubricPart p;
  p.measure = r.text(n, "measure");
  p.scoring = r.text(n, "scoring");
  p.requirements = r.list(n, "requirements");
  if (p.requirements.empty()) {
    std::string one = r.text(n, "requirement");
    if (!one.empty() && p.measure == "requirements") p.requirements.push_back(one);
  }
  p.min = r.number(n, "min");
  if (const yaml::Node* t = yaml::find(n, "thresholds"); t && t->kind == yaml::Node::Kind::Sequence)
    for (const auto& e : t->items)
      if (e.kind == yaml::Node::Kind::Mapping) p.thresholds.emplace_back(r.number(e, "min"), r.number(e, "points"));
  std::sort(p.thresholds.begin(), p.thresholds.end());
  const yaml::Node* in = yaml::find(n, "input");
  p.input = in && in->kind == yaml::Node::Kind::Scalar && in->scalar == "true";
  p.when_missing = r.text(n, "when_missing");
  p.note = r.text(n, "note");
  return p;
}

RubricItem item_of(RuleReader& r, const yaml::Node& n) {
  RubricItem item;
  item.id = r.text(n, "id", true);
  item.label = r.text(n, "label");
  item.text = r.text(n, "text");
  item.max = r.number(n, "points");
  item.part = part_of(r, n);
  if (const yaml::Node* parts = yaml::find(n, "parts"); parts && parts->kind == yaml::Node::Kind::Sequence)
    for (const auto& p : parts->items)
      if (p.kind == yaml::Node::Kind::Mapping) item.parts.push_back(part_of(r, p));
  return item;
}

Scorecard scorecard_of(RuleReader& r, const yaml::Node& c) {
  Scorecard card;
  card.for_whom = r.text(c, "for", true);
  card.applies_to = r.list(c, "applies_to");
  card.title = r.text(c, "title");
  card.max = r.number(c, "max");
  if (const yaml::Node* items = yaml::find(c, "items"); items && items->kind == yaml::Node::Kind::Sequence)
    for (const auto& n : items->items)
      if (n.kind == yaml::Node::Kind::Mapping) card.items.push_back(item_of(r, n));
  return card;
}

}  // namespace

const Scorecard* Rubric::for_type(const std::string& school_type) const {
  for (const auto& card : scorecards)
    if (std::find(card.applies_to.begin(), card.applies_to.end(), school_type) != card.applies_to.end()) return &card;
  const std::string whom = is_school(school_type) ? "school" : "pgd";
  for (const auto& card : scorecards)
    if (card.for_whom == whom) return &card;
  return nullptr;
}

namespace {

std::optional<Rubric> read_rubric(const fs::path& file, std::string text, DiagnosticSink& sink) {
  auto root = detail::parse_rule_text(file, &text, sink);
  if (!root) return std::nullopt;
  RuleReader r(file.string(), text, sink);
  Rubric rubric;
  rubric.id = r.text(*root, "id", true);
  rubric.name = r.text(*root, "name");
  rubric.source = r.text(*root, "source");
  rubric.rule_set = r.text(*root, "rules");
  const yaml::Node* cards = yaml::find(*root, "scorecards");
  if (!cards || cards->kind != yaml::Node::Kind::Sequence) {
    r.error(*root, "a rubric needs a list 'scorecards'");
    return std::nullopt;
  }
  for (const auto& c : cards->items)
    if (c.kind == yaml::Node::Kind::Mapping) rubric.scorecards.push_back(scorecard_of(r, c));
  if (!r.ok()) return std::nullopt;
  return rubric;
}

}  // namespace

std::optional<Rubric> load_rubric(const fs::path& file, DiagnosticSink& sink) {
  return detail::remembered<Rubric>("rubric", file, sink, read_rubric);
}

}  // namespace wt::regulations
