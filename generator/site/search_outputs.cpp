#include "site/search_outputs.hpp"

#include <map>

#include "core/date.hpp"
#include "search/html_text.hpp"

namespace wt::site {
namespace {

// Code points of the excerpt a result shows.
constexpr std::size_t kExcerptCodePoints = 160;

const content::Section* shown_section(const content::Page& p) {
  const content::Section* s = p.section;
  if (p.is_section_index && s) s = s->parent;
  return s && s->parent ? s : nullptr;
}

search::Document page_document(const LoadedSite& site, const content::Page& p) {
  search::Document d;
  d.url = site.views->url(p.url);
  d.title = p.fm.title;
  if (p.fm.date) d.date = format_vn_date(*p.fm.date);
  if (const content::Section* s = shown_section(p)) d.section = s->title;
  std::string summary = p.fm.summary;
  if (auto it = site.rendered.find(&p); it != site.rendered.end()) {
    d.text = search::html_text(it->second.html);
    if (summary.empty()) summary = it->second.summary;
  }
  d.excerpt = search::cut_text(summary, kExcerptCodePoints);
  return d;
}

}  // namespace

std::vector<search::Document> search_documents(const LoadedSite& site) {
  std::vector<search::Document> docs;
  if (!site.tree || !site.views) return docs;
  std::map<std::string, std::size_t> by_url;  // standing pages, for the data pages in their place
  for (const auto& p : site.tree->pages) {
    if (p->has_date()) continue;
    by_url[p->url] = docs.size();
    docs.push_back(page_document(site, *p));
  }
  for (const auto& dp : site.data_pages) {
    if (auto it = by_url.find(dp.url); it != by_url.end()) {
      docs[it->second].title = dp.title;
      continue;
    }
    search::Document d;
    d.url = site.views->url(dp.url);
    d.title = dp.title;
    if (dp.crumbs.size() > 0) d.section = dp.crumbs.back().first;
    docs.push_back(std::move(d));
  }
  for (const content::Page* p : site.tree->dated) docs.push_back(page_document(site, *p));
  return docs;
}

std::shared_ptr<const search::IndexFiles> build_search_index(const LoadedSite& site, ThreadPool* pool) {
  return std::make_shared<const search::IndexFiles>(search::build_index(search_documents(site), {}, pool));
}

}  // namespace wt::site
