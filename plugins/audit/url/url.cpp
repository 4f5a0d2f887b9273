#include "audit/url/url.hpp"

#include <cstdint>

#include "audit/url/ip_address.hpp"
#include <vector>

namespace wt::audit {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  return lower(c) - 'a' + 10;
}

bool is_unreserved(char c) {
  return is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' || c == '~';
}
bool is_sub_delim(char c) {
  switch (c) {
    case '!': case '$': case '&': case '\'': case '(': case ')':
    case '*': case '+': case ',': case ';': case '=':
      return true;
    default:
      return false;
  }
}
bool is_pchar(char c) { return is_unreserved(c) || is_sub_delim(c) || c == ':' || c == '@'; }

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

bool valid_scheme(std::string_view s) {
  if (s.empty() || !is_alpha(s[0])) return false;
  for (char c : s) {
    if (!(is_alpha(c) || is_digit(c) || c == '+' || c == '-' || c == '.')) return false;
  }
  return true;
}

bool is_space_or_control(unsigned char c) { return c <= 0x20 || c == 0x7f; }

std::string clean_reference(std::string_view text) {
  size_t b = 0, e = text.size();
  while (b < e && is_space_or_control(static_cast<unsigned char>(text[b]))) ++b;
  while (e > b && is_space_or_control(static_cast<unsigned char>(text[e - 1]))) --e;
  std::string out;
  out.reserve(e - b);
  for (size_t i = b; i < e; ++i) {
    char c = text[i];
    if (c == '\t' || c == '\n' || c == '\r') continue;
    out += c;
  }
  return out;
}

void append_escape(std::string& out, unsigned char c) {
  static const char kHex[] = "0123456789ABCDEF";
  out += '%';
  out += kHex[c >> 4];
  out += kHex[c & 15];
}

// Decodes escapes of unreserved characters, upper-cases the hex of the
// others, escapes a lone '%' and every byte for which `allowed` is false.
template <class Allowed>
std::string normalize_escapes(std::string_view s, Allowed allowed) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '%') {
      if (i + 2 < s.size() && is_hex(s[i + 1]) && is_hex(s[i + 2])) {
        char decoded = static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
        if (is_unreserved(decoded)) {
          out += decoded;
        } else {
          append_escape(out, static_cast<unsigned char>(decoded));
        }
        i += 2;
      } else {
        append_escape(out, c);
      }
    } else if (c < 0x80 && allowed(static_cast<char>(c))) {
      out += static_cast<char>(c);
    } else {
      append_escape(out, c);
    }
  }
  return out;
}

std::string percent_decode(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && is_hex(s[i + 1]) && is_hex(s[i + 2])) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (lower(s[i]) != prefix[i]) return false;
  }
  return true;
}

bool is_dropped_parameter(std::string_view raw_name) {
  std::string name = to_lower(percent_decode(raw_name));
  static const char* const kExact[] = {"phpsessid", "jsessionid", "sid", "sessionid",
                                       "fbclid", "gclid"};
  for (const char* k : kExact) {
    if (name == k) return true;
  }
  return name.starts_with("utm_") || name.starts_with("aspsessionid");
}

// Removes ";jsessionid=..." (and ";phpsessid=...") path parameters.
std::string strip_path_session(std::string_view path) {
  std::string out;
  size_t i = 0;
  while (i < path.size()) {
    if (path[i] == ';' && (starts_with_ci(path.substr(i + 1), "jsessionid=") ||
                           starts_with_ci(path.substr(i + 1), "phpsessid="))) {
      size_t j = i + 1;
      while (j < path.size() && path[j] != '/' && path[j] != ';') ++j;
      i = j;
      continue;
    }
    out += path[i++];
  }
  return out;
}

std::string normalize_query(std::string_view query) {
  std::string out;
  size_t start = 0;
  while (start <= query.size()) {
    size_t amp = query.find('&', start);
    if (amp == std::string_view::npos) amp = query.size();
    std::string_view param = query.substr(start, amp - start);
    if (!param.empty()) {
      std::string_view name = param.substr(0, param.find('='));
      if (!is_dropped_parameter(name)) {
        if (!out.empty()) out += '&';
        out += normalize_escapes(param, [](char c) { return is_pchar(c) || c == '/' || c == '?'; });
      }
    }
    start = amp + 1;
  }
  return out;
}

// A reg-name (unreserved and sub-delims, any non-ASCII byte of an IDN left
// as is) or a bracketed IP literal; no escapes.
bool valid_host(std::string_view host) {
  if (host.empty()) return false;
  if (host.front() == '[') {
    if (host.size() < 3 || host.back() != ']') return false;
    for (char c : host.substr(1, host.size() - 2)) {
      if (!(is_hex(c) || c == ':' || c == '.')) return false;
    }
    return true;
  }
  for (char c : host) {
    if (static_cast<unsigned char>(c) < 0x80 && !is_unreserved(c) && !is_sub_delim(c)) return false;
  }
  return true;
}

}  // namespace

