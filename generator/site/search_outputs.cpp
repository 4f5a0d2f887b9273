#include "site/search_outputs.hpp"

#include <atomic>
#include <map>

#include "core/date.hpp"
#include "core/parallel.hpp"
#include "core/thread_pool.hpp"
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

std::string page_text(const LoadedSite& site, const content::Page& p) {
  auto it = site.rendered.find(&p);
  return it == site.rendered.end() ? std::string() : search::html_text(it->second.html);
}

search::Document page_document(const LoadedSite& site, const content::Page& p, bool with_text) {
  search::Document d;
  d.url = site.views->url(p.url);
  d.title = p.fm.title;
  if (p.fm.date) d.date = format_vn_date(*p.fm.date);
  if (const content::Section* s = shown_section(p)) d.section = s->title;
  std::string summary = p.fm.summary;
  if (auto it = site.rendered.find(&p); it != site.rendered.end()) {
    if (with_text) d.text = search::html_text(it->second.html);
    if (summary.empty()) summary = it->second.summary;
  }
  d.excerpt = search::cut_text(summary, kExcerptCodePoints);
  return d;
}

// The documents, and the page each one reads its text from (null: none).
struct Collected {
  std::vector<search::Document> docs;
  std::vector<const content::Page*> pages;
};

Collected collect(const LoadedSite& site, ThreadPool* pool, bool with_text) {
  Collected c;
  auto& docs = c.docs;
  if (!site.tree || !site.views) return c;
  // The pages in order (standing, then dated), read in parallel: a page's
  // text, when asked for, is the costly part (html_text of its rendered HTML).
  std::vector<const content::Page*> standing;
  for (const auto& p : site.tree->pages)
    if (!p->has_date()) standing.push_back(p.get());
  std::vector<search::Document> pages(standing.size() + site.tree->dated.size());
  auto read = [&](std::size_t i) {
    const content::Page* p = i < standing.size() ? standing[i] : site.tree->dated[i - standing.size()];
    pages[i] = page_document(site, *p, with_text);
  };
  if (pool) {
    parallel_for(*pool, pages.size(), read);
  } else {
    for (std::size_t i = 0; i < pages.size(); ++i) read(i);
  }
  std::map<std::string, std::size_t> by_url;  // standing pages, for the data pages in their place
  for (std::size_t i = 0; i < standing.size(); ++i) {
    by_url[standing[i]->url] = docs.size();
    docs.push_back(std::move(pages[i]));
    c.pages.push_back(standing[i]);
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
    c.pages.push_back(nullptr);
  }
  for (std::size_t i = standing.size(); i < pages.size(); ++i) {
    docs.push_back(std::move(pages[i]));
    c.pages.push_back(site.tree->dated[i - standing.size()]);
  }
  return c;
}

}  // namespace

std::vector<search::Document> search_documents(const LoadedSite& site, ThreadPool* pool) {
  return collect(site, pool, true).docs;
}

std::shared_ptr<const search::IndexFiles> build_search_index(const LoadedSite& site, ThreadPool* pool,
                                                             const std::function<bool()>& stop) {
  // Each page's text is taken from its HTML as the index reads it, and dropped after.
  const Collected c = collect(site, pool, false);
  search::IndexOptions options;
  std::atomic<bool> stopped{false};
  options.cancelled = &stopped;
  if (stop)
    options.stop = [&] {
      if (!stopped.load(std::memory_order_relaxed) && stop()) stopped.store(true, std::memory_order_relaxed);
      return stopped.load(std::memory_order_relaxed);
    };
  options.text_of = [&](std::size_t i) {
    if (stop && (stopped.load(std::memory_order_relaxed) || (i % 32 == 0 && stop()))) {
      stopped.store(true, std::memory_order_relaxed);
      return std::string();  // the rest read fast, and the index is thrown away
    }
    return c.pages[i] ? page_text(site, *c.pages[i]) : std::string();
  };
  auto index = std::make_shared<const search::IndexFiles>(search::build_index(c.docs, options, pool));
  if (stopped.load()) return nullptr;
  return index;
}

}  // namespace wt::site
