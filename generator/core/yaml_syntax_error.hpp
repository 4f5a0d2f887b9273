// A YAML text that did not parse, told to a teacher: where the mistake is and
// what it is in plain words, with the line shown.
//
//   yaml::ParseError err;
//   auto root = yaml::parse(text, &err);
//   if (!root) return report_yaml_syntax_error(sink, {file, text, "config.yaml", "this is not valid YAML: "}, err);
//
// The common mistakes are looked for first, because the parser notices them
// later in the file than where they are (an unclosed '[' on line 5 is seen
// on line 7): a quote never closed, a '[' or '{' never closed. Otherwise the
// parser's own message stands (the message catalog explains it), at the
// parser's position. Limits (too deep, too many aliases) keep their words.
#pragma once

#include <string>

#include "core/diagnostic.hpp"
#include "core/yaml_document.hpp"

namespace wt {

struct YamlSource {
  const std::string& file;  ///< As the user knows it.
  const std::string& text;  ///< The YAML that was parsed.
  const std::string& code;  ///< The diagnostic code ("config.yaml", "data.syntax" ...).
  std::string prefix;       ///< Put before the parser's own message ("this is not valid YAML: ").
  int line_offset = 0;      ///< `text` starts at line line_offset + 1 of `file` (front matter).
};

/// Reports the one error for `err` to `sink`, with the source line.
void report_yaml_syntax_error(DiagnosticSink& sink, const YamlSource& source, const yaml::ParseError& err);

/// Byte offset of a '[' or '{' that is never closed, or npos: still open at
/// the end of `text`, or when a later line starts a new block entry ("key:"
/// or "- ") no further right than the line that opened it.
size_t find_unclosed_bracket(const std::string& text);

}  // namespace wt