std::string Url::authority() const {
  std::string out;
  if (has_userinfo) out += userinfo + "@";
  out += host;
  if (has_port) out += ":" + port;
  return out;
}

std::optional<Url> parse_uri_reference(std::string_view text) {
  Url url;
  std::string_view rest = text;
  size_t colon = rest.find_first_of(":/?#");
  if (colon != std::string_view::npos && rest[colon] == ':' && valid_scheme(rest.substr(0, colon))) {
    url.scheme = std::string(rest.substr(0, colon));
    rest.remove_prefix(colon + 1);
  }
  if (rest.starts_with("//")) {
    rest.remove_prefix(2);
    size_t end = rest.find_first_of("/?#");
    if (end == std::string_view::npos) end = rest.size();
    std::string_view authority = rest.substr(0, end);
    rest.remove_prefix(end);
    url.has_authority = true;
    size_t at = authority.rfind('@');
    if (at != std::string_view::npos) {
      url.has_userinfo = true;
      url.userinfo = std::string(authority.substr(0, at));
      authority.remove_prefix(at + 1);
    }
    size_t port_colon = std::string_view::npos;
    if (authority.starts_with("[")) {
      size_t close = authority.find(']');
      if (close == std::string_view::npos) return std::nullopt;
      if (close + 1 < authority.size()) {
        if (authority[close + 1] != ':') return std::nullopt;
        port_colon = close + 1;
      }
    } else {
      port_colon = authority.rfind(':');
    }
    if (port_colon != std::string_view::npos) {
      std::string_view port = authority.substr(port_colon + 1);
      for (char c : port) {
        if (!is_digit(c)) return std::nullopt;
      }
      url.has_port = true;
      url.port = std::string(port);
      authority = authority.substr(0, port_colon);
    }
    url.host = std::string(authority);
  }
  size_t end = rest.find_first_of("?#");
  if (end == std::string_view::npos) end = rest.size();
  url.path = std::string(rest.substr(0, end));
  rest.remove_prefix(end);
  if (rest.starts_with("?")) {
    rest.remove_prefix(1);
    size_t hash = rest.find('#');
    if (hash == std::string_view::npos) hash = rest.size();
    url.has_query = true;
    url.query = std::string(rest.substr(0, hash));
    rest.remove_prefix(hash);
  }
  if (rest.starts_with("#")) {
    url.has_fragment = true;
    url.fragment = std::string(rest.substr(1));
  }
  return url;
}

std::optional<Url> parse_url(std::string_view text) {
  auto url = parse_uri_reference(text);
  if (!url || url->scheme.empty()) return std::nullopt;
  return url;
}

std::string to_string(const Url& url) {
  std::string out;
  if (!url.scheme.empty()) out += url.scheme + ":";
  if (url.has_authority) out += "//" + url.authority();
  // Without an authority a path may not begin with "//" (RFC 3986 §3.3), but
  // resolution can produce one ("h:/" + ".//g"): "/." keeps it a path, as
  // the WHATWG URL serializer does.
  else if (url.path.starts_with("//")) out += "/.";
  out += url.path;
  if (url.has_query) out += "?" + url.query;
  if (url.has_fragment) out += "#" + url.fragment;
  return out;
}

std::string remove_dot_segments(std::string_view input) {
  std::string in(input);
  std::string out;
  auto drop_last_segment = [&out] {
    size_t slash = out.rfind('/');
    out.erase(slash == std::string::npos ? 0 : slash);
  };
  size_t i = 0;
  while (i < in.size()) {
    std::string_view rest = std::string_view(in).substr(i);
    if (rest.starts_with("../")) {
      i += 3;
    } else if (rest.starts_with("./")) {
      i += 2;
    } else if (rest.starts_with("/./")) {
      i += 2;
    } else if (rest == "/.") {
      in.replace(i, 2, "/");
    } else if (rest.starts_with("/../")) {
      i += 3;
      drop_last_segment();
    } else if (rest == "/..") {
      in.replace(i, 3, "/");
      drop_last_segment();
    } else if (rest == "." || rest == "..") {
      i = in.size();
    } else {
      size_t next = in.find('/', i + (rest[0] == '/' ? 1 : 0));
      if (next == std::string::npos) next = in.size();
      out.append(in, i, next - i);
      i = next;
    }
  }
  return out;
}

namespace {

std::string merge(const Url& base, const std::string& ref_path) {
  if (base.has_authority && base.path.empty()) return "/" + ref_path;
  size_t slash = base.path.rfind('/');
  if (slash == std::string::npos) return ref_path;
  return base.path.substr(0, slash + 1) + ref_path;
}

}  // namespace

