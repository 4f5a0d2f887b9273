// Feeds and machine-readable site files: RSS 2.0, Atom 1.0, sitemap.xml and
// robots.txt, written with pugixml from plain values (no content model), so
// they are easy to test and deterministic: the same entries give the same bytes.
//
//   std::string rss = wt::render::render_rss(info, entries);
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace wt::render {

struct FeedInfo {
  std::string title;
  std::string description;
  std::string site_url;   ///< absolute URL of the home page (or section) the feed is about
  std::string feed_url;   ///< absolute URL of the feed itself
  std::string language = "vi";
  std::string author;     ///< the school, for Atom's required author
};

struct FeedEntry {
  std::string title;
  std::string url;        ///< absolute
  std::string summary;    ///< plain text
  std::string author;
  DateTime published;
  std::optional<DateTime> updated;
  std::vector<std::string> categories;
};

std::string render_rss(const FeedInfo& info, const std::vector<FeedEntry>& entries);
std::string render_atom(const FeedInfo& info, const std::vector<FeedEntry>& entries);

struct SitemapEntry {
  std::string url;        ///< absolute
  std::optional<DateTime> lastmod;
};

std::string render_sitemap(const std::vector<SitemapEntry>& entries);

/// robots.txt that allows the folder of the sitemap and names the sitemap:
/// "Allow: /" for a site at its host's root, "Allow: /thcs-le-loi/" for
/// "https://sgd.example.vn/thcs-le-loi/sitemap.xml". Crawlers read only the
/// robots.txt at a host's root: a portal hosting sites under paths merges
/// their files into its own (docs/contracts.md, "Hosting under a path").
std::string render_robots(const std::string& sitemap_url);

}  // namespace wt::render
