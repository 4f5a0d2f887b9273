#include "search/index_builder.hpp"

#include <algorithm>
#include <span>

#include "core/parallel.hpp"
#include "core/thread_pool.hpp"
#include "search/json_text.hpp"
#include "search/postings.hpp"
#include "search/shard_split.hpp"

namespace wt::search {
namespace {

using detail::key_of;
using detail::Postings;
using detail::PostingsReader;

// The postings of docs [begin, end).
void read_range(const std::vector<Document>& docs, const IndexOptions& opt, std::size_t begin, std::size_t end,
                PostingsReader& out) {
  for (std::size_t i = begin; i < end; ++i) {
    if (opt.text_of) {
      const std::string text = opt.text_of(i);
      out.add(static_cast<std::uint32_t>(i), docs[i].title, text);
    } else {
      out.add(static_cast<std::uint32_t>(i), docs[i].title, docs[i].text);
    }
  }
}

Postings read_all(const std::vector<Document>& docs, const IndexOptions& opt, ThreadPool* pool) {
  const std::size_t threads = pool ? static_cast<std::size_t>(std::max(1, pool->concurrency())) : 1;
  const std::size_t parts = std::max<std::size_t>(1, std::min(threads, docs.size() / 64));
  std::vector<PostingsReader> partial(parts);
  auto run = [&](std::size_t k) {
    read_range(docs, opt, docs.size() * k / parts, docs.size() * (k + 1) / parts, partial[k]);
  };
  if (parts == 1 || !pool) {
    for (std::size_t k = 0; k < parts; ++k) run(k);
  } else {
    parallel_for(*pool, parts, run);
  }
  if (opt.stop && opt.stop()) return {};
  return detail::merge_postings(partial, opt.stop);
}

// [doc, count, positions...] per document of a flattened (doc, position) list.
void append_positions(std::string& out, std::span<const std::uint32_t> flat) {
  out += '[';
  std::uint32_t prev_doc = 0;
  for (std::size_t i = 0; i < flat.size();) {
    const std::uint32_t doc = flat[i];
    std::size_t j = i;
    while (j < flat.size() && flat[j] == doc) j += 2;
    if (i) out += ',';
    append_number(out, doc - prev_doc);
    out += ',';
    append_number(out, (j - i) / 2);
    std::uint32_t prev_pos = 0;
    for (std::size_t k = i; k < j; k += 2) {
      out += ',';
      append_number(out, flat[k + 1] - prev_pos);
      prev_pos = flat[k + 1];
    }
    prev_doc = doc;
    i = j;
  }
  out += ']';
}

class Writer {
 public:
  Writer(const std::vector<Document>& docs, const Postings& p, const IndexOptions& opt, ThreadPool* pool,
         IndexFiles& out)
      : docs_(docs), p_(p), opt_(opt), pool_(pool), out_(out) {}

  /// True once options.stop said so (the files are then thrown away).
  bool gave_up() {
    if (gave_up_.load(std::memory_order_relaxed)) return true;
    if (opt_.stop && opt_.stop()) gave_up_.store(true, std::memory_order_relaxed);
    return gave_up_.load(std::memory_order_relaxed);
  }

  void run() {
    out_.documents = docs_.size();
    out_.words = p_.words.size();
    out_.pairs = p_.pairs.size();
    const auto word_prefixes = write_words();
    if (gave_up()) return;
    const auto pair_prefixes = write_pairs();
    if (gave_up()) return;
    write_documents();
    std::string m = "{\"v\":1,\"n\":";
    append_number(m, docs_.size());
    m += ",\"c\":";
    append_number(m, opt_.docs_per_chunk);
    m += ",\"w\":" + word_prefixes + ",\"p\":" + pair_prefixes + "}\n";
    out_.files["manifest.json"] = std::move(m);
  }

 private:
  // Keys (sorted) with their weights, and the shards of them, written as
  // `dir`N.json by `entry` (shards built on the pool); returns the JSON
  // list of the shards' prefixes.
  template <class Entry>
  std::string write_shards(const char* dir, const std::vector<std::pair<std::string, std::uint32_t>>& keyed,
                           const std::vector<std::uint64_t>& weight, std::uint64_t cap, Entry entry) {
    std::vector<ShardTerm> terms;
    terms.reserve(keyed.size());
    for (const auto& [key, id] : keyed) terms.push_back({key, weight[id]});
    const auto shards = split_shards(terms, cap);
    std::vector<std::string> jsons(shards.size());
    auto write = [&](std::size_t s) {
      if (s % 16 == 0 ? gave_up() : gave_up_.load(std::memory_order_relaxed)) return;
      std::string& json = jsons[s];
      json = "{";
      for (std::size_t i = shards[s].begin; i < shards[s].end; ++i) {
        if (i > shards[s].begin) json += ',';
        append_json_string(json, keyed[i].first);
        json += ':';
        entry(json, keyed[i].second);
      }
      json += "}\n";
    };
    if (pool_) {
      parallel_for(*pool_, shards.size(), write);
    } else {
      for (std::size_t s = 0; s < shards.size(); ++s) write(s);
    }
    std::string prefixes = "[";
    for (std::size_t s = 0; s < shards.size(); ++s) {
      if (s) prefixes += ',';
      append_json_string(prefixes, shards[s].prefix);
      out_.files[std::string(dir) + std::to_string(s) + ".json"] = std::move(jsons[s]);
    }
    return prefixes + "]";
  }