Url resolve(const Url& base, const Url& r) {
  Url t;
  auto copy_authority = [&t](const Url& from) {
    t.has_authority = from.has_authority;
    t.has_userinfo = from.has_userinfo;
    t.userinfo = from.userinfo;
    t.host = from.host;
    t.has_port = from.has_port;
    t.port = from.port;
  };
  auto copy_query = [&t](const Url& from) {
    t.has_query = from.has_query;
    t.query = from.query;
  };
  if (!r.scheme.empty()) {
    t.scheme = r.scheme;
    copy_authority(r);
    t.path = remove_dot_segments(r.path);
    copy_query(r);
  } else {
    if (r.has_authority) {
      copy_authority(r);
      t.path = remove_dot_segments(r.path);
      copy_query(r);
    } else {
      if (r.path.empty()) {
        t.path = base.path;
        copy_query(r.has_query ? r : base);
      } else {
        if (r.path.starts_with("/")) {
          t.path = remove_dot_segments(r.path);
        } else {
          t.path = remove_dot_segments(merge(base, r.path));
        }
        copy_query(r);
      }
      copy_authority(base);
    }
    t.scheme = base.scheme;
  }
  t.has_fragment = r.has_fragment;
  t.fragment = r.fragment;
  return t;
}

std::optional<std::string> resolve_reference(std::string_view base, std::string_view reference) {
  auto b = parse_url(clean_reference(base));
  auto r = parse_uri_reference(clean_reference(reference));
  if (!b || !r) return std::nullopt;
  return to_string(resolve(*b, *r));
}

std::optional<std::string> normalize(std::string_view text) {
  auto parsed = parse_url(clean_reference(text));
  if (!parsed) return std::nullopt;
  Url& url = *parsed;
  url.scheme = to_lower(url.scheme);
  if (url.scheme != "http" && url.scheme != "https") return std::nullopt;
  if (!url.has_authority || url.host.empty()) return std::nullopt;
  if (!valid_host(url.host)) return std::nullopt;
  if (url.has_userinfo) {
    url.userinfo = normalize_escapes(url.userinfo,
                                     [](char c) { return is_unreserved(c) || is_sub_delim(c) || c == ':'; });
  }
  // IPv4 in any spelling ("2852039166", "0x7f.1") as dotted decimal, IPv6
  // compressed; a host that ends in a number but is no address is refused.
  auto host = canonical_host(to_lower(url.host));
  if (!host) return std::nullopt;
  url.host = std::move(*host);
  if (url.has_port) {
    if (url.port.empty()) {
      url.has_port = false;
    } else {
      uint32_t port = 0;
      for (char c : url.port) {
        port = port * 10 + static_cast<uint32_t>(c - '0');
        if (port > 65535) return std::nullopt;
      }
      uint32_t default_port = url.scheme == "http" ? 80 : 443;
      url.has_port = port != default_port;
      url.port = std::to_string(port);
    }
  }
  // Escapes first, so that ";%6Asessionid=" is stripped like ";jsessionid=".
  std::string path = strip_path_session(
      normalize_escapes(url.path, [](char c) { return is_pchar(c) || c == '/'; }));
  path = remove_dot_segments(path);
  url.path = path.empty() ? "/" : path;
  if (url.has_query) {
    url.query = normalize_query(url.query);
    url.has_query = !url.query.empty();
  }
  url.has_fragment = false;
  url.fragment.clear();
  return to_string(url);
}

std::optional<std::string> normalize_link(std::string_view base, std::string_view href) {
  auto resolved = resolve_reference(base, href);
  if (!resolved) return std::nullopt;
  return normalize(*resolved);
}

std::optional<std::string> LinkNormalizer::operator()(std::string_view base, std::string_view href) {
  if (!has_base_ || base != base_) {
    has_base_ = true;
    base_ = std::string(base);
    parsed_ = parse_url(clean_reference(base));
    origin_.clear();
    if (parsed_) origin_ = parsed_->scheme + ":" + (parsed_->has_authority ? "//" + parsed_->authority() : "");
  }
  if (!parsed_) return std::nullopt;  // as resolve_reference
  std::string reference = clean_reference(href);
  // resolve() takes an absolute reference as it is, and of the base only its
  // scheme and authority for a path from the root: those are remembered, by
  // the reference (and the origin, '\n' being removed from both by then).
  const size_t colon = reference.find_first_of(":/?#");
  const bool absolute =
      colon != std::string::npos && reference[colon] == ':' && valid_scheme(std::string_view(reference).substr(0, colon));
  const bool from_root = !absolute && reference.starts_with("/") && !reference.starts_with("//");
  auto compute = [&]() -> std::optional<std::string> {
    auto r = parse_uri_reference(reference);
    if (!r) return std::nullopt;
    return normalize(to_string(resolve(*parsed_, *r)));
  };
  if (!absolute && !from_root) return compute();
  std::string key = absolute ? "\n" + reference : origin_ + "\n" + reference;
  if (auto it = known_.find(key); it != known_.end()) return it->second;
  if (known_.size() >= capacity_) known_.clear();
  auto result = compute();
  known_.emplace(std::move(key), result);
  return result;
}

}  // namespace wt::audit
