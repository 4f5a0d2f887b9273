#include "portal/portal_search.hpp"

#include <algorithm>

#include "core/base_path.hpp"
#include "portal/member_search.hpp"
#include "regulations/school_type.hpp"
#include "search/index_builder.hpp"

namespace fs = std::filesystem;

namespace wt::portal {
namespace {

// A relative folder of the output that stays inside it: segments that are
// not empty, "." or "..", and no backslash or NUL.
bool safe_folder(const std::string& rel) {
  if (rel.empty() || rel.back() != '/' || rel.find('\\') != std::string::npos || rel.find('\0') != std::string::npos)
    return false;
  size_t start = 0;
  while (start < rel.size()) {
    const size_t slash = rel.find('/', start);
    const std::string seg = rel.substr(start, slash - start);
    if (seg.empty() || seg == "." || seg == "..") return false;
    start = slash + 1;
  }
  return true;
}

// "05/09/2025" as 20250905, 0 when it is not a day.
int day_key(const std::string& date) {
  if (date.size() != 10 || date[2] != '/' || date[5] != '/') return 0;
  int key = 0;
  for (const size_t i : {6, 7, 8, 9, 3, 4, 0, 1}) {
    if (date[i] < '0' || date[i] > '9') return 0;
    key = key * 10 + (date[i] - '0');
  }
  return key;
}

void add_part(std::string& text, const std::string& part) {
  if (part.empty()) return;
  if (!text.empty()) text += ". ";
  text += part;
}

// The school itself, as the directory lists it; `home`: its address as
// the portal's pages link to it (a path on the portal's host).
search::Document school_document(const MemberReport& m, const std::string& home) {
  search::Document d;
  d.url = home;
  d.title = m.name;
  d.section = "Danh bạ trường học";
  const std::string type = regulations::school_type_name(m.school_type);
  for (const std::string* part : {&type, &m.commune, &m.managing_body, &m.address}) add_part(d.excerpt, *part);
  d.text = d.excerpt;
  for (const std::string* part : {&m.phone, &m.email}) add_part(d.text, *part);
  return d;
}

// The member's own pages, as the portal's index shows them; its home page
// is the school's entry (what it says is added to the entry's text).
void add_member_pages(const MemberReport& m, std::vector<search::Document> pages, search::Document& school,
                      std::vector<search::Document>& standing, std::vector<std::pair<int, search::Document>>& dated) {
  // A member on its own host lists its pages by path on that host; one
  // under a path, by paths under it. Anything else is not an address of the
  // member's (another site: "//host/", "https:"): left out.
  const std::string origin = m.host.empty() ? "" : "https://" + m.host;
  const std::string home = m.host.empty() ? school.url : "/";
  for (auto& d : pages) {
    if (!d.url.starts_with(home) || d.url.starts_with("//")) continue;
    if (origin + d.url == school.url) {
      add_part(school.text, d.excerpt);
      continue;
    }
    d.url = origin + d.url;
    d.text = m.name;
    add_part(d.text, d.section);
    add_part(d.text, d.excerpt);
    d.section = d.section.empty() ? m.name : m.name + " · " + d.section;
    const int day = day_key(d.date);
    if (day) dated.emplace_back(day, std::move(d));
    else standing.push_back(std::move(d));
  }
}

}  // namespace

std::string member_folder(const MemberReport& m, const std::string& portal_base_url) {
  std::string rel;
  if (!m.host.empty()) rel = "hosts/" + m.host + "/";
  else if (m.url.size() > portal_base_url.size() && m.url.starts_with(portal_base_url))
    rel = "www/" + m.url.substr(portal_base_url.size());
  return safe_folder(rel) ? rel : "";
}

std::vector<search::Document> portal_search_documents(const PortalReport& report, const fs::path& root,
                                                      DiagnosticSink& sink) {
  std::vector<search::Document> docs, standing;
  std::vector<std::pair<int, search::Document>> dated;
  const std::string base_path = base_path_of(report.base_url);
  for (const auto& m : report.members) {
    const std::string rel = member_folder(m, report.base_url);
    docs.push_back(school_document(m, m.host.empty() && !rel.empty() ? base_path + rel.substr(4) : m.url));
    if (rel.empty()) continue;
    std::string why;
    auto pages = read_member_documents(root / rel, &why);
    if (!pages) {
      sink.warning({rel + "search/", 0, 0}, "portal.search",
                   "the search index of member '" + m.slug + "' cannot be read (" + why +
                       "): its pages are left out of the portal's search");
      continue;
    }
    add_member_pages(m, std::move(*pages), docs.back(), standing, dated);
  }
  std::stable_sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  docs.reserve(docs.size() + standing.size() + dated.size());
  for (auto& d : standing) docs.push_back(std::move(d));
  for (auto& [day, d] : dated) docs.push_back(std::move(d));
  return docs;
}

std::map<std::string, std::string> portal_search_files(const PortalReport& report, const fs::path& root,
                                                       ThreadPool* pool, DiagnosticSink& sink) {
  const auto docs = portal_search_documents(report, root, sink);
  return search::build_index(docs, {}, pool).files;
}

}  // namespace wt::portal
