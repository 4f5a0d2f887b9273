#include "audit/url/scope.hpp"

#include "audit/url/url.hpp"

namespace wt::audit {

std::string host_without_www(std::string_view host) {
  std::string h(host);
  for (char& c : h) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (h.starts_with("www.") && h.size() > 4) h.erase(0, 4);
  return h;
}

std::string scope_path_prefix(std::string_view seed_path) {
  std::string path(seed_path.empty() ? "/" : seed_path);
  if (!path.starts_with("/")) path.insert(0, "/");
  size_t slash = path.rfind('/');
  std::string last = path.substr(slash + 1);
  if (last.find('.') != std::string::npos) {
    path.erase(slash + 1);
  } else if (!path.ends_with("/")) {
    path += '/';
  }
  return path;
}

bool same_site(std::string_view url, std::string_view seed, ScopeMode mode) {
  auto nu = normalize(url);
  auto ns = normalize(seed);
  if (!nu || !ns) return false;
  auto u = parse_url(*nu);
  auto s = parse_url(*ns);
  if (!u || !s) return false;
  if (host_without_www(u->host) != host_without_www(s->host)) return false;
  // Default ports are gone after normalisation; any other port must match.
  if (u->has_port != s->has_port || u->port != s->port) return false;
  if (mode == ScopeMode::PathPrefix) {
    std::string prefix = scope_path_prefix(s->path);
    const std::string& path = u->path;
    bool inside = path.starts_with(prefix) || path + "/" == prefix;
    if (!inside) return false;
  }
  return true;
}

}  // namespace wt::audit
