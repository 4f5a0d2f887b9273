// The search of a site: its documents (site/ knows pages, sections and data
// pages; search/ knows only documents), and the index built from them,
// which the plan publishes as search/* outputs (OutputKind::SearchIndex)
// beside the results page tim-kiem/index.html (OutputKind::SearchPage).
//
//   auto index = wt::site::build_search_index(site, &pool);
//   index->files.at("manifest.json")
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "search/document.hpp"
#include "search/index_builder.hpp"
#include "site/load_site.hpp"

namespace wt::site {

/// Where the index is published, and the results page.
inline constexpr const char* kSearchIndexDir = "search/";
inline constexpr const char* kSearchPage = "tim-kiem/index.html";

/// One document per published page (its text, title, section, date and
/// summary) and per page built from data (its title; a section's _index.md
/// shown on it gives its text). Standing pages first (in the order of the
/// site map), then dated pages newest first: the order of equal results.
/// URLs are as published (base path included). Pages are read on `pool`
/// when given (the result is the same).
std::vector<search::Document> search_documents(const LoadedSite& site, ThreadPool* pool = nullptr);

/// The index of search_documents(site), built on `pool` (may be null).
/// When `stop` is given and says true while pages are read, null (asked
/// every few pages, from the pool's threads).
std::shared_ptr<const search::IndexFiles> build_search_index(const LoadedSite& site, ThreadPool* pool,
                                                             const std::function<bool()>& stop = {});

}  // namespace wt::site
