// YAML text as a plain value tree: the one adapter around libfyaml.
//
//   wt::yaml::ParseError err;
//   auto root = wt::yaml::parse(text, &err);
//   if (!root) sink.error(wt::yaml_position(file, text, err.line, err.byte_column), code, err.message);
//
// parse() reads the first document of `text` into a wt::yaml::Node tree that
// owns copies of every scalar, so nothing of libfyaml outlives the call and
// only yaml_document.cpp includes libfyaml.h. Each node records where it
// starts (0-based line, byte column), the way yaml-cpp marked nodes before:
// at its anchor or tag when one is written, at the opening quote of a quoted
// scalar, at '|' or '>' of a block scalar, at '[' or '{' of a flow
// collection, at the first '-' or key of a block collection; an empty value
// starts where the next token starts. Aliases are replaced by a copy of the
// anchored node. A key written twice in one mapping is a syntax error
// (found with a hash set: 80,000 keys take milliseconds).
//
// Hostile text is bounded (limits no school site reaches; docs/contracts.md,
// "Limits"): nesting deeper than kMaxDepth, and aliases that would repeat
// more than kMaxAliasValues values or kMaxAliasBytes bytes of text in all
// (a 400-byte "billion laughs" file), stop the parse with an error at the
// line where the limit is passed, and ParseError::limit set. libfyaml's
// event parser keeps its own state on the heap, so deep text cannot
// overflow the stack before our depth check sees it.
// parse() keeps no state between calls, so threads may parse at once.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wt::yaml {

/// Sequences and mappings may nest this deep (site.yaml menus use 4 levels).
inline constexpr int kMaxDepth = 100;
/// Aliases (*name) may repeat at most this many values in all (anchored
/// copies count too)...
inline constexpr size_t kMaxAliasValues = 100'000;
/// ... and at most this many bytes of scalar text.
inline constexpr size_t kMaxAliasBytes = 10 * 1024 * 1024;

struct Node {
  // Declared here, defaulted in the .cpp: clang with libstdc++ 12 otherwise
  // asks whether a std::pair<Node, Node> is default-constructible while
  // Node is still incomplete, and rejects the header.
  Node();

  enum class Kind { Null, Scalar, Sequence, Mapping };
  Kind kind = Kind::Null;
  std::string scalar;                        ///< Scalar text; a plain "~", "null" or empty value is a Null node
  bool quoted = false;                       ///< the scalar was written in single or double quotes
  std::vector<Node> items;                   ///< Sequence
  std::vector<std::pair<Node, Node>> pairs;  ///< Mapping, key then value, in document order
  int line = 0;                              ///< 0-based line where the node starts in the parsed text
  int byte_column = 0;                       ///< 0-based byte column where the node starts
  int column = 1;                            ///< the same place as a 1-based column in code points
};

/// A syntax error: a plain-words message (libfyaml's) and where it is.
struct ParseError {
  std::string message;
  int line = 0;         ///< 0-based
  int byte_column = 0;  ///< 0-based
  bool limit = false;   ///< the text is YAML but passes one of the limits above
};

/// Parses the first document of `text`. An empty document is a Null node.
/// On a syntax error, or text that is not UTF-8, returns nullopt and, when
/// `error` is not null, fills it.
std::optional<Node> parse(std::string_view text, ParseError* error);

/// The value of the first pair of `mapping` whose key is the scalar `key`,
/// or nullptr (also when `mapping` is not a Mapping).
const Node* find(const Node& mapping, std::string_view key);

/// The whole number a scalar spells, in YAML 1.2 core schema form: "12",
/// "-3", "+7", "0x1A", "0o17". Nullopt for anything else ("1.5", "12abc",
/// "mười", a list) and for numbers that do not fit an int.
std::optional<int> to_int(const Node& node);

}  // namespace wt::yaml
