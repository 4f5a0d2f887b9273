#include "config/base_url.hpp"

#include <vector>

namespace wt::config {
namespace {

constexpr std::string_view kExample = "like https://sgd.example.vn/thcs-le-loi/";

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_unreserved(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

// "http" or "https" when `text` starts with "http://" or "https://" (any case).
std::string scheme_of(std::string_view text) {
  for (std::string_view scheme : {"http", "https"}) {
    if (text.size() >= scheme.size() + 3 && lowered(text.substr(0, scheme.size())) == scheme &&
        text.substr(scheme.size(), 3) == "://")
      return std::string(scheme);
  }
  return "";
}

// One path segment with every byte outside the unreserved set escaped.
std::string encoded_segment(std::string_view segment) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (size_t i = 0; i < segment.size(); ++i) {
    char c = segment[i];
    bool escape_kept = c == '%' && i + 2 < segment.size() && is_hex(segment[i + 1]) && is_hex(segment[i + 2]);
    if (is_unreserved(c) || escape_kept) {
      out += c;
    } else {
      auto b = static_cast<unsigned char>(c);
      out += '%';
      out += kHex[b >> 4];
      out += kHex[b & 15];
    }
  }
  return out;
}

// "." and ".." are dot segments for a browser also written "%2e" / ".%2E".
bool is_dot_segment(std::string_view segment) {
  std::string s = lowered(segment);
  for (size_t at = s.find("%2e"); at != std::string::npos; at = s.find("%2e")) s.replace(at, 3, ".");
  return s == "." || s == "..";
}

std::vector<std::string_view> segments_of(std::string_view path) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos <= path.size()) {
    size_t slash = path.find('/', pos);
    if (slash == std::string_view::npos) slash = path.size();
    if (slash > pos) out.push_back(path.substr(pos, slash - pos));
    pos = slash + 1;
  }
  return out;
}

std::optional<std::string> fail(std::string* why, std::string message) {
  if (why) *why = std::move(message);
  return std::nullopt;
}

}  // namespace

std::optional<std::string> normalize_base_url(std::string_view text, std::string* why) {
  std::string scheme = scheme_of(text);
  if (scheme.empty()) return fail(why, "should start with http:// or https://");
  for (char c : text) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
      return fail(why, "cannot hold a space or a control character");
    if (c == '\\') return fail(why, "cannot hold '\\': folders are separated by '/'");
  }
  if (text.find('#') != std::string_view::npos)
    return fail(why, "cannot hold a fragment ('#...'): write the address of the home page, " + std::string(kExample));
  if (text.find('?') != std::string_view::npos)
    return fail(why, "cannot hold a query ('?...'): write the address of the home page, " + std::string(kExample));
  std::string_view rest = text.substr(scheme.size() + 3);
  size_t slash = rest.find('/');
  std::string_view host = rest.substr(0, slash);
  std::string_view path = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
  if (host.empty()) return fail(why, "has no host name after " + scheme + "://");
  if (host.find('@') != std::string_view::npos) return fail(why, "cannot hold a user name or a password");
  std::string out = scheme + "://" + lowered(host) + "/";
  for (std::string_view segment : segments_of(path)) {
    if (is_dot_segment(segment))
      return fail(why, "cannot hold '.' or '..' in its path: write the folder itself, " + std::string(kExample));
    out += encoded_segment(segment);
    out += '/';
  }
  return out;
}

}  // namespace wt::config
