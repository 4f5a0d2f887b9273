// How early a link of a site is worth fetching (issue 14, part 2): the rank
// the crawl's frontier (frontier.hpp) orders pages by, lower first. A rank
// comes from where the link was found and the shape of its URL, never from
// a guess about one CMS:
//
//   0   the seed (home page)
//   10  a list URL (pagination, category, archive) found on the home page,
//       in a menu or on another list
//   12  a link the home page shows outside its menu (its latest articles:
//       the newest posts of the window)
//   15  a menu link of the home page (the sections)
//   20  any other menu link (but on an article); a list URL found elsewhere
//   25  one of the first five links a section page shows outside its menus
//       (a menu page that lists no articles: /cong-khai/ leads to the
//       disclosures of each school year), 25 to 29 in their order
//   28  an article a list page dates inside the posting window (the date
//       on its card, listed_dates.hpp)
//   30  a link a list page shows: the articles it lists; a list URL found
//       on a stale list (below)
//   31  a sitemap or feed entry that no date comes with (<lastmod> only):
//       after the articles the lists show, which are the newest
//   32  a category or author list met outside a menu, other than the next
//       pages of the list it is met on (the category of each card, of each
//       article, of a site map page: it lists again the articles the main
//       lists show)
//   35  a tag page (it lists articles that other lists show too); a page
//       an article links in a menu of its own (its previous and next
//       articles, whatever their dates: the site's menus were met first)
//   40  any other link; a sitemap or feed entry already dated (the page
//       would only confirm what the crawl knows)
//   44  a stale page: known to be older than the posting window, so never a
//       post the audit counts (a sitemap entry whose <lastmod> is before the
//       window: a page is published before it is last modified; an article
//       whose card on a list page dates it before the window; an article of
//       a list page whose every date is before the window)
//   45  a search page
// plus 30 when the URL's path repeats a segment (/tin-tuc/a/tin-tuc/b.html:
// the usual result of a relative link written as if it were root-relative),
// and, while the crawl runs, penalties the crawler adds: links into a folder
// where fetches failed more often than they succeeded come after the rest
// (LinkErrors), and a page a feed or news sitemap has dated meanwhile goes
// 10 later (it would only confirm its date).
// Links of pages answered with an error are not followed at all.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace wt::audit {

/// Where a link was met.
enum class LinkOrigin {
  Seed,     ///< The site's own address.
  Page,     ///< An <a> of a page answered 200.
  Sitemap,  ///< A <url> of a sitemap.
  Feed,     ///< An item of an RSS or Atom feed.
};

struct LinkContext {
  LinkOrigin origin = LinkOrigin::Page;
  bool in_nav = false;          ///< The link is in a menu (<nav>, a menu list).
  bool from_home = false;       ///< Found on the home page.
  bool from_listing = false;    ///< Found on a page that lists articles.
  bool from_article = false;    ///< Found on a page judged one article.
  bool dated = false;           ///< Sitemap/feed entry with a publication date.
  bool stale = false;           ///< Known to be older than the posting window (rank 44 above).
  bool fresh = false;           ///< Dated inside the posting window by its card on a list page (rank 28).
  bool from_section = false;    ///< Found on a menu page that lists no articles.
  int position = 0;             ///< On such a page: its place among the links outside menus (0 first).
  std::string_view list_url = {};  ///< From a list page: its URL (empty otherwise).
};

/// What the URL's shape says of the page (path and query only).
enum class UrlShape {
  Page,     ///< Nothing special.
  Listing,  ///< Pagination, category, archive: a list of articles.
  Tag,      ///< A tag page.
  Search,   ///< A search page.
};

UrlShape url_shape(std::string_view url);

/// True when a segment of the URL's path appears twice (/a/b/a/c).
bool repeats_segment(std::string_view url);

/// A print, e-mail or AMP view of a page (a path segment or NukeViet `op`
/// part print, in, savefile, sendmail, amp; ?print=1, ?view=print,
/// ?output=amp): the same article again, never a post of its own.
bool is_duplicate_view(std::string_view url);

/// The article id of a URL whose last segment ends in "-<digits>" (NukeViet
/// `slug-123.html`, `op=cat/slug-123`, many other CMSs): "slug-123"; "" for
/// any other URL. Two addresses with one id and one date are one article.
std::string article_token(std::string_view url);

/// The rank of `url` met in `where` (lower is fetched first; see above).
int link_rank(std::string_view url, const LinkContext& where);

/// Whether the page of `url` met in `where` finds pages (the home page, a
/// menu link, a list URL): while one is in flight, worse pages are not
/// queued ahead of what it will show.
bool finds_pages(std::string_view url, const LinkContext& where);

/// The folders where fetches failed, for the penalty of links still waiting
/// (bounded: at most max_folders folders are remembered).
class LinkErrors {
 public:
  static constexpr int kPenalty = 40;

  explicit LinkErrors(std::size_t max_folders = 10'000) : max_(max_folders) {}

  /// A page of this URL was fetched: `ok` when answered 200 with HTML.
  void record(std::string_view url, bool ok);

  /// kPenalty when fetches in the URL's folder failed at least once and
  /// more often than they succeeded; 0 otherwise.
  int penalty(std::string_view url) const;

  /// "/news/a/" of "http://h/news/a/b.html?x=1": the path up to its last '/'.
  static std::string folder(std::string_view url);

 private:
  struct Counts {
    int ok = 0, failed = 0;
  };
  std::size_t max_;
  std::unordered_map<std::string, Counts> folders_;
};

}  // namespace wt::audit
