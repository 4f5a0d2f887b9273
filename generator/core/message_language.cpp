#include "core/message_language.hpp"

#include <atomic>
#include <cstdlib>

namespace wt {
namespace {

std::atomic<Language> g_language{Language::Vi};

}  // namespace

std::optional<Language> parse_language(std::string_view name) {
  auto starts = [&](std::string_view p) {
    return name.size() >= p.size() && name.substr(0, p.size()) == p &&
           (name.size() == p.size() || name[p.size()] == '_' || name[p.size()] == '-' || name[p.size()] == '.' ||
            name[p.size()] == ':' || name[p.size()] == '@');
  };
  if (starts("vi")) return Language::Vi;
  if (starts("en")) return Language::En;
  return std::nullopt;
}

Language language_from_environment() {
  for (const char* var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(var);
    if (value == nullptr || *value == '\0') continue;
    return std::string_view(value).substr(0, 2) == "en" ? Language::En : Language::Vi;
  }
  return Language::Vi;
}

void set_message_language(Language language) { g_language.store(language, std::memory_order_relaxed); }

Language message_language() { return g_language.load(std::memory_order_relaxed); }

}  // namespace wt
