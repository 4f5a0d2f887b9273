#include "core/message_catalog.hpp"

#include <atomic>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/message_language.hpp"
#include "core/messages/catalog_parts.hpp"

namespace wt {
namespace {

struct Template {
  const MessageTranslation* entry = nullptr;
  std::vector<std::string_view> literals;  ///< K+1 literals around K wildcards.
  size_t literal_size = 0;                 ///< How specific the template is.
};

Template parse_template(const MessageTranslation& e) {
  Template t;
  t.entry = &e;
  std::string_view en = e.en;
  size_t start = 0;
  for (;;) {
    size_t at = en.find("{}", start);
    t.literals.push_back(en.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    t.literal_size += t.literals.back().size();
    if (at == std::string_view::npos) break;
    start = at + 2;
  }
  return t;
}

/// The texts the wildcards of `t` stand for in `message`, or false. Middle
/// literals are taken at their leftmost place, which finds a match whenever
/// one exists for patterns made of literals and wildcards alone.
bool match(const Template& t, std::string_view message, std::vector<std::string_view>* captures) {
  captures->clear();
  const auto& lit = t.literals;
  if (lit.size() == 1) return message == lit[0];
  if (message.size() < t.literal_size) return false;
  if (message.substr(0, lit[0].size()) != lit[0]) return false;
  const std::string_view last = lit.back();
  if (message.substr(message.size() - last.size()) != last) return false;
  const size_t tail = message.size() - last.size();
  size_t pos = lit[0].size();
  for (size_t i = 1; i + 1 < lit.size(); ++i) {
    size_t at = lit[i].empty() ? pos : message.substr(0, tail).find(lit[i], pos);
    if (at == std::string_view::npos) return false;
    captures->push_back(message.substr(pos, at - pos));
    pos = at + lit[i].size();
  }
  if (pos > tail) return false;
  captures->push_back(message.substr(pos, tail - pos));
  return true;
}

std::string fill(std::string_view vi, const std::vector<std::string_view>& captures) {
  std::string out;
  out.reserve(vi.size() + 64);
  for (size_t i = 0; i < vi.size(); ++i) {
    if (vi[i] == '{' && i + 2 < vi.size() && vi[i + 1] >= '1' && vi[i + 1] <= '9' && vi[i + 2] == '}') {
      size_t n = static_cast<size_t>(vi[i + 1] - '1');
      if (n < captures.size()) out += captures[n];
      i += 2;
      continue;
    }
    out += vi[i];
  }
  return out;
}

struct Index {
  std::vector<MessageTranslation> all;
  std::unordered_map<std::string_view, std::vector<Template>> by_code;
  std::vector<std::pair<std::string_view, Template>> by_prefix;  ///< Code without its '*'.

  Index() {
    for (auto part : messages::catalog_parts())
      for (const auto& e : part) all.push_back(e);
    for (const auto& e : all) {
      std::string_view code = e.code;
      if (!code.empty() && code.back() == '*') by_prefix.emplace_back(code.substr(0, code.size() - 1), parse_template(e));
      else by_code[code].push_back(parse_template(e));
    }
  }
};

const Index& index() {
  static const Index i;
  return i;
}

std::atomic<UntranslatedHook> g_hook{nullptr};

}  // namespace

std::optional<std::string> translate_message(std::string_view code, std::string_view message) {
  const Index& ix = index();
  const Template* best = nullptr;
  std::vector<std::string_view> captures, best_captures;
  auto consider = [&](const Template& t) {
    if (best != nullptr && t.literal_size <= best->literal_size) return;
    if (!match(t, message, &captures)) return;
    best = &t;
    best_captures = captures;
  };
  if (auto it = ix.by_code.find(code); it != ix.by_code.end())
    for (const auto& t : it->second) consider(t);
  for (const auto& [prefix, t] : ix.by_prefix)
    if (code.substr(0, prefix.size()) == prefix) consider(t);
  if (best == nullptr) return std::nullopt;
  return fill(best->entry->vi, best_captures);
}

std::string localized(std::string_view code, std::string_view message) {
  audit_translation(code, message);
  if (message_language() == Language::En) return std::string(message);
  auto vi = translate_message(code, message);
  return vi ? std::move(*vi) : std::string(message);
}

std::span<const MessageTranslation> message_catalog() { return index().all; }

void set_untranslated_hook(UntranslatedHook hook) { g_hook.store(hook); }

void audit_translation(std::string_view code, std::string_view message) {
  UntranslatedHook hook = g_hook.load(std::memory_order_relaxed);
  if (hook != nullptr && !translate_message(code, message)) hook(code, message);
}

}  // namespace wt
