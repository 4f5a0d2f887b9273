// The search index of a set of documents, as the files the browser reads
// (the format is in docs/search.md; the reader is the theme's js/search.js):
//
//   manifest.json  {"v":1,"n":docs,"c":docs per chunk,"w":[word shard prefixes],"p":[pair shard prefixes]}
//   w/N.json       words: {"fold":{"t":[docs with it in the title],"v":{"spelling":[docs]}}}
//   p/N.json       pairs of neighbouring words: {"fold fold":{"b":[doc,count,positions...],"t":[...]}}
//   d/N.json       documents N*c .. N*c+c-1: [[url,title,date,section,excerpt],...]
//
// Documents are numbered in the order given (a site gives them newest
// first: the order of equal results). Lists of documents and of positions
// are delta-coded; everything is plain JSON so that gzip or brotli on the
// server does the compression. Words are folded (diacritics and case gone)
// and kept with their spelling (core's spelling_key) for ranking; pairs
// hold the position of each occurrence, so that a phrase of any length is
// found exactly.
//
// Documents are read in parallel on `pool` (contiguous ranges, merged in
// order), so the result does not depend on the number of threads.
//
//   auto files = wt::search::build_index(docs, {}, &pool);
//   for (const auto& [rel, bytes] : files.files) writer.write("search/" + rel, bytes);
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "search/document.hpp"

namespace wt {
class ThreadPool;
}

namespace wt::search {

struct IndexOptions {
  /// Postings a shard holds before it is split by a longer prefix (a word
  /// found in every page of a 10,000-page site is one shard of its own).
  std::uint64_t word_shard_postings = 8000;
  std::uint64_t pair_shard_postings = 3000;
  std::size_t docs_per_chunk = 16;  ///< documents per d/N.json
  /// When set, the text of document i is text_of(i) instead of docs[i].text,
  /// asked once per document on the reading thread and dropped once read: a
  /// site gives its pages' text this way, so the text of every page is never
  /// held at once.
  std::function<std::string(std::size_t)> text_of;
  /// When set and true once the documents are read, build_index returns no
  /// files (the caller gave up: text_of may have answered "" meanwhile).
  const std::atomic<bool>* cancelled = nullptr;
  /// When set, asked between the steps that follow the reading (the word,
  /// pair and document files, and every few shards; from the pool's
  /// threads): once it says true, build_index returns no files.
  std::function<bool()> stop;
};

struct IndexFiles {
  std::map<std::string, std::string> files;  ///< "manifest.json", "w/0.json" ... -> bytes
  std::size_t documents = 0, words = 0, pairs = 0;
};

/// The index of `docs`; `pool` may be null (one thread).
IndexFiles build_index(const std::vector<Document>& docs, const IndexOptions& options, ThreadPool* pool);
}  // namespace wt::search
