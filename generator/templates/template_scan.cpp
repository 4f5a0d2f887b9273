#include "templates/template_scan.hpp"

#include <algorithm>
#include <cctype>

namespace wt::templates {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string trimmed(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && is_blank(s[b])) ++b;
  while (e > b && is_blank(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

int line_of(std::string_view text, size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + std::min(offset, text.size()), '\n'));
}

// "{{=<% %>=}}" contents (without the outer delimiters) -> new delimiters.
bool parse_delimiters(const std::string& contents, Delimiters* out) {
  if (contents.size() < 5 || contents.front() != '=' || contents.back() != '=') return false;
  std::string inner = trimmed(std::string_view(contents).substr(1, contents.size() - 2));
  size_t space = inner.find_first_of(" \t");
  if (space == std::string::npos) return false;
  std::string open = inner.substr(0, space);
  std::string close = trimmed(std::string_view(inner).substr(space));
  auto valid = [](const std::string& d) { return !d.empty() && d.find_first_of(" \t\r\n=") == std::string::npos; };
  if (!valid(open) || !valid(close)) return false;
  out->open = open;
  out->close = close;
  return true;
}

}  // namespace

ScanResult scan_template(std::string_view text) {
  ScanResult r;
  Delimiters delims;
  std::vector<size_t> open_sections;  // indexes into r.tags
  size_t pos = 0;
  while (true) {
    size_t begin = text.find(delims.open, pos);
    if (begin == std::string_view::npos) break;
    size_t contents_begin = begin + delims.open.size();
    bool triple = delims.is_default() && contents_begin < text.size() && text[contents_begin] == '{';
    std::string_view close = triple ? std::string_view("}}}") : std::string_view(delims.close);
    if (triple) ++contents_begin;
    size_t close_at = text.find(close, contents_begin);
    if (close_at == std::string_view::npos) {
      r.error = ScanError{begin, "this tag starts with '" + std::string(triple ? "{{{" : delims.open) +
                                     "' but is never closed with '" + std::string(close) + "'"};
      return r;
    }
    Tag tag;
    tag.begin = begin;
    tag.end = close_at + close.size();
    tag.delimiters = delims;
    std::string contents = trimmed(text.substr(contents_begin, close_at - contents_begin));
    if (triple) {
      tag.kind = TagKind::Raw;
      tag.name = contents;
    } else if (!contents.empty() && contents[0] == '=') {
      tag.kind = TagKind::Delimiter;
      if (!parse_delimiters(contents, &delims)) {
        r.error =
            ScanError{begin, "this tag should change the delimiters, written like {{=<% %>=}}, but it is not valid"};
        return r;
      }
    } else {
      tag.kind = TagKind::Variable;
      if (!contents.empty()) {
        switch (contents[0]) {
          case '#':
            tag.kind = TagKind::Section;
            break;
          case '^':
            tag.kind = TagKind::Inverted;
            break;
          case '/':
            tag.kind = TagKind::Close;
            break;
          case '>':
            tag.kind = TagKind::Partial;
            break;
          case '&':
            tag.kind = TagKind::Raw;
            break;
          case '!':
            tag.kind = TagKind::Comment;
            break;
          default:
            break;
        }
      }
      tag.name = tag.kind == TagKind::Variable ? contents : trimmed(std::string_view(contents).substr(1));
    }
    pos = tag.end;

    if (tag.kind == TagKind::Section || tag.kind == TagKind::Inverted) {
      open_sections.push_back(r.tags.size());
    } else if (tag.kind == TagKind::Close) {
      if (open_sections.empty()) {
        r.error = ScanError{begin, "'{{/" + tag.name + "}}' closes section '" + tag.name + "', which is not open here"};
        return r;
      }
      const Tag& open = r.tags[open_sections.back()];
      if (open.name != tag.name) {
        r.error = ScanError{open.begin, "section '" + open.name + "' is opened here but never closed (its end '{{/" +
                                            open.name + "}}' should come before '{{/" + tag.name + "}}' on line " +
                                            std::to_string(line_of(text, begin)) + ")"};
        return r;
      }
      open_sections.pop_back();
    } else if (tag.kind == TagKind::Partial && tag.name.empty()) {
      r.error = ScanError{begin, "this partial tag has no name; write it like {{> header}}"};
      return r;
    }
    r.tags.push_back(std::move(tag));
  }
  if (!open_sections.empty()) {
    const Tag& open = r.tags[open_sections.back()];
    r.error = ScanError{open.begin, "section '" + open.name + "' is opened here but never closed"};
  }
  r.final_delimiters = delims;
  return r;
}

namespace {

bool starts_with_ci(std::string_view text, size_t at, std::string_view prefix) {
  if (at + prefix.size() > text.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[at + i])) != prefix[i]) return false;
  return true;
}

// End of the <pre>/<textarea> element starting at `at`, or npos.
size_t verbatim_end(std::string_view text, size_t at) {
  for (std::string_view tag : {std::string_view("pre"), std::string_view("textarea")}) {
    if (!starts_with_ci(text, at + 1, tag)) continue;
    char next = at + 1 + tag.size() < text.size() ? text[at + 1 + tag.size()] : '>';
    if (next != '>' && !is_blank(next)) continue;
    std::string close = "</" + std::string(tag);
    for (size_t i = at + 1; i < text.size(); ++i)
      if (text[i] == '<' && starts_with_ci(text, i, close)) return i;
    return text.size();
  }
  return std::string_view::npos;
}

}  // namespace

std::string squeeze_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == '<') {
      size_t end = verbatim_end(text, i);
      if (end != std::string_view::npos) {
        out.append(text.substr(i, end - i));
        i = end;
        if (i < text.size()) out += text[i++];
        continue;
      }
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      bool newline = false;
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
        newline |= text[i++] == '\n';
      out += newline ? '\n' : ' ';
      continue;
    }
    out += c;
    ++i;
  }
  return out;
}

bool is_standalone(std::string_view text, size_t begin, size_t end, size_t* line_begin, size_t* line_end) {
  size_t lb = begin;
  while (lb > 0 && (text[lb - 1] == ' ' || text[lb - 1] == '\t')) --lb;
  if (lb > 0 && text[lb - 1] != '\n') return false;
  size_t le = end;
  while (le < text.size() && (text[le] == ' ' || text[le] == '\t' || text[le] == '\r')) ++le;
  if (le < text.size() && text[le] != '\n') return false;
  if (le < text.size()) ++le;  // the newline belongs to the tag's line
  *line_begin = lb;
  *line_end = le;
  return true;
}

}  // namespace wt::templates
