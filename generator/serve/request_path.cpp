#include "serve/request_path.hpp"

#include <optional>
#include <vector>

namespace wt::serve {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The path decoded once; nullopt on a malformed escape or a byte no output
// name holds (control characters, backslash).
std::optional<std::string> decode(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c == '%') {
      if (i + 2 >= raw.size()) return std::nullopt;
      const int hi = hex_value(raw[i + 1]), lo = hex_value(raw[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      c = static_cast<unsigned char>(hi * 16 + lo);
      i += 2;
    }
    if (c < 0x20 || c == 0x7f || c == '\\') return std::nullopt;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

std::vector<std::string> split(const std::string& path) {
  std::vector<std::string> parts;
  size_t start = 1;  // after the leading '/'
  while (start <= path.size()) {
    const size_t slash = path.find('/', start);
    const size_t end = slash == std::string::npos ? path.size() : slash;
    parts.push_back(path.substr(start, end - start));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return parts;
}

}  // namespace

std::string percent_encode_path(std::string_view path) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                       c == '.' || c == '_' || c == '~' || c == '/';
    if (plain) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

PathAnswer map_request_path(std::string_view target, const std::function<bool(const std::string&)>& has) {
  PathAnswer a;
  const size_t query = target.find_first_of("?#");
  const std::string_view raw = target.substr(0, query);
  if (raw.empty() || raw[0] != '/') {
    a.kind = PathAnswer::Kind::Refused;
    return a;
  }
  auto path = decode(raw);
  if (!path) {
    a.kind = PathAnswer::Kind::Refused;
    return a;
  }
  const std::vector<std::string> parts = split(*path);
  std::string rel;
  for (size_t i = 0; i < parts.size(); ++i) {
    const std::string& p = parts[i];
    if (!p.empty() && p[0] == '.') {  // ".", "..", ".webtruong", ".git", ".htaccess"
      a.kind = PathAnswer::Kind::Refused;
      return a;
    }
    if (p.empty()) {
      if (i + 1 == parts.size()) break;  // the trailing '/'
      return a;                          // "a//b": no output is named so
    }
    if (!rel.empty()) rel += '/';
    rel += p;
  }
  const bool folder = path->back() == '/';
  if (folder) {
    a.rel = rel.empty() ? "index.html" : rel + "/index.html";
    if (has(a.rel)) a.kind = PathAnswer::Kind::File;
    return a;
  }
  if (has(rel)) {
    a.kind = PathAnswer::Kind::File;
    a.rel = rel;
  } else if (has(rel + "/index.html")) {
    a.kind = PathAnswer::Kind::Redirect;
    a.location = percent_encode_path(*path + "/");
  }
  return a;
}

}  // namespace wt::serve
