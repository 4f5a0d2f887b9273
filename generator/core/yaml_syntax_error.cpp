#include "core/yaml_syntax_error.hpp"

#include <vector>

#include "core/yaml_position.hpp"

namespace wt {
namespace {

size_t indentation_of_line_at(const std::string& text, size_t offset) {
  size_t start = offset;
  while (start > 0 && text[start - 1] != '\n') --start;
  size_t i = start;
  while (i < text.size() && text[i] == ' ') ++i;
  return i - start;
}

/// A line that starts a block entry: "key:" followed by a space or the end, or "- ".
bool starts_block_entry(const std::string& text, size_t i) {
  if (i >= text.size()) return false;
  if (text[i] == '-' && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n')) return true;
  size_t j = i;
  while (j < text.size() && text[j] != '\n' && text[j] != ':' && text[j] != '[' && text[j] != ']' &&
         text[j] != '{' && text[j] != '}' && text[j] != ',' && text[j] != '"' && text[j] != '\'' && text[j] != '#')
    ++j;
  return j > i && j < text.size() && text[j] == ':' &&
         (j + 1 == text.size() || text[j + 1] == ' ' || text[j + 1] == '\n' || text[j + 1] == '\r');
}

}  // namespace

size_t find_unclosed_bracket(const std::string& text) {
  std::vector<size_t> open;  // offsets of the '[' and '{' still open
  const size_t n = text.size();
  auto value_start = [&](size_t pos) { return yaml_value_may_start(text, pos); };
  bool line_start = true;
  for (size_t i = 0; i < n; ++i) {
    char c = text[i];
    if (line_start) {
      line_start = false;
      size_t j = i;
      while (j < n && text[j] == ' ') ++j;
      if (!open.empty() && j < n && text[j] != '\n' && text[j] != '#' &&
          j - i <= indentation_of_line_at(text, open.front()) && starts_block_entry(text, j))
        return open.back();
    }
    if (c == '\n') {
      line_start = true;
      continue;
    }
    if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n')) {
      while (i + 1 < n && text[i + 1] != '\n') ++i;
      continue;
    }
    if ((c == '"' || c == '\'') && (value_start(i) || !open.empty())) {
      size_t k = i + 1;
      while (k < n) {
        if (c == '"' && text[k] == '\\') {
          k += 2;
          continue;
        }
        if (text[k] == c) {
          if (c == '\'' && k + 1 < n && text[k + 1] == '\'') {
            k += 2;
            continue;
          }
          break;
        }
        ++k;
      }
      if (k >= n) return std::string::npos;  // an unclosed quote: find_unclosed_quote tells it
      i = k;
      continue;
    }
    if ((c == '[' || c == '{') && (value_start(i) || !open.empty())) {
      open.push_back(i);
    } else if ((c == ']' || c == '}') && !open.empty()) {
      open.pop_back();
    }
  }
  return open.empty() ? std::string::npos : open.back();
}

void report_yaml_syntax_error(DiagnosticSink& sink, const YamlSource& source, const yaml::ParseError& err) {
  const std::string& text = source.text;
  auto report = [&](Position pos, std::string message) {
    Diagnostic d{Severity::Error, source.code, std::move(message), pos, ""};
    d.source_line = line_of(text, pos.line - source.line_offset);
    sink.report(std::move(d));
  };
  auto at_offset = [&](size_t offset) {
    Position p = position_in(source.file, text, offset);
    p.line += source.line_offset;
    return p;
  };
  if (!err.limit) {
    // An unclosed quote is the most common mistake: say so in plain words.
    if (size_t q = find_unclosed_quote(text); q != std::string::npos)
      return report(at_offset(q), std::string("the quote ") + text[q] + " that starts here is never closed: add the closing " +
                                      text[q] + " at the end of the value");
    if (size_t b = find_unclosed_bracket(text); b != std::string::npos) {
      const bool list = text[b] == '[';
      return report(at_offset(b), std::string(list ? "the list" : "the group of settings") + " that opens with '" +
                                      text[b] + "' here is never closed: add '" + (list ? ']' : '}') +
                                      "' at its end");
    }
  }
  Position pos = yaml_position(source.file, text, err.line, err.byte_column, source.line_offset);
  report(pos, err.limit ? err.message : source.prefix + err.message);
}

}  // namespace wt
