// open_history: which adapter a --db target names, and the one-call helpers.
#include "audit/report/history.hpp"

#include <cctype>

namespace wt::audit {

bool is_postgres_url(const std::string& target) {
  std::string scheme;
  for (char c : target.substr(0, target.find("://")))
    scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return target.find("://") != std::string::npos && (scheme == "postgresql" || scheme == "postgres");
}

std::unique_ptr<HistoryStore> open_history(const std::string& target) {
  if (is_postgres_url(target)) return make_postgres_history(target);
  return make_sqlite_history(target);
}

std::string redact_url(const std::string& in) {
  // A password given as a parameter (libpq's ?password=...) is hidden too.
  std::string url = in;
  for (size_t p = url.find("password="); p != std::string::npos; p = url.find("password=", p + 1)) {
    if (p == 0 || (url[p - 1] != '?' && url[p - 1] != '&')) continue;
    const size_t value = p + 9, end = url.find_first_of("&#", value);
    url.replace(value, end == std::string::npos ? std::string::npos : end - value, "***");
  }
  const size_t scheme = url.find("://");
  if (scheme == std::string::npos) return url;
  const size_t start = scheme + 3;
  const size_t end = url.find_first_of("/?#", start);
  const std::string authority = url.substr(start, end == std::string::npos ? std::string::npos : end - start);
  const size_t at = authority.rfind('@');
  if (at == std::string::npos) return url;
  const size_t colon = authority.find(':');
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, start) + authority.substr(0, colon) + ":***" + authority.substr(at) +
         (end == std::string::npos ? "" : url.substr(end));
}

RecordResult record(const std::string& target, const std::vector<SiteResult>& sites, const std::string& started_at,
                    const std::string& rules, const std::string& rubric) {
  return open_history(target)->record(sites, started_at, rules, rubric);
}

HistoryResult history(const std::string& target, const std::string& site_url) {
  return open_history(target)->history(site_url);
}

}  // namespace wt::audit
