#include "core/base_path.hpp"

namespace wt {
namespace {

bool is_c0_or_space(char c) { return static_cast<unsigned char>(c) <= 0x20; }
bool is_tab_or_newline(char c) { return c == '\t' || c == '\n' || c == '\r'; }
bool is_slash(char c) { return c == '/' || c == '\\'; }

// Where the URL starts for a browser: past leading C0 controls and spaces.
size_t start_of(std::string_view url) {
  size_t i = 0;
  while (i < url.size() && is_c0_or_space(url[i])) ++i;
  return i;
}

// The first byte at or after `i` that is not a tab or newline (browsers drop them).
size_t next_significant(std::string_view url, size_t i) {
  while (i < url.size() && is_tab_or_newline(url[i])) ++i;
  return i;
}

}  // namespace

std::string base_path_of(std::string_view base_url) {
  size_t scheme_end = base_url.find("://");
  size_t host = scheme_end == std::string_view::npos ? 0 : scheme_end + 3;
  size_t path = base_url.find('/', host);
  if (path == std::string_view::npos) return "/";
  std::string out(base_url.substr(path));
  if (out.back() != '/') out += '/';
  return out;
}

bool is_root_relative(std::string_view url) {
  size_t first = start_of(url);
  if (first >= url.size() || !is_slash(url[first])) return false;
  size_t second = next_significant(url, first + 1);
  return second >= url.size() || !is_slash(url[second]);
}

std::string under_base_path(std::string_view url, std::string_view base_path) {
  if (base_path.size() <= 1 || !is_root_relative(url)) return std::string(url);
  // base_path ends with '/': it takes the place of the URL's first slash.
  std::string out(base_path);
  out.append(url.substr(start_of(url) + 1));
  return out;
}

}  // namespace wt
