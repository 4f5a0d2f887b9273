// template_scan: reads the tags of one Mustache file as plain text, without
// the template engine. The theme loader uses it for two things the engine
// does badly: syntax errors with an exact line:col and a message a teacher can
// read ("section 'page' is opened here but never closed"), and inlining
// partials ({{> name}}) as text before the layout is compiled once.
//
//   ScanResult r = scan_template(text);
//   if (r.error) report(position_in(file, text, r.error->offset), r.error->message);
//   for (const Tag& t : r.tags) if (t.kind == TagKind::Partial) ...
//
// It follows the same rules as kainjow mustache (which compiles the result):
// {{{x}}} only with the default delimiters, names are trimmed, {{=<% %>=}}
// changes the delimiters.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wt::templates {

enum class TagKind { Variable, Raw, Section, Inverted, Close, Partial, Comment, Delimiter };

struct Delimiters {
  std::string open = "{{";
  std::string close = "}}";
  bool is_default() const { return open == "{{" && close == "}}"; }
  bool operator==(const Delimiters&) const = default;
};

struct Tag {
  TagKind kind = TagKind::Variable;
  std::string name;       ///< trimmed, without the sigil
  size_t begin = 0;       ///< byte offset of the opening delimiter
  size_t end = 0;         ///< byte offset just past the closing delimiter
  Delimiters delimiters;  ///< the delimiters in force when the tag was read
};

struct ScanError {
  size_t offset = 0;    ///< byte offset the message is about
  std::string message;  ///< plain words, no position
};

struct ScanResult {
  std::vector<Tag> tags;
  std::optional<ScanError> error;  ///< the first problem; tags stop there
  Delimiters final_delimiters;     ///< in force at the end of the file
};

/// Reads every tag of `text` and checks that sections are opened and closed
/// in order.
ScanResult scan_template(std::string_view text);

/// `text` with each run of white space reduced to one character: "\n" when
/// the run holds a line break, else " ". Text between <pre> or <textarea>
/// and its end tag is kept as is. HTML renders the result the same, and the
/// engine, which makes one node per white-space character, renders it faster.
std::string squeeze_whitespace(std::string_view text);

/// True when the tag [begin, end) is alone on its line (only spaces or tabs
/// around it); then [line_begin, line_end) covers the line and its newline.
bool is_standalone(std::string_view text, size_t begin, size_t end, size_t* line_begin, size_t* line_end);

}  // namespace wt::templates
