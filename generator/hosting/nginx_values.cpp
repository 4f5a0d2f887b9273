#include "hosting/nginx_values.hpp"

#include <cctype>
#include <cstdio>
#include <cstring>

#include "core/utf8.hpp"

namespace wt::hosting {
namespace {

// "';'" or "a control character (U+000A)": how a refused byte is named.
std::string describe(unsigned char c) {
  if (c < 0x20 || c == 0x7f) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "a control character (U+%04X)", c);
    return buf;
  }
  if (c == ' ') return "a space";
  return std::string("'") + static_cast<char>(c) + "'";
}

bool fail(std::string* why, std::string text) {
  if (why) *why = std::move(text);
  return false;
}

bool never_quotable(unsigned char c) { return c < 0x20 || c == 0x7f || c == '"' || c == '\\' || c == '$'; }

bool address_byte(unsigned char c, AddressUse use) {
  if (c >= 0x80) return true;  // part of a UTF-8 letter (checked as UTF-8 apart)
  if (std::isalnum(c)) return true;
  if (c == '%') return use == AddressUse::Redirect;
  return c != 0 && std::strchr("-._~/!&'()*+,=@", c) != nullptr;
}

bool check_utf8(std::string_view text, std::string* why) {
  if (is_valid_utf8(text)) return true;
  return fail(why, "it is not valid UTF-8");
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

bool check_port(std::string_view port, std::string* why) {
  if (!all_digits(port) || port.size() > 5 || std::stoi(std::string(port)) < 1 || std::stoi(std::string(port)) > 65535)
    return fail(why, "'" + std::string(port) + "' is not a port (1 to 65535)");
  return true;
}

bool check_ipv4(std::string_view addr) {
  int parts = 0;
  size_t start = 0;
  while (start <= addr.size()) {
    size_t dot = addr.find('.', start);
    std::string_view part = addr.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (!all_digits(part) || part.size() > 3 || std::stoi(std::string(part)) > 255) return false;
    ++parts;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return parts == 4;
}

bool check_ipv6(std::string_view addr) {
  if (addr.empty() || addr.size() > 45) return false;
  for (char c : addr)
    if (!std::isxdigit(static_cast<unsigned char>(c)) && c != ':' && c != '.') return false;
  return addr.find(':') != std::string_view::npos;
}

}  // namespace

bool check_address(std::string_view path, AddressUse use, std::string* why) {
  if (path.empty() || path[0] != '/') return fail(why, "it does not start with '/'");
  for (unsigned char c : path)
    if (!address_byte(c, use)) return fail(why, describe(c) + " cannot be written into the nginx configuration");
  if (!check_utf8(path, why)) return false;
  return true;
}

bool check_quotable(std::string_view text, std::string* why) {
  if (text.empty()) return fail(why, "it is empty");
  for (unsigned char c : text)
    if (never_quotable(c)) return fail(why, describe(c) + " cannot be written into the nginx configuration");
  return check_utf8(text, why);
}

bool check_host_name(std::string_view name, std::string* why) {
  const std::string shown = "'" + std::string(name) + "'";
  if (name.empty() || name.size() > 253) return fail(why, shown + " is not a host name");
  size_t start = 0;
  while (start <= name.size()) {
    size_t dot = name.find('.', start);
    std::string_view label = name.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
      return fail(why, shown + " is not a host name (labels of letters, digits and '-', joined by '.')");
    for (unsigned char c : label)
      if (!std::isalnum(c) && c != '-')
        return fail(why, shown + " is not a host name: " + describe(c) +
                             " is not allowed (write a Vietnamese name in its xn-- form)");
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return true;
}

bool check_listen(std::string_view listen, std::string* why) {
  const std::string shown = "'" + std::string(listen) + "'";
  if (listen.rfind("unix:", 0) == 0) {
    std::string_view path = listen.substr(5);
    if (path.empty() || path[0] != '/') return fail(why, shown + ": a unix socket is written unix:/absolute/path");
    for (unsigned char c : path)
      if (never_quotable(c) || c == ' ' || c == ';' || c == '{' || c == '}' || c == '#' || c == '\'')
        return fail(why, shown + ": " + describe(c) + " cannot be written into the nginx configuration");
    return check_utf8(path, why);
  }
  if (all_digits(listen)) return check_port(listen, why);
  const std::string form = shown + " is not a port, ADDRESS:PORT, [IPv6]:PORT or unix:/path";
  size_t colon = listen.rfind(':');
  if (colon == std::string_view::npos) return fail(why, form);
  std::string_view addr = listen.substr(0, colon), port = listen.substr(colon + 1);
  bool addr_ok = addr.size() > 2 && addr.front() == '[' && addr.back() == ']'
                     ? check_ipv6(addr.substr(1, addr.size() - 2))
                     : check_ipv4(addr);
  if (!addr_ok) return fail(why, form);
  return check_port(port, why);
}

std::string in_quotes(std::string_view text) { return "\"" + std::string(text) + "\""; }

std::optional<std::string> decode_path(std::string_view encoded) {
  std::string out;
  out.reserve(encoded.size());
  for (size_t i = 0; i < encoded.size(); ++i) {
    if (encoded[i] != '%') {
      out += encoded[i];
      continue;
    }
    if (i + 2 >= encoded.size()) return std::nullopt;
    int hi = hex_value(encoded[i + 1]), lo = hex_value(encoded[i + 2]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  for (unsigned char c : out)
    if (never_quotable(c)) return std::nullopt;
  return out;
}

}  // namespace wt::hosting
