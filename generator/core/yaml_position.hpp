// Small helpers shared by the modules that read YAML (config, content):
// turning a YAML node's start (see yaml_document.hpp) into a wt::Position in
// the user's file.
#pragma once
#include <string>

#include "core/diagnostic.hpp"
#include "core/yaml_document.hpp"

namespace wt {

/// Where `node` starts, in a text that starts at line `line_offset` + 1 of
/// `file`. Constant time (the parser counted the column), so it can be
/// asked for every node of a large file.
inline Position yaml_position(const std::string& file, const yaml::Node& node, int line_offset = 0) {
  return {file, node.line + 1 + line_offset, node.column};
}

/// Position of a YAML mark (0-based line, byte column) inside `text`,
/// which starts at line `line_offset` + 1 of `file`. It reads `text` up to
/// the mark: for one error, not for every node.
Position yaml_position(const std::string& file, const std::string& text, int mark_line, int mark_column,
                       int line_offset = 0);

/// True when a YAML value may start at byte `pos` of `text`: at the start of
/// a line (after blanks) or after ':', '-', '[', ',', '{' or '?' and blanks.
bool yaml_value_may_start(const std::string& text, size_t pos);

/// Byte offset of a quoted YAML scalar that is still open at the end of
/// `text` ("title: \"Họp phụ huynh" with no closing quote), or npos.
/// The YAML parser's own message for this points past the quote or at a
/// later line, so callers ask this first when parsing fails.
size_t find_unclosed_quote(const std::string& text);

}  // namespace wt
