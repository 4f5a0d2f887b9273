#include "hosting/page_policy.hpp"

#include <cctype>
#include <map>

#include "core/text.hpp"
#include "core/utf8.hpp"

namespace wt::hosting {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// &quot; &#39; &#x27; &amp; ... decoded; anything else left as it is.
std::string decode_references(std::string_view v) {
  static const std::map<std::string, std::string> kNamed = {
      {"quot", "\""}, {"apos", "'"}, {"amp", "&"}, {"lt", "<"}, {"gt", ">"}};
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    size_t semi = v[i] == '&' ? v.find(';', i) : std::string_view::npos;
    if (semi == std::string_view::npos || semi - i > 10) {
      out += v[i];
      continue;
    }
    std::string name(v.substr(i + 1, semi - i - 1));
    if (auto it = kNamed.find(name); it != kNamed.end()) {
      out += it->second;
    } else if (name.size() > 1 && name[0] == '#') {
      bool hex = name[1] == 'x' || name[1] == 'X';
      std::string digits = name.substr(hex ? 2 : 1);
      bool ok = !digits.empty() && digits.size() <= 6;
      for (char c : digits)
        ok = ok && (hex ? std::isxdigit(static_cast<unsigned char>(c)) : std::isdigit(static_cast<unsigned char>(c)));
      char32_t cp = ok ? static_cast<char32_t>(std::stoul(digits, nullptr, hex ? 16 : 10)) : 0;
      if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        out += v[i];
        continue;
      }
      append_utf8(out, cp);
    } else {
      out += v[i];
      continue;
    }
    i = semi;
  }
  return out;
}

// The attributes of the start tag whose name ends at `i`, up to its '>'
// (names in lower case, values decoded); `i` is left past the tag.
std::map<std::string, std::string> read_attributes(std::string_view html, size_t& i) {
  std::map<std::string, std::string> attrs;
  while (i < html.size()) {
    while (i < html.size() && (is_space(html[i]) || html[i] == '/')) ++i;
    if (i >= html.size() || html[i] == '>') break;
    size_t name_start = i;
    while (i < html.size() && !is_space(html[i]) && html[i] != '=' && html[i] != '>' && html[i] != '/') ++i;
    std::string name = lower(html.substr(name_start, i - name_start));
    while (i < html.size() && is_space(html[i])) ++i;
    std::string value;
    if (i < html.size() && html[i] == '=') {
      ++i;
      while (i < html.size() && is_space(html[i])) ++i;
      if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
        char q = html[i++];
        size_t end = html.find(q, i);
        if (end == std::string_view::npos) end = html.size();
        value = decode_references(html.substr(i, end - i));
        i = end + 1;
      } else {
        size_t start = i;
        while (i < html.size() && !is_space(html[i]) && html[i] != '>') ++i;
        value = decode_references(html.substr(start, i - start));
      }
    }
    attrs.emplace(name, value);  // the first of two equal names counts, as in HTML
  }
  ++i;
  return attrs;
}

}  // namespace

std::optional<std::string> page_policy(std::string_view html) {
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    ++i;
    size_t name_start = i;
    while (i < html.size() && std::isalnum(static_cast<unsigned char>(html[i]))) ++i;
    std::string tag = lower(html.substr(name_start, i - name_start));
    if (tag == "body" || (tag.empty() && lower(html.substr(i, 5)) == "/head")) break;
    if (tag.empty() && html.substr(i, 3) == "!--") {
      size_t end = html.find("-->", i);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    if (tag != "meta") continue;
    auto attrs = read_attributes(html, i);
    auto equiv = attrs.find("http-equiv");
    if (equiv == attrs.end() || lower(trim(equiv->second)) != "content-security-policy") continue;
    auto content = attrs.find("content");
    if (content == attrs.end()) continue;
    return trim(content->second);
  }
  return std::nullopt;
}

}  // namespace wt::hosting
