#include "core/html_foreign.hpp"

#include <utility>

namespace wt {
namespace {

// Foreign roots and what they are renamed to (same length).
constexpr std::pair<std::string_view, std::string_view> kForeign[] = {{"svg", "s\x01g"}, {"math", "m\x01th"}};

bool ends_name(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '/' || c == '>'; }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_name(std::string_view text, size_t at, std::string_view name) {
  if (at + name.size() > text.size()) return false;
  for (size_t k = 0; k < name.size(); ++k)
    if (lower(text[at + k]) != name[k]) return false;
  size_t end = at + name.size();
  return end == text.size() || ends_name(text[end]);
}

}  // namespace

std::string mask_foreign_roots(std::string_view html) {
  std::string out(html);
  for (size_t i = out.find('<'); i != std::string::npos; i = out.find('<', i + 1)) {
    for (const auto& [name, renamed] : kForeign) {
      if (starts_with_name(out, i + 1, name)) out.replace(i + 1, name.size(), renamed);
    }
  }
  return out;
}

std::optional<std::string_view> unmask_foreign_name(std::string_view tag) {
  for (const auto& [name, renamed] : kForeign)
    if (tag == renamed) return name;
  return std::nullopt;
}

}  // namespace wt
