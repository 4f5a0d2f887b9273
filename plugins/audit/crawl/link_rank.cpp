#include "audit/crawl/link_rank.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <vector>

#include "audit/crawl/article_detect.hpp"

namespace wt::audit {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

/// The path and the query of an absolute or root-relative URL, lower-cased,
/// without the fragment.
std::pair<std::string, std::string> path_and_query(std::string_view url) {
  std::string u = lower(url.substr(0, url.find('#')));
  size_t from = 0;
  if (size_t scheme = u.find("://"); scheme != std::string::npos) {
    from = u.find('/', scheme + 3);
    if (from == std::string::npos) return {"/", ""};
  }
  size_t q = u.find('?', from);
  if (q == std::string::npos) return {u.substr(from), ""};
  return {u.substr(from, q - from), u.substr(q + 1)};
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    if (end > start) out.emplace_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

/// Path segments, and those of a `op=` / `nv=` query value read as a path
/// (index.php?nv=news&op=tag/abc: a CMS without URL rewriting).
std::vector<std::string> segments(const std::string& path, const std::string& query) {
  std::vector<std::string> out = split(path, '/');
  for (const std::string& pair : split(query, '&')) {
    size_t eq = pair.find('=');
    if (eq == std::string::npos) continue;
    std::string value = pair.substr(eq + 1);
    for (size_t p; (p = value.find("%2f")) != std::string::npos;) value.replace(p, 3, "/");
    for (auto& s : split(value, '/')) out.push_back(s);
  }
  return out;
}

bool is_search(const std::vector<std::string>& segs, const std::string& query) {
  for (const auto& s : segs)
    if (s == "search" || s == "tim-kiem" || s == "timkiem") return true;
  for (const std::string& pair : split(query, '&')) {
    const std::string key = pair.substr(0, pair.find('='));
    if (key == "s" || key == "q" || key == "keyword" || key == "keywords" || key == "search" || key == "q_search")
      return true;
  }
  return false;
}

/// A category, topic or author list (not a tag: is_tag).
bool is_taxonomy(const std::vector<std::string>& segs) {
  for (const auto& s : segs)
    if (s == "category" || s == "categories" || s == "chuyen-muc" || s == "danh-muc" || s == "author" ||
        s == "tac-gia" || s == "topic" || s == "topics" || s == "groups")
      return true;
  return false;
}

/// Whether `url` is a page of the list at `list` (/chuyen-muc/a/trang/2/ of
/// /chuyen-muc/a/): their first two path segments are the same.
bool same_list(std::string_view url, std::string_view list) {
  auto [p1, q1] = path_and_query(url);
  auto [p2, q2] = path_and_query(list);
  const auto a = segments(p1, q1), b = segments(p2, q2);
  return a.size() >= 2 && b.size() >= 2 && std::equal(a.begin(), a.begin() + 2, b.begin());
}

bool is_tag(const std::vector<std::string>& segs) {
  for (const auto& s : segs)
    if (s == "tag" || s == "tags" || s == "the" || s == "tu-khoa") return true;
  return false;
}

}  // namespace

UrlShape url_shape(std::string_view url) {
  auto [path, query] = path_and_query(url);
  const auto segs = segments(path, query);
  if (is_search(segs, query)) return UrlShape::Search;
  if (is_tag(segs)) return UrlShape::Tag;
  if (is_listing_url(url)) return UrlShape::Listing;
  return UrlShape::Page;
}

bool repeats_segment(std::string_view url) {
  const auto segs = split(path_and_query(url).first, '/');
  std::set<std::string_view> seen;
  for (const auto& s : segs)
    if (!seen.insert(s).second) return true;
  return false;
}

bool is_duplicate_view(std::string_view url) {
  auto [path, query] = path_and_query(url);
  for (const auto& s : segments(path, query))
    if (s == "print" || s == "in" || s == "savefile" || s == "sendmail" || s == "amp") return true;
  for (const std::string& pair : split(query, '&'))
    if (pair == "print=1" || pair == "print=true" || pair == "view=print" || pair == "output=amp" ||
        pair == "amp=1" || pair == "amp")
      return true;
  return false;
}

std::string article_token(std::string_view url) {
  auto [path, query] = path_and_query(url);
  auto segs = segments(path, query);
  if (segs.empty()) return "";
  std::string last = segs.back();
  for (std::string_view ext : {".html", ".htm", ".php", ".aspx"})
    if (last.size() > ext.size() && last.compare(last.size() - ext.size(), ext.size(), ext) == 0)
      last.resize(last.size() - ext.size());
  const size_t dash = last.rfind('-');
  if (dash == std::string::npos || dash < 3 || dash + 1 == last.size()) return "";
  for (size_t i = dash + 1; i < last.size(); ++i)
    if (!std::isdigit(static_cast<unsigned char>(last[i]))) return "";
  return last;
}

namespace {
constexpr int kStaleRank = 44;
constexpr int kSectionLinks = 5;  ///< Links of a section page ranked 25 to 29.
}  // namespace

int link_rank(std::string_view url, const LinkContext& where) {
  if (where.origin == LinkOrigin::Seed) return 0;
  int rank = 40;
  if (where.origin == LinkOrigin::Sitemap || where.origin == LinkOrigin::Feed) {
    if (where.stale) {
      rank = kStaleRank;
    } else if (where.dated) {
      rank = 40;
    } else {
      auto [path, query] = path_and_query(url);
      const auto segs = segments(path, query);
      switch (url_shape(url)) {
        case UrlShape::Search: rank = 45; break;
        case UrlShape::Tag: rank = 35; break;
        case UrlShape::Listing: rank = is_taxonomy(segs) ? 32 : 31; break;
        case UrlShape::Page: rank = 31; break;
      }
    }
  } else {
    switch (url_shape(url)) {
      case UrlShape::Search: rank = 45; break;
      case UrlShape::Tag: rank = 35; break;
      case UrlShape::Listing:
        if (where.from_listing && where.stale) {
          rank = 30;  // the next page of an old list is older still
        } else if (!where.in_nav && is_taxonomy(segments(path_and_query(url).first, path_and_query(url).second)) &&
                   !same_list(url, where.list_url)) {
          rank = 32;
        } else {
          rank = (where.from_home || where.in_nav || where.from_listing) ? 10 : 20;
        }
        break;
      case UrlShape::Page:
        if (where.in_nav) rank = where.from_home ? 15 : where.from_article ? 35 : 20;
        else if (where.from_home) rank = 12;
        else if (where.from_listing) rank = where.stale ? kStaleRank : where.fresh ? 28 : 30;
        else if (where.from_section && where.position < kSectionLinks) rank = 25 + where.position;
        break;
    }
  }
  if (repeats_segment(url) || is_duplicate_view(url)) rank += 30;
  return rank;
}

bool finds_pages(std::string_view url, const LinkContext& where) {
  if (where.origin == LinkOrigin::Seed) return true;
  if (where.origin != LinkOrigin::Page) return false;
  return where.in_nav || url_shape(url) == UrlShape::Listing;
}

std::string LinkErrors::folder(std::string_view url) {
  std::string path = path_and_query(url).first;
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "/" : path.substr(0, slash + 1);
}

void LinkErrors::record(std::string_view url, bool ok) {
  std::string key = folder(url);
  auto it = folders_.find(key);
  if (it == folders_.end()) {
    if (folders_.size() >= max_) return;
    it = folders_.emplace(std::move(key), Counts{}).first;
  }
  (ok ? it->second.ok : it->second.failed) += 1;
}

int LinkErrors::penalty(std::string_view url) const {
  auto it = folders_.find(folder(url));
  if (it == folders_.end()) return 0;
  return it->second.failed > 0 && it->second.failed > it->second.ok ? kPenalty : 0;
}

}  // namespace wt::audit
