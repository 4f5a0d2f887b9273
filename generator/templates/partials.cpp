#include "templates/partials.hpp"

#include <algorithm>

namespace wt::templates {

PartialInliner::PartialInliner(const std::map<std::string, SourceFile>& partials, DiagnosticSink& sink)
    : partials_(partials), sink_(sink) {}

std::optional<std::string> PartialInliner::expand(const SourceFile& file) {
  std::vector<std::string> stack;
  return expand_in(file, stack);
}

std::optional<std::string> PartialInliner::expand_partial(const std::string& name, std::vector<std::string>& stack) {
  if (auto it = expanded_.find(name); it != expanded_.end()) return it->second;
  stack.push_back(name);
  auto text = expand_in(partials_.at(name), stack);
  stack.pop_back();
  expanded_[name] = text;
  return text;
}

std::optional<std::string> PartialInliner::expand_in(const SourceFile& file, std::vector<std::string>& stack) {
  if (file.scan.error) return std::nullopt;  // reported when the file was read
  std::string out;
  out.reserve(file.text.size());
  bool ok = true;
  size_t copied = 0;
  for (const Tag& tag : file.scan.tags) {
    if (tag.kind != TagKind::Partial) continue;
    auto here = [&] { return position_in(file.path, file.text, tag.begin); };
    if (partials_.find(tag.name) == partials_.end()) {
      sink_.error(here(), "template.partial.missing",
                  "partial '" + tag.name + "' was not found (there is no partials/" + tag.name +
                      ".mustache in the site or the theme)");
      ok = false;
      continue;
    }
    if (std::find(stack.begin(), stack.end(), tag.name) != stack.end()) {
      std::string chain;
      for (const auto& s : stack) chain += s + " -> ";
      sink_.error(here(), "template.partial.cycle", "partial '" + tag.name + "' includes itself: " + chain + tag.name);
      ok = false;
      continue;
    }
    auto body = expand_partial(tag.name, stack);
    if (!body) {
      ok = false;
      continue;
    }
    size_t from = tag.begin, to = tag.end, line_begin = 0, line_end = 0;
    std::string indent;
    if (is_standalone(file.text, tag.begin, tag.end, &line_begin, &line_end)) {
      // A partial alone on its line replaces the whole line, as the spec says.
      indent = file.text.substr(line_begin, tag.begin - line_begin);
      from = line_begin;
      to = line_end;
    }
    out.append(file.text, copied, from - copied);
    out += indent;
    // A partial starts with the default delimiters and must not change the
    // caller's: switch around it when either side uses other ones.
    const SourceFile& partial = partials_.at(tag.name);
    const Delimiters& mine = tag.delimiters;
    if (!mine.is_default()) out += mine.open + "={{ }}=" + mine.close;
    out += *body;
    const Delimiters& theirs = partial.scan.final_delimiters;
    if (!(theirs == mine)) out += theirs.open + "=" + mine.open + " " + mine.close + "=" + theirs.close;
    if (to == line_end && line_end > line_begin && file.text[line_end - 1] == '\n' &&
        (out.empty() || out.back() != '\n'))
      out += '\n';
    copied = to;
  }
  if (!ok) return std::nullopt;
  out.append(file.text, copied, std::string::npos);
  return out;
}

}  // namespace wt::templates