  std::string write_words() {
    // The variants of each word, as flat lists (count, then fill).
    detail::FlatLists variants;
    variants.start.assign(p_.words.size() + 1, 0);
    std::vector<std::uint64_t> weight(p_.words.size());
    for (std::uint32_t v = 0; v < p_.variants.size(); ++v) {
      const auto w = static_cast<std::uint32_t>(p_.variants[v] >> 32);
      ++variants.start[w + 1];
      weight[w] += p_.variant_docs[v].size();
    }
    for (std::size_t w = 1; w < variants.start.size(); ++w) variants.start[w] += variants.start[w - 1];
    variants.items.resize(p_.variants.size());
    {
      std::vector<std::uint32_t> at(variants.start.begin(), variants.start.end() - 1);
      for (std::uint32_t v = 0; v < p_.variants.size(); ++v) variants.items[at[p_.variants[v] >> 32]++] = v;
    }
    std::vector<std::pair<std::string, std::uint32_t>> keyed;
    for (std::uint32_t w = 0; w < p_.words.size(); ++w) {
      weight[w] += p_.in_title[w].size();
      keyed.emplace_back(p_.words[w], w);
    }
    std::sort(keyed.begin(), keyed.end());
    return write_shards("w/", keyed, weight, opt_.word_shard_postings, [&](std::string& json, std::uint32_t w) {
      std::span<std::uint32_t> vs(variants.items.data() + variants.start[w], variants.items.data() + variants.start[w + 1]);
      std::sort(vs.begin(), vs.end(), [&](std::uint32_t a, std::uint32_t b) { return spelling(a) < spelling(b); });
      json += "{";
      if (!p_.in_title[w].empty()) {
        json += "\"t\":";
        append_deltas(json, p_.in_title[w]);
        json += ',';
      }
      json += "\"v\":{";
      for (std::size_t i = 0; i < vs.size(); ++i) {
        if (i) json += ',';
        append_json_string(json, spelling(vs[i]));
        json += ':';
        append_deltas(json, p_.variant_docs[vs[i]]);
      }
      json += "}}";
    });
  }

  const std::string& spelling(std::uint32_t variant) const {
    return p_.spellings[static_cast<std::uint32_t>(p_.variants[variant])];
  }

  // Pairs sorted as their keys "fold fold" sort: by first word, then by
  // second (' ' sorts before any letter or digit), compared as ranks.
  std::string write_pairs() {
    std::vector<std::uint32_t> by_fold(p_.words.size()), rank(p_.words.size());
    for (std::uint32_t w = 0; w < by_fold.size(); ++w) by_fold[w] = w;
    std::sort(by_fold.begin(), by_fold.end(), [&](std::uint32_t a, std::uint32_t b) { return p_.words[a] < p_.words[b]; });
    for (std::uint32_t r = 0; r < by_fold.size(); ++r) rank[by_fold[r]] = r;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> order(p_.pairs.size());
    std::vector<std::uint64_t> weight(p_.pairs.size());
    for (std::uint32_t i = 0; i < p_.pairs.size(); ++i) {
      const std::uint64_t k = p_.pairs[i];
      order[i] = {key_of(rank[static_cast<std::uint32_t>(k >> 32)], rank[static_cast<std::uint32_t>(k)]), i};
      weight[i] = (p_.pair_body[i].size() + p_.pair_title[i].size()) / 2;
    }
    std::sort(order.begin(), order.end());
    std::vector<std::pair<std::string, std::uint32_t>> keyed;
    keyed.reserve(order.size());
    for (const auto& [k, i] : order) {
      const std::uint64_t pair = p_.pairs[i];
      const std::string& a = p_.words[static_cast<std::uint32_t>(pair >> 32)];
      const std::string& b = p_.words[static_cast<std::uint32_t>(pair)];
      std::string key;
      key.reserve(a.size() + 1 + b.size());
      key.append(a).append(1, ' ').append(b);
      keyed.emplace_back(std::move(key), i);
    }
    return write_shards("p/", keyed, weight, opt_.pair_shard_postings, [&](std::string& json, std::uint32_t i) {
      json += "{";
      bool comma = false;
      if (!p_.pair_body[i].empty()) {
        json += "\"b\":";
        append_positions(json, p_.pair_body[i]);
        comma = true;
      }
      if (!p_.pair_title[i].empty()) {
        if (comma) json += ',';
        json += "\"t\":";
        append_positions(json, p_.pair_title[i]);
      }
      json += "}";
    });
  }

  void write_documents() {
    const std::size_t per = std::max<std::size_t>(1, opt_.docs_per_chunk);
    for (std::size_t first = 0, n = 0; first < docs_.size(); first += per, ++n) {
      std::string json = "[";
      for (std::size_t i = first; i < docs_.size() && i < first + per; ++i) {
        const Document& d = docs_[i];
        if (i > first) json += ",\n";
        json += '[';
        for (const std::string* f : {&d.url, &d.title, &d.date, &d.section, &d.excerpt}) {
          if (f != &d.url) json += ',';
          append_json_string(json, *f);
        }
        json += ']';
      }
      json += "]\n";
      out_.files["d/" + std::to_string(n) + ".json"] = std::move(json);
    }
  }

  const std::vector<Document>& docs_;
  const Postings& p_;
  const IndexOptions& opt_;
  ThreadPool* pool_;
  IndexFiles& out_;
  std::atomic<bool> gave_up_{false};
};

}  // namespace

IndexFiles build_index(const std::vector<Document>& docs, const IndexOptions& options, ThreadPool* pool) {
  const Postings postings = read_all(docs, options, pool);
  IndexFiles files;
  if (options.cancelled && options.cancelled->load()) return files;
  if (options.stop && options.stop()) return files;
  Writer writer(docs, postings, options, pool, files);
  writer.run();
  if (writer.gave_up()) return IndexFiles();
  return files;
}

}  // namespace wt::search
