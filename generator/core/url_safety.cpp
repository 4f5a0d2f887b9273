#include "core/url_safety.hpp"

#include <array>

namespace wt {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_tab_or_newline(char c) { return c == '\t' || c == '\n' || c == '\r'; }
bool is_c0_or_space(char c) { return static_cast<unsigned char>(c) <= 0x20; }

// A byte that stands for any non-ASCII character in the decoded text: it can
// be neither part of a scheme nor stripped, which is all the check needs.
constexpr char kNonAscii = '\x80';

// Named references that decode to a character that matters in a scheme or is
// removed by the URL parser. (No named reference decodes to an ASCII letter
// or digit.)
struct Named {
  std::string_view name;  // without '&', with ';'
  char value;
};
constexpr std::array<Named, 5> kNamed = {{
    {"colon;", ':'}, {"Tab;", '\t'}, {"NewLine;", '\n'}, {"period;", '.'}, {"plus;", '+'}}};

// Decodes "&#...;" / "&#x...;" (any number of digits, ';' optional, as the
// HTML tokenizer does) at `i` (which points at '&'); returns the bytes used,
// 0 when there is no numeric reference there.
size_t decode_numeric(std::string_view s, size_t i, std::string& out) {
  size_t j = i + 1;
  if (j >= s.size() || s[j] != '#') return 0;
  ++j;
  bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
  if (hex) ++j;
  size_t digits = j;
  unsigned long value = 0;
  while (j < s.size() && (hex ? is_hex(s[j]) : is_digit(s[j]))) {
    int d = is_digit(s[j]) ? s[j] - '0' : lower(s[j]) - 'a' + 10;
    if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + static_cast<unsigned long>(d);
    ++j;
  }
  if (j == digits) return 0;
  if (j < s.size() && s[j] == ';') ++j;
  // NUL, surrogates and values past U+10FFFF become U+FFFD; 0x80-0x9F map to
  // windows-1252 characters: none of them is ASCII.
  out += (value == 0 || value >= 0x80) ? kNonAscii : static_cast<char>(value);
  return j - i;
}

size_t decode_named(std::string_view s, size_t i, std::string& out) {
  for (const Named& n : kNamed) {
    if (s.substr(i + 1, n.name.size()) == n.name) {
      out += n.value;
      return n.name.size() + 1;
    }
  }
  return 0;
}

std::string decode_char_refs(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '&') {
      size_t used = decode_numeric(s, i, out);
      if (!used) used = decode_named(s, i, out);
      if (used) {
        i += used;
        continue;
      }
    }
    out += s[i++];
  }
  return out;
}

// The URL as the URL parser sees it before it looks for a scheme.
std::string browser_view(std::string_view url) {
  size_t begin = 0, end = url.size();
  while (begin < end && is_c0_or_space(url[begin])) ++begin;
  while (end > begin && is_c0_or_space(url[end - 1])) --end;
  std::string out;
  out.reserve(end - begin);
  for (size_t i = begin; i < end; ++i) {
    if (!is_tab_or_newline(url[i])) out += url[i];
  }
  return out;
}

// Scheme of a URL already in browser view; "" when relative.
std::string scheme_of(std::string_view url) {
  if (url.empty() || !is_alpha(url[0])) return "";
  std::string scheme;
  for (char c : url) {
    if (c == ':') return scheme;
    if (!is_alpha(c) && !is_digit(c) && c != '+' && c != '-' && c != '.') return "";
    scheme += lower(c);
  }
  return "";
}

// "data:image/png;base64,..." (browser view) -> "image/png".
std::string data_media_type(std::string_view url) {
  std::string_view rest = url.substr(url.find(':') + 1);
  std::string type;
  for (char c : rest) {
    if (c == ';' || c == ',') break;
    if (c != ' ') type += lower(c);
  }
  return type;
}

std::optional<std::string> refusal_of_view(const std::string& view, UrlUse use) {
  std::string scheme = scheme_of(view);
  if (scheme.empty() || scheme == "http" || scheme == "https") return std::nullopt;
  if (scheme == "javascript" || scheme == "vbscript" || scheme == "livescript") {
    return "'" + scheme + ":' addresses run scripts";
  }
  if (use == UrlUse::Link) {
    if (scheme == "mailto" || scheme == "tel") return std::nullopt;
    if (scheme == "data") return std::string("'data:' addresses can hold a whole page with scripts");
  } else if (scheme == "data") {
    std::string type = data_media_type(view);
    if (type == "image/png" || type == "image/gif" || type == "image/jpeg" || type == "image/webp") {
      return std::nullopt;
    }
    return std::string("only PNG, GIF, JPEG and WebP pictures may be written as 'data:' addresses");
  }
  return "'" + scheme + ":' is not allowed here (use http, https" +
         (use == UrlUse::Link ? ", mailto, tel" : "") + " or a path on this site)";
}

}  // namespace

std::string url_scheme(std::string_view url) { return scheme_of(browser_view(url)); }

std::optional<std::string> url_refusal(std::string_view url, UrlUse use) {
  if (auto why = refusal_of_view(browser_view(url), use)) return why;
  if (url.find('&') == std::string_view::npos) return std::nullopt;
  return refusal_of_view(browser_view(decode_char_refs(url)), use);
}

}  // namespace wt
