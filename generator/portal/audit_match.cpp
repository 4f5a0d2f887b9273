#include "portal/audit_match.hpp"

#include <algorithm>
#include <cctype>
#include <map>

namespace wt::portal {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::optional<std::string> site_key(std::string_view url) {
  const size_t colon = url.find("://");
  if (colon == std::string_view::npos) return std::nullopt;
  const std::string scheme = lower(url.substr(0, colon));
  if (scheme != "http" && scheme != "https") return std::nullopt;
  std::string_view rest = url.substr(colon + 3);
  rest = rest.substr(0, rest.find_first_of("?#"));
  const size_t slash = rest.find('/');
  std::string host = lower(rest.substr(0, slash));
  std::string path = slash == std::string_view::npos ? "" : std::string(rest.substr(slash));
  if (host.empty() || host.find('@') != std::string::npos) return std::nullopt;
  const std::string default_port = scheme == "http" ? ":80" : ":443";
  if (host.size() > default_port.size() && host.ends_with(default_port)) host.resize(host.size() - default_port.size());
  if (path.ends_with("/index.html")) path.resize(path.size() - 10);
  while (!path.empty() && path.back() == '/') path.pop_back();
  return scheme + "://" + host + path;
}

std::vector<const AuditSnapshot*> match_audits(const PortalReport& report, const std::vector<AuditSnapshot>& audits) {
  std::map<std::string, const AuditSnapshot*> by_key;
  for (const auto& a : audits) {
    auto key = site_key(a.site_url);
    if (!key) continue;
    // Two recorded URLs of one place ("/thcs" and "/thcs/"): the newer crawl wins.
    auto [it, fresh] = by_key.emplace(*key, &a);
    if (!fresh &&
        (a.started > it->second->started || (a.started == it->second->started && a.crawl_id > it->second->crawl_id)))
      it->second = &a;
  }
  std::vector<const AuditSnapshot*> out;
  for (const auto& m : report.members) {
    auto key = site_key(m.url);
    auto it = key ? by_key.find(*key) : by_key.end();
    out.push_back(it == by_key.end() ? nullptr : it->second);
  }
  return out;
}

}  // namespace wt::portal
