#include "compliance/rule_set.hpp"

#include <algorithm>

#include "core/file_io.hpp"
#include "core/yaml_document.hpp"
#include "core/yaml_position.hpp"

namespace fs = std::filesystem;

namespace wt::compliance {
namespace {

// Reads a rule or rubric file: every problem names the file, line and column.
class Reader {
 public:
  Reader(std::string file, const std::string& text, DiagnosticSink& sink) : file_(std::move(file)), text_(text), sink_(sink) {}

  Position at(const yaml::Node& n) const { return yaml_position(file_, text_, n.line, n.byte_column); }

  std::string text(const yaml::Node& map, const char* key, bool required = false) {
    const yaml::Node* n = yaml::find(map, key);
    if (!n || n->kind == yaml::Node::Kind::Null) {
      if (required) error(map, std::string("this entry has no '") + key + "'");
      return "";
    }
    if (n->kind != yaml::Node::Kind::Scalar) {
      error(*n, std::string("'") + key + "' should be a text value");
      return "";
    }
    return n->scalar;
  }

  std::vector<std::string> list(const yaml::Node& map, const char* key) {
    std::vector<std::string> out;
    const yaml::Node* n = yaml::find(map, key);
    if (!n || n->kind == yaml::Node::Kind::Null) return out;
    if (n->kind == yaml::Node::Kind::Scalar) return {n->scalar};
    if (n->kind != yaml::Node::Kind::Sequence) {
      error(*n, std::string("'") + key + "' should be a list");
      return out;
    }
    for (const auto& item : n->items)
      if (item.kind == yaml::Node::Kind::Scalar) out.push_back(item.scalar);
    return out;
  }

  double number(const yaml::Node& map, const char* key, double fallback = 0) {
    const yaml::Node* n = yaml::find(map, key);
    if (!n || n->kind != yaml::Node::Kind::Scalar) return fallback;
    try {
      size_t used = 0;
      double v = std::stod(n->scalar, &used);
      if (used == n->scalar.size()) return v;
    } catch (...) {
    }
    error(*n, std::string("'") + key + "' should be a number, not \"" + n->scalar + "\"");
    return fallback;
  }

  void error(const yaml::Node& n, const std::string& msg) {
    sink_.error(at(n), "rules.format", msg);
    ok_ = false;
  }
  bool ok() const { return ok_; }

 private:
  std::string file_;
  const std::string& text_;
  DiagnosticSink& sink_;
  bool ok_ = true;
};

std::optional<yaml::Node> parse_file(const fs::path& file, std::string* text, DiagnosticSink& sink) {
  auto bytes = read_file(file);
  if (!bytes) {
    sink.error({file.string(), 0, 0}, "rules.read", "cannot read this rule file");
    return std::nullopt;
  }
  *text = std::move(*bytes);
  yaml::ParseError err;
  auto root = yaml::parse(*text, &err);
  if (!root) {
    sink.error(yaml_position(file.string(), *text, err.line, err.byte_column), "rules.yaml",
               "this is not valid YAML: " + err.message);
    return std::nullopt;
  }
  if (root->kind != yaml::Node::Kind::Mapping) {
    sink.error({file.string(), 1, 1}, "rules.format", "a rule file should start with 'id:'");
    return std::nullopt;
  }
  return root;
}

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

}  // namespace

bool Requirement::applies(const std::string& school_type) const {
  return applies_to.empty() || std::find(applies_to.begin(), applies_to.end(), school_type) != applies_to.end();
}

std::optional<RuleSet> load_rule_set(const fs::path& file, DiagnosticSink& sink) {
  std::string text;
  auto root = parse_file(file, &text, sink);
  if (!root) return std::nullopt;
  Reader r(file.string(), text, sink);
  RuleSet set;
  set.id = r.text(*root, "id", true);
  set.name = r.text(*root, "name");
  set.source = r.text(*root, "source");
  const yaml::Node* reqs = yaml::find(*root, "requirements");
  if (!reqs || reqs->kind != yaml::Node::Kind::Sequence) {
    r.error(*root, "a rule set needs a list 'requirements'");
    return std::nullopt;
  }
  for (const auto& n : reqs->items) {
    if (n.kind != yaml::Node::Kind::Mapping) continue;
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
    const yaml::Node* f = yaml::find(n, "freshness");
    if (f && f->kind == yaml::Node::Kind::Sequence && !f->items.empty()) f = &f->items.front();
    if (f && f->kind == yaml::Node::Kind::Mapping) {
      Freshness fr;
      fr.kind = r.text(*f, "kind");
      fr.deadline = r.text(*f, "deadline");
      fr.per_week = r.number(*f, "per_week");
      fr.working_days = static_cast<int>(r.number(*f, "working_days"));
      q.freshness = fr;
    }
    set.requirements.push_back(std::move(q));
  }
  if (!r.ok()) return std::nullopt;
  return set;
}

namespace {

RubricPart part_of(Reader& r, const yaml::Node& n) {
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

}  // namespace

const Scorecard* Rubric::for_type(const std::string& school_type) const {
  for (const auto& card : scorecards)
    if (std::find(card.applies_to.begin(), card.applies_to.end(), school_type) != card.applies_to.end()) return &card;
  std::string whom = school_type == "pgd" || school_type == "sgd" ? "pgd" : "school";
  for (const auto& card : scorecards)
    if (card.for_whom == whom) return &card;
  return nullptr;
}

std::optional<Rubric> load_rubric(const fs::path& file, DiagnosticSink& sink) {
  std::string text;
  auto root = parse_file(file, &text, sink);
  if (!root) return std::nullopt;
  Reader r(file.string(), text, sink);
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
  for (const auto& c : cards->items) {
    if (c.kind != yaml::Node::Kind::Mapping) continue;
    Scorecard card;
    card.for_whom = r.text(c, "for", true);
    card.applies_to = r.list(c, "applies_to");
    card.title = r.text(c, "title");
    card.max = r.number(c, "max");
    if (const yaml::Node* items = yaml::find(c, "items"); items && items->kind == yaml::Node::Kind::Sequence) {
      for (const auto& n : items->items) {
        if (n.kind != yaml::Node::Kind::Mapping) continue;
        RubricItem item;
        item.id = r.text(n, "id", true);
        item.label = r.text(n, "label");
        item.text = r.text(n, "text");
        item.max = r.number(n, "points");
        item.part = part_of(r, n);
        if (const yaml::Node* parts = yaml::find(n, "parts"); parts && parts->kind == yaml::Node::Kind::Sequence)
          for (const auto& p : parts->items)
            if (p.kind == yaml::Node::Kind::Mapping) item.parts.push_back(part_of(r, p));
        card.items.push_back(std::move(item));
      }
    }
    rubric.scorecards.push_back(std::move(card));
  }
  if (!r.ok()) return std::nullopt;
  return rubric;
}

}  // namespace wt::compliance
