// libFuzzer target: the YAML reader (generator/core/yaml_document, the one
// libfyaml adapter), and data::load_yaml over it.
// Invariants: parse() never crashes, stays within kMaxDepth and the alias
// budget, and gives the same answer twice; every node's place is inside the
// text (line, byte column, code-point column agree); an error is placed
// inside the text; load_yaml's diagnostics name the file and a real line.
#include <string>

#include "core/yaml_document.hpp"
#include "data/yaml_loader.hpp"
#include "fuzz_generator_support.hpp"

using namespace wt;

namespace {

struct Walk {
  std::string_view text;
  std::vector<size_t> line_starts;
  size_t values = 0;

  explicit Walk(std::string_view t) : text(t) {
    line_starts.push_back(0);
    for (size_t i = 0; i < t.size(); ++i)
      if (t[i] == '\n') line_starts.push_back(i + 1);
  }

  void place(int line, int byte_column) const {
    FUZZ_CHECK(line >= 0 && static_cast<size_t>(line) < line_starts.size());
    const size_t start = line_starts[static_cast<size_t>(line)];
    const size_t end = static_cast<size_t>(line) + 1 < line_starts.size() ? line_starts[line + 1] : text.size();
    FUZZ_CHECK(byte_column >= 0 && start + static_cast<size_t>(byte_column) <= end);
  }

  void node(const yaml::Node& n, int depth) {
    FUZZ_CHECK(depth <= yaml::kMaxDepth);
    ++values;
    place(n.line, n.byte_column);
    FUZZ_CHECK(n.column >= 1 && n.column <= n.byte_column + 1);
    FUZZ_CHECK(n.kind != yaml::Node::Kind::Null || n.scalar.empty());
    FUZZ_CHECK(n.kind == yaml::Node::Kind::Sequence || n.items.empty());
    FUZZ_CHECK(n.kind == yaml::Node::Kind::Mapping || n.pairs.empty());
    for (const auto& item : n.items) node(item, depth + 1);
    for (const auto& [k, v] : n.pairs) {
      node(k, depth + 1);
      node(v, depth + 1);
    }
  }
};

bool same(const yaml::Node& a, const yaml::Node& b) {
  if (a.kind != b.kind || a.scalar != b.scalar || a.quoted != b.quoted || a.line != b.line ||
      a.byte_column != b.byte_column || a.items.size() != b.items.size() || a.pairs.size() != b.pairs.size())
    return false;
  for (size_t i = 0; i < a.items.size(); ++i)
    if (!same(a.items[i], b.items[i])) return false;
  for (size_t i = 0; i < a.pairs.size(); ++i)
    if (!same(a.pairs[i].first, b.pairs[i].first) || !same(a.pairs[i].second, b.pairs[i].second)) return false;
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(wt_fuzz::as_text(data, size));
  Walk walk(text);
  yaml::ParseError error;
  auto root = yaml::parse(text, &error);
  if (root) {
    walk.node(*root, 0);
    // What aliases add is bounded; the text itself makes a few nodes per byte at most.
    FUZZ_CHECK(walk.values <= yaml::kMaxAliasValues + 4 * text.size() + 4);
    yaml::ParseError again_error;
    auto again = yaml::parse(text, &again_error);
    FUZZ_CHECK(again && same(*root, *again));
  } else {
    FUZZ_CHECK(!error.message.empty());
    walk.place(error.line, error.byte_column);
    FUZZ_CHECK(!yaml::parse(text, nullptr));
  }

  DiagnosticSink sink;
  auto parsed = data::load_yaml("data/a.yaml", text, sink);
  FUZZ_CHECK(parsed.has_value() == !sink.has_errors());
  FUZZ_CHECK(parsed.has_value() == root.has_value());
  wt_fuzz::check_diagnostics(sink, "data/a.yaml", wt_fuzz::line_count(text));
  return 0;
}
