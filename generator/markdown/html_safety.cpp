#include "markdown/html_safety.hpp"

#include <string>

namespace wt::markdown::detail {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

// Characters that may precede "on" inside an attribute name (so "data-onclick" is not a handler).
bool is_name_char(char c) {
  return is_word(c) || c == '-' || (static_cast<unsigned char>(c) & 0x80) != 0;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool has_event_handler(const std::string& s) {
  const size_t n = s.size();
  for (size_t i = 0; i + 2 < n; ++i) {
    if (s[i] != 'o' || s[i + 1] != 'n') continue;
    if (i > 0 && is_name_char(s[i - 1])) continue;
    size_t j = i + 2;
    while (j < n && is_word(s[j])) ++j;
    if (j == i + 2) continue;
    while (j < n && is_space(s[j])) ++j;
    if (j < n && s[j] == '=') return true;
  }
  return false;
}

bool starts_with_at(const std::string& s, size_t i, std::string_view word) {
  return s.compare(i, word.size(), word) == 0;
}

// Lower-case text with character references decoded (ASCII results only) and
// tab/CR/LF/NUL dropped, the way a browser sees a URL inside an attribute.
std::string decode_for_url_scan(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    char c = s[i];
    if (c == '&') {
      if (i + 2 < n && s[i + 1] == '#') {
        size_t j = i + 2;
        bool hex = j < n && s[j] == 'x';
        if (hex) ++j;
        unsigned long cp = 0;
        size_t digits_start = j;
        while (j < n && j - digits_start < 8) {
          char d = s[j];
          if (d >= '0' && d <= '9') cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(d - '0');
          else if (hex && d >= 'a' && d <= 'f') cp = cp * 16 + static_cast<unsigned long>(d - 'a' + 10);
          else break;
          ++j;
        }
        if (j > digits_start) {
          if (j < n && s[j] == ';') ++j;
          if (cp == '\t' || cp == '\n' || cp == '\r' || cp == 0) {
          } else if (cp < 0x80) {
            out += lower(static_cast<char>(cp));
          } else {
            out += '?';
          }
          i = j;
          continue;
        }
      } else if (starts_with_at(s, i, "&colon;")) {
        out += ':';
        i += 7;
        continue;
      } else if (starts_with_at(s, i, "&tab;")) {
        i += 5;
        continue;
      } else if (starts_with_at(s, i, "&newline;")) {
        i += 9;
        continue;
      }
    }
    if (c != '\t' && c != '\n' && c != '\r' && c != '\0') out += c;
    ++i;
  }
  return out;
}

}  // namespace

bool raw_html_is_unsafe(std::string_view html) {
  std::string s(html);
  for (char& c : s) c = lower(c);
  for (std::string_view tag : {"<script", "<object", "<embed", "<form"}) {
    if (s.find(tag) != std::string::npos) return true;
  }
  if (has_event_handler(s)) return true;
  if (s.find('&') == std::string::npos && s.find_first_of("\t\r\n") == std::string::npos) {
    return s.find("javascript:") != std::string::npos || s.find("vbscript:") != std::string::npos;
  }
  std::string decoded = decode_for_url_scan(s);
  return decoded.find("javascript:") != std::string::npos ||
         decoded.find("vbscript:") != std::string::npos;
}

bool url_is_dangerous(std::string_view url) {
  size_t i = 0;
  while (i < url.size() && static_cast<unsigned char>(url[i]) <= 0x20) ++i;
  std::string scheme;
  for (; i < url.size(); ++i) {
    char c = lower(url[i]);
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (c == ':') break;
    bool scheme_char = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    if (!scheme_char || scheme.size() > 32) return false;
    scheme += c;
  }
  if (i >= url.size()) return false;  // no scheme: relative URL
  if (scheme == "javascript" || scheme == "vbscript" || scheme == "file") return true;
  if (scheme != "data") return false;
  std::string rest;
  for (size_t j = i + 1; j < url.size() && rest.size() < 10; ++j) rest += lower(url[j]);
  for (std::string_view ok : {"image/png", "image/gif", "image/jpeg", "image/webp"}) {
    if (rest.compare(0, ok.size(), ok) == 0) return false;
  }
  return true;
}

}  // namespace wt::markdown::detail
